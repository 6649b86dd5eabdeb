"""Importing O*NET and ESCO files into the user's skills.tsv: read, merged, written, and read back by the taxonomy."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterword.analysis.taxonomy import load_taxonomy, user_taxonomy_path
from afterword.errors import TaxonomyError
from afterword.services.taxonomy_import import import_into
from tests.analysis.test_taxonomy_import import ESCO, ESCO_NAME, ONET, ONET_NAME


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    onet = tmp_path / ONET_NAME
    onet.write_text(ONET, encoding="utf-8")
    esco = tmp_path / ESCO_NAME
    esco.write_text(ESCO, encoding="utf-8")
    return onet, esco


def test_import_writes_what_the_taxonomy_loads(files: tuple[Path, Path]) -> None:
    result = import_into(list(files), user_taxonomy_path())
    assert (result.added, result.path) == (6, user_taxonomy_path())
    taxonomy = load_taxonomy()
    assert taxonomy.get("KDevelop").aliases == ("KDevelop platform",)
    assert taxonomy.lookup("Atlassian JIRA").name == taxonomy.lookup("Jira").name


def test_import_is_idempotent(files: tuple[Path, Path]) -> None:
    import_into(list(files), user_taxonomy_path())
    again = import_into(list(files), user_taxonomy_path())
    assert (again.added, again.aliases) == (0, 0)


def test_wrong_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    target = user_taxonomy_path()
    with pytest.raises(TaxonomyError, match="neither an O\\*NET"):
        import_into([path], target)
    assert not target.exists()


@pytest.mark.parametrize(("content", "message"), [(None, "does not exist"), (b"\xff\xfe\x00", "is not UTF-8 text")])
def test_unreadable_file_is_named(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / ONET_NAME
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(TaxonomyError, match=message):
        import_into([path], user_taxonomy_path())
