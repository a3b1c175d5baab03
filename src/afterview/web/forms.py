"""Forms: they turn what was typed into the validated inputs the services take.

Parsing goes through `afterview.core.parse`, the same parsers the command line
uses, and every `InvalidInput` becomes a message on the field it is about.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import available_timezones

from django import forms

from afterview.core.errors import InvalidInput
from afterview.core.invite import MAX_INTERVIEWERS
from afterview.core.parse import (
    NamedAddress,
    check_day,
    parse_country,
    parse_email,
    parse_local_datetime,
    parse_name,
    parse_phone,
    parse_zone,
)
from afterview.records.services import InterviewInput


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    return tuple(sorted(name for name in available_timezones() if "/" in name and not name.startswith("Etc/")))


class _Form(forms.Form):
    """Labels without a trailing colon: they sit above their fields."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class _Parsed(_Form):
    """A form whose clean_<field> may raise InvalidInput, shown on that field."""

    def _parse(self, name: str, parse, *args):
        value = self.cleaned_data.get(name)
        if value in (None, ""):
            return value
        try:
            return parse(value, *args)
        except InvalidInput as e:
            raise forms.ValidationError(str(e)) from e


class PlannedDateField(forms.DateField):
    """A date between FIRST_DAY and LAST_DAY: the years afterview plans for."""

    def validate(self, value):
        super().validate(value)
        if value is not None:
            try:
                check_day(value)
            except InvalidInput as e:
                raise forms.ValidationError(str(e)) from e


class PlannedDateTimeField(forms.DateTimeField):
    """A date and time whose day lies between FIRST_DAY and LAST_DAY."""

    def to_python(self, value):
        # Checked on the typed day, before Django makes it aware: a day near the
        # calendar's ends overflows when it is moved into another zone.
        if isinstance(value, str) and value.strip():
            try:
                check_day(datetime.fromisoformat(value.strip().replace("T", " ")).date())
            except ValueError as e:
                if isinstance(e, InvalidInput):
                    raise forms.ValidationError(str(e)) from e
        return super().to_python(value)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


class DateTimeLocalInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class LongSelect(forms.Select):
    """A select rendered in Python: Django renders each option through a template,
    which takes a sixth of a second for a career office's 2,000 applications."""

    def render(self, name, value, attrs=None, renderer=None):
        from django.forms.utils import flatatt
        from django.utils.html import format_html, format_html_join

        chosen = "" if value is None else str(value)
        final = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        options = format_html_join(
            "",
            "<option value=\"{}\"{}>{}</option>",
            ((key, " selected" if str(key) == chosen else "", label) for key, label in self.choices),
        )
        return format_html("<select{}>{}</select>", flatatt(final), options)


