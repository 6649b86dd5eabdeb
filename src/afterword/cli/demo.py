"""`afterword demo`: the main job on the bundled demo data."""

from __future__ import annotations

from importlib import resources

from afterword.cli.errors import handle_errors
from afterword.cli.match import run_match
from afterword.cli.options import FormatOption, OutputFormat, OutputOption


def demo_path(name: str) -> str:
    return str(resources.files("afterword.data").joinpath("demo", name))


@handle_errors
def demo(fmt: FormatOption = OutputFormat.text, output: OutputOption = None) -> None:
    """Run Afterword on the bundled demo resume and posting (no files of your own needed)."""
    run_match(demo_path("resume.docx"), demo_path("posting.md"), fmt, output, None, False)
