"""allauth's adapters for an office: sign-up only by invitation, by password or SSO.

Nobody signs up on their own. The join page (office/join_views.py) makes an
account from an invitation link; a sign-in through the office's OpenID Connect
provider finds the account of its verified e-mail, or makes one when that e-mail
has an open invitation, and is refused otherwise.
"""

from __future__ import annotations

from django.db import transaction
from django.shortcuts import render

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter

from afterview.office import join

#: the session key where the join page keeps the id of the invitation it showed
#: (never its token: session rows are not where a link's secret belongs)
JOIN_INVITATION = "office_join_invitation"


def _now():
    from afterview.clock import now

    return now()


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        from afterview.office.models import Invitation

        pk = request.session.get(JOIN_INVITATION) if hasattr(request, "session") else None
        invitation = Invitation.objects.filter(pk=pk).first() if isinstance(pk, int) else None
        return invitation is not None and invitation.is_open(_now())

    def send_mail(self, template_prefix, email, context) -> None:
        # A confirmation or reset mail that cannot leave (no relay, the relay down)
        # must not become an error page that tells whether the address has an account.
        import logging
        import smtplib

        try:
            super().send_mail(template_prefix, email, context)
        except (smtplib.SMTPException, OSError) as e:
            logging.getLogger("afterview.office").warning("could not send the %s mail: %s", template_prefix, e)

    def populate_username(self, request, user) -> None:
        # Login is by e-mail; the username only has to be unique, and the address is.
        from allauth.account.utils import user_email, user_username

        user_username(user, (user_email(user) or "").strip().lower())


def verified_email(sociallogin) -> str | None:
    """The e-mail the provider vouched for (its email_verified claim), lower-cased."""
    for address in sociallogin.email_addresses:
        if address.verified and address.email:
            return address.email.strip().lower()
    return None


def refuse(request, reason: str, email: str | None = None):
    """Stop an SSO sign-in with a page that says why."""
    response = render(request, "office/sso_refused.html", {"reason": reason, "email": email}, status=403)
    raise ImmediateHttpResponse(response)


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def pre_social_login(self, request, sociallogin) -> None:
        if sociallogin.is_existing:  # connected before, or matched by its verified e-mail
            return
        email = verified_email(sociallogin)
        if email is None:
            refuse(request, "unverified")
        if join.email_taken(email):
            # An account with this address whose own address is not verified yet:
            # never join it to a provider's login on the address alone.
            refuse(request, "unverified-account", email)
        if join.open_invitation_for(email, _now()) is None:
            refuse(request, "uninvited", email)

    def is_open_for_signup(self, request, sociallogin) -> bool:
        email = verified_email(sociallogin)
        return email is not None and join.open_invitation_for(email, _now()) is not None

    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        user.username = (user.email or "").strip().lower()
        return user

    def save_user(self, request, sociallogin, form=None):
        now = _now()
        email = verified_email(sociallogin)
        with transaction.atomic():
            invitation = join.open_invitation_for(email, now) if email else None
            if invitation is None:
                refuse(request, "uninvited", email)
            user = super().save_user(request, sociallogin, form)
            name = sociallogin.user.get_full_name() or invitation.name
            if not join.join_by_sso(invitation, user, name=name, now=now):
                refuse(request, "uninvited", email)  # taken meanwhile; the user rolls back
        request.session.pop(JOIN_INVITATION, None)
        return user
