"""Who may see which organisation's stored data: the rules, without Streamlit.

An instance runs in one of three ways:

- on a laptop for one person (no sign-in configured, listening on 127.0.0.1):
  everything is theirs, limited to SJALVSKATTNING_ORGANISATION when that is set;
- served to a network without sign-in, which needs an explicit setting and
  then behaves like the laptop (with a warning on every page);
- with sign-in: a signed-in person sees exactly one organisation, the instance's
  own (SJALVSKATTNING_ORGANISATION) or the one their e-mail domain maps to
  (SJALVSKATTNING_ORGANISATIONS). Signed out, or with no organisation for their
  address, they see none.

Filling in a self-assessment and answering a round need no account; those
pages never ask this module.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field

from scoring.answers import organisation_name

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0", ""})


class AccessSettingError(ValueError):
    """The organisations mapping cannot be read; the message names the bad entry."""


@dataclass(frozen=True)
class Rules:
    """The instance's settings that decide access."""

    sign_in: bool  # an [auth] section is configured
    organisation: str = ""  # the instance's own organisation ("" = not set)
    domains: Mapping[str, str] = field(default_factory=dict)  # e-mail domain -> organisation


@dataclass(frozen=True)
class Access:
    """What one person may do with stored data.

    `allowed` False: nothing stored is shown; `reason` is the strings key that
    says why. `organisation` None: every organisation (only without sign-in).
    """

    allowed: bool
    organisation: str | None = None
    reason: str = ""

    def may_see(self, organisation: str) -> bool:
        if not self.allowed:
            return False
        return self.organisation is None or organisation_name(organisation) == self.organisation

    def visible(self, organisations: list[str]) -> list[str]:
        """The organisations in the store this person may see, in the store's order."""
        return [name for name in organisations if self.may_see(name)]


SIGN_IN_NEEDED = "auth_sign_in_needed"
NO_ORGANISATION = "auth_no_organisation"


def parse_domains(text: str) -> dict[str, str]:
    """`helsingborg.se=Helsingborgs stad;lund.se=Lunds kommun` as {domain: organisation}.

    Domains are compared in lower case; an entry without "=" or with an empty
    side is refused, since a typo here would lock people out or, worse, in.
    """
    domains: dict[str, str] = {}
    for entry in text.split(";"):
        if not entry.strip():
            continue
        domain, sep, organisation = entry.partition("=")
        domain, organisation = domain.strip().lower().lstrip("@"), organisation_name(organisation)
        if not sep or not domain or not organisation or "@" in domain:
            raise AccessSettingError(f"{entry.strip()!r} is not domain=organisation")
        if domain in domains and domains[domain] != organisation:
            raise AccessSettingError(f"{domain!r} is mapped to two organisations")
        domains[domain] = organisation
    return domains


def email_domain(email: str | None) -> str | None:
    """The domain of an e-mail address in lower case, or None when it is not one."""
    if not email or email.count("@") != 1:
        return None
    local, domain = email.strip().lower().split("@")
    return domain if local and domain else None


def organisation_for(rules: Rules, email: str | None) -> str | None:
    """The organisation a signed-in person with this e-mail belongs to, if any.

    With a domain mapping, the mapping decides alone (a shared instance); without
    one, every signed-in person belongs to the instance's organisation.
    """
    if rules.domains:
        domain = email_domain(email)
        return rules.domains.get(domain) if domain else None
    return rules.organisation or None


def access(rules: Rules, signed_in: bool, email: str | None) -> Access:
    """What this person may see, given the instance's rules and who they are."""
    if not rules.sign_in:
        return Access(True, rules.organisation or None)
    if not signed_in:
        return Access(False, reason=SIGN_IN_NEEDED)
    organisation = organisation_for(rules, email)
    if organisation is None:
        return Access(False, reason=NO_ORGANISATION)
    return Access(True, organisation)


def is_local_address(url: str) -> bool:
    """True when a link on this address would open only on the machine it was made on."""
    host = urllib.parse.urlsplit(url).hostname or ""
    return host.lower() in LOCAL_HOSTS or host.startswith("127.")


def is_loopback_bind(address: str | None) -> bool:
    """True when the server listens only on this machine (None/"" means every interface)."""
    return bool(address) and (address in ("localhost", "::1") or str(address).startswith("127."))


def public_page(public_url: str, url_path: str) -> str:
    """A page's address on the public base address, which may carry a path prefix
    (a proxy serving the app under /sjalvskattning)."""
    return f"{public_url.rstrip('/')}/{url_path.strip('/')}"
