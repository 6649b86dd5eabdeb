"""The Closing Card end to end on the demo files: pitch, concerns, truthfulness, renderers, one-page PDF."""

from __future__ import annotations

from importlib import resources

import pytest

from afterword.coach.card import WHY_PROMPT, build_card
from afterword.coach.interviewers import parse_interviewer
from afterword.coach.pitch import MAX_WORDS, MIN_WORDS, WORDS_PER_MINUTE
from afterword.coach.render import card_to_dict, card_to_markdown
from afterword.coach.truth import TruthChecker
from afterword.ingest import document_from_text, read_document

DEMO = resources.files("afterword.data").joinpath("demo")


def demo(name: str):  # noqa: ANN201
    return read_document(str(DEMO.joinpath(name)))


@pytest.fixture(scope="module")
def card():  # noqa: ANN201
    return build_card(demo("resume.docx"), demo("posting.md"), research=[demo("research.md")], why=demo("why.md"),
                      interviewers=[parse_interviewer("Priya Natarajan, Engineering Manager"),
                                    parse_interviewer("Renata Solberg, VP of Engineering")])


def test_three_pitches_within_bounds(card) -> None:  # noqa: ANN001
    assert [p.style for p in card.pitches] == ["concise", "standard", "warm"]
    for pitch in card.pitches:
        assert MIN_WORDS <= pitch.words <= MAX_WORDS, (pitch.style, pitch.words)
        assert pitch.seconds == -(-pitch.words * 60 // WORDS_PER_MINUTE)
    assert len({p.text for p in card.pitches}) == 3


def test_every_pitch_passes_the_truth_check(card) -> None:  # noqa: ANN001
    checker = TruthChecker(demo("resume.docx"), context=[card.info.role, card.info.company])
    for pitch in card.pitches:
        assert checker.check(pitch.text).ok, checker.check(pitch.text).unsupported
    for concern in card.concerns:
        assert checker.check(concern.answer_text).ok


def test_claims_cite_real_lines(card) -> None:  # noqa: ANN001
    documents = {"resume": demo("resume.docx"), "why": demo("why.md")}
    cited = 0
    for pitch in card.pitches:
        for sentence in pitch.sentences:
            for source in sentence.sources:
                assert documents[source.document].line(source.line).text == source.text
                cited += 1
    assert cited >= 6
    standard = card.pitches[1]
    assert any(s.sources and s.sources[0].document == "why" for s in standard.sentences)
    assert any(s.sources and s.sources[0].document == "resume" and any(ch.isdigit() for ch in s.text)
               for s in standard.sentences)


def test_concern_for_the_go_gap_never_claims_go(card) -> None:  # noqa: ANN001
    go = next(c for c in card.concerns if "Go" in c.requirement)
    assert "Go" in go.concern
    answer = go.answer_text
    assert "haven't used Go" in answer
    # a way to close the gap is the candidate's to promise: offered in the tip, never spoken for them
    assert "plan" not in answer.lower() and "first weeks" not in answer
    assert "If you haven't, say how you would close the gap" in go.tip and "small tool in Go" in go.tip
    assert "Python" in answer  # the bridge from related evidence
    assert not any(phrase in answer for phrase in ("experience with Go", "I know Go", "used Go in production."))


def test_questions_skip_answered_topics(card) -> None:  # noqa: ANN001
    texts = " ".join(q.text.lower() for q in card.questions)
    assert "salary" not in texts and "remote" not in texts and "how big is the team" not in texts
    assert 5 <= len(card.questions) <= 8
    assert sum(q.tailored for q in card.questions) >= 2
    assert {"pay_range", "remote_policy", "team_size"} <= {f.topic for f in card.answered}


def test_no_why_means_no_invented_motivation() -> None:
    card = build_card(demo("resume.docx"), demo("posting.md"))
    assert card.why_prompt == WHY_PROMPT
    for pitch in card.pitches:
        assert not any(s.sources and s.sources[0].document == "why" for s in pitch.sentences)
        assert "want" not in pitch.text.lower()
    assert any("No research notes" in w for w in card.warnings)


def test_why_sentences_with_unbacked_skills_are_left_out() -> None:
    why = document_from_text("I have built Snowflake pipelines for years. I love the mission of this company. "
                             "I want to work on your Snowflake pipelines.")
    card = build_card(demo("resume.docx"), demo("posting.md"), why=why)
    for pitch in card.pitches:
        assert "built Snowflake" not in pitch.text
    assert any("Snowflake" in w for w in card.warnings)
    assert "I love the mission of this company." in card.pitches[-1].text
    checker = TruthChecker(demo("resume.docx"))
    assert checker.check("I want to work on your Snowflake pipelines.").ok  # a wish, not a claim


def test_posting_with_no_requirements_still_gets_a_card() -> None:
    posting = document_from_text("Join our bakery!\nWe are a friendly team in Leeds.\nApply by Friday.")
    card = build_card(demo("resume.docx"), posting)
    assert 5 <= len(card.questions) <= 8
    assert card.checklist and card.ladder
    assert any("No requirements were recognised" in w for w in card.warnings)


def test_renderers(card) -> None:  # noqa: ANN001
    data = card_to_dict(card)
    assert data["schema"] == "afterword.card/1"
    assert data["role"] == "Senior Platform Engineer" and data["company"] == "Lumen Harbor"
    assert [p["style"] for p in data["pitches"]] == ["concise", "standard", "warm"]
    assert data["questions"][0]["rank"] == 1 and data["questions"][0]["source"]["document"] == "research"
    assert {r["level"] for r in data["ladder"]} == {"bold", "mild", "unsure"}
    assert any("decision" in item for item in data["checklist"])
    markdown = card_to_markdown(card)
    for heading in ("## Questions to ask", "## Closing pitch", "## Likely concerns", "## Closing ladder",
                    "## Before you leave"):
        assert heading in markdown


def test_pdf_is_one_page(card) -> None:  # noqa: ANN001
    pytest.importorskip("weasyprint")
    from afterword.coach.html import card_to_html
    from afterword.pdf import html_to_pdf, pdf_page_count

    html = card_to_html(card)
    assert "RouteWise" in html and "Closing ladder" in html
    data = html_to_pdf(html)
    assert data.startswith(b"%PDF")
    assert pdf_page_count(data) == 1
    assert pdf_page_count(html_to_pdf(card_to_html(card, page_size="Letter"))) == 1


def test_huge_research_is_cut_with_a_warning() -> None:
    from afterword.coach.card import MAX_RESEARCH_LINES

    filler = "\n".join(f"Note {i}: the office has plants." for i in range(MAX_RESEARCH_LINES + 500))
    notes = document_from_text(filler + "\nHarbor launched TideLine, a ferry app, in May.\n", "notes.md")
    card = build_card(demo("resume.docx"), demo("posting.md"), research=[notes])
    assert any("were read" in w and ("notes" in w or "research" in w) for w in card.warnings)
    assert not any("TideLine" in q.text for q in card.questions)


def test_long_card_still_prints_on_one_page() -> None:
    pytest.importorskip("weasyprint")
    from afterword.coach.html import card_to_html
    from afterword.pdf import one_page_pdf, pdf_page_count

    languages = ["Go", "Rust", "Scala", "Elixir", "Haskell", "Snowflake", "GraphQL", "Kotlin", "Swift", "Erlang"]
    posting = document_from_text(
        "Staff Engineer at Big Co\n## Requirements\n"
        + "\n".join(f"- Production experience with {s}, and why it matters on our large platform" for s in languages)
        + "\n## Benefits\n" + "\n".join(f"- Perk {i}: a long description with many conditions" for i in range(12))
        + "\nSalary $100,000 - $200,000. Remote. Full-time. Team of 5. 300 employees. Travel 10%.\n")
    card = build_card(demo("resume.docx"), posting, research=[demo("research.md")], why=demo("why.md"))
    assert len(card.concerns) == 5 and len(card.more_concerns) == 5  # the card shows the five that matter most
    for size in ("A4", "Letter"):
        assert pdf_page_count(one_page_pdf(lambda scale, size=size: card_to_html(card, page_size=size,
                                                                                  scale=scale))) == 1


def test_several_research_files_keep_their_own_line_numbers() -> None:
    first = document_from_text("- Lumen Harbor launched TideLine, a ferry app, in May.\n", "news.md")
    second = document_from_text("Some heading\n\n- Lumen Harbor closed a $20M Series B round in 2026.\n", "funding.md")
    card = build_card(demo("resume.docx"), demo("posting.md"), research=[first, second])
    sources = {(q.source.source, q.source.line) for q in card.questions if q.source}
    assert sources == {("news.md", 1), ("funding.md", 3)}
    assert card.sources["research"] == "news.md, funding.md"


def test_concern_answers_fit_the_kind_of_requirement() -> None:
    resume = document_from_text("## Experience\nStore Manager, Target | 2016 - 2024\n"
                                "- Grew loyalty sign-ups 35% in one year\n- Learning: Snowflake\n")
    posting = document_from_text(
        "Store Lead at Acme\n## Requirements\n- Excellent communication skills\n- Able to lift 50 lbs\n"
        "- CPA license\n- Experience with iOS and Android apps\n- Experience with data warehousing\n")
    card = build_card(resume, posting)
    by_requirement = {c.requirement: c for c in card.concerns}
    assert by_requirement["Excellent communication skills"].answer == ()  # shown by a story, not argued
    assert by_requirement["Able to lift 50 lbs"].tip.startswith("If this holds for you")
    # (said in the posting's own words: "CPA license", not the taxonomy's "CPA")
    assert "CPA license isn't one of my credentials yet" in by_requirement["CPA license"].answer_text
    # the example plan, as advice, of both: for a lead, by use before the interview, never by shadowing the team
    ios = by_requirement["Experience with iOS and Android apps"].tip
    assert "get hands-on with iOS and Android" in ios and "speak of them from use" in ios and "shadow" not in ios
    warehouse = by_requirement["Experience with data warehousing"].answer_text
    assert "my work with Snowflake" not in warehouse  # "Learning: Snowflake" carries nothing over


def test_the_demo_card_is_clean(card) -> None:  # noqa: ANN001
    assert card.warnings == ()  # every why sentence fits, research and posting read as they should


def test_a_shift_team_is_not_a_condition() -> None:
    resume = document_from_text("## Experience\nNurse, City Hospital | 2019 - 2025\n- Triaged 30 patients a shift\n")
    posting = document_from_text("Charge Nurse at Bay\n## Requirements\n- Experience leading a shift team\n"
                                 "- Willing to work night shifts\n")
    concerns = {c.requirement: c for c in build_card(resume, posting).concerns}
    assert not concerns["Experience leading a shift team"].tip.startswith("If this holds for you")
    assert concerns["Willing to work night shifts"].tip.startswith("If this holds for you")


def test_one_tailored_question_is_flagged() -> None:
    notes = document_from_text("- Lumen Harbor raised a $20M Series B round in 2026.\n", "notes.md")
    card = build_card(demo("resume.docx"), demo("posting.md"), research=[notes])
    assert sum(q.tailored for q in card.questions) == 1
    assert any("Only one question could be built" in w for w in card.warnings)


@pytest.mark.parametrize("value", ["why.txt", "./notes/why.md", "C:\\\\docs\\\\why.txt", "12345"])
def test_an_interviewer_that_is_a_file_or_no_name_is_refused(value: str) -> None:
    from afterword.coach.interviewers import parse_interviewer
    from afterword.errors import AfterwordError

    with pytest.raises(AfterwordError, match="Name, Title"):
        parse_interviewer(value)


def test_already_answered_does_not_repeat_the_posting_s_label() -> None:
    from afterword.coach.render import card_to_markdown

    card = build_card(demo("resume.md"), document_from_text("Line Cook at Bistro Nine\nJob type: Full-time\n"
                                                            "## Requirements\n- 2 years on a busy line\n", "p.md"))
    assert "employment type: Full-time" in card_to_markdown(card)


def test_the_card_lists_three_more_concerns_at_most_and_says_which_posting_lines_it_left_out() -> None:
    from afterword.coach.render import card_to_markdown

    posting = "Data Engineer\n## Requirements\n" + "".join(f"- Experience in {field}\n" for field in (
        "ledger reconciliation", "tariff design", "freight auditing", "duty drawback", "customs brokerage",
        "vendor onboarding", "rebate accruals", "carrier scorecards", "demurrage claims", "landed costing"))
    card = build_card(document_from_text("Ana Ruiz\nSKILLS\nExcel\n", "resume.txt"),
                      document_from_text(posting, "p.md"))
    markdown = card_to_markdown(card)
    listed = markdown.split("Also asked by the posting, less likely to come up:")[1].split("\n## ")[0]
    assert sum(line.startswith("- ") and not line.startswith("- and ") for line in listed.splitlines()) == 3
    left = sorted({c.requirement_line for c in card.more_concerns[3:]})
    assert f"- and {len(card.more_concerns) - 3} more (posting lines {', '.join(map(str, left))})" in listed
    assert "afterword match" not in markdown  # a card held in an interview names no command to run


def test_an_example_plan_for_a_long_list_of_gaps_names_one_to_start_with() -> None:
    resume = document_from_text("## Experience\nStore Manager, Target | 2016 - 2024\n- Grew loyalty sign-ups 35%\n")
    posting = document_from_text("Engineer at Acme\n## Requirements\n- Experience with TypeScript, Go, Rust and "
                                 "Kotlin\n")
    gap = next(c for c in build_card(resume, posting).concerns if "TypeScript" in c.requirement)
    assert "small tool in TypeScript in your first weeks" in gap.tip and "Kotlin" not in gap.tip


def test_a_card_with_no_concern_points_to_no_prepared_answer_and_tips_carry_no_command_line() -> None:
    resume = document_from_text("## Experience\nStore Manager, Target | 2016 - 2024\n- Grew loyalty sign-ups 35%\n")
    posting = document_from_text("Store Manager at Acme\n## Requirements\n- Store management experience\n")
    built = build_card(resume, posting)
    assert not built.concerns and "Likely concerns" not in " ".join(built.using_the_answer)
    changing = build_card(resume, document_from_text("Backend Engineer at Acme\n## Requirements\n- Go\n- Kafka\n"))
    assert not any("--why" in c.tip for c in (*changing.concerns, *changing.more_concerns))


def test_one_skill_is_never_offered_as_carrying_over_to_a_mixed_list_of_gaps() -> None:
    resume = document_from_text("## Experience\nJava Developer, Fenwick | 2016 - 2024\n- Built Java services for "
                                "3 banks\n")
    posting = document_from_text("Engineer at Acme\n## Requirements\n- Experience with PHP, React, MySQL, Kubernetes "
                                 "and Jenkins\n")
    gap = next(c for c in build_card(resume, posting).concerns if "PHP" in c.requirement)
    assert "carries over" not in gap.answer_text


def test_an_answered_fact_cut_before_its_end_says_so_and_does_not_hang_on_a_joiner() -> None:
    from afterword.coach.render import answered_lines

    posting = document_from_text(
        "Java Developer at Corvane\nRequirements\n- Java\nJob benefits: Pay transparency equity and fairness Culture "
        "Health Insurance Easy expense reimbursement Vacation Time & PTO Stock Options Meal tickets Free pass to "
        "learning platforms Foreign language classes and a yearly bonus for every employee of the company\n",
        "posting.txt")
    card = build_card(document_from_text("Ana Ruiz\nJava developer\n", "resume.txt"), posting)
    for _topics, text in answered_lines(card):
        assert not text.rstrip(" …").endswith(("&", " and", " of", " the"))


def test_a_fit_of_one_checkable_must_have_beside_traits_to_show_is_not_scored() -> None:
    posting = document_from_text(
        "Department Manager at Norvia\nRequirements\n- Python\n- Motivational leader with business understanding\n"
        "- Structured and result-oriented\n- A dedicated team player\n- Self-starter with a holistic approach\n",
        "posting.txt")
    card = build_card(document_from_text("Ana Ruiz\nEXPERIENCE\nData Analyst, Kestrel | 2019 - now\n"
                                         "Built reports in Python for 40 depots\n", "resume.txt"), posting)
    assert card.fit_line().startswith("Fit not scored: too few must-haves a resume can show — must-haves: 1 shown")


def test_a_posting_with_no_job_title_is_never_titled_by_its_company_alone() -> None:
    from afterword.coach.card import build_card
    from afterword.ingest import document_from_text

    resume = document_from_text("EXPERIENCE\nData Analyst, Acme | 2019 - now\n- Built 40 dashboards\n", "r.txt")
    posting = document_from_text("About Radiometer\nRadiometer is looking for someone to lead our data protection "
                                 "project.\nRequirements:\n- Experience with GDPR compliance\n", "p.txt")
    card = build_card(resume, posting)
    assert (card.info.role, card.info.company) == ("", "Radiometer")
    assert card.title == "your interview at Radiometer"
