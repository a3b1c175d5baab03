"""Done when: a script with a token lists the agenda, logs a touch and checks a note
through the API, as a real process against a real `afterview serve`."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.processes import afterview_argv
from tests.web.test_serve import _env, _start, _stop

SCRIPT = r"""
import json, sys, urllib.request
base, token = sys.argv[1], sys.argv[2]

def call(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body else None,
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)

agenda = call("GET", "/api/v1/agenda?everything=true")
first = agenda["items"][0]
touch = call("POST", f"/api/v1/applications/{first['application']}/touches", {"kind": "reply", "note": "they wrote back"})
check = call("POST", "/api/v1/check", {"text": "Dear Miriam,\n\nThank you for the conversation.\n\nAlice", "application": first["application"]})
print(json.dumps({"step": first, "touch": touch, "check": check}))
"""


def test_a_script_with_a_token_uses_the_api_of_a_running_server(tmp_path):
    env = _env(tmp_path)

    def afterview(*args):
        done = subprocess.run(afterview_argv(*args), env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    afterview("init", "--name", "Alice Moreau", "--tz", "America/Chicago")
    afterview(
        "interview", "add", "--company", "Calloway & Pryce LLP", "--role", "Summer Associate",
        "--at", "2026-12-03 10:00", "--until", "2026-12-03 11:00", "--tz", "America/Chicago",
        "--interviewer", "Miriam Castellanos <mc@cp.example>", "--hiring-contact", "Dana Whitfield <dana@cp.example>",
    )
    token = afterview("token", "create", "--name", "morning script").strip()
    assert token.startswith("av_")
    process, lines = _start(["serve", "--port", "0", "--no-mail", "--workers", "1"], env)
    try:
        base = lines[-1].split("/signin/")[0]
        done = subprocess.run([sys.executable, "-c", SCRIPT, base, token], capture_output=True, text=True, timeout=120)
    finally:
        _stop(process)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["step"]["rule"] and result["step"]["reason"]
    assert result["touch"]["kind"] == "reply"
    assert result["check"]["to"] == "Miriam Castellanos" and "findings" in result["check"]
    listed = json.loads(afterview("token", "list", "--json"))
    assert listed[0]["last_used_at"] is not None and listed[0]["name"] == "morning script"
    assert "Revoked token" in afterview("token", "revoke", "morning script")
    assert json.loads(afterview("token", "list", "--json"))[0]["revoked_at"] is not None
