"""Records: loading and validating the case files and the reference files.

The steps, in order: `load` reads YAML strictly with positions (the one loader; `dump` is the one
writer), `schemacheck` checks a document against the JSON Schemas and `schema_errors` puts each schema
error into Swedish, `reference` reads organisation, categories and policy, `rules` checks what a schema
cannot (across fields, records and the reference files), `guard` and `pseudonyms` look for personal
data, `validate` runs it all over files and folders, and `report` writes the problems for people and
for CI. `cases` turns valid records into the typed cases that aggregation reads.
"""
