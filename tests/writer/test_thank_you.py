"""Thank-you letters: one per interviewer, each their own, within 120–250 words, due the same day."""

from __future__ import annotations

import datetime as dt

from afterword.debrief import from_mapping
from afterword.writer import KINDS
from afterword.writer.material import debrief_document
from afterword.writer.thank_you import WORDS

from .conftest import ANALYST_DEBRIEF, INTERVIEW, Candidate


def test_one_distinct_letter_per_interviewer_naming_them_and_their_topics(analyst: Candidate) -> None:
    letters = analyst.write("thank-you")
    people = analyst.debrief.interviewers
    assert [letter.recipient.name for letter in letters] == [p.name for p in people]
    assert len({letter.text for letter in letters}) == len(letters)
    for letter, person in zip(letters, people, strict=True):
        assert letter.kind == "thank-you"
        assert letter.salutation == f"Dear {person.name},"
        assert letter.recipient.email == person.email and letter.recipient.title == person.title
        body = " ".join(letter.body)
        assert person.topics[0] in body
        others = [t for p in people if p is not person for t in p.topics]
        assert not any(topic in body for topic in others), "a topic of someone else's is never theirs"


def test_topics_are_only_ever_the_debriefs(analyst: Candidate) -> None:
    noted = {t for p in analyst.debrief.interviewers for t in p.topics}
    for letter in analyst.write("thank-you"):
        for paragraph in letter.body:
            for said in paragraph.split("our conversation about ")[1:]:
                topics = said.split(".")[0].split(" and ")
                assert all(t in noted for t in topics), topics


def test_each_interviewer_gets_their_own_cited_evidence(analyst: Candidate) -> None:
    letters = analyst.write("thank-you")
    cited = []
    for letter in letters:
        lines = {s.line for s in (src for sentence in letter.sentences for src in sentence.sources)
                 if s.document == "resume"}
        assert lines, f"no resume line backs the letter to {letter.recipient.name}"
        cited.append(lines)
    firsts = [next(s.sources[0].line for s in letter.sentences if s.sources and s.sources[0].document == "resume")
              for letter in letters]
    assert len(set(firsts)) == len(firsts), "each person hears a different first point"


def test_the_evidence_answers_the_topic_it_names(analyst: Candidate) -> None:
    joel = analyst.write("thank-you")[1]
    body = " ".join(joel.body)
    assert "Since we talked about code review for analysts" in body
    assert "I introduced data tests and code review for every model" in body


def test_word_counts_are_in_range(candidate: Candidate) -> None:
    low, high = WORDS
    for letter in candidate.write("thank-you"):
        assert low <= letter.words <= high, (letter.recipient.name, letter.words, letter.warnings)


def test_a_concern_raised_gets_the_cards_prepared_answer(analyst: Candidate) -> None:
    main = analyst.write("thank-you")[0]  # the analytics manager: the main contact; no one's topics touch Tableau
    body = " ".join(main.body)
    assert "One question that came up was about Tableau experience." in body
    assert analyst.prepared_answer("Tableau") in body
    assert any("“If you haven't” answer" in w for w in main.warnings), "the user is told to check it holds"


def test_a_concern_without_a_prepared_answer_gets_an_honest_line(analyst: Candidate) -> None:
    joel = analyst.write("thank-you")[1]  # his topics (code review for analysts) touch the coaching concern
    body = " ".join(joel.body)
    assert "about whether I can coach analysts who are new to Git" in body
    assert "I'd welcome the chance to talk it through" in body
    assert "Tableau" not in body


def test_interest_and_the_named_next_step_are_confirmed(candidate: Candidate) -> None:
    for letter in candidate.write("thank-you"):
        body = " ".join(letter.body)
        assert "I'm keen on the role." in body
        assert f"You mentioned the next step: {candidate.debrief.next_step}." in body


def test_due_the_same_day(analyst: Candidate) -> None:
    for letter in analyst.write("thank-you"):
        assert letter.send_by.due == INTERVIEW
        assert letter.send_by.phrase == "today, within a few hours — no later than tomorrow morning"


def test_an_interview_in_the_future_says_after_it(analyst: Candidate) -> None:
    later = dt.datetime(2026, 3, 9, 14, 0)
    letters = analyst.write("thank-you", interview_date=later)
    assert letters[0].send_by.due == dt.datetime(2026, 3, 9, 18, 0)
    assert letters[0].send_by.phrase.startswith("after the interview on Monday 9 March")


def test_a_saved_card_gives_the_same_letters(analyst: Candidate) -> None:
    assert analyst.write("thank-you", card=analyst.card()) == analyst.write("thank-you")


def test_without_why_no_motivation_is_said(analyst: Candidate) -> None:
    letters = analyst.write("thank-you", why=None)
    for letter in letters:
        assert "why I applied" not in " ".join(letter.body)
        assert not any(src.document == "why" for s in letter.sentences for src in s.sources)
    with_why = analyst.write("thank-you")
    assert any(src.document == "why" for s in with_why[0].sentences for src in s.sources)


def test_a_debrief_without_interviewers_thanks_the_hiring_team(analyst: Candidate) -> None:
    bare = from_mapping({"concerns": ["no Tableau experience"]})
    (letter,) = analyst.write("thank-you", debrief=bare)
    assert letter.salutation == "Dear Brightwater Foods hiring team,"
    assert any("No interviewer is named" in w for w in letter.warnings)
    body = " ".join(letter.body)
    assert "our conversation about" not in body
    assert "Could you let me know when you expect to make a decision?" in body  # no timeline was noted


def test_the_main_contact_asks_for_the_timeline_only_when_none_was_given(analyst: Candidate) -> None:
    assert not any("expect to make a decision" in letter.text for letter in analyst.write("thank-you"))
    quiet = from_mapping({**ANALYST_DEBRIEF, "decision": ""})
    letters = analyst.write("thank-you", debrief=quiet)
    asking = [letter.recipient.name for letter in letters if "expect to make a decision" in letter.text]
    assert asking == ["Amara Okonkwo-Lindqvist"]


def test_sources_point_at_real_lines(candidate: Candidate) -> None:
    documents = {"resume": candidate.resume, "posting": candidate.posting, "debrief": debrief_document(
        candidate.debrief)}
    if candidate.why is not None:
        documents["why"] = candidate.why
    for kind in KINDS:
        for letter in candidate.write(kind):
            for sentence in letter.sentences:
                for source in sentence.sources:
                    assert documents[source.document].line(source.line).text == source.text
