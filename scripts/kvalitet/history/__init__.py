"""Git history: records as they were at a commit, the data version a build states, and `kvalitet diff`.

`gitrepo` reads the repository without changing it, `dataversion` says which commit a build shows,
`compare` computes what a change does to the records and the figures, `summary` writes that in Swedish,
and `diff` is the command.
"""
