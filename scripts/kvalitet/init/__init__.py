"""`kvalitet init`: a municipality's own records repository, with the tool installed as a pinned
package (from PyPI or a tag of the tool's Git repository) and none of its code."""

from kvalitet.init.create import InitOptions, init_repository
from kvalitet.init.source import ToolSource, parse_source, running_version

__all__ = ["InitOptions", "ToolSource", "init_repository", "parse_source", "running_version"]
