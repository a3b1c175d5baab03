"""The pages. Each view loads, calls a service, and renders: no playbook rule and no
storage logic lives here. Domain errors become field messages (InvalidInput) or
404s (NotFound: another candidate's application looks exactly like a missing one).
"""

from __future__ import annotations

from functools import lru_cache, wraps
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from afterview import clock
from afterview.core.errors import AfterviewError, InvalidInput, NotFound
from afterview.outreach.account import find_account
from afterview.outreach.outbox import message_of
from afterview.records import services as records
from afterview.records.models import NOT_LOADED, loaded_relation
from afterview.web import forms as f
from afterview.web import present, services
from afterview.web.signin import redeem_token


def candidate_view(view):
    """Signed-in only; shows times in the candidate's zone; NotFound becomes 404."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        from afterview.office.accounts import lands_on_office_home
        from afterview.web.first_run import needs_profile

        if lands_on_office_home(request.user):
            return redirect("office:home")  # an adviser or admin has no agenda of their own
        profile = loaded_relation(request.user, "profile")  # this request's session row brought it
        if profile is None or profile is NOT_LOADED:
            profile = records.profile_of(request.user)
        if needs_profile(profile):
            return redirect("web:welcome")  # who signs the notes comes before anything else
        request.profile = profile
        request.candidate = request.user
        request.zone = profile.tz
        request.now = clock.now()
        timezone.activate(ZoneInfo(profile.tz))
        try:
            return view(request, *args, **kwargs)
        except NotFound as e:
            raise Http404(str(e)) from e
        except AfterviewError as e:
            # Not the request's fault: a broken playbook.toml, say. Say what it is.
            return page(request, "web/problem.html", "", status=500, problem=str(e))
        finally:
            timezone.deactivate()

    return wrapper


@lru_cache(maxsize=1)
def _nav() -> dict[str, str]:
    names = ("agenda", "applications", "interview_new", "outbox", "updates", "replies", "settings", "data", "logout")
    return {name: reverse(f"web:{name}") for name in names}


@lru_cache(maxsize=1)
def _step_urls() -> dict[str, str]:
    return {
        "done": reverse("web:action_done"),
        "snooze": reverse("web:action_snooze"),
        "unsnooze": reverse("web:action_unsnooze"),
        "undo": reverse("web:action_undo"),
    }


@lru_cache(maxsize=1)
def _snooze_options():
    from django.utils.html import format_html_join

    return format_html_join("", '<option value="{}">{}</option>', services.SNOOZE_CHOICES)


def page(request, template: str, section: str, status: int = 200, **context) -> HttpResponse:
    profile = getattr(request, "profile", None)
    context.setdefault("candidate_name", profile.display_name if profile else "")
    context.setdefault("urls", _step_urls())
    context.setdefault("nav", _nav())
    context.setdefault("snooze_options", _snooze_options())
    return render(request, template, {"section": section, "now": request.now, "zone": request.zone, **context}, status=status)


def _back(request, default: str) -> str:
    """Where to return after a POST: a `next` on this site, or `default`."""
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next") or request.GET.get("next") or ""
    if target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return default


# -- signing in ------------------------------------------------------------------------


@require_GET
def sign_in(request, token: str):
    user = redeem_token(token, now=clock.now())
    if user is None:
        return render(request, "web/signed_out.html", {"expired": True, "nav": _nav()}, status=403)
    auth_login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect("web:agenda")


@require_GET
def login(request):
    if request.user.is_authenticated:
        return redirect("web:agenda")
    from afterview.office.mode import is_office

    if is_office():  # an office signs in with allauth (docs/office.md)
        from django.http import QueryDict

        query = QueryDict(mutable=True)
        if request.GET.get("next"):
            query["next"] = request.GET["next"]
        return redirect(reverse("account_login") + (f"?{query.urlencode()}" if query else ""))
    return render(request, "web/signed_out.html", {"expired": False, "nav": _nav()})


@require_POST
def logout(request):
    auth_logout(request)
    return redirect("web:login")


# -- the agenda -----------------------------------------------------------------------------


@require_GET
@candidate_view
def agenda(request):
    """The agenda, kept between requests (web/kept_pages.py) under everything it shows:
    the kept plans' fingerprint, the rules, snoozes, notes, the mailbox's sign-in, the zone
    and the minute. A request with a flash message or an undo to offer is made afresh."""
    from afterview.web import editing, kept_pages, step_undo

    candidate, now = request.candidate, request.now
    undo = step_undo.offer(request.session, now)
    inputs = services.agenda_inputs(candidate, now)
    mail_problem = inputs.mail_problem
    keepable = undo is None and editing.UNDO_KEY not in request.session and not kept_pages.live_only(request)
    key = (*inputs.key(candidate, now, request.zone), mail_problem, request.user.get_username(), bool(request.htmx), request.get_full_path())
    if keepable and (kept := kept_pages.kept_page(request, "agenda", key)) is not None:
        return kept
    extra = {"csrf_token": kept_pages.TOKEN} if keepable else {}
    response = page(
        request,
        "web/agenda.html",
        "agenda",
        agenda=services.agenda(candidate, now, tz=request.zone, inputs=inputs),
        mail_problem=mail_problem,
        undo=undo,
        **extra,
    )
    if not keepable:
        return response
    return kept_pages.keep(request, "agenda", key, response, max_age=services.agenda_kept_for(candidate, inputs))


def _after_action(request, fallback: str):
    from afterview.web import step_undo

    # Only the agenda's cards post over htmx: answer with its redrawn body, whose
    # cards go on naming the agenda (not this POST's URL) as the page to return to.
    if request.htmx:
        return page(
            request,
            "web/_agenda_body.html",
            "agenda",
            agenda=services.agenda(request.candidate, request.now, tz=request.zone),
            next_path=reverse("web:agenda"),
            undo=step_undo.offer(request.session, request.now),
        )
    return redirect(_back(request, fallback))


def _logged(touch) -> str:
    said = dict(f.TouchForm.KINDS).get(touch.kind, touch.kind)
    who = f" ({touch.contact.name})" if touch.contact else ""
    return f"Logged: {said}{who}."


def _step(request) -> tuple[int, str, str]:
    try:
        return int(request.POST.get("application", "")), request.POST.get("kind", ""), request.POST.get("person", "")
    except ValueError as e:
        raise NotFound("no such application") from e


@require_POST
@candidate_view
def action_done(request):
    app_id, kind, person = _step(request)
    try:
        touch = services.mark_done(request.candidate, app_id, kind, person, now=request.now)
    except InvalidInput as e:
        messages.error(request, str(e))
    else:
        from afterview.web import step_undo

        messages.success(request, f"{_logged(touch)} The plan has moved on.")
        step_undo.remember(request.session, step_undo.DONE, touch.pk, "Marked done", now=request.now)
    return _after_action(request, reverse("web:agenda"))


@require_POST
@candidate_view
def action_snooze(request):
    app_id, kind, person = _step(request)
    try:
        until = services.snooze_until(request.POST.get("for", ""), request.now, request.zone)
        snoozed = services.snooze(request.candidate, app_id, kind, person, until_at=until, now=request.now)
    except InvalidInput as e:
        messages.error(request, str(e))
    else:
        from afterview.web import step_undo

        messages.success(request, f"Snoozed until {present.when_text(until, request.zone)}.")
        step_undo.remember(request.session, step_undo.SNOOZE, snoozed.pk, "Snoozed", now=request.now)
    return _after_action(request, reverse("web:agenda"))


@require_POST
@candidate_view
def action_unsnooze(request):
    app_id, kind, person = _step(request)
    records.get_application(request.candidate, app_id)
    services.unsnooze(request.candidate, app_id, kind, person)
    messages.success(request, "Back on the agenda.")
    return _after_action(request, reverse("web:agenda"))


# -- applications ------------------------------------------------------------------------------


@require_GET
@candidate_view
def applications(request):
    from django.core.paginator import Paginator

    rows = Paginator(services.application_rows(request.candidate, request.now), 100).get_page(request.GET.get("page"))
    return page(request, "web/applications.html", "applications", rows=rows)


def _application(request, app_id: int, status: int = 200, **bound):
    from afterview.web.timeline import marks_of, render as render_timeline

    data = services.application_page(request.candidate, app_id, request.now)
    label = f"{data.role} at {data.company}"
    people = tuple(p.name for p in data.people)
    hiring = data.name_of(data.hiring_key) or ""
    fields = {}
    for name in ("touch", "expect", "update"):
        form = bound.get(f"{name}_form")
        fields[f"{name}_fields"] = (
            _form_fields(name, form) if form is not None else _unbound_fields(name, data.application_id, label, people, hiring)
        )
    svg = render_timeline(marks_of(data, request.now), request.now, request.zone, title=f"Timeline of {label}")
    return page(
        request,
        "web/application.html",
        "applications",
        status=status,
        data=data,
        timeline=svg,
        items=services.application_items(data, request.now, request.zone),
        open_form=next((name[: -len("_form")] for name in bound), ""),
        details=_details(request.candidate, data.application_id),
        **fields,
    )


def _details(candidate, app_id: int) -> dict:
    from afterview.records.spreadsheet import application_details

    return application_details(candidate, app_id)


def _form_fields(name: str, form):
    from django.template.loader import render_to_string
    from django.utils.safestring import mark_safe

    template = {"touch": "web/_touch_fields.html", "update": "web/_update_fields.html"}.get(name, "web/_fields.html")
    return mark_safe(render_to_string(template, {"form": form}))  # noqa: S308 (a template's output)


@lru_cache(maxsize=256)
def _unbound_fields(name: str, app_id: int, label: str, people: tuple[str, ...], hiring: str):
    """The empty forms of an application page, rendered once per application and its people:
    they hold no CSRF token and nothing of the request."""
    if name == "touch":
        form = f.TouchForm(people=list(people), initial={"person": hiring})
    elif name == "update":
        form = f.UpdateForm(applications=[(app_id, label)], initial={"application": app_id})
    else:
        form = f.ExpectForm()
    return _form_fields(name, form)


@require_GET
@candidate_view
def application(request, app_id: int):
    return _application(request, app_id)


@require_POST
@candidate_view
def application_touch(request, app_id: int):
    app = records.get_application(request.candidate, app_id)
    form = f.TouchForm(request.POST, people=services.contact_names(app))
    if form.is_valid():
        data = form.cleaned_data
        try:
            touch = services.log_touch(
                request.candidate,
                app.pk,
                data["kind"],
                at=data["at"] or request.now,
                person=data["person"] or None,
                note=data["note"],
                expect_on=data["expect_on"],
            )
        except InvalidInput as e:
            form.add_error(None, str(e))
        else:
            messages.success(request, _logged(touch))
            from afterview.records.advice import after_touch

            for line in after_touch(request.candidate, app.pk, touch):
                messages.warning(request, line)
            return redirect("web:application", app_id=app.pk)
    return _application(request, app.pk, status=400, touch_form=form)


@require_POST
@candidate_view
def application_update(request, app_id: int):
    app = records.get_application(request.candidate, app_id)
    form = f.UpdateForm(request.POST, applications=[(app.pk, str(app))])
    if form.is_valid():
        try:
            services.add_update(request.candidate, app.pk, form.cleaned_data["text"], at=request.now)
        except InvalidInput as e:
            form.add_error("text", str(e))
        else:
            messages.success(request, "Update saved: it goes with the next follow-up.")
            return redirect(_back(request, reverse("web:application", args=[app.pk])))
    return _application(request, app.pk, status=400, update_form=form)


@require_POST
@candidate_view
def application_expect(request, app_id: int):
    app = records.get_application(request.candidate, app_id)
    form = f.ExpectForm(request.POST)
    if form.is_valid():
        on = form.cleaned_data["on"]
        services.set_expectation(request.candidate, app.pk, on, at=request.now)
        messages.success(request, f"A decision is now expected by {on:%a} {on.day} {on:%b}.")
        return redirect("web:application", app_id=app.pk)
    return _application(request, app.pk, status=400, expect_form=form)


@require_POST
@candidate_view
def application_greetings(request, app_id: int):
    app = records.get_application(request.candidate, app_id)
    keys = services.contact_keys(app)
    wanted = {key: request.POST.get(f"salutation-{key}", "") for key in keys if f"salutation-{key}" in request.POST}
    try:
        services.set_greetings(request.candidate, app.pk, wanted, formal=request.POST.get("formal") == "on")
    except InvalidInput as e:
        messages.error(request, f"Greetings not saved: {e}")
    else:
        messages.success(request, "Greetings saved: new drafts use them.")
    return redirect("web:application", app_id=app.pk)


# -- the interview form ------------------------------------------------------------------------


def _interview_page(request, form, rows, *, status=200, note: str = ""):
    return page(
        request,
        "web/interview_form.html",
        "interview",
        status=status,
        form=form,
        rows=rows,
        companies=services.company_names(request.candidate),
        zones=f.zone_names(),
        note=note,
    )


def _unbound(data: dict, people: list[dict], *, focus: int | None = None):
    form = f.InterviewForm(initial={k: v for k, v in data.items() if k in f.InterviewForm.base_fields and k != "invite"})
    rows = f.InterviewerFormSet(initial=people)
    if focus is not None and focus < len(rows.forms):
        rows.forms[focus].fields["name"].widget.attrs["autofocus"] = True
    return form, rows


@candidate_view
def interview_new(request):
    if request.method == "GET":
        initial = {"tz": request.zone, "country": "US"}
        app_id = request.GET.get("application")
        if app_id:
            app = records.get_application(request.candidate, app_id)
            initial.update(application=app.pk, company=app.organization.name, role=app.role, tz=app.organization.tz, country=app.organization.country)
        form, rows = _unbound(initial, [{}])
        return _interview_page(request, form, rows)
    if request.method != "POST":
        return HttpResponse(status=405)

    typed = {k: request.POST.get(k, "") for k in f.InterviewForm.base_fields}
    people = f.rows_from(request.POST)
    if "add_interviewer" in request.POST:
        if len(people) >= f.MAX_INTERVIEWERS:
            messages.error(request, f"At most {f.MAX_INTERVIEWERS} interviewers per round.")
            return _interview_page(request, *_unbound(typed, people))
        people.append({})
        return _interview_page(request, *_unbound(typed, people, focus=len(people) - 1))
    if "remove_interviewer" in request.POST:
        try:
            people.pop(int(request.POST["remove_interviewer"]))
        except (ValueError, IndexError):
            pass
        return _interview_page(request, *_unbound(typed, people or [{}]))
    if "load_invite" in request.POST:
        return _fill_from_invite(request, typed, people)

    form = f.InterviewForm(request.POST, request.FILES)
    rows = f.InterviewerFormSet(request.POST)
    form_ok, rows_ok = form.is_valid(), rows.is_valid()  # both: every mistake is shown at once
    if form_ok and rows_ok:
        try:
            data = f.interview_input(form, rows)
            app = services.add_interview(request.candidate, data, now=request.now)
        except InvalidInput as e:
            form.add_error(None, str(e))
        else:
            count = len(data.interviewers)
            messages.success(
                request,
                f"Interview logged with {count} interviewer{'s' if count != 1 else ''}. Here is what comes next.",
            )
            _warn_about_zone(request, data.tz)
            return redirect("web:application", app_id=app.pk)
    return _interview_page(request, form, rows, status=400)


def _warn_about_zone(request, zone: str) -> None:
    from afterview.core.parse import zone_warning

    warning = zone_warning(zone)
    if warning:
        messages.warning(request, f"{warning}.")


def _field_error(form, name: str, message: str) -> None:
    """An error on one field of a form that is shown again as typed (unbound)."""
    form.errors[name] = form.error_class([message], renderer=form.renderer)


def _fill_from_invite(request, typed: dict, people: list[dict]):
    from afterview.core.invite import MAX_BYTES, read_invite

    upload = request.FILES.get("invite")
    if upload is None:
        form, rows = _unbound(typed, people)
        _field_error(form, "invite", "choose the invite's .ics file first")
        return _interview_page(request, form, rows, status=400)
    profile = records.profile_of(request.candidate)
    try:
        invite = read_invite(upload.read(MAX_BYTES + 1), fallback_tz=typed.get("tz") or request.zone, exclude=(profile.email,))
    except InvalidInput as e:
        form, rows = _unbound(typed, people)
        _field_error(form, "invite", str(e))
        return _interview_page(request, form, rows, status=400)
    typed.update(
        day=invite.starts_at.date().isoformat(),
        starts=invite.starts_at.strftime("%H:%M"),
        ends=invite.ends_at.strftime("%H:%M"),
        tz=invite.tz,
    )
    hiring = invite.hiring_contact
    if hiring and not typed.get("hiring_name"):
        typed.update(hiring_name=hiring.name, hiring_email=hiring.email)
    known = {p.get("email", "").casefold() for p in people if p.get("email")}
    filled = [p for p in people if any(p.values())]
    for person in invite.attendees:
        if person.email.casefold() not in known:
            filled.append({"name": person.name, "email": person.email, "highlight": ""})
    if not filled:
        filled = [{}]
    count = len(invite.attendees)
    from afterview.core.shown import span_text

    note = (
        f"Filled in from the invite: {span_text(invite.starts_at, invite.ends_at, invite.tz, request.zone)} ({invite.tz}) "
        f"and {count} attendee{'s' if count != 1 else ''}. Check the names, add each highlight, then save."
    )
    return _interview_page(request, *_unbound(typed, filled), note=note)


# -- updates ---------------------------------------------------------------------------------------


@candidate_view
def updates(request):
    choices = services.application_choices(request.candidate)
    form = f.UpdateForm(request.POST or None, applications=choices, initial={"application": request.GET.get("application")})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            app_id = form.cleaned_data["application"]
            try:
                services.add_update(request.candidate, app_id, form.cleaned_data["text"], at=request.now)
            except InvalidInput as e:
                form.add_error("text", str(e))
            else:
                messages.success(request, "Update saved: it goes with that application's next follow-up.")
                return redirect("web:updates")
        status = 400
    items = services.recent_updates(request.candidate)
    return page(request, "web/updates.html", "updates", status=status, form=form, items=items)


# -- settings --------------------------------------------------------------------------------------


@candidate_view
def settings_page(request):
    from afterview.core.rules import DEFAULT
    from afterview.records import playbook_config

    profile = records.profile_of(request.user)
    try:
        install, _ = playbook_config.base_rules_with_sources(request.candidate)  # with an office's defaults
        rules, sources = playbook_config.candidate_rules_with_sources(request.candidate)
        playbook_problem = ""
    except InvalidInput as e:
        # The page that shows the problem must still open.
        install, rules, sources, playbook_problem = DEFAULT, DEFAULT, {}, str(e)
    profile_form = f.ProfileForm(initial={"display_name": profile.display_name, "email": profile.email, "tz": profile.tz})
    playbook_form = f.PlaybookForm(current=rules, install=install, sources=sources)
    mail_form = None
    status = 200
    if request.method == "POST":
        if "save_profile" in request.POST:
            profile_form = f.ProfileForm(request.POST)
            if profile_form.is_valid():
                data = profile_form.cleaned_data
                services.save_profile(request.candidate, display_name=data["display_name"], email=data["email"] or "", tz=data["tz"])
                messages.success(request, "Saved your details.")
                _warn_about_zone(request, data["tz"])
                return redirect("web:settings")
        elif "sign_out_everywhere" in request.POST:
            from afterview.web.sessions import revoke

            revoke(request.candidate)
            auth_logout(request)
            return redirect("web:login")
        elif "save_mail" in request.POST or "test_mail" in request.POST:
            mail_form = _save_mail(request)
            if mail_form is None:
                return redirect("web:settings")
        elif "reset_playbook" in request.POST:
            services.save_playbook(request.candidate, {})
            messages.success(request, "Your plans follow the install's playbook again.")
            return redirect("web:settings")
        elif "save_playbook" in request.POST:
            playbook_form = f.PlaybookForm(request.POST, current=rules, install=install, sources=sources)
            if playbook_form.is_valid():
                try:
                    services.save_playbook(request.candidate, playbook_form.overrides())
                except InvalidInput as e:
                    playbook_form.add_error(None, str(e))
                else:
                    messages.success(request, "Saved your playbook: it applies to your plans only.")
                    return redirect("web:settings")
        if "calendar" not in request.POST:  # the calendar card shows what it did (and a new link, once)
            status = 400
    from afterview.web.feed import settings_context

    return page(
        request,
        "web/settings.html",
        "settings",
        status=status,
        profile_form=profile_form,
        playbook_form=playbook_form,
        sources=sources,
        has_overrides=bool(playbook_config.overrides_of(request.candidate)),
        playbook_problem=playbook_problem,
        zones=f.zone_names(),
        mail_form=_mail_form(request, mail_form),
        **settings_context(request),
        reminders=_reminders_card(request.candidate),
        mail_account=find_account(request.candidate),
        **_privacy_card(request.candidate),
    )


def _privacy_card(candidate) -> dict:
    from afterview.office.consent_views import card_context

    return card_context(candidate)


def _reminders_card(candidate) -> dict:
    from afterview.web.reminders import card_context

    return card_context(candidate)


def _mail_form(request, bound=None):

    if bound is not None:
        return bound
    account = find_account(request.candidate)
    if account is None:
        profile = records.profile_of(request.candidate)
        return f.MailForm(initial={"from_name": profile.display_name, "from_address": profile.email, "smtp_user": profile.email})
    fields = ("from_name", "from_address", "smtp_host", "smtp_port", "smtp_security", "smtp_user", "imap_host", "imap_port", "imap_security", "imap_user", "copy_to_sent", "provider", "oauth_provider", "ca_file")
    return f.MailForm(initial={name: getattr(account, name) for name in fields})


def _save_mail(request):
    """Save (or try) the mailbox; returns the bound form when it has errors."""
    from afterview.outreach.account import find_account, save_account, test_account

    if "test_mail" in request.POST:
        try:
            probes = test_account(request.candidate)
        except NotFound:
            messages.error(request, "Save the mail account first, then try it.")
        else:
            for probe in probes:
                say = messages.success if probe.ok else messages.error
                say(request, f"{probe.service} {probe.target}: {probe.detail}")
        return None
    form = f.MailForm(request.POST)
    if form.is_valid():
        try:
            saved = find_account(request.candidate)
            save_account(request.candidate, form.account_input(saved), now=request.now)
        except InvalidInput as e:
            form.add_error(None, str(e))
            return form
        messages.success(request, "Saved the mail account (passwords are stored encrypted). Try it to be sure it works.")
        return None
    return form


@require_POST
@candidate_view
def mail_oauth_start(request):
    """Send the browser to the provider's sign-in page (authorization code with PKCE)."""
    from afterview.outreach import oauth
    from afterview.outreach.account import get_account

    try:
        account = get_account(request.candidate)
        if not account.uses_oauth:
            raise InvalidInput("this mailbox signs in with a password; choose a provider that signs in with OAuth2")
        provider = oauth.load_provider(account.oauth_provider)
    except (NotFound, InvalidInput) as e:
        messages.error(request, str(e))
        return redirect("web:settings")
    redirect_uri = request.build_absolute_uri(reverse("web:mail_oauth"))
    url, state, verifier = oauth.authorization_url(provider, redirect_uri)
    request.session["mail_oauth"] = {"state": state, "verifier": verifier, "redirect_uri": redirect_uri}
    return redirect(url)


