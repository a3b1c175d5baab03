"""The spreadsheet pages: upload -> preview with the mapping in drop-downs -> Import,
the CSV downloads and the printable record of applications."""

from __future__ import annotations

import re
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

DATA = Path(__file__).resolve().parent.parent / "data" / "csv"


def _upload(client, name: str, raw: bytes | None = None, **fields):
    raw = raw if raw is not None else (DATA / name).read_bytes()
    return client.post(reverse("web:data_csv_import"), {"file": SimpleUploadedFile(name, raw, content_type="text/csv"), **fields})


def _form_fields(html: str) -> dict[str, str]:
    """What the preview form would send back: hidden fields and each select's chosen option."""
    fields = dict(re.findall(r'<input type="hidden" name="(content|order)" value="([^"]*)"', html))
    for name, body in re.findall(r'<select name="(col-\d+)"[^>]*>(.*?)</select>', html, flags=re.DOTALL):
        chosen = re.search(r'<option value="([^"]*)" selected>', body)
        fields[name] = chosen.group(1) if chosen else ""
    return fields


def _count(user):
    from afterview.records.models import Application

    return Application.objects.for_owner(user).count()


def test_the_page_offers_a_spreadsheet_import_and_downloads(as_alice):
    page = as_alice.get(reverse("web:data")).content.decode()
    assert 'action="/data/csv/import"' in page
    assert "Huntr" in page and "Reactive Resume" in page
    for name in ("applications.csv", "history.csv", "contacts.csv"):
        assert reverse("web:data_csv_export", args=[name]) in page
    assert reverse("web:data_record") in page


def test_an_upload_shows_a_preview_with_the_guessed_mapping_and_writes_nothing(as_alice, alice):
    response = _upload(as_alice, "handmade.csv")
    assert response.status_code == 200
    html = response.content.decode()
    fields = _form_fields(html)
    assert fields["col-0"] == "company" and fields["col-1"] == "role" and fields["col-5"] == "contact-name"
    assert "Summer Associate" in html and "hiring contact Dana Whitfield + interview 2026-12-03" in html
    assert ">Import</button>" in html
    assert _count(alice) == 0


def test_import_from_the_preview_then_a_second_import_adds_nothing(as_alice, alice):
    preview = _upload(as_alice, "teal.csv", preset="teal")
    fields = _form_fields(preview.content.decode())
    done = as_alice.post(reverse("web:data_csv_import"), {**fields, "action": "import"}, follow=True)
    assert done.status_code == 200
    assert "Imported 4 applications; skipped 0 already here." in done.content.decode()
    assert _count(alice) == 4
    again = as_alice.post(reverse("web:data_csv_import"), {**_form_fields(_upload(as_alice, "teal.csv", preset="teal").content.decode()), "action": "import"}, follow=True)
    assert "Imported 0 applications; skipped 4 already here." in again.content.decode()
    assert _count(alice) == 4


def test_a_huntr_export_imports_through_the_web(as_alice, alice):
    fields = _form_fields(_upload(as_alice, "huntr.csv", preset="huntr").content.decode())
    as_alice.post(reverse("web:data_csv_import"), {**fields, "action": "import"})
    assert _count(alice) == 4


def test_changing_a_drop_down_changes_what_is_imported(as_alice, alice):
    raw = b"Outfit,Job,Where\nAcme,Analyst,Chicago\n"
    preview = _upload(as_alice, "mine.csv", raw)
    assert preview.status_code == 400
    assert "no column is mapped to company" in preview.content.decode()
    fields = _form_fields(preview.content.decode())
    fields.update({"col-0": "company", "col-2": "location"})
    updated = as_alice.post(reverse("web:data_csv_import"), {**fields, "action": "preview"})
    assert updated.status_code == 200
    assert _form_fields(updated.content.decode())["col-0"] == "company"
    as_alice.post(reverse("web:data_csv_import"), {**fields, "action": "import"})
    from afterview.records.models import Application

    assert Application.objects.for_owner(alice).get().location == "Chicago"


