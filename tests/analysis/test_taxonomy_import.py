"""`afterword taxonomy import` on small files in the official O*NET and ESCO formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterword.analysis.skills import SkillFinder
from afterword.analysis.taxonomy import load_taxonomy, user_taxonomy_path
from afterword.analysis.taxonomy_import import import_into
from afterword.cli.app import app
from afterword.errors import TaxonomyError

ONET = (
    "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
    "15-1252.00\tAtlassian JIRA\t43232201\tContent workflow software\tY\tN\n"
    "29-1141.00\tMeditech Expanse\t43231601\tMedical software\tN\tN\n"
    "15-1252.00\tZorblax Builder\t43232402\tDevelopment environment software\tN\tN\n"
    "43-3031.00\tSage 50 Accounting\t43231601\tAccounting software\tN\tN\n"
)
ESCO = (
    "conceptType,conceptUri,preferredLabel,status,skillType,reuseLevel,altLabels,description,broaderConceptUri,"
    "broaderConceptPT\n"
    'KnowledgeSkillCompetence,http://example.org/1,KDevelop,released,knowledge,sector-specific,'
    '"kdevplatform | KDevelop platform",An IDE.,,\n'
    'KnowledgeSkillCompetence,http://example.org/2,Absorb (learning management systems),released,knowledge,'
    'sector-specific,Absorb,An LMS.,,\n'
    'KnowledgeSkillCompetence,http://example.org/3,manage hydroponic greenhouses,released,skill/competence,'
    'occupation-specific,"run hydroponic greenhouses\noversee hydroponic farms",Grow crops.,,\n'
)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    onet = tmp_path / "Technology Skills.txt"
    onet.write_text(ONET, encoding="utf-8")
    esco = tmp_path / "digitalSkillsCollection_en.csv"
    esco.write_text(ESCO, encoding="utf-8")
    return onet, esco


def test_import_adds_skills_and_aliases(files: tuple[Path, Path]) -> None:
    result = import_into(list(files), user_taxonomy_path())
    assert result.added == 6  # all but Atlassian JIRA, which is the known Jira
    taxonomy = load_taxonomy()
    assert taxonomy.lookup("Atlassian JIRA").name == taxonomy.lookup("Jira").name  # vendor prefix dropped
    assert taxonomy.get("KDevelop").aliases == ("KDevelop platform",)  # plain one-word "kdevplatform" dropped
    assert taxonomy.get("Absorb (learning management systems)").aliases == ()  # "Absorb" is an ordinary word
    finder = SkillFinder(taxonomy)
    found = [m.skill for m in finder.find("Charted in Meditech Expanse; oversee hydroponic farms")]
    assert found == ["Meditech Expanse", "manage hydroponic greenhouses"]
    assert finder.find("Nurses absorb a lot of stress") == []


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


def test_cli_import_then_stats(files: tuple[Path, Path]) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["taxonomy", "import", *map(str, files)])
    assert result.exit_code == 0, result.output
    assert "imported 6 new skills" in result.stdout
    stats = runner.invoke(app, ["taxonomy", "stats"])
    assert stats.exit_code == 0 and "healthcare" in stats.stdout
    shown = runner.invoke(app, ["taxonomy", "show", "kdevelop platform"])
    assert shown.exit_code == 0 and shown.stdout.startswith("KDevelop (software-tool)")
