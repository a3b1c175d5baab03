"""docs/screenshots/calendar.png: the demo's plan as a calendar shows it.

Seeds the demo (in a throwaway home), writes `afterview calendar export`, reads the
file back with icalendar and lays the next two weeks out as a calendar's agenda
(each event at its time in the candidate's zone), then photographs it with the
suite's Chromium:

    .venv/bin/python scripts/calendar_screenshot.py [OUT.png]
"""

from __future__ import annotations

import html
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-12-03T14:00:00+00:00"  # Thursday 08:00 in Chicago


def _export(folder: Path) -> bytes:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(AFTERVIEW_NOW=NOW, XDG_CACHE_HOME=str(folder / "cache"), AFTERVIEW_HOME=str(folder / "unused"))
    demo = subprocess.run([sys.executable, "-m", "afterview", "demo", "--no-serve"], env=env, capture_output=True, text=True, check=True)
    home = next(line.split(": ", 1)[1].split(" (")[0] for line in demo.stdout.splitlines() if line.startswith("Demo home:"))
    env["AFTERVIEW_HOME"] = home
    target = folder / "plan.ics"
    subprocess.run([sys.executable, "-m", "afterview", "calendar", "export", str(target)], env=env, check=True, capture_output=True)
    return target.read_bytes()


def _page(raw: bytes, tz: str) -> str:
    import icalendar

    zone = ZoneInfo(tz)
    calendar = icalendar.Calendar.from_ical(raw)
    today = datetime.fromisoformat(NOW).astimezone(zone).date()
    days: dict[date, list[tuple[str, str, str, str]]] = defaultdict(list)
    for event in calendar.walk("VEVENT"):
        start = event["DTSTART"].dt
        summary = str(event["SUMMARY"])
        reason = str(event.get("DESCRIPTION", "")).split("\n")[0]
        kind = "interview" if summary.startswith("Interview") else "decision" if summary.startswith("Decision") else "step"
        if isinstance(start, datetime):
            local = start.astimezone(zone)
            days[local.date()].append((local.strftime("%H:%M"), summary, reason, kind))
        else:
            days[start].append(("all day", summary, reason, kind))
    rows = []
    for offset in range(-1, 15):
        day = today + timedelta(days=offset)
        if day not in days:
            continue
        items = "".join(
            f'<li class="{kind}"><span class="t">{html.escape(t)}</span><div><b>{html.escape(s)}</b>'
            f'<p>{html.escape(r)}</p></div></li>'
            for t, s, r, kind in sorted(days[day], key=lambda x: ("0" if x[0] == "all day" else "1") + x[0])
        )
        label = {today: "Today", today + timedelta(days=1): "Tomorrow", today - timedelta(days=1): "Yesterday"}.get(day, day.strftime("%A"))
        rows.append(f'<section><h2>{label} <small>{day:%a %d %b %Y}</small></h2><ul>{items}</ul></section>')
    return f"""<!doctype html><meta charset="utf-8"><title>afterview plan</title>
<style>
body{{font:15px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:#f4f5f7;color:#1d2330}}
header{{background:#2b5fd9;color:#fff;padding:14px 22px;font-weight:600;font-size:17px}}
header small{{font-weight:400;opacity:.85;margin-left:8px}}
main{{max-width:860px;margin:0 auto;padding:10px 18px 24px}}
h2{{font-size:15px;margin:18px 0 6px;color:#3a4256}} h2 small{{font-weight:400;color:#6b7385;margin-left:6px}}
ul{{list-style:none;margin:0;padding:0}}
li{{display:flex;gap:14px;background:#fff;border-radius:8px;margin:6px 0;padding:10px 14px;border-left:5px solid #2b5fd9;box-shadow:0 1px 2px #0001}}
li.interview{{border-color:#1f9d6b}} li.decision{{border-color:#d98a2b}}
.t{{min-width:58px;color:#3a4256;font-variant-numeric:tabular-nums;font-weight:600}}
li p{{margin:2px 0 0;color:#555d70;font-size:13.5px}}
</style>
<header>afterview plan<small>the events of <code>afterview calendar export</code>, in {html.escape(tz)}</small></header>
<main>{''.join(rows)}</main>"""


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "calendar.png"
    with tempfile.TemporaryDirectory() as folder:
        raw = _export(Path(folder))
        page_file = Path(folder) / "plan.html"
        page_file.write_text(_page(raw, "America/Chicago"), encoding="utf-8")
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 900, "height": 700}, device_scale_factor=1)
            page.goto(page_file.as_uri())
            page.screenshot(path=str(out), full_page=True)
            browser.close()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
