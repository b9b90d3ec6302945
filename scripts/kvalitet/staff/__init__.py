"""The staff's tools for writing records: `kvalitet ny` (`newrecord`, with the `skeleton` derived from
the schemas) and `kvalitet importera` (`importer`, from another system's export)."""
