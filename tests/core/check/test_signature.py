import pytest

from afterview.core.check import CheckContext, Code, check_note
from afterview.core.check.signature import signature_findings

BODY = (
    "Dear Miriam,\n\nThank you for meeting with me today and for the conversation about your pro bono work "
    "for tenants. It made me even more interested in the Summer Associate role at Calloway & Pryce LLP.\n\n"
)
THANK_YOU = CheckContext(kind="thank-you", to="Miriam Castellanos", company="Calloway & Pryce LLP", sender="Jordan Avery")


@pytest.mark.parametrize(
    "ending, context, message",
    [
        ("Best regards,\n", THANK_YOU, "the note ends with “Best regards,” and no name: sign it with your own name"),
        ("Sincerely,\n\n", CheckContext(kind="follow-up"), "the note ends with “Sincerely,” and no name: sign it with your own name"),
        (
            "Best regards,\nroot\n",
            CheckContext(kind="thank-you"),
            "the note is signed “root”, the computer account's name, not yours: sign it with your own name (Settings, or `afterview init --name`)",
        ),
        (
            "Best regards,\njavery\n",
            CheckContext(kind="thank-you", login_names=("javery",)),
            "the note is signed “javery”, the computer account's name, not yours: sign it with your own name (Settings, or `afterview init --name`)",
        ),
    ],
)
def test_a_note_signed_with_no_name_or_the_login_name_gets_a_warning(ending, context, message):
    findings = signature_findings(BODY + ending, context)
    assert [(f.code, f.severity, f.message) for f in findings] == [(Code.SIGNATURE, "warning", message)]


@pytest.mark.parametrize(
    "ending, context",
    [
        ("Best regards,\nJordan Avery\n", THANK_YOU),
        ("Best regards,\nJordan\n", CheckContext(kind="thank-you", sender="Jordan Avery", login_names=("jordan",))),
        ("Best regards,\nJordan Avery\nJ.D. Candidate, 2027\n+1 312-555-0100\n", THANK_YOU),
        ("Best regards,\nroot\n", CheckContext()),  # a note of no known kind: only what every note needs
    ],
)
def test_a_note_signed_with_a_name_is_fine(ending, context):
    assert signature_findings(BODY + ending, context) == []


def test_the_checker_reports_a_note_signed_root():
    report = check_note(BODY + "Best regards,\nroot\n", THANK_YOU)
    assert Code.SIGNATURE in {f.code for f in report.findings}
    assert report.ok  # a warning the candidate may overrule, not an error
