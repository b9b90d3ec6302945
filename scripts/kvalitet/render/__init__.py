"""Rendering: the aggregates as HTML tables, CSV files, chart JSON and Markdown pages, in Swedish."""
