"""`afterword taxonomy import`: read official O*NET and ESCO files and merge their skills into the user's
``skills.tsv`` (in Afterword's data folder, made on the first import). The reading of the files' text and the merge
are ``afterword.analysis.taxonomy_import``'s; the files are read and written here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from afterword.analysis.taxonomy import parse_tsv, shipped_skills, user_taxonomy_path
from afterword.analysis.taxonomy_import import Entry, merge_entries, parse_entries, to_tsv
from afterword.errors import AfterwordError, TaxonomyError
from afterword.output import write_atomic


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    aliases: int
    path: Path


def import_skills(files: list[Path]) -> ImportResult:
    """Import every file into the user's taxonomy, making Afterword's data folder when it is not there yet."""
    target = user_taxonomy_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # Afterword's own data folder, made on the first import
    except OSError as error:
        raise AfterwordError(f"cannot create the data folder {target.parent} ({error.strerror}); set "
                             "AFTERWORD_DATA_DIR to a writable folder") from None
    return import_into(files, target)


def import_into(files: list[Path], target: Path) -> ImportResult:
    """Import every file into ``target`` (a skills.tsv), merging with what it already holds."""
    if not files:
        raise TaxonomyError("no files given; pass O*NET 'Technology Skills.txt' or ESCO CSV files")
    entries = [entry for path in files for entry in read_entries(Path(path))]
    existing = parse_tsv(_read_text(target), str(target)) if target.is_file() else []
    merged = merge_entries(entries, existing, shipped_skills())
    target.parent.mkdir(parents=True, exist_ok=True)  # Afterword's own data folder, made on first import
    write_atomic(target, to_tsv(merged.skills))
    return ImportResult(added=merged.added, aliases=merged.aliases, path=target)


def read_entries(path: Path) -> list[Entry]:
    """(label, category, alternative labels) for every skill in an O*NET or ESCO file."""
    return parse_entries(_read_text(path), path.name)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TaxonomyError(f"{path} does not exist; give the path of the downloaded O*NET or ESCO file") from None
    except UnicodeDecodeError:
        raise TaxonomyError(f"{path} is not UTF-8 text; download the file again in its official format") from None
    except OSError as error:
        raise TaxonomyError(f"cannot read {path} ({error.strerror})") from None
