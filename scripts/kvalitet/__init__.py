"""kvalitet: kvalitetsarbete i socialtjänsten från pseudonymiserade YAML-filer."""
