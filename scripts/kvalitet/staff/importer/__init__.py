"""`kvalitet importera`: rows of a case system's export (CSV or XLSX) become records in records/.

A mapping file (YAML, see `mapping.schema.json` and exempel/import/) says which typ the rows become,
which column fills which field and how the source's words translate into ids. Every row is checked by
the pseudonymisation guard and by `kvalitet validera` before anything is written, and a second import
of the same file adds nothing.
"""

from kvalitet.staff.importer.run import import_command, plan_import

__all__ = ["import_command", "plan_import"]