def test_errors_are_listed_with_line_and_column_and_import_writes_nothing(as_alice, alice):
    raw = b"Company,Role,Date Applied\nAcme,Analyst,2026-11-02\nBeta,PM,31/02/2026\n"
    preview = _upload(as_alice, "bad.csv", raw)
    html = preview.content.decode()
    assert preview.status_code == 400
    assert "line 3, column &quot;Date Applied&quot;: &#x27;31/02/2026&#x27; is not a date" in html
    assert ">Import</button>" not in html
    forced = as_alice.post(reverse("web:data_csv_import"), {**_form_fields(html), "action": "import"})
    assert forced.status_code == 400
    assert _count(alice) == 0


def test_the_date_order_choice_reads_ambiguous_dates(as_alice, alice):
    fields = _form_fields(_upload(as_alice, "simplify.csv", preset="simplify", order="month-first").content.decode())
    assert fields["order"] == "month-first"
    as_alice.post(reverse("web:data_csv_import"), {**fields, "action": "import"})
    assert _count(alice) == 3


def test_an_upload_without_a_file_says_so(as_alice):
    response = as_alice.post(reverse("web:data_csv_import"), {"action": "preview"})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode() or "choose a .csv file" in response.content.decode()


def test_downloads_are_guarded_utf8_with_bom(as_alice, alice):
    fields = _form_fields(_upload(as_alice, "formulas.csv").content.decode())
    as_alice.post(reverse("web:data_csv_import"), {**fields, "action": "import"})
    response = as_alice.get(reverse("web:data_csv_export", args=["applications.csv"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert b"'=HYPERLINK" in response.content and b"'@SUM(A1)" in response.content
    assert as_alice.get(reverse("web:data_csv_export", args=["secrets.csv"])).status_code == 404


def test_bob_downloads_only_his_own(as_alice, as_bob, alice):
    fields = _form_fields(_upload(as_alice, "huntr.csv", preset="huntr").content.decode())
    as_alice.post(reverse("web:data_csv_import"), {**fields, "action": "import"})
    theirs = as_bob.get(reverse("web:data_csv_export", args=["applications.csv"])).content.decode("utf-8-sig")
    assert theirs.strip().count("\n") == 0
    assert "Calloway" not in as_bob.get(reverse("web:data_record")).content.decode()


def test_the_record_of_applications_lists_dates_and_contacts(as_alice, alice):
    for name, preset in (("huntr.csv", "huntr"), ("handmade.csv", "")):
        fields = _form_fields(_upload(as_alice, name, preset=preset).content.decode())
        as_alice.post(reverse("web:data_csv_import"), {**fields, "action": "import"})
    html = as_alice.get(reverse("web:data_record")).content.decode()
    assert "Record of applications" in html
    assert "Meridian Institute" in html and "Offer 2026-11-25" in html
    assert "Dana Whitfield" in html and "dana@cp.example" in html and "+1 312-555-0100" in html
    assert "window.print()" in html


def test_pages_show_an_imported_interview_without_interviewers(as_alice, alice):
    fields = _form_fields(_upload(as_alice, "handmade.csv").content.decode())
    as_alice.post(reverse("web:data_csv_import"), {**fields, "action": "import"})
    from afterview.records.models import Application

    app = Application.objects.for_owner(alice).get(role="Summer Associate")
    for url in (reverse("web:agenda"), reverse("web:applications"), reverse("web:application", args=[app.pk]), reverse("web:data_record")):
        assert as_alice.get(url).status_code == 200, url
    page = as_alice.get(reverse("web:application", args=[app.pk])).content.decode()
    assert "Met at the fair" in page and "Tue 1 Dec 2026" in page


def test_a_link_that_is_not_http_is_never_a_link(as_alice, alice, alice_app):
    alice_app.link = "javascript:alert(1)"
    alice_app.save()
    page = as_alice.get(reverse("web:application", args=[alice_app.pk])).content.decode()
    assert 'href="javascript' not in page
