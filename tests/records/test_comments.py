"""The comments of a YAML file, as the guard reads them: only real comments, each where it stands."""

from __future__ import annotations

from kvalitet.records.comments import comments


def test_only_real_comments_with_their_offsets() -> None:
    text = (
        "# överst\n"
        'id: "a # inte en kommentar"  # efter ett värde\n'
        "lista: [a, b] # i en lista\n"
        "text: |\n"
        "  # en rad i en text, ingen kommentar\n"
        "  rad\n"
        "url: http://x#y\n"
        "# sist"
    )
    found = [(text[offset : offset + len(comment)], comment) for offset, comment in comments(text)]
    assert [comment for _, comment in found] == ["# överst", "# efter ett värde", "# i en lista", "# sist"]
    assert all(at == comment for at, comment in found)


def test_a_file_yaml_cannot_scan_gives_no_comments() -> None:
    assert list(comments('id: "öppet citat\n# kommentar\n')) == []