class InterviewerForm(_Parsed):
    name = forms.CharField(label="Name", max_length=200, required=False)
    email = forms.CharField(
        label="E-mail",
        max_length=254,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        help_text="Where the thank-you note goes.",
    )
    highlight = forms.CharField(
        label="Highlight of this conversation",
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One thing that stood out; the thank-you note mentions it.",
    )

    def clean_name(self):
        return self._parse("name", parse_name, "interviewer's name")

    def clean_email(self):
        return self._parse("email", parse_email)

    def clean(self):
        data = super().clean()
        if not data.get("name") and (data.get("email") or data.get("highlight")) and "name" not in self.errors:
            self.add_error("name", "give the interviewer's name (or clear the row)")
        return data

    @property
    def is_blank(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return not any(data.get(key) for key in ("name", "email", "highlight"))


class InterviewForm(_Parsed):
    application = forms.IntegerField(required=False, widget=forms.HiddenInput)
    company = forms.CharField(label="Company", max_length=200, widget=forms.TextInput(attrs={"list": "companies"}))
    role = forms.CharField(label="Role", max_length=200)
    day = PlannedDateField(label="Date", widget=DateInput())
    starts = forms.TimeField(label="From", widget=TimeInput())
    ends = forms.TimeField(label="Until", widget=TimeInput())
    tz = forms.CharField(
        label="Time zone",
        max_length=64,
        widget=forms.TextInput(attrs={"list": "zones", "autocomplete": "off", "spellcheck": "false"}),
        help_text="Where the interview took place, e.g. America/Chicago.",
    )
    country = forms.CharField(
        label="Country",
        max_length=2,
        initial="US",
        help_text="Its public holidays are not business days.",
        widget=forms.TextInput(attrs={"size": 3, "autocomplete": "off"}),
    )
    expect_on = PlannedDateField(
        label="Decision expected by",
        required=False,
        widget=DateInput(),
        help_text="The timeline they gave. Leave blank if nobody said: afterview will suggest asking the hiring contact.",
    )
    hiring_name = forms.CharField(label="Name", max_length=200, required=False)
    hiring_email = forms.CharField(label="E-mail", max_length=254, required=False, widget=forms.EmailInput)
    hiring_phone = forms.CharField(
        label="Phone",
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
        help_text="With the country code, e.g. +1 312 555 0100. Only used if e-mails go unanswered.",
    )
    invite = forms.FileField(
        label="Calendar invite (.ics)",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".ics,text/calendar,.eml,message/rfc822"}),
        help_text="Fills in the time, the zone and the people invited (an .ics, or the .eml it came in).",
    )

    def clean_company(self):
        return self._parse("company", parse_name, "company")

    def clean_role(self):
        return self._parse("role", parse_name, "role")

    def clean_tz(self):
        return self._parse("tz", parse_zone)

    def clean_country(self):
        return self._parse("country", parse_country)

    def clean_hiring_name(self):
        return self._parse("hiring_name", parse_name, "hiring contact's name")

    def clean_hiring_email(self):
        return self._parse("hiring_email", parse_email)

    def clean(self):
        data = super().clean()
        tz, day = data.get("tz"), data.get("day")
        # An end before the start is said with every other mistake, whatever the day and zone.
        if data.get("starts") and data.get("ends") and data["ends"] <= data["starts"]:
            self.add_error("ends", "the interview must end after it starts")
        elif tz and day and data.get("starts") and data.get("ends"):
            for name in ("starts", "ends"):
                try:
                    data[f"{name}_at"] = parse_local_datetime(f"{day.isoformat()} {data[name]:%H:%M}", tz)
                except InvalidInput as e:
                    self.add_error(name, str(e))
            if "starts_at" in data and "ends_at" in data and data["ends_at"] <= data["starts_at"]:
                self.add_error("ends", "the interview must end after it starts")
        if data.get("hiring_phone"):
            try:
                data["hiring_phone"] = parse_phone(data["hiring_phone"], data.get("country") or "US")
            except InvalidInput as e:
                self.add_error("hiring_phone", str(e))
            if not data.get("hiring_name") and "hiring_name" not in self.errors:
                self.add_error("hiring_name", "a phone number needs the hiring contact's name")
        if data.get("hiring_email") and not data.get("hiring_name") and "hiring_name" not in self.errors:
            self.add_error("hiring_name", "give the hiring contact's name with the address")
        return data


InterviewerFormSet = forms.formset_factory(
    InterviewerForm, extra=0, min_num=0, max_num=MAX_INTERVIEWERS, absolute_max=MAX_INTERVIEWERS
)


