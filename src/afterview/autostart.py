"""`afterview worker --install`: the worker started at login and kept running.

On Linux a systemd user unit, on macOS a launchd agent, on Windows a scheduled
task at logon. Each is a file generated here and handed to the platform's own
tool (`systemctl --user`, `launchctl`, `schtasks`). AFTERVIEW_SERVICE_DIR puts
the file elsewhere and AFTERVIEW_SERVICE_TOOL runs another program in place of
the platform's tool (the tests point both into a folder of their own, so they
never touch the real user manager).
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from afterview import env
from afterview.core.errors import InvalidInput, Refused

__all__ = ["PLATFORMS", "Service", "install", "service_for", "uninstall"]

NAME = "afterview-worker"
LABEL = "org.afterview.worker"
PLATFORMS = ("linux", "macos", "windows")


def this_platform() -> str:
    if sys.platform == "darwin":
        return "macos"
    if sys.platform.startswith("win"):
        return "windows"
    return "linux"


def _environment() -> dict[str, str]:
    """What the worker needs to find this install's data again."""
    values = {"AFTERVIEW_HOME": str(env.home())}
    database = os.environ.get("DATABASE_URL", "").strip()
    if database:
        values["DATABASE_URL"] = database
    return values


def _command() -> list[str]:
    return [sys.executable, "-m", "afterview", "worker"]


def _systemd_quote(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{escaped}"'


def systemd_unit() -> str:
    lines = [
        "[Unit]",
        "Description=afterview worker: approved notes, reminders and the morning digest",
        "After=network-online.target",
        "Wants=network-online.target",
        "",
        "[Service]",
        "Type=simple",
        "ExecStart=" + " ".join(_systemd_quote(part) for part in _command()),
    ]
    lines += [f"Environment={_systemd_quote(f'{k}={v}')}" for k, v in _environment().items()]
    lines += [
        "Restart=on-failure",
        "RestartSec=30",
        "",
        "[Install]",
        "WantedBy=default.target",
        "",
    ]
    return "\n".join(lines)


def launchd_plist() -> bytes:
    logs = env.home() / "worker.log"
    return plistlib.dumps(
        {
            "Label": LABEL,
            "ProgramArguments": _command(),
            "EnvironmentVariables": _environment(),
            "RunAtLoad": True,
            "KeepAlive": True,
            "ThrottleInterval": 30,
            "ProcessType": "Background",
            "StandardOutPath": str(logs),
            "StandardErrorPath": str(logs),
        }
    )


def windows_launcher() -> str:
    lines = ["@echo off"]
    lines += [f'set "{k}={v}"' for k, v in _environment().items()]
    lines.append(" ".join(f'"{part}"' for part in _command()))
    return "\r\n".join(lines) + "\r\n"


def windows_task(launcher: Path) -> str:
    return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Description>afterview worker: approved notes, reminders and the morning digest</Description>
  </RegistrationInfo>
  <Triggers>
    <LogonTrigger>
      <Enabled>true</Enabled>
    </LogonTrigger>
  </Triggers>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>
    <RestartOnFailure>
      <Interval>PT1M</Interval>
      <Count>999</Count>
    </RestartOnFailure>
    <Hidden>true</Hidden>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{escape(str(launcher))}</Command>
    </Exec>
  </Actions>
</Task>
"""


@dataclass(frozen=True)
class Service:
    """What installing on one platform writes and runs."""

    platform: str
    files: dict[Path, bytes]
    install_commands: list[list[str]]
    uninstall_commands: list[list[str]]
    #: how to see that it runs, for the message after installing
    check: str
    #: run once the files are gone
    after_removal: tuple[tuple[str, ...], ...] = ()


def _folder(default: Path) -> Path:
    value = os.environ.get("AFTERVIEW_SERVICE_DIR", "").strip()
    return Path(value).expanduser() if value else default


def _tool(default: str) -> str:
    return os.environ.get("AFTERVIEW_SERVICE_TOOL", "").strip() or default


def service_for(platform: str | None = None) -> Service:
    platform = platform or this_platform()
    if platform not in PLATFORMS:
        raise InvalidInput(f"--platform must be one of {', '.join(PLATFORMS)}, not {platform!r}")
    if platform == "linux":
        unit = _folder(Path.home() / ".config" / "systemd" / "user") / f"{NAME}.service"
        tool = _tool("systemctl")
        return Service(
            platform,
            {unit: systemd_unit().encode("utf-8")},
            [[tool, "--user", "daemon-reload"], [tool, "--user", "enable", "--now", f"{NAME}.service"]],
            [[tool, "--user", "disable", "--now", f"{NAME}.service"]],
            f"systemctl --user status {NAME}",
            ((tool, "--user", "daemon-reload"),),
        )
    if platform == "macos":
        plist = _folder(Path.home() / "Library" / "LaunchAgents") / f"{LABEL}.plist"
        tool = _tool("launchctl")
        domain = f"gui/{os.getuid()}" if hasattr(os, "getuid") else "gui/501"
        return Service(
            platform,
            {plist: launchd_plist()},
            [[tool, "bootstrap", domain, str(plist)]],
            [[tool, "bootout", f"{domain}/{LABEL}"]],
            f"launchctl print {domain}/{LABEL}",
        )
    folder = _folder(env.home())
    launcher = folder / f"{NAME}.cmd"
    task = folder / f"{NAME}.xml"
    tool = _tool("schtasks")
    return Service(
        platform,
        {launcher: windows_launcher().encode("utf-8"), task: windows_task(launcher).encode("utf-16")},
        [[tool, "/Create", "/TN", NAME, "/XML", str(task), "/F"], [tool, "/Run", "/TN", NAME]],
        [[tool, "/End", "/TN", NAME], [tool, "/Delete", "/TN", NAME, "/F"]],
        f"schtasks /Query /TN {NAME} /V",
    )


def _run(command: list[str], *, must: bool) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        if must:
            raise Refused(f"could not run {command[0]} ({e})") from e
        return ""
    if done.returncode != 0 and must:
        said = " ".join((done.stderr or done.stdout).split()) or f"exit status {done.returncode}"
        raise Refused(f"`{' '.join(command)}` failed: {said}")
    return done.stdout


def install(platform: str | None = None) -> Service:
    """Write the service's files and register it with the platform; Refused when the tool says no."""
    service = service_for(platform)
    for path, content in service.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        # Private: the environment may hold a database URL with its password.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(content)
    if service.platform == "macos":
        _run(service.uninstall_commands[0], must=False)  # an older copy is replaced, not doubled
    for command in service.install_commands:
        _run(command, must=True)
    return service


def uninstall(platform: str | None = None) -> Service:
    """Stop the service, unregister it and remove its files (each step tolerates it being gone)."""
    service = service_for(platform)
    for command in service.uninstall_commands:
        _run(command, must=False)
    for path in service.files:
        path.unlink(missing_ok=True)
    for command in service.after_removal:
        _run(list(command), must=False)
    return service
