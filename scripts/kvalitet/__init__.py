"""kvalitet: kvalitetsarbete i socialtjänsten från pseudonymiserade YAML-filer.

The package reads as the pipeline, load → validate → aggregate → render → build, with the tools
around it. Each line below is a layer: a part imports its own modules and the parts of the lines above
it, never a part of its own line or of a line below (`tests/test_layers.py` reads this list and checks
every import):

- `errors`, `swedish`, `messages`: shared by all. The one exception hierarchy, Swedish numbers and
  dates, and every text a user reads.
- `records`: load and validate. The one YAML loader (and the one YAML writer), the schemas and the
  cross-record rules, the pseudonymisation guard, the reference files, the reporters of problems
  (text, JSON, GitLab, GitHub), and the typed cases that the later steps read.
- `aggregate`: the cases as tables, monthly series and control charts, computed from a cut-off date.
- `history`: records as they were at a commit, the data version of a build, and `kvalitet diff`.
- `render`: the aggregates as HTML tables, CSV, chart JSON and Markdown pages, with the chart style.
- `annual`: the kvalitetsberättelse and delårsrapporter, and the approved versions.
- `site`: `kvalitet bygg`. The pages put together, MkDocs, the pinned browser files, the PDFs, the
  versioned site and the browser check of a built site.
- `staff`, `demo`: the staff's own tools (`kvalitet ny`, `kvalitet importera`), and `kvalitet demo`,
  the records of a fictional municipality. Neither imports the other.
- `init`: `kvalitet init`, a municipality's own records repository (the starter lists, the report
  template, the pre-commit hook, the CI templates and the editor's settings), from the templates in
  `init/mall/`.
- `cli`: the `kvalitet` command, a thin layer over the typed functions above.
"""
