"""A person's sector at each event comes from the posts they held at its date
(kg.analysis.tenure): on tests/cases/sector-at-event (three editions of one forum, a
person who left a broadcaster for a university, a post that began in 2023, a former
government post on an undated page), on tests/cases/real-events (a former post, a post
from 2024-09), and on the seed, whose undated posts give the figures they always gave.
Every figure is counted by hand in the comments."""

from __future__ import annotations

import pytest

from conftest import CASES, run_kg
from kg.analysis import tenure
from kg.analysis.networks import load_knowledge_graph
from kg.analysis.report import analyse
from kg.analysis.report_text import as_text

PERSON = "https://w3id.org/kg/id/person/"
EVENT = "https://w3id.org/kg/id/event/"


@pytest.fixture(scope="module")
def forum_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("sector-at-event") / "out"
    result = run_kg("build", str(CASES / "sector-at-event"), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def forum(forum_out):
    return load_knowledge_graph(forum_out)


@pytest.fixture(scope="module")
def forum_analysis(forum):
    return analyse(forum, permutations=0)


def at_events(g, person: str) -> dict[str, tuple[str, ...]]:
    """The person's sectors at each event or session they took part in, by its id."""
    return {part.rsplit("/", 1)[-1]: data["sectors"] for _, part, data in g.out_edges(PERSON + person, data=True)
            if data["kind"] == "took_part"}


def test_dates_compare_at_the_precision_given():
    # A post from "2023" is held at an event of 2023-05-11; one from 2024-09 is not at an
    # event of June 2024 (hciff-2024 in real-events), and is at one of "2024" (a tie).
    assert tenure.held_at({"start": "2023"}, "2023-05-11")
    assert not tenure.held_at({"start": "2024-09"}, "2024-06")
    assert tenure.held_at({"start": "2024-09"}, "2024")
    assert tenure.held_at({"end": "2021-04"}, "2021-04-15") and not tenure.held_at({"end": "2021-03"}, "2021-04-15")
    # A former post held until its source's date: not at the source's own events or later.
    former = {"current": False, "until": "2025-03-02"}
    assert tenure.held_at(former, "2023-05-11") and not tenure.held_at(former, "2025-03-20")
    # ... and at no dated event when no source gives a date or an event; at an undated
    # event only current posts count.
    assert not tenure.held_at({"current": False, "until": None}, "2021-04-15")
    assert not tenure.held_at(former, None) and tenure.held_at({"start": "2024"}, None)


def test_history_in_words():
    assert tenure.history_text(tenure.runs([("2021-04-15", ("industry",)), ("2023-05-11", ("industry",)),
                                            ("2025-03-20", ("academia",))])) == (
        "industry at 2021–2023 events, academia from 2025")
    assert tenure.history_text(tenure.runs([("2021-04-15", ()), ("2025-03-20", ("academia",))])) == (
        "no known sector at 2021 events, academia from 2025")
    assert tenure.history_text(tenure.runs([("2021", ("industry",)), ("2025", ("industry",))])) is None


def test_a_persons_own_sector_is_that_of_their_current_posts(forum):
    sectors = {d["label"]: d["sector"] for _, d in forum.nodes(data=True) if d["kind"] == "person"}
    # Ruth Adler's broadcaster post is former; Leo Grant's government post is former.
    assert sectors == {"Ruth Adler": "academia", "Marco Bellini": "academia", "Leo Grant": "industry",
                       "Ana Souza": "academia", "Tom Reyes": "industry", "Joy Park": "government"}


def test_each_participation_has_the_sectors_of_the_posts_held_at_its_date(forum):
    # Ruth: Northbridge until the 2025 programme's date (2025-03-02), Westlake from 2024.
    assert at_events(forum, "ruth-adler") == {"screen-futures-2021.panel": ("industry",),
                                              "screen-futures-2023.panel": ("industry",),
                                              "screen-futures-2025.panel": ("academia",)}
    # Marco: his one post began in 2023; in 2021 he was a "producer" of no named company.
    assert at_events(forum, "marco-bellini") == {"screen-futures-2021.panel": (),
                                                 "screen-futures-2025.panel": ("academia",)}
    # Leo: the undated 2023 page calls his government post former; it had ended by that
    # page's first event, the 2023 forum itself.
    assert at_events(forum, "leo-grant") == {"screen-futures-2023.panel": ("industry",),
                                             "screen-futures-2025.panel": ("industry",)}


def test_event_mix_follows_the_posts_held_at_each_event(forum_analysis):
    mix = {e["date"]: e["sectors"] for e in forum_analysis.events}
    # 2021: Ana A, Ruth I, Marco unknown, Tom I (before: Ruth half each, Marco A: 2.5 A, 1.5 I).
    # 2023: Ana A, Ruth I, Joy G, Leo I (before: 1.5 A, 1.5 G, 1 I).
    # 2025: Ana, Ruth, Marco A; Tom, Leo I (before: 2.5 A, 2 I, 0.5 G).
    assert mix == {"2021-04-15": {"industry": 2, "academia": 1, "unknown": 1},
                   "2023-05-11": {"industry": 2, "academia": 1, "government": 1},
                   "2025-03-20": {"academia": 3, "industry": 2}}
    assert [e["sessions"][0]["sectors"] for e in forum_analysis.events] == list(mix.values())
    # 2021 ties of known sector: Ana-Ruth, Ana-Tom between, Ruth-Tom within: E-I 1/3.
    assert [e["ei"] for e in forum_analysis.events] == [pytest.approx(1 / 3), pytest.approx(2 / 3),
                                                        pytest.approx(0.2)]


def test_ties_count_the_sectors_people_had_when_they_met(forum_analysis):
    # Ruth is industry in 2021 and 2023, academia in 2025; Marco of no sector in 2021.
    # Ties of known sector: 2021 Ana-Ruth(I) AI, Ana-Tom AI, Ruth(I)-Tom II; 2023 Ana-Ruth(I)
    # again, Ana-Joy AG, Ana-Leo AI, Ruth(I)-Joy IG, Ruth(I)-Leo II, Joy-Leo GI; 2025 Ana-Tom
    # and Ana-Leo again, Ana-Ruth(A), Ana-Marco, Ruth(A)-Marco AA, Ruth(A)-Tom, Ruth(A)-Leo,
    # Marco-Tom, Marco-Leo AI, Tom-Leo II. 16 ties: 7 AI + 3 GX between, 3 AA + 3 II within.
    # (Before: Ruth and Leo half in each of two sectors, 4.75 AI ties of 13.)
    headline = forum_analysis.headline["session"]
    assert headline["academia_industry"]["value"] == 7
    assert (forum_analysis.ei["between"], forum_analysis.ei["within"]) == (10, 6)
    assert forum_analysis.mixing == {"academia": {"academia": 6, "government": 1, "industry": 7},
                                     "government": {"academia": 1, "industry": 2},
                                     "industry": {"academia": 7, "government": 2, "industry": 6}}
    # The network of people is the same 13 ties among 6 people.
    assert (headline["people_with_ties"], headline["ties"]) == (6, 13)
    assert forum_analysis.people == {"all": 6, "with_ties": 6, "isolates": 0, "with_sector": 6,
                                     "several_sectors": 0, "changed_sector": 2}


def test_bridges_by_the_share_of_their_events_in_each_sector(forum_analysis):
    # Joy (G) meets Marco and Tom only through Ana, Ruth or Leo: each lies on 1/3 of the
    # shortest paths of 2 of the 10 pairs of the others, and brokers the open triads
    # Joy - x - Marco (G, A) and Joy - x - Tom (G, I).
    bridges = {b["name"]: b for b in forum_analysis.bridges}
    assert sorted(bridges) == ["Ana Souza", "Leo Grant", "Ruth Adler"]
    assert all(b["betweenness"] == pytest.approx(2 / 30, abs=1e-4) for b in bridges.values())
    # Leo is industry at both his events: Joy-Leo-Marco is liaison, Joy-Leo-Tom
    # gatekeeper/representative (before, half government: 1.5 and 0.5).
    assert bridges["Leo Grant"]["brokerage"] == {"coordinator": 0, "itinerant": 0,
                                                 "gatekeeper_representative": 1, "liaison": 1}
    assert bridges["Leo Grant"]["sector_history"] is None and bridges["Leo Grant"]["sectors"] == ["industry"]
    # Ruth counts 2/3 industry, 1/3 academia (two of her three events in industry):
    # Joy-Ruth-Marco 2/3 liaison + 1/3 gatekeeper, Joy-Ruth-Tom 2/3 gatekeeper + 1/3 liaison.
    ruth = bridges["Ruth Adler"]
    assert ruth["brokerage"] == {"coordinator": 0, "itinerant": 0, "gatekeeper_representative": 1,
                                 "liaison": 1}
    assert ruth["sector_history"] == "industry at 2021–2023 events, academia from 2025"
    text = as_text(forum_analysis)
    assert "  3. Ruth Adler, industry at 2021–2023 events, academia from 2025: betweenness 0.067" in text
    assert "  2. Leo Grant, industry: betweenness 0.067" in text


def test_organisations_link_through_the_posts_held_when_people_met(forum_analysis):
    # Westlake - Northbridge: 2021 Ana-Ruth; 2023 Ana-Ruth, Ana-Leo; 2025 Ana-Leo,
    # Ruth-Leo, Marco-Leo: 6 units. Westlake - Harbour: 2021 Ana-Tom; 2025 Ana-Tom,
    # Ruth-Tom, Marco-Tom: 4. Ruth never held both at once: no holder (before: 10 and 6
    # units, Marco - Ruth among the pairs, Ruth holding posts in both).
    assert [(r["academia_name"], r["industry_name"], r["weight"], r["people"], r["holders"])
            for r in forum_analysis.organisations] == [
        ("Westlake University", "Northbridge Broadcasting", 6,
         ["Ana Souza – Leo Grant", "Ana Souza – Ruth Adler", "Marco Bellini – Leo Grant",
          "Ruth Adler – Leo Grant"], []),
        ("Westlake University", "Harbour Studios", 4,
         ["Ana Souza – Tom Reyes", "Marco Bellini – Tom Reyes", "Ruth Adler – Tom Reyes"], [])]


def test_over_time_each_year_counts_that_years_sectors(forum_analysis):
    years = [(y["year"], y["academia_industry"]["value"], y["academia_industry_new"],
              y["academia_industry_repeated"]) for y in forum_analysis.years]
    # 2025's AI ties: Ana-Tom, Ana-Leo, Ruth-Tom (met in 2021 when both were industry),
    # Ruth-Leo (met in 2023), Marco-Tom (met in 2021) again; Marco-Leo new.
    assert years == [("2021", 2, 2, 0), ("2023", 2, 1, 1), ("2025", 6, 2, 4)]
    # Marco had no sector in 2021: no academia-industry tie that year, no repeat bridge.
    assert [(r["name"], r["years"]) for r in forum_analysis.repeat_bridges] == [
        ("Ana Souza", ["2021", "2023", "2025"]), ("Ruth Adler", ["2021", "2023", "2025"]),
        ("Leo Grant", ["2023", "2025"]), ("Tom Reyes", ["2021", "2025"])]


def test_topics_shared_by_the_sectors_speakers_had_there(forum_analysis):
    topics = {t["label"]: (t["academia"], t["industry"]) for t in forum_analysis.shared_topics}
    # Ruth spoke on training as an industry person in 2021 and as an academic in 2025;
    # on writers' rooms (2025) as an academic only.
    assert topics == {
        "training for television drama": (["Ana Souza", "Marco Bellini", "Ruth Adler"],
                                          ["Leo Grant", "Ruth Adler", "Tom Reyes"]),
        "writers' rooms": (["Ana Souza", "Marco Bellini", "Ruth Adler"], ["Leo Grant", "Tom Reyes"])}


def test_the_report_says_what_the_change_of_sector_means(forum_analysis):
    assert forum_analysis.cannot_say[0] == (
        "one sector for 2 people whose sector changed between events: their ties count the sectors "
        "they had when they met; brokerage, each person's E-I and participation, and the "
        "communities count the share of their events in each sector")
    assert "a tie met again after a change of sector counts once for each" in as_text(forum_analysis)


def test_the_figures_do_not_depend_on_the_permutations_run(forum):
    a = analyse(forum, permutations=200)
    assert a.headline["session"]["academia_industry"]["value"] == 7
    assert a.headline["session"]["academia_industry"]["permutations"] == 200


def test_real_events_a_former_post_and_a_later_post(real_events_out):
    g = load_knowledge_graph(real_events_out)
    # "former Director of the National Film Board" on the undated APSES 2023 page: ended by
    # APSES 2023 (2023-11), so at APSES 2025 Daniel Okafor is Lumen Pictures' (industry).
    assert set(at_events(g, "daniel-okafor").values()) == {("industry",)}
    assert g.nodes[PERSON + "daniel-okafor"]["sector"] == "industry"
    a = analyse(g, permutations=0)
    apses = next(e for e in a.events if e["event"] == EVENT + "apses-2025")
    assert apses["sectors"] == {"academia": 4, "industry": 3, "unknown": 1}  # was 2.5 I, 0.5 G
    assert a.people["several_sectors"] == 0 and a.people["changed_sector"] == 0
    # Mei-Ling CHOU's Lyon post began 2024-09: not held at the HCIFF forum (2024-06), where
    # she met ZHANG Weiqiang; held at APSES 2025, where they met again: one unit, not two.
    lyon = next(r for r in a.organisations if r["academia_name"] == "Lyon Film Academy")
    assert (lyon["industry_name"], lyon["weight"], lyon["people"]) == (
        "BlueWave Streaming", 1, ["Mei-Ling CHOU – ZHANG Weiqiang"])


def test_without_dates_every_participation_has_the_persons_one_sector(seed_out):
    g = load_knowledge_graph(seed_out)
    for person, _, data in g.edges(data=True):
        if data["kind"] == "took_part":
            own = g.nodes[person]
            assert data["sectors"] == tuple(own.get("sectors") or [own["sector"]] if own["sector"] else [])