@require_GET
@candidate_view
def mail_oauth(request):
    """Where the provider sends the browser back with a code."""
    from afterview.core.errors import Refused
    from afterview.outreach import oauth
    from afterview.outreach.account import get_account, store_sign_in

    pending = request.session.pop("mail_oauth", None)
    if pending is None or request.GET.get("state") != pending["state"] or "code" not in request.GET:
        messages.error(request, f"The sign-in did not finish ({request.GET.get('error', 'it does not match this page')}); try again.")
        return redirect("web:settings")
    try:
        provider = oauth.load_provider(get_account(request.candidate).oauth_provider)
        token = oauth.exchange_code(
            provider, code=request.GET["code"], redirect_uri=pending["redirect_uri"], verifier=pending["verifier"]
        )
        store_sign_in(request.candidate, token, now=request.now)
    except (NotFound, InvalidInput, Refused) as e:
        messages.error(request, str(e))
        return redirect("web:settings")
    messages.success(request, "Signed in to your mailbox (the tokens are stored encrypted).")
    return redirect("web:settings")


# -- import and export --------------------------------------------------------------------------


@candidate_view
def data(request):
    from afterview.records.exchange import MAX_BYTES, read_document

    form = f.ImportForm()
    status = 200
    if request.method == "POST":
        form = f.ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                document = read_document(upload.read(MAX_BYTES + 1))
                count = services.import_document(request.candidate, document, replace=form.cleaned_data["replace"])
            except InvalidInput as e:
                form.add_error("file", str(e))
            else:
                messages.success(request, f"Imported {count} application{'s' if count != 1 else ''}.")
                return redirect("web:agenda")
        status = 400
    count = services.application_count(request.candidate)
    return page(request, "web/data.html", "data", status=status, form=form, count=count, csv_form=f.CsvImportForm())


