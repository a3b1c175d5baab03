"""The cohort dashboard: each figure, consent, who may see it, the CSV tables, the
guard's stops, and a query count that does not grow with the cohort."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from afterview.core.facts import TouchKind
from afterview.office.dashboard import Filters, csv_of, dashboard, parse_filters
from afterview.office.models import Consent, Role
from tests.office import dashboard_seed as seed

NOW = seed.NOW


@pytest.fixture(autouse=True)
def pinned_now(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_NOW", NOW.isoformat())


@pytest.fixture
def office(db):
    return seed.office()


@pytest.fixture
def admin(office):
    return seed.person("Ada Admin", role=Role.ADMIN)


@pytest.fixture
def adviser(office):
    return seed.person("Avery Adviser", role=Role.ADVISER)


@pytest.fixture
def law(adviser):
    return seed.cohort("Law 2027", adviser)


@pytest.fixture
def medicine(office):
    return seed.cohort("Medicine 2027")


def test_it_counts_each_figure_from_the_rows(admin, law):
    seed.busy_student("Sam Okafor", law)
    t = dashboard(admin, Filters(), NOW).total
    # three interviews: all thanked in time; one of two unthanked; one thanked after 30 h
    assert (t.thanked, t.interviews) == (2, 3)
    assert t.median_hours == 3.0  # delays 2, 2, 3, 5 and 30 hours
    assert (t.clean, t.sent) == (3, 5)  # every second note went despite checker errors
    # every follow-up has the due time the playbook gave it (stored when it was logged):
    # the first after an interview, and each later one after the one before; all four in time
    assert (t.on_time, t.follow_ups) == (4, 4)
    assert t.restraint == 1
    assert (t.answered, t.chased) == (1, 4)  # the withdrawal is not an answer
    assert t.outcomes == {"offer": 1, "close-out": 1}


def test_a_late_follow_up_is_not_on_time(admin, law):
    student = seed.person("Lee Park", cohort=law)
    app = seed.application(student)
    seed.interview(app, NOW - timedelta(days=30), thanked_after=(timedelta(hours=1),) * 2, expect_on=date(2026, 11, 13))
    seed.touch(app, TouchKind.FOLLOW_UP_SENT, NOW - timedelta(days=10))  # due Mon 16 Nov, sent Tue 24 Nov
    t = dashboard(admin, Filters(), NOW).total
    assert (t.on_time, t.follow_ups) == (0, 1)


def test_a_follow_up_three_business_days_overdue_needs_a_nudge_and_lateness_grows_without_a_write(admin, law):
    from afterview.records.models import StepTime

    thanked = (timedelta(hours=1),) * 2
    behind = seed.person("Bo Behind", cohort=law, consent=Consent.DETAILS)
    late_app = seed.application(behind, "Harlow Group")
    seed.interview(late_app, NOW - timedelta(days=30), thanked_after=thanked, expect_on=date(2026, 11, 13))  # due Mon 16 Nov
    soon = seed.person("Sol Soon", cohort=law)
    app = seed.application(soon)
    seed.interview(app, NOW - timedelta(days=9), thanked_after=thanked, expect_on=date(2026, 12, 2))  # due Thu 3 Dec
    stored = StepTime.objects.count()
    board = dashboard(admin, Filters(), NOW)
    assert [(s.name, s.overdue_follow_ups, s.late_thank_yous, s.employers) for s in board.nudges] == [
        ("Bo Behind", 1, 0, ["Harlow Group"])
    ]
    # Five days on, nothing written: Sol's follow-up is now three business days past due too.
    later = dashboard(admin, Filters(), NOW + timedelta(days=5))
    assert sorted((s.name, s.overdue_follow_ups) for s in later.nudges) == [("Bo Behind", 1), ("Sol Soon", 1)]
    assert StepTime.objects.count() == stored
    # Sending it takes Bo off the list.
    seed.touch(late_app, TouchKind.FOLLOW_UP_SENT, NOW - timedelta(hours=1))
    assert [s.name for s in dashboard(admin, Filters(), NOW).nudges] == []


def test_a_student_who_shares_nothing_is_in_no_figure_and_counts_students_are(admin, law):
    seed.busy_student("Sam Okafor", law, consent=Consent.COUNTS)
    before = dashboard(admin, Filters(), NOW).total.figures()
    seed.busy_student("Nat Hidden", law, consent=Consent.NOTHING)
    board = dashboard(admin, Filters(), NOW)
    assert board.total.figures() == before
    assert [s.name for s in board.nudges] == ["Sam Okafor"]


def test_an_adviser_sees_their_cohorts_and_an_admin_sees_all(admin, adviser, law, medicine):
    seed.busy_student("Sam Okafor", law)
    seed.busy_student("Mo Adeyemi", medicine)
    mine = dashboard(adviser, Filters(), NOW)
    assert [r.name for r in mine.rows] == ["Law 2027"]
    assert mine.total.interviews == 3
    everyone = dashboard(admin, Filters(), NOW)
    assert [r.name for r in everyone.rows] == ["Law 2027", "Medicine 2027"]
    assert everyone.total.interviews == 6
    assert dashboard(admin, Filters(cohort_id=medicine.pk), NOW).total.interviews == 3


def test_the_page_is_404_for_students_strangers_and_other_cohorts(client, adviser, law, medicine):
    student = seed.busy_student("Sam Okafor", law)
    assert client.get("/office/dashboard/").status_code == 302  # signed out: to the sign-in page
    client.force_login(student)
    assert client.get("/office/dashboard/").status_code == 404
    assert client.get("/office/dashboard/cohorts.csv").status_code == 404
    client.force_login(adviser)
    assert client.get("/office/dashboard/").status_code == 200
    assert client.get(f"/office/dashboard/?cohort={medicine.pk}").status_code == 404
    assert client.get(f"/office/dashboard/?cohort={law.pk}").status_code == 200


def test_the_period_filter_counts_events_inside_it(admin, law):
    seed.busy_student("Sam Okafor", law)
    recent = Filters(since=(NOW - timedelta(days=7)).date(), until=NOW.date())
    t = dashboard(admin, recent, NOW).total
    assert t.interviews == 1  # the interview four days ago
    assert t.outcomes == {"offer": 1}


def test_the_weekly_trend_adds_up_to_the_period(admin, law):
    seed.busy_student("Sam Okafor", law)
    board = dashboard(admin, Filters(since=(NOW - timedelta(days=60)).date(), until=NOW.date()), NOW)
    assert board.weeks[0][0].weekday() == 0 and board.weeks[-1][0] <= NOW.date()
    assert (sum(h for _, h, _ in board.weeks), sum(t for _, _, t in board.weeks)) == (2, 3)
    assert len(dashboard(admin, Filters(), NOW).weeks) in (12, 13)


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ({"from": "yesterday"}, "the from date 'yesterday' is not a date; write it as 2026-12-04"),
        ({"from": "2026-12-04", "to": "2026-12-01"}, "the period ends before it starts; swap the dates"),
        ({"cohort": "law"}, "the cohort 'law' is not one of the list; pick one from it"),
    ],
)
def test_bad_filters_say_what_is_wrong(query, problem):
    from afterview.core.errors import InvalidInput

    with pytest.raises(InvalidInput) as caught:
        parse_filters(query)
    assert str(caught.value) == problem


def test_a_bad_filter_on_the_page_is_one_line_not_a_crash(client, admin):
    client.force_login(admin)
    answer = client.get("/office/dashboard/?to=soon")
    assert answer.status_code == 400
    assert b"the to date &#x27;soon&#x27; is not a date" in answer.content


def test_an_employer_is_offered_only_once_three_sharing_students_applied_there(admin, law):
    seed.busy_student("Counts Only", law, consent=Consent.COUNTS, employer="MARKER-COUNTS-EMPLOYER")
    for name in ("Dee One", "Dee Two"):
        seed.busy_student(name, law, consent=Consent.DETAILS, employer="Calloway & Pryce LLP")
    assert dashboard(admin, Filters(), NOW).employers == []
    seed.busy_student("Dee Three", law, consent=Consent.DETAILS, employer="calloway & pryce llp")
    board = dashboard(admin, Filters(), NOW)
    assert board.employers == ["Calloway & Pryce LLP", "Harlow Group", "Northbridge Partners"]
    picked = dashboard(admin, Filters(employer="CALLOWAY & PRYCE LLP"), NOW).total
    assert picked.interviews == 3  # the three details students' interviews there, nobody else's
    from afterview.core.errors import InvalidInput

    with pytest.raises(InvalidInput, match="not in the employer list"):
        dashboard(admin, Filters(employer="MARKER-COUNTS-EMPLOYER"), NOW)


def test_no_counts_students_employer_reaches_the_page_or_a_csv(client, admin, law):
    seed.busy_student("Counts Only", law, consent=Consent.COUNTS, employer="MARKER-EMPLOYER-7")
    seed.busy_student("Shares All", law, consent=Consent.DETAILS, employer="Open Firm")
    client.force_login(admin)
    page = client.get("/office/dashboard/").content.decode()
    assert "MARKER-EMPLOYER-7" not in page
    assert "Open Firm" not in page  # details students' employers only where they help: the nudge list
    assert "Northbridge Partners" in page  # the details student's late thank-you
    assert "Dana Whitfield" not in page and "Interviewer " not in page  # no contact, ever
    assert "Thank you." not in page  # nor a note's text
    for table in ("cohorts", "outcomes", "nudges"):
        answer = client.get(f"/office/dashboard/{table}.csv")
        assert answer.status_code == 200
        assert answer["Content-Type"].startswith("text/csv")
        assert "MARKER-EMPLOYER-7" not in answer.content.decode()
        assert "Northbridge" not in answer.content.decode()
    assert client.get("/office/dashboard/?format=csv&table=outcomes").content == client.get("/office/dashboard/outcomes.csv").content


def test_the_csv_holds_each_cohorts_figures(admin, law, medicine):
    seed.busy_student("Sam Okafor", law)
    rows = list(csv.reader(io.StringIO(csv_of(dashboard(admin, Filters(), NOW), "cohorts"))))
    assert rows[0][:4] == ["cohort", "interviews", "thanked in 24 h", "thank-you rate %"]
    assert rows[1][:5] == ["Law 2027", "3", "2", "66.7", "3.0"]
    assert rows[2][:2] == ["Medicine 2027", "0"]
    assert rows[-1][0] == "All cohorts"


def test_the_page_draws_the_rate_beside_the_studys_26_percent(client, admin, law):
    seed.busy_student("Sam Okafor", law)
    client.force_login(admin)
    page = client.get("/office/dashboard/").content.decode()
    assert 'id="chart-thank-you"' in page and 'role="img"' in page
    assert "<title id=\"chart-thank-you-title\">Thank-you notes within 24 hours, by cohort</title>" in page
    assert "study: 26%" in page
    assert "67%" in page
    assert "<script" not in page.split("<main", 1)[1]


def _students(cohort_, n):
    for i in range(n):
        seed.busy_student(f"Student {cohort_.name} {i}", cohort_, consent=Consent.DETAILS if i % 3 == 0 else Consent.COUNTS)


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_query_count_does_not_grow_with_the_cohort(client, adviser, law, medicine):
    medicine.advisers.add(adviser)
    _students(law, 3)
    client.force_login(adviser)
    url = f"/office/dashboard/?cohort={law.pk}"
    few = _queries(client, url)
    _students(medicine, 30)
    url = f"/office/dashboard/?cohort={medicine.pk}"
    many = _queries(client, url)
    assert few == many
    assert _queries(client, "/office/dashboard/cohorts.csv") <= few


def test_the_guard_counts_a_note_it_holds_back(alice_app, alice, smtp_sink, account_input):
    from afterview.core.errors import Refused
    from afterview.outreach.models import GuardStop
    from afterview.outreach.outbox import when_to_send
    from afterview.outreach.account import save_account
    from afterview.records import models as m

    save_account(alice, account_input(smtp_sink), now=NOW)
    contact = m.Contact.objects.get(owner=alice, name="Miriam Castellanos")
    before_the_end = alice_app.interviews.get().starts_at
    with pytest.raises(Refused, match="not due before"):
        when_to_send(alice, alice_app.pk, "thank-you", contact=contact, now=NOW, at=before_the_end)
    stop = GuardStop.objects.get(owner=alice)
    assert (stop.application_id, stop.kind, stop.why) == (alice_app.pk, "thank-you", "too-early")
    when_to_send(alice, alice_app.pk, "thank-you", contact=contact, now=NOW)
    assert GuardStop.objects.count() == 1


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(["cohort", "employer", "from", "to", "other"]), st.text(max_size=30)))
def test_parse_filters_gives_filters_or_invalid_input(query):
    from afterview.core.errors import InvalidInput

    try:
        filters = parse_filters(query)
    except InvalidInput as e:
        assert "\n" not in str(e)
    else:
        assert filters.since is None or filters.until is None or filters.since <= filters.until


def test_a_chart_escapes_its_labels_and_says_what_it_shows():
    from afterview.office.charts import Bar, Reference, bar_chart, line_chart

    svg = bar_chart("Rate <b>", "A & B", [Bar("<script>x</script>", 0.5, "50%"), Bar("empty", None, "")], top=1.0,
                    reference=Reference(0.26, "26%"), chart_id="c")  # fmt: skip
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert '<title id="c-title">Rate &lt;b&gt;</title>' in svg and '<desc id="c-desc">A &amp; B</desc>' in svg
    assert 'aria-labelledby="c-title c-desc"' in svg and "no data yet" in svg
    line = line_chart("Trend", "By week", [("Mon 2 Nov", 0.2), ("Mon 9 Nov", None), ("Mon 16 Nov", 0.4)], top=1.0)
    assert line.count("<circle") == 2 and "<polyline" in line
