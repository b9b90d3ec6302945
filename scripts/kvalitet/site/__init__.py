"""`kvalitet bygg`: the static site, built with MkDocs from the rendered pages and the staff's own pages.

`pages` puts the generated pages together with the reports, `build` runs the whole pipeline and MkDocs,
`assets` fetches and installs the pinned browser files, `pdf` prints the reports with Chromium,
`versions` builds the site of every approved report, and `browsercheck` opens a built site in Chromium
to check accessibility, charts and that nothing is fetched from elsewhere.
"""
