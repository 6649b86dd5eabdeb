"""The files of `afterword demo` after its interview (the thank-you letters and the plans' .ics), written into a new
folder: `after-the-interview`, or `after-the-interview-2`, -3 ... when that name is taken. Never into a folder that
was there, never over a file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from afterword.output import make_fresh_folder, write_new
from afterword.services.demo import DemoFile

DEMO_FOLDER = "after-the-interview"


def write_demo_files(files: Sequence[DemoFile], parent: Path = Path("."), name: str = DEMO_FOLDER
                     ) -> tuple[Path, tuple[Path, ...]]:
    """Create a new folder ``name`` (or the next free name) in ``parent`` and write ``files`` into it; returns the
    folder and the files' paths, in order."""
    folder = make_fresh_folder(parent / name)
    paths = []
    for file in files:
        path = folder / file.name
        write_new(path, file.data)
        paths.append(path)
    return folder, tuple(paths)
