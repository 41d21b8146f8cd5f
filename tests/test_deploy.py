"""The container recipe runs what the README says, and the deployment files agree with each other."""

from __future__ import annotations

import json
import re

import yaml

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def _readme_commands() -> tuple[str, str]:
    """The README's install-and-start line, split into (install commands, start command)."""
    section = README.split("## Two commands", 1)[1]
    line = re.search(r"```bash\n(.*?)\n```", section, re.S)
    assert line is not None
    *install, start = (part.strip() for part in line.group(1).split("&&"))
    return " && ".join(install), start


def _instructions() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (KEYWORD, arguments), continuation lines joined."""
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    found = []
    for line in joined.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            keyword, _, rest = line.strip().partition(" ")
            found.append((keyword.upper(), rest.strip()))
    return found


def test_the_container_installs_with_the_readmes_install_command() -> None:
    install, _ = _readme_commands()
    assert install == "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt"
    assert ("RUN", install) in _instructions()


def test_the_container_starts_with_the_readmes_start_command() -> None:
    _, start = _readme_commands()
    commands = [json.loads(rest) for keyword, rest in _instructions() if keyword == "CMD"]
    assert commands and " ".join(commands[-1]) == start


def test_the_container_keeps_the_store_on_the_data_volume_and_checks_health() -> None:
    instructions = _instructions()
    assert instructions[0] == ("FROM", "python:3.11-slim")
    env = " ".join(rest for keyword, rest in instructions if keyword == "ENV")
    assert "SJALVSKATTNING_DB=/data/sjalvskattning.db" in env
    assert "STREAMLIT_SERVER_ADDRESS=0.0.0.0" in env
    assert ("VOLUME", '["/data"]') in instructions
    assert any(keyword == "HEALTHCHECK" and "/_stcore/health" in rest for keyword, rest in instructions)


def test_compose_serves_the_public_address_and_backs_up_the_same_volume() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    app, backup = compose["services"]["app"], compose["services"]["backup"]
    assert app["environment"]["SJALVSKATTNING_PUBLIC_URL"].startswith("https://${SJALVSKATTNING_HOST")
    assert app["environment"]["STREAMLIT_SERVER_ALLOWED_HOSTS"] == "${SJALVSKATTNING_HOST}"
    assert "data:/data" in app["volumes"] and "data:/data" in backup["volumes"]
    assert app["ports"] == ["127.0.0.1:8501:8501"]  # only the proxy on the host reaches it
    assert "-m scoring backup" in " ".join(backup["command"])
    assert "/app/.streamlit/secrets.toml:ro" in " ".join(app["volumes"])


def test_the_secrets_example_documents_every_value_sign_in_needs_and_the_real_file_is_ignored() -> None:
    example = (ROOT / ".streamlit" / "secrets.example.toml").read_text(encoding="utf-8")
    for name in ("redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url"):
        assert re.search(rf"^{name} = ", example, re.M), name
    assert ".streamlit/secrets.toml" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_without_sign_in_the_app_listens_on_this_machine_only() -> None:
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["allowedHosts"] == ["localhost", "127.0.0.1"]


def test_the_server_skips_streamlits_full_garbage_collection_after_every_run() -> None:
    # With the export libraries loaded, that collection cost about 70 ms of CPU per answer
    # click (BENCHMARKS.md, server_cpu_per_answer); Python's own collector still runs.
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["postScriptGC"] is False


def test_every_new_setting_is_in_the_readmes_settings_table() -> None:
    from ui import settings

    for name in (
        settings.ORGANISATION_ENV,
        settings.ORGANISATIONS_ENV,
        settings.PUBLIC_URL_ENV,
        settings.ALLOW_ANONYMOUS_ENV,
    ):
        assert f"| `{name}` |" in README, name
