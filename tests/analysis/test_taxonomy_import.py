"""Reading the text of official O*NET and ESCO files and merging their skills with the user's: plain values, no
files (the files themselves: tests/services/test_taxonomy_import.py)."""

from __future__ import annotations

import pytest

from afterword.analysis.skills import SkillFinder
from afterword.analysis.taxonomy import Taxonomy, merge, parse_tsv, shipped_skills
from afterword.analysis.taxonomy_import import merge_entries, parse_entries, to_tsv
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
ONET_NAME, ESCO_NAME = "Technology Skills.txt", "digitalSkillsCollection_en.csv"


def test_entries_of_the_official_formats() -> None:
    assert parse_entries(ONET, ONET_NAME) == [
        ("Atlassian JIRA", "software-tool", ()), ("Meditech Expanse", "healthcare", ()),
        ("Zorblax Builder", "software-tool", ()), ("Sage 50 Accounting", "finance", ())]
    assert parse_entries(ESCO, ESCO_NAME)[0] == ("KDevelop", "software-tool", ("kdevplatform", "KDevelop platform"))
    assert parse_entries(ESCO, "transversalSkillsCollection_en.csv")[2][1] == "soft-skill"  # the file says the kind


def test_merge_adds_skills_and_aliases() -> None:
    entries = [*parse_entries(ONET, ONET_NAME), *parse_entries(ESCO, ESCO_NAME)]
    merged = merge_entries(entries, [], shipped_skills())
    assert merged.added == 6  # all but Atlassian JIRA, which is the known Jira
    taxonomy = Taxonomy(merge(shipped_skills(), list(merged.skills)))
    assert taxonomy.lookup("Atlassian JIRA").name == taxonomy.lookup("Jira").name  # vendor prefix dropped
    assert taxonomy.get("KDevelop").aliases == ("KDevelop platform",)  # plain one-word "kdevplatform" dropped
    assert taxonomy.get("Absorb (learning management systems)").aliases == ()  # "Absorb" is an ordinary word
    finder = SkillFinder(taxonomy)
    found = [m.skill for m in finder.find("Charted in Meditech Expanse; oversee hydroponic farms")]
    assert found == ["Meditech Expanse", "manage hydroponic greenhouses"]
    assert finder.find("Nurses absorb a lot of stress") == []


def test_merging_the_same_entries_again_adds_nothing() -> None:
    entries = [*parse_entries(ONET, ONET_NAME), *parse_entries(ESCO, ESCO_NAME)]
    first = merge_entries(entries, [], shipped_skills())
    kept = parse_tsv(to_tsv(first.skills), "skills.tsv")  # as written to the user's file and read back
    assert tuple(kept) == first.skills
    again = merge_entries(entries, kept, shipped_skills())
    assert (again.added, again.aliases, again.skills) == (0, 0, first.skills)


def test_other_text_is_refused() -> None:
    with pytest.raises(TaxonomyError, match="notes.csv is neither an O\\*NET"):
        parse_entries("a,b,c\n1,2,3\n", "notes.csv")