@require_GET
@candidate_view
def data_export(request):
    from afterview.records.exchange import dumps, export_document

    response = HttpResponse(dumps(export_document(request.candidate)), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="afterview-{request.now:%Y-%m-%d}.json"'
    return response


# -- spreadsheets -----------------------------------------------------------------------------------

#: The largest spreadsheet the web page takes (it rides along in the preview form).
MAX_WEB_CSV = 2 * 1024 * 1024


@candidate_view
def data_csv_import(request):
    """Upload -> a preview with the mapping in drop-downs -> Import. Nothing is written before Import."""
    import base64
    import binascii

    from afterview.core.spreadsheet import FIELDS, DateOrder, mapping_from_choices
    from afterview.records import spreadsheet

    if request.method != "POST":
        return redirect("web:data")
    form = f.CsvImportForm(request.POST or None, request.FILES or None)
    content = request.POST.get("content", "")
    order = DateOrder(request.POST.get("order") or "refuse") if request.POST.get("order") in (*DateOrder, "") else DateOrder.REFUSE
    problem = ""
    plan = None
    raw = b""
    if "file" in request.FILES:
        if form.is_valid():
            upload = form.cleaned_data["file"]
            raw = upload.read(MAX_WEB_CSV + 1)
            if len(raw) > MAX_WEB_CSV:
                form.add_error("file", f"the file is over {MAX_WEB_CSV // (1024 * 1024)} MB; import it with `afterview import-csv`")
                raw = b""
    elif content:
        try:
            raw = base64.b64decode(content, validate=True)
        except (binascii.Error, ValueError):
            problem = "the preview's copy of the file is damaged; upload the file again"
    if not raw:
        if not form.errors and not problem:
            form.add_error("file", "choose a .csv file to import")
        count = services.application_count(request.candidate)
        return page(request, "web/data.html", "data", status=400, form=f.ImportForm(), csv_form=form, count=count, csv_problem=problem)
    table = mapping = None
    try:
        table = spreadsheet.read_file(raw)
        if "file" in request.FILES:
            mapping = spreadsheet.choose_mapping(table, preset=form.cleaned_data.get("preset") or None)
        else:
            choices = [request.POST.get(f"col-{n}", "") for n in range(len(table.headers))]
            mapping = mapping_from_choices(table.headers, choices)
        plan = spreadsheet.plan_import(request.candidate, table, mapping, order=order)
    except InvalidInput as e:
        problem = str(e)
    if plan is not None and request.POST.get("action") == "import" and not plan.errors:
        result = services.apply_import(request.candidate, plan, now=request.now)
        messages.success(
            request,
            f"Imported {result.created} application{'s' if result.created != 1 else ''}; "
            f"skipped {result.skipped} already here.",
        )
        return redirect("web:applications")
    chosen = {column: str(name) for name, columns in (mapping or {}).items() for column in columns}
    headers = table.headers if table is not None else ()
    return page(
        request,
        "web/data_csv.html",
        "data",
        status=200 if plan is not None and not plan.errors else 400,
        plan=plan,
        problem=problem,
        columns=[(n, h, chosen.get(h, "")) for n, h in enumerate(headers)],
        fields=[str(x) for x in FIELDS],
        content=base64.b64encode(raw).decode("ascii"),
        order=str(order),
    )


@require_GET
@candidate_view
def data_csv_export(request, name: str):
    from afterview.records.spreadsheet import EXPORT_FILES, export_files

    if name not in EXPORT_FILES:
        raise Http404("no such file; the export has applications.csv, history.csv and contacts.csv")
    response = HttpResponse(export_files(request.candidate, request.now)[name], content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="afterview-{name}"'
    return response


@require_GET
@candidate_view
def data_record(request):
    from afterview.records.spreadsheet import application_record

    return page(request, "web/record.html", "data", entries=application_record(request.candidate))


# -- notes ---------------------------------------------------------------------------------------


@require_POST
@candidate_view
def draft(request, app_id: int):
    from afterview.web import notes

    try:
        # `note`: the note chosen in place of a step that is not written (a follow-up for a call).
        step = request.POST.get("note") or request.POST.get("kind", "")
        message = notes.start_draft(request.candidate, app_id, step, request.POST.get("person", ""), now=request.now)
    except InvalidInput as e:
        messages.error(request, str(e))
        return redirect(_back(request, reverse("web:application", args=[app_id])))
    return redirect("web:message", message_id=message.pk)


def _editor(request, message, *, subject=None, body=None, status=200, error="", force_offered=False):
    from afterview.web import notes

    subject = message.subject if subject is None else subject
    body = message.body if body is None else body
    context = notes.typing_context(request.candidate, message)
    report = notes.check(body, context)
    return page(
        request,
        "web/note.html",
        "agenda",
        status=status,
        message=message,
        subject=subject,
        body=body,
        error=error,
        force_offered=force_offered,
        editable=message.status in notes.OPEN,
        has_mailbox=find_account(request.candidate) is not None,
        **_check_context(report, context, body),
    )


def _check_context(report, context, body) -> dict:
    from afterview.web import notes

    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in report.findings:
        counts[str(finding.severity)] = counts.get(str(finding.severity), 0) + 1
    return {
        "report": report,
        "items": notes.marked(report),
        "highlighted": notes.highlighted(body, report),
        "counts": counts,
        "max_words": context.max_words,
        "min_words": context.min_words,
        "fill": min(100, round(100 * report.words / max(context.max_words, 1))),
    }


@candidate_view
def message(request, message_id: int):
    from afterview.core.errors import Refused
    from afterview.web import notes

    note = message_of(request.candidate, message_id)
    if request.method == "GET":
        return _editor(request, note)
    if request.method != "POST":
        return HttpResponse(status=405)
    subject = request.POST.get("subject", note.subject)
    body = request.POST.get("body", note.body)
    op = request.POST.get("op", "save")
    try:
        if op == "save":
            notes.save_draft(request.candidate, note, subject=subject, body=body)
            messages.success(request, "Draft saved.")
        elif op == "approve":
            notes.approve(request.candidate, note, subject=subject, body=body, force=bool(request.POST.get("force")))
            messages.success(request, "Approved. Send it now, schedule it for the playbook's time, or download it.")
        elif op in ("schedule", "send_now"):
            at = None
            if op == "schedule" and request.POST.get("at"):
                at = f.parse_local_input(request.POST["at"], request.zone)
            sent = notes.hand_to_outbox(request.candidate, note, now=request.now, at=at, send_now=op == "send_now")
            local = sent.scheduled_at.astimezone(ZoneInfo(request.zone))
            if op == "send_now":
                wait = max(0, round((sent.scheduled_at - request.now).total_seconds()))
                messages.success(request, f"It leaves in {wait} seconds, at {local:%H:%M:%S}; until then Undo stops it.")
                request.session["undo_message"] = sent.pk  # the outbox offers Undo while it waits
                return redirect("web:outbox")
            messages.success(request, f"In the outbox: it goes {local:%a} {local.day} {local:%b} at {local:%H:%M}.")
            return redirect("web:outbox")
        elif op == "mark_sent":
            services.mark_note_sent(request.candidate, note, now=request.now)
            messages.success(request, "Recorded as sent. The plan has moved on.")
            return redirect("web:application", app_id=note.application_id)
        elif op == "discard":
            notes.discard(request.candidate, note)
            messages.success(request, "Draft discarded.")
            return redirect("web:application", app_id=note.application_id)
        elif op in ("cancel", "undo"):
            from afterview.outreach.outbox import cancel_message

            cancel_message(request.candidate, note.pk)
            messages.success(request, "Undone: it will not be sent." if op == "undo" else "Cancelled; it will not be sent.")
            return redirect("web:outbox")
        elif op in ("confirm_sent", "confirm_not_sent"):
            services.confirm_note(request.candidate, note, sent=op == "confirm_sent", now=request.now)
            messages.success(request, "Thank you; the outbox is settled.")
            return redirect("web:outbox")
        else:
            raise InvalidInput(f"unknown request {op!r}")
    except (InvalidInput, Refused) as e:
        return _editor(request, note, subject=subject, body=body, status=400, error=str(e), force_offered=op == "approve")
    return redirect("web:message", message_id=note.pk)


@require_POST
@candidate_view
def message_check(request, message_id: int):
    from afterview.web import notes

    note = message_of(request.candidate, message_id)
    body = request.POST.get("body", "")
    caret = None
    if request.POST.get("apply"):
        try:
            body, caret = notes.apply_fix(body, request.POST["apply"])
        except InvalidInput:
            caret = None
    context = notes.typing_context(request.candidate, note)
    try:
        report = notes.check(body, context)
    except InvalidInput as e:
        return HttpResponse(f'<p class="errorlist" role="alert">{e}</p>', status=400)
    return render(
        request,
        "web/_check.html",
        {"message": note, "body": body, "caret": caret, "oob": True, "editable": True, **_check_context(report, context, body)},
    )


@require_GET
@candidate_view
def message_eml(request, message_id: int):
    from afterview.web import notes

    note = message_of(request.candidate, message_id)
    try:
        raw = notes.eml_bytes(request.candidate, note, now=request.now)
    except InvalidInput as e:
        messages.error(request, str(e))
        return redirect("web:message", message_id=note.pk)
    response = HttpResponse(raw, content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="{note.kind}-{note.pk}.eml"'
    return response


@require_GET
@candidate_view
def outbox(request):
    from afterview.core.steps import MessageStatus
    from afterview.outreach.outbox import outbox as outbox_of

    drafts = services.drafts(request.candidate)
    items = outbox_of(request.candidate)
    waiting = [m for m in items if m.status in MessageStatus.UNSETTLED]
    done = [m for m in items if m.status in ("sent", "cancelled")][-50:][::-1]
    # Just sent "now": its undo window is still open while it is scheduled in the future.
    undo = next(
        (m for m in waiting if m.pk == request.session.get("undo_message") and m.status == MessageStatus.SCHEDULED
         and m.scheduled_at and m.scheduled_at > request.now),
        None,
    )  # fmt: skip
    return page(request, "web/outbox.html", "outbox", drafts=drafts, waiting=waiting, done=done, undo=undo)
