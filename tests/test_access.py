"""Who may see which organisation (scoring/access.py), and where links point."""

from __future__ import annotations

import pytest

from scoring.access import (
    NO_ORGANISATION,
    SIGN_IN_NEEDED,
    AccessSettingError,
    Rules,
    access,
    email_domain,
    is_local_address,
    is_loopback_bind,
    parse_domains,
    public_page,
)

SHARED = Rules(True, "", {"helsingborg.se": "Helsingborgs stad", "lund.se": "Lunds kommun"})
STORE = ["Helsingborgs stad", "Lunds kommun", "Malmö stad"]


def test_without_sign_in_one_person_on_a_laptop_sees_every_organisation() -> None:
    found = access(Rules(False), signed_in=False, email=None)
    assert found.allowed and found.organisation is None
    assert found.visible(STORE) == STORE


def test_without_sign_in_the_instances_organisation_still_limits_what_is_shown() -> None:
    found = access(Rules(False, "Lunds kommun"), signed_in=False, email=None)
    assert found.visible(STORE) == ["Lunds kommun"]


def test_with_sign_in_a_signed_out_person_sees_nothing_and_is_asked_to_sign_in() -> None:
    found = access(SHARED, signed_in=False, email=None)
    assert not found.allowed and found.reason == SIGN_IN_NEEDED
    assert found.visible(STORE) == []
    assert not found.may_see("Lunds kommun")


def test_a_signed_in_user_sees_only_the_organisation_of_their_email_domain() -> None:
    found = access(SHARED, signed_in=True, email="Anna.Berg@Lund.SE")
    assert found.organisation == "Lunds kommun"
    assert found.visible(STORE) == ["Lunds kommun"]
    assert not found.may_see("Helsingborgs stad")


def test_a_subdomain_or_lookalike_domain_gets_no_organisation() -> None:
    lookalikes = ("eve@evil-lund.se", "eve@lund.se.evil.com", "eve@mail.lund.se", "lund.se", "a@b@lund.se")
    for email in (*lookalikes, None):
        found = access(SHARED, signed_in=True, email=email)
        assert not found.allowed and found.reason == NO_ORGANISATION, email


def test_a_single_organisation_instance_gives_every_signed_in_user_its_organisation() -> None:
    found = access(Rules(True, "Helsingborgs stad"), signed_in=True, email="x@gmail.com")
    assert found.visible(STORE) == ["Helsingborgs stad"]


def test_sign_in_without_any_organisation_configured_shows_nothing() -> None:
    found = access(Rules(True), signed_in=True, email="x@lund.se")
    assert not found.allowed and found.reason == NO_ORGANISATION


def test_organisation_names_compare_as_stored_without_surrounding_space() -> None:
    found = access(Rules(True, "Lunds kommun"), signed_in=True, email="x@lund.se")
    assert found.may_see("  Lunds kommun ")
    assert not found.may_see("lunds kommun")


def test_the_domain_mapping_reads_pairs_separated_by_semicolons() -> None:
    assert parse_domains(" helsingborg.se=Helsingborgs stad ; @Lund.se = Lunds kommun;") == {
        "helsingborg.se": "Helsingborgs stad",
        "lund.se": "Lunds kommun",
    }
    assert parse_domains("") == {}


@pytest.mark.parametrize("text", ["lund.se", "=Lunds kommun", "lund.se=", "a@lund.se=Lund", "x.se=A;x.se=B"])
def test_a_broken_domain_mapping_is_refused_naming_the_entry(text: str) -> None:
    with pytest.raises(AccessSettingError):
        parse_domains(text)


def test_an_email_domain_is_the_part_after_the_single_at_sign() -> None:
    assert email_domain("a@Lund.se") == "lund.se"
    assert email_domain("@lund.se") is None
    assert email_domain("nobody") is None


def test_links_on_localhost_are_local_and_a_public_address_is_not() -> None:
    for url in ("http://localhost:8501/runda?svar=x", "http://127.0.0.1:8501/runda", "http://0.0.0.0/", ""):
        assert is_local_address(url), url
    assert not is_local_address("https://sjalvskattning.helsingborg.se/runda?svar=x")


def test_only_a_loopback_address_counts_as_listening_on_this_machine() -> None:
    assert is_loopback_bind("127.0.0.1") and is_loopback_bind("localhost") and is_loopback_bind("::1")
    assert not is_loopback_bind("0.0.0.0") and not is_loopback_bind(None) and not is_loopback_bind("")


def test_a_page_on_the_public_address_keeps_any_path_prefix() -> None:
    assert public_page("https://x.se", "runda") == "https://x.se/runda"
    assert public_page("https://x.se/sjalvskattning/", "/runda") == "https://x.se/sjalvskattning/runda"
