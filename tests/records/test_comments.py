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


def test_whole_line_comments_without_quotes_are_read_quickly_and_alike() -> None:
    text = "# överst\nid: a\n# mitt i\ntext: >-\n  rad # ingen kommentar\n# sist\n"
    assert [comment for _, comment in comments(text)] == ["# överst", "# mitt i", "# sist"]
    quick = "# överst\nid: a\n# mitt i\n"
    assert [(offset, comment) for offset, comment in comments(quick)] == [(0, "# överst"), (15, "# mitt i")]
