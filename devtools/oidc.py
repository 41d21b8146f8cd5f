"""A local OpenID Connect provider (oidc-provider-mock) for the sign-in tests.

Started on a free port by the tests themselves, so a fresh machine needs
nothing but requirements-dev.txt. `start()` returns once its discovery
document answers; `add_user` gives a subject its claims (email, name);
`write_secrets` writes the app's [auth] section for it, and `sign_in` walks a
browser page through the provider's form.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

from devtools.server import START_SECONDS, free_port, stop_process, wait_until_answering

if TYPE_CHECKING:
    from playwright.sync_api import Page


class Provider:
    def __init__(self, log: Path) -> None:
        self.port = free_port()
        self.log = log
        # The browser and the app reach it as localhost, the host its metadata names.
        self.url = f"http://localhost:{self.port}"
        self.metadata_url = f"{self.url}/.well-known/openid-configuration"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Provider:
        command = [str(Path(sys.executable).with_name("oidc-provider-mock")), "--port", str(self.port)]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=out)
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        assert self.process is not None
        if not wait_until_answering(self.process, self.metadata_url, self.log):
            self.stop()
            raise RuntimeError(f"oidc-provider-mock did not answer within {START_SECONDS:.0f} s")

    def add_user(self, sub: str, claims: dict[str, str]) -> None:
        """The provider signs `sub` in with these claims (PUT /users/<sub>)."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/users/{sub}",
            data=json.dumps(claims).encode("utf-8"),
            method="PUT",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            if response.status not in (200, 201, 204):
                raise RuntimeError(f"oidc-provider-mock refused user {sub}: {response.status}")

    def write_secrets(self, path: Path, app_url: str) -> Path:
        """A secrets file whose [auth] section signs the app at `app_url` in through this provider."""
        path.write_text(
            "[auth]\n"
            f'redirect_uri = "{app_url}/oauth2callback"\n'
            'cookie_secret = "a-cookie-secret-for-the-browser-tests-only-0123456789"\n'
            'client_id = "sjalvskattning-test"\n'
            'client_secret = "any"\n'
            f'server_metadata_url = "{self.metadata_url}"\n',
            encoding="utf-8",
        )
        return path

    def stop(self) -> None:
        stop_process(self.process)


def sign_in(page: Page, sub: str) -> None:
    """Press the page's (first) sign-in button and pick `sub` at the provider.

    The provider sends the browser back to the app; the caller waits for the
    app in whatever way its page needs.
    """
    page.get_by_role("button", name="Logga in").first.click()
    page.locator("input[name=sub]").fill(sub)
    page.get_by_role("button", name="Authorize").click()
