"""The kvalitetsberättelse: a report per year (and delårsrapporter) with generated figures and prose,
placed into the text that staff write, and approved versions that never change."""
