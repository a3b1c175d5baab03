"""Forms of the office admin's pages. They check the shape of what was typed; the
services (cohorts, invites, defaults) check the rest and raise InvalidInput."""

from __future__ import annotations

from django import forms

from afterview.office.invites import DEFAULT_DAYS, MAX_DAYS
from afterview.office.models import Role


class CohortForm(forms.Form):
    name = forms.CharField(label="Cohort's name", max_length=200, help_text="e.g. JD 2027")


def _days():
    return forms.IntegerField(label="Days the link works", min_value=1, max_value=MAX_DAYS, initial=DEFAULT_DAYS)


class CsvForm(forms.Form):
    file = forms.FileField(label="CSV file", help_text="A header row naming name, e-mail and cohort; one row per student.")
    days = _days()


class InviteForm(forms.Form):
    email = forms.CharField(label="E-mail address", max_length=320, widget=forms.EmailInput)
    name = forms.CharField(label="Name", max_length=200)
    role = forms.ChoiceField(label="Invite as", choices=((Role.STUDENT, "a student"), (Role.ADVISER, "an adviser")))
    cohorts = forms.MultipleChoiceField(
        label="Cohorts", help_text="A student joins one cohort; an adviser may advise several.", widget=forms.CheckboxSelectMultiple
    )
    days = _days()

    def __init__(self, *args, cohort_names=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohorts"].choices = [(n, n) for n in cohort_names]

    def clean(self):
        data = super().clean()
        if data.get("role") == Role.STUDENT and len(data.get("cohorts") or ()) > 1:
            self.add_error("cohorts", "a student joins one cohort; tick one")
        return data


class DefaultsForm(forms.Form):
    """One optional field per playbook key (blank: the install's value) and the digest."""

    def __init__(self, *args, values=None, install=None, digest="daily", **kwargs):
        from afterview.core.rules import SETTINGS
        from afterview.reminders.models import DigestEvery

        super().__init__(*args, **kwargs)
        values = values or {}
        install = install or {}
        for setting in SETTINGS:
            label = setting.label or setting.key.replace("_", " ").capitalize()
            self.fields[setting.key] = forms.CharField(
                label=label,
                required=False,
                initial=values.get(setting.key, ""),
                help_text=f"{setting.help[0].upper()}{setting.help[1:]}. Blank: the install's value, {install.get(setting.key, '')}.",
            )
        self.fields["digest"] = forms.ChoiceField(
            label="Morning digest", choices=DigestEvery.choices, initial=digest,
            help_text="How often students get the digest until they choose for themselves.",
        )

    def values(self) -> dict[str, int | str]:
        """The typed playbook values, each read as `afterview office defaults set` reads it."""
        from afterview.core.rules import parse_setting

        out = {}
        for key, text in self.cleaned_data.items():
            if key != "digest" and str(text).strip():
                out[key] = parse_setting(key, str(text), "the office's defaults")
        return out
