"""The Dockerfile's invariants (no image can be built here; CI also runs hadolint on it)."""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_TOOLS = re.compile(
    r"\b(apt-get|apt|apk|yum|dnf)\s+(-\S+\s+)*install\b|\bpip3?\s+install\b|"
    r"\b(gcc|g\+\+|make|build-essential|cc|clang|git|curl|wget)\b"
)


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n", " ", text)
    out = []
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        out.append((word.upper(), rest.strip()))
    return out


def stages() -> list[list[tuple[str, str]]]:
    """The instructions grouped by build stage (each list starts with its FROM)."""
    result: list[list[tuple[str, str]]] = []
    for word, rest in instructions():
        if word == "FROM":
            result.append([])
        if result:
            result[-1].append((word, rest))
    return result


def final_stage() -> list[tuple[str, str]]:
    return stages()[-1]


def command(rest: str) -> list[str]:
    """An exec-form (JSON) or shell-form command as a list of words."""
    if rest.startswith("["):
        words: list[str] = json.loads(rest)
        return words
    return shlex.split(rest)


def test_multi_stage_and_the_final_stage_only_copies_the_built_venv() -> None:
    assert len(stages()) >= 2
    froms = [rest for word, rest in final_stage() if word == "FROM"]
    assert "slim" in froms[0]
    copies = [rest for word, rest in final_stage() if word == "COPY"]
    assert any(c.startswith("--from=build /venv") for c in copies)


def test_no_build_tools_or_installers_in_the_final_stage() -> None:
    for word, rest in final_stage():
        if word == "RUN":
            assert not BUILD_TOOLS.search(rest), rest
            assert "pip uninstall" in rest or "pip" not in rest, rest
    build_runs = " ".join(rest for word, rest in stages()[0] if word == "RUN")
    assert "--require-hashes" in build_runs
    assert "uninstall --yes pip" in build_runs  # the venv carries no installer either


def test_runs_as_a_numeric_non_root_user() -> None:
    users = [rest for word, rest in final_stage() if word == "USER"]
    assert users, "the final stage must switch to an unprivileged user"
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) >= 1000
    # nothing after the last USER runs as root again
    after = final_stage()[[w for w, _ in final_stage()].index("USER") :]
    assert not any(w == "USER" and r.split(":")[0] in ("0", "root") for w, r in after)


def test_healthcheck_calls_the_bot() -> None:
    checks = [rest for word, rest in final_stage() if word == "HEALTHCHECK"]
    assert len(checks) == 1 and not checks[0].upper().startswith("NONE")
    cmd = checks[0].split("CMD", 1)[1].strip()
    assert command(cmd) == ["python", "-m", "bot", "healthcheck"]


def test_migrations_run_before_the_bot_starts() -> None:
    cmds = [rest for word, rest in final_stage() if word in ("CMD", "ENTRYPOINT")]
    line = " ".join(command(cmds[-1]))
    assert re.search(r"python -m bot migrate && exec python -m bot run", line), line


def test_the_image_holds_migrations_content_and_code() -> None:
    copies = " ".join(rest for word, rest in final_stage() if word == "COPY")
    for needed in ("bot/", "migrations/", "content/", "alembic.ini"):
        assert needed in copies


def _ignored(path: str) -> bool:
    """Docker's .dockerignore semantics, close enough: the last matching pattern decides."""
    ignored = False
    for raw in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines():
        pattern = raw.strip()
        if not pattern or pattern.startswith("#"):
            continue
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").rstrip("/")
        name = path.rsplit("/", 1)[-1]
        matches = (
            pattern == "**"
            or fnmatch.fnmatch(path, pattern)
            or path.startswith(pattern + "/")
            or (pattern.startswith("**/") and fnmatch.fnmatch(name, pattern[3:]))
        )
        if matches:
            ignored = not negate
    return ignored


def test_secrets_and_data_stay_out_of_the_build_context() -> None:
    for path in (".env", "data/bot.db", ".git/config", ".venv/bin/python", "tests/conftest.py"):
        assert _ignored(path), path
    for path in ("bot/__main__.py", "requirements.lock", "migrations/env.py", "alembic.ini"):
        assert not _ignored(path), path


def test_the_compose_file_migrates_once_before_the_bot_starts() -> None:
    import yaml

    compose = yaml.safe_load((ROOT / "docs" / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) >= {"db", "migrate", "bot"}
    assert services["migrate"]["command"] == ["python", "-m", "bot", "migrate"]
    assert services["bot"]["depends_on"]["migrate"]["condition"] == (
        "service_completed_successfully"
    )
    assert services["bot"]["environment"]["DATABASE_URL"].startswith("postgresql+asyncpg://")
    assert all(p.startswith("127.0.0.1:") for p in services["bot"].get("ports", []))


def test_the_deploy_guide_gives_the_build_and_smoke_test_command() -> None:
    guide = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    (line,) = [x for x in guide.splitlines() if x.startswith("docker build -t cramp-bot .")]
    for step in ("content-check", "bot migrate", "bot healthcheck", "id -u", "SMOKE OK"):
        assert step in line
    assert "python -m bot copy-db --from URL --to URL [--force]" in guide
