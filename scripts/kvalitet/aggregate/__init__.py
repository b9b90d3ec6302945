"""Aggregation of validated cases into the figures of the site and the report."""