def interview_input(form: InterviewForm, rows: InterviewerFormSet) -> InterviewInput:
    """Both forms valid -> the service's input; raises InvalidInput for rules across fields."""
    data = form.cleaned_data
    people = [row.cleaned_data for row in rows if not row.is_blank]
    hiring = None
    if data.get("hiring_name"):
        hiring = NamedAddress(data["hiring_name"], data.get("hiring_email") or "")
    return InterviewInput(
        company=data["company"],
        role=data["role"],
        starts_at=data["starts_at"],
        ends_at=data["ends_at"],
        tz=data["tz"],
        interviewers=tuple(NamedAddress(p["name"], p.get("email") or "") for p in people),
        hiring_contact=hiring,
        hiring_phone=data.get("hiring_phone") or "",
        expect_on=data.get("expect_on"),
        highlights={p["name"]: " ".join(p["highlight"].split()) for p in people if p.get("highlight")},
        country=data.get("country") or "US",
        application_id=data.get("application"),
    )


def rows_from(data) -> list[dict[str, str]]:
    """The interviewer rows as typed (a POST QueryDict), for re-showing them."""
    try:
        total = int(data.get("form-TOTAL_FORMS", 0))
    except (TypeError, ValueError):
        total = 0
    total = max(0, min(total, MAX_INTERVIEWERS))
    return [
        {key: data.get(f"form-{n}-{key}", "") for key in ("name", "email", "highlight")} for n in range(total)
    ]


