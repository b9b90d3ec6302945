"""The `kvalitet` command: `main` parses the arguments and calls one typed command function."""

from kvalitet.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