class TouchForm(_Parsed):
    KINDS = (
        ("reply", "They replied"),
        ("thank-you-sent", "I sent a thank-you note"),
        ("follow-up-sent", "I sent a follow-up"),
        ("next-steps-sent", "I asked about next steps"),
        ("call", "I called"),
        ("voicemail", "I left a voicemail"),
        ("offer", "Offer received"),
        ("accepted", "I accepted the offer"),
        ("declined", "I declined the offer"),
        ("rejection", "Rejection received"),
        ("withdrawn", "I withdrew"),
    )
    kind = forms.ChoiceField(label="What happened", choices=KINDS)
    person = forms.ChoiceField(label="With", required=False)
    at = PlannedDateTimeField(
        label="When",
        required=False,
        widget=DateTimeLocalInput(),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
        help_text="In your time zone; blank means now.",
    )
    note = forms.CharField(label="Note", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    expect_on = PlannedDateField(
        label="New decision date they gave", required=False, widget=DateInput(), help_text="If the reply named one."
    )

    def __init__(self, *args, people: list[str] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].choices = [("", "—")] + [(name, name) for name in people]


class UpdateForm(_Form):
    application = forms.TypedChoiceField(label="Application", coerce=int, widget=LongSelect)
    text = forms.CharField(
        label="What is new",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="e.g. Fall transcript is out: 3.9 GPA. It goes with the next follow-up.",
    )

    def __init__(self, *args, applications: list[tuple[int, str]] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["application"].choices = list(applications)


class ExpectForm(_Form):
    on = PlannedDateField(label="Decision now expected by", widget=DateInput())


class ProfileForm(_Parsed):
    display_name = forms.CharField(label="Your name", max_length=200, help_text="Notes are signed with it.")
    email = forms.CharField(label="Your e-mail", max_length=254, required=False, widget=forms.EmailInput)
    tz = forms.CharField(
        label="Your time zone",
        max_length=64,
        widget=forms.TextInput(attrs={"list": "zones", "autocomplete": "off", "spellcheck": "false"}),
        help_text="Due times on the agenda are shown in it.",
    )

    def clean_display_name(self):
        return self._parse("display_name", parse_name, "name")

    def clean_email(self):
        return self._parse("email", parse_email)

    def clean_tz(self):
        return self._parse("tz", parse_zone)


class ImportForm(_Form):
    file = forms.FileField(label="Backup file (.json)", widget=forms.ClearableFileInput(attrs={"accept": ".json,application/json"}))
    replace = forms.BooleanField(
        label="Replace everything here with the file's contents",
        required=False,
        help_text="Needed when this home already has applications.",
    )


class CsvImportForm(_Form):
    """The first step of a spreadsheet import: the file and how to read it."""

    file = forms.FileField(label="Spreadsheet (.csv)", widget=forms.ClearableFileInput(attrs={"accept": ".csv,.tsv,.txt,text/csv"}))
    preset = forms.ChoiceField(
        label="Exported from",
        required=False,
        choices=(),
        help_text="Another tracker's export, or leave it to guess the columns from their headers.",
    )
    order = forms.ChoiceField(
        label="Dates like 03/04/2026",
        required=False,
        choices=(("refuse", "Ask me (refuse them)"), ("day-first", "Day first (3 April)"), ("month-first", "Month first (March 4)")),
    )

    def __init__(self, *args, **kwargs):
        from afterview.core.spreadsheet import PRESETS

        # It shares the Import/export page with the backup form: ids of its own.
        kwargs.setdefault("auto_id", "csv_%s")
        super().__init__(*args, **kwargs)
        self.fields["preset"].choices = [("", "My own spreadsheet")] + [(p.name, p.title) for p in PRESETS.values()]


class PlaybookForm(_Form):
    """One field per playbook key, showing the value in force and where it came from.
    A value that differs from the install's becomes one of the candidate's overrides."""

    def __init__(self, *args, current=None, install=None, sources=None, **kwargs):
        from afterview.core.rules import DEFAULT, SETTINGS

        super().__init__(*args, **kwargs)
        self.install = (install or DEFAULT).as_dict()
        values = (current or DEFAULT).as_dict()
        sources = sources or {}
        for setting in SETTINGS:
            label = setting.label or setting.key.replace("_", " ").capitalize()
            source = sources.get(setting.key, "default")
            origin = source if source in ("your override", "office default") else f"the install's value ({source})"
            help_text = (
                f"{setting.help[0].upper()}{setting.help[1:]}. Now {values[setting.key]}, {origin}; "
                f"the install's is {self.install[setting.key]} (rule: {setting.rule})."
            )
            if setting.high:
                field = forms.IntegerField(
                    label=label, min_value=setting.low, max_value=setting.high, help_text=help_text
                )
            else:
                field = forms.TimeField(label=label, widget=TimeInput(), help_text=help_text)
            field.initial = values[setting.key]
            self.fields[setting.key] = field

    def overrides(self) -> dict[str, int | str]:
        """The values that differ from the install's, spelled as playbook.toml would."""
        out = {}
        for key, value in self.cleaned_data.items():
            shown = f"{value:%H:%M}" if hasattr(value, "hour") else value
            if shown != self.install[key]:
                out[key] = shown
        return out


def parse_local_input(value: str, tz: str) -> datetime:
    """A datetime-local value ('2026-12-04T09:30') read in zone `tz`, as UTC."""
    return parse_local_datetime(value.replace("T", " "), tz)


class MailForm(_Parsed):
    """The candidate's mailbox. Passwords are never shown back: blank keeps the stored one
    while the server, port, security and user stay as they were."""

    from_name = forms.CharField(label="Your name as senders see it", max_length=200)
    from_address = forms.CharField(label="Your address", max_length=320, widget=forms.EmailInput)
    smtp_host = forms.CharField(label="SMTP server", max_length=255, help_text="e.g. smtp.gmail.com")
    smtp_port = forms.IntegerField(label="SMTP port", min_value=1, max_value=65535, initial=587)
    smtp_security = forms.ChoiceField(
        label="SMTP security",
        choices=(("starttls", "STARTTLS (port 587)"), ("tls", "TLS (port 465)"), ("none", "none (local test servers only)")),
    )
    smtp_user = forms.CharField(label="SMTP user", max_length=320, required=False, help_text="Usually your address.")
    smtp_password = forms.CharField(
        label="SMTP password",
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=(
            "Stored encrypted. Leave blank to keep the stored one; change the server, port, security or user "
            "and it is forgotten, so enter it again. Use an app password where your provider offers one."
        ),
    )
    imap_host = forms.CharField(label="IMAP server", max_length=255, required=False, help_text="Optional: lets afterview notice replies.")
    imap_port = forms.IntegerField(label="IMAP port", min_value=1, max_value=65535, required=False, initial=993)
    imap_security = forms.ChoiceField(label="IMAP security", choices=(("tls", "TLS (port 993)"), ("none", "none")), initial="tls")
    imap_user = forms.CharField(label="IMAP user", max_length=320, required=False)
    imap_password = forms.CharField(
        label="IMAP password",
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text="Stored encrypted; blank keeps the stored one unless the server, port, security or user changes.",
    )
    copy_to_sent = forms.BooleanField(label="File a copy of each sent note in my Sent folder", required=False, initial=True)
    allow_insecure = forms.BooleanField(
        label="Allow an unencrypted connection to a server on another machine",
        required=False,
        help_text="Security \"none\" sends your password and notes in clear; without this box it is only for a server on this machine.",
    )
    provider = forms.ChoiceField(
        label="Provider",
        required=False,
        help_text="Fills in the servers, ports, security and folders.",
    )
    oauth_provider = forms.ChoiceField(
        label="Sign in with",
        required=False,
        choices=(("", "a password or app password"), ("microsoft", "Microsoft (OAuth2)"), ("google", "Google (OAuth2)"), ("generic", "my server's OAuth2 (oauth.toml)")),
    )
    ca_file = forms.CharField(label="Certificate authority file", max_length=1000, required=False, help_text="Only for a self-hosted server with its own CA: a PEM file path.")

    def __init__(self, *args, **kwargs):
        from afterview.core.providers import PRESETS

        super().__init__(*args, **kwargs)
        self.fields["provider"].choices = [("", "by hand")] + [(p.key, p.label) for p in PRESETS.values()]
        self.fields["smtp_host"].required = False

    def clean(self):
        from afterview.core.providers import PRESETS, SignIn

        data = super().clean()
        chosen = PRESETS.get(data.get("provider") or "")
        if chosen is not None and chosen.key != "other":
            for name in ("smtp_host", "smtp_port", "smtp_security", "imap_host", "imap_port", "imap_security"):
                data[name] = getattr(chosen, name)
            data["copy_to_sent"] = not chosen.copies_to_sent
            data["imap_user"] = data.get("imap_user") or data.get("smtp_user") or data.get("from_address", "")
            if chosen.sign_in == SignIn.OAUTH2 and not data.get("smtp_password"):
                data["oauth_provider"] = chosen.oauth
        if not (data.get("smtp_host") or "").strip():
            self.add_error("smtp_host", "Give your provider's SMTP server, or pick the provider.")
        return data

    def clean_from_name(self):
        return self._parse("from_name", parse_name, "name")

    def clean_from_address(self):
        return self._parse("from_address", parse_email)

    def account_input(self, saved=None):
        """The mailbox as typed; what this form does not show (the reply and Sent
        folders, set with `afterview mail setup`) is kept from `saved`, so saving here
        never moves the inbox the worker reads, nor where its bookmark points."""
        from afterview.outreach.account import AccountInput

        data = self.cleaned_data
        return AccountInput(
            from_name=data["from_name"],
            from_address=data["from_address"],
            smtp_host=data["smtp_host"].strip(),
            smtp_port=data["smtp_port"],
            smtp_security=data["smtp_security"],
            smtp_user=data["smtp_user"].strip(),
            smtp_password=data["smtp_password"] or None,
            imap_host=data["imap_host"].strip(),
            imap_port=data["imap_port"],
            imap_security=data["imap_security"],
            imap_user=data["imap_user"].strip(),
            imap_password=data["imap_password"] or None,
            imap_folder=saved.imap_folder if saved is not None else "INBOX",
            sent_folder=saved.sent_folder if saved is not None else "",
            copy_to_sent=data["copy_to_sent"],
            allow_insecure=data["allow_insecure"],
            provider=data.get("provider") or "",
            ca_file=(data.get("ca_file") or "").strip(),
            oauth_provider=data.get("oauth_provider") or "",
        )
