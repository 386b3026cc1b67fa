"""The office console's accounts, sign-in, sessions, CSRF and headers, over real HTTP to a
uvicorn on 127.0.0.1 (tests/central/office/conftest.py), and `pitstop central user`."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from central.audit import audit_events, record_audit
from central.models import OfficeSession
from central.office import accounts
from central.office.i18n import LANGUAGES, MESSAGES
from central.office.routing import CSP
from central.store import CentralStore
from tests.central.live import LiveServer
from tests.central.office.conftest import PASSWORD, PITSTOP, ROLE_USERS, ROOT, csrf, login

ADMIN = ROLE_USERS["administrator"]


def _error_text(answer: httpx.Response) -> str:
    found = re.search(r'role="alert"[^>]*>([^<]+)<', answer.text)
    assert found, answer.text
    return html.unescape(found.group(1))


def _headers_ok(answer: httpx.Response) -> None:
    assert answer.headers["content-security-policy"] == CSP, answer.request.url
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]


def test_every_office_route_sends_the_strict_headers(
    office_client: httpx.Client, office_live: LiveServer
) -> None:
    from central.office import office_router

    def walk(routes: list[Any]) -> Iterator[str]:
        for route in routes:
            inner = getattr(route, "original_router", None)  # FastAPI >= 0.16x nests them
            yield from walk(inner.routes) if inner is not None else [getattr(route, "path", "")]

    paths = sorted(set(walk(office_router(office_live.store).routes)))
    assert "/office/login" in paths and "/office/audit" in paths
    for signed_in in (False, True):
        if signed_in:
            assert login(office_client, ADMIN).status_code == 303
        for path in paths:
            concrete = re.sub(r"\{[^}]+\}", "x", path)
            for method in ("GET", "POST"):
                answer = office_client.request(method, concrete)
                assert "content-security-policy" in answer.headers, (method, concrete)
                _headers_ok(answer)
                assert answer.status_code < 500, (method, concrete, answer.text)


def test_signed_out_pages_lead_to_sign_in(office_client: httpx.Client) -> None:
    answer = office_client.get("/office/users")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/office/login?next=/office/users"
    assert office_client.get("/office/", headers={"X-CSRF-Token": "x"}).status_code == 401


def test_sign_in_sets_a_strict_session_cookie_and_sign_out_kills_it(
    office_client: httpx.Client, office_store: CentralStore
) -> None:
    answer = login(office_client, ADMIN)
    assert answer.status_code == 303 and answer.headers["location"] == "/office/"
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    value = office_client.cookies["pitstop_office"]
    with office_store.sessions() as session:
        stored = [row.id_hash for row in session.scalars(select(OfficeSession))]
    assert value not in stored and len(stored) == 1  # only its sha256 is kept
    assert office_client.get("/office/users").status_code == 200
    token = csrf(office_client, "/office/users")
    assert office_client.post("/office/logout", data={"csrf_token": token}).status_code == 303
    with httpx.Client(base_url=str(office_client.base_url)) as replay:
        replay.cookies.set("pitstop_office", value)
        assert replay.get("/office/users").status_code == 303
    assert [event.action for event in audit_events(office_store, limit=2)] == [
        "office.sign_out",
        "office.sign_in",
    ]


def test_off_loopback_plain_http_is_refused_and_https_gets_host_cookies(
    office_client: httpx.Client,
) -> None:
    far = {"X-Forwarded-For": "203.0.113.9"}
    page = office_client.get("/office/login", headers=far)
    assert "https://" in page.text
    assert "Secure" in page.headers["set-cookie"]
    assert page.headers["set-cookie"].startswith("__Host-pitstop_office_pre=")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    pre = page.headers["set-cookie"].split(";")[0]  # httpx keeps Secure cookies off http
    far = {**far, "Cookie": pre}
    answer = office_client.post(
        "/office/login",
        data={"name": ADMIN, "password": PASSWORD, "csrf_token": token.group(1)},
        headers=far,
    )
    assert answer.status_code == 403 and "https" in _error_text(answer)
    secure = {**far, "X-Forwarded-Proto": "https"}
    answer = office_client.post(
        "/office/login",
        data={"name": ADMIN, "password": PASSWORD, "csrf_token": token.group(1)},
        headers=secure,
    )
    assert answer.status_code == 303
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith("__Host-pitstop_office=") and "Secure" in cookie


def test_csrf_is_needed_on_every_post(
    office_client: httpx.Client, office_store: CentralStore
) -> None:
    bad = office_client.post("/office/login", data={"name": ADMIN, "password": PASSWORD})
    assert bad.status_code == 403 and "ricarica" in _error_text(bad)
    token = csrf(office_client)
    cross = office_client.post(
        "/office/login",
        data={"name": ADMIN, "password": PASSWORD, "csrf_token": token},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert cross.status_code == 403
    other = office_client.post(
        "/office/login",
        data={"name": ADMIN, "password": PASSWORD, "csrf_token": token},
        headers={"Origin": "http://evil.example"},
    )
    assert other.status_code == 403
    assert login(office_client, ADMIN).status_code == 303
    # the token before sign-in no longer works: it is bound to the new session
    stale = office_client.post(
        "/office/users",
        data={
            "csrf_token": token,
            "name": "eve",
            "email": "e@example.org",
            "role": "administrator",
        },
    )
    assert stale.status_code == 403
    assert office_client.post("/office/logout").status_code == 403
    assert office_client.get("/office/users").status_code == 200  # still signed in
    assert "eve" not in [user.name for user in accounts.users(office_store)]


def test_wrong_passwords_lock_the_account_like_the_staff_pin(
    office_client: httpx.Client, office_store: CentralStore
) -> None:
    for left in (4, 3, 2, 1):
        answer = login(office_client, ADMIN, "wrong-password")
        assert answer.status_code == 401
        assert f"Tentativi rimasti prima del blocco: {left}." in _error_text(answer)
    answer = login(office_client, ADMIN, "wrong-password")
    assert answer.status_code == 429 and "bloccato fino alle" in _error_text(answer)
    answer = login(office_client, ADMIN)  # the right password, while locked
    assert answer.status_code == 429
    events = audit_events(office_store, action="office.sign_in_failed")
    assert len(events) == 5 and all("wrong-password" not in str(e.details) for e in events)


def test_lock_doubles_and_hardens_at_twenty_from_one_address_then_reset_lifts_it(
    office_store: CentralStore,
) -> None:
    now = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    waits = []
    for _ in range(4):
        for _ in range(5):
            result = accounts.sign_in(office_store, ADMIN, "nope", "10.0.0.1", now)
        if result.hard_locked:
            break
        assert result.locked_until is not None
        waits.append((result.locked_until - now).total_seconds())
        assert accounts.sign_in(office_store, ADMIN, PASSWORD, "10.9.9.9", now).session is None
        now = result.locked_until + dt.timedelta(seconds=1)
    assert waits == [60, 120, 240]
    assert result.hard_locked
    later = now + dt.timedelta(days=30)
    assert accounts.sign_in(office_store, ADMIN, PASSWORD, "10.0.0.1", later).hard_locked
    accounts.reset_password(office_store, ADMIN, PASSWORD, actor="test", one_time=False)
    assert accounts.sign_in(office_store, ADMIN, PASSWORD, "10.0.0.1", later).session


def test_one_address_trying_many_names_is_locked(office_client: httpx.Client) -> None:
    for index in range(5):
        answer = login(office_client, f"nobody{index}", "wrong-password")
    assert answer.status_code == 429 and "indirizzo" in _error_text(answer)
    assert login(office_client, ADMIN).status_code == 429


def test_sessions_expire_when_idle_and_when_old(office_store: CentralStore) -> None:
    start = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    value = accounts.sign_in(office_store, ADMIN, PASSWORD, "127.0.0.1", start).session
    assert value
    idle, absolute = dt.timedelta(minutes=30), dt.timedelta(hours=12)

    def user_at(minutes: float) -> accounts.User | None:
        when = start + dt.timedelta(minutes=minutes)
        return accounts.session_user(office_store, value, idle=idle, absolute=absolute, now=when)

    for minute in range(25, 12 * 60, 25):  # used every 25 minutes: alive until 12 hours
        assert user_at(minute) is not None, minute
    assert user_at(12 * 60 + 1) is None
    assert user_at(1) is None  # deleted, not only refused
    other = accounts.sign_in(office_store, ADMIN, PASSWORD, "127.0.0.1", start).session
    assert other
    assert (
        accounts.session_user(
            office_store, other, idle=idle, absolute=absolute, now=start + dt.timedelta(minutes=31)
        )
        is None
    )


def test_roles_open_only_their_pages(office_client: httpx.Client) -> None:
    for role, name in ROLE_USERS.items():
        office_client.cookies.clear()
        assert login(office_client, name).status_code == 303
        home = office_client.get("/office/")
        for page in ("/office/audit", "/office/users"):
            answer = office_client.get(page)
            assert answer.status_code == (200 if role == "administrator" else 403), (role, page)
            assert (f'href="{page}"' in home.text) == (role == "administrator")
        assert ('href="/office/requests"' in home.text) == (role != "viewer")
        assert 'href="/office/kiosks"' in home.text


def test_a_one_time_password_must_be_replaced_first(
    office_client: httpx.Client, office_store: CentralStore
) -> None:
    accounts.add_user(
        office_store, "nuovo", "n@example.org", "coordinator", "given-once-1", actor="t"
    )
    answer = login(office_client, "nuovo", "given-once-1")
    assert answer.headers["location"] == "/office/password"
    assert office_client.get("/office/").headers["location"] == "/office/password"
    token = csrf(office_client, "/office/password")
    for new, repeat, expected in (
        ("short", "short", "almeno 10"),
        ("given-once-1", "given-once-1", "diversa"),
        ("a-new-password", "another-one!", "non coincidono"),
    ):
        answer = office_client.post(
            "/office/password", data={"new": new, "repeat": repeat, "csrf_token": token}
        )
        assert answer.status_code == 400 and expected in _error_text(answer)
    old_cookie = office_client.cookies["pitstop_office"]
    answer = office_client.post(
        "/office/password",
        data={"new": "a-new-password", "repeat": "a-new-password", "csrf_token": token},
    )
    assert answer.status_code == 303
    assert office_client.cookies["pitstop_office"] != old_cookie  # a new session
    assert office_client.get("/office/").status_code == 200
    office_client.cookies.clear()
    assert login(office_client, "nuovo", "a-new-password").headers["location"] == "/office/"


def test_language_follows_the_browser_and_the_switch(office_client: httpx.Client) -> None:
    assert "Accedi" in office_client.get("/office/login").text
    english = office_client.get("/office/login", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert '<html lang="en">' in english.text and "Sign in" in english.text
    prefers_it = office_client.get(
        "/office/login", headers={"Accept-Language": "fr, en;q=0.5, it;q=0.8"}
    )
    assert '<html lang="it">' in prefers_it.text
    switch = office_client.get("/office/lang/en?next=/office/login")
    assert switch.status_code == 303 and switch.headers["location"] == "/office/login"
    assert '<html lang="en">' in office_client.get("/office/login").text
    away = office_client.get("/office/lang/it?next=https://evil.example/")
    assert away.headers["location"] == "/office/"


def test_every_message_has_both_languages() -> None:
    keys = {lang: set(MESSAGES[lang]) for lang in LANGUAGES}
    for lang in LANGUAGES:
        assert keys[lang] == keys["en"], (lang, keys[lang] ^ keys["en"])
        placeholders = {key: set(re.findall(r"{(\w+)}", MESSAGES[lang][key])) for key in keys[lang]}
        for key, names in placeholders.items():
            assert names == set(re.findall(r"{(\w+)}", MESSAGES["en"][key])), (lang, key)


def test_static_files_stay_inside_their_folder(office_client: httpx.Client) -> None:
    assert office_client.get("/office/static/office.css").status_code == 200
    for path in (
        "/office/static/%2e%2e/__init__.py",
        "/office/static/../accounts.py",
        "/office/static/.hidden",
        "/office/static/",
    ):
        assert office_client.get(path).status_code == 404, path


def test_users_page_adds_changes_resets_and_removes(
    office_client: httpx.Client, office_store: CentralStore
) -> None:
    login(office_client, ADMIN)
    token = csrf(office_client, "/office/users")
    answer = office_client.post(
        "/office/users",
        data={
            "csrf_token": token,
            "name": "Giulia",
            "email": "giulia@example.org",
            "role": "operator",
            "comuni": "Legnano, Rescaldina",
            "areas": "",
        },
        follow_redirects=True,
    )
    assert answer.status_code == 200
    shown = re.search(r'class="one-time">([^<]+)<', answer.text)
    assert shown, answer.text
    added = {user.name: user for user in accounts.users(office_store)}["giulia"]
    assert added.comuni == ("Legnano", "Rescaldina") and added.must_change_password
    for data, expected in (
        ({"name": "giulia", "email": "g@example.org", "role": "viewer"}, "Esiste già"),
        ({"name": "x y", "email": "g@example.org", "role": "viewer"}, "Il nome utente"),
        ({"name": "zeta", "email": "not-an-address", "role": "viewer"}, "L'e-mail"),
        ({"name": "zeta", "email": "z@example.org", "role": "root"}, "Il ruolo"),
    ):
        answer = office_client.post("/office/users", data={"csrf_token": token, **data})
        assert answer.status_code == 400 and expected in _error_text(answer), data
    answer = office_client.post(
        "/office/users/giulia/update",
        data={"csrf_token": token, "role": "coordinator", "comuni": "", "areas": "Alto Milanese"},
        follow_redirects=True,
    )
    assert answer.status_code == 200
    changed = {user.name: user for user in accounts.users(office_store)}["giulia"]
    assert (changed.role, changed.comuni, changed.areas) == ("coordinator", (), ("Alto Milanese",))
    answer = office_client.post(
        f"/office/users/{ADMIN}/update", data={"csrf_token": token, "role": "viewer"}
    )
    assert answer.status_code == 400 and "te stesso" in _error_text(answer)
    answer = office_client.post(f"/office/users/{ADMIN}/remove", data={"csrf_token": token})
    assert answer.status_code == 400
    answer = office_client.post(
        "/office/users/giulia/reset", data={"csrf_token": token}, follow_redirects=True
    )
    new_password = re.search(r'class="one-time">([^<]+)<', answer.text)
    assert new_password and new_password.group(1) != shown.group(1)
    assert (
        office_client.post("/office/users/giulia/remove", data={"csrf_token": token}).status_code
        == 303
    )
    assert "giulia" not in [user.name for user in accounts.users(office_store)]
    assert (
        office_client.post("/office/users/giulia/remove", data={"csrf_token": token}).status_code
        == 400
    )
    log = audit_events(office_store, limit=20)
    actions = [event.action for event in log if event.actor == f"office:{ADMIN}"]
    assert actions[:4] == ["user.remove", "user.reset_password", "user.update", "user.add"]
    assert not any(shown.group(1) in str(event.details) for event in log)


def test_the_last_administrator_stays(office_store: CentralStore) -> None:
    with pytest.raises(accounts.AccountError, match="at least one administrator"):
        accounts.remove_user(office_store, ADMIN, actor="t")
    with pytest.raises(accounts.AccountError, match="at least one administrator"):
        accounts.update_user(office_store, ADMIN, actor="t", role="viewer")


def test_audit_page_filters_and_pages(
    office_client: httpx.Client, office_store: CentralStore
) -> None:
    with office_store.writing() as session:
        for index in range(60):
            record_audit(session, "cli:ops", "user.add", user=f"u{index:02d}", role="viewer")
    login(office_client, ADMIN)
    first = office_client.get("/office/audit", params={"action": "user.add", "actor": "cli:"})
    assert first.status_code == 200
    assert first.text.count("<tr>") == 51 and "u59" in first.text and "u09" not in first.text
    assert 'rel="next"' in first.text and 'rel="prev"' not in first.text
    second = office_client.get(
        "/office/audit", params={"action": "user.add", "actor": "cli:", "page": "2"}
    )
    assert "u09" in second.text and 'rel="next"' not in second.text
    assert 'rel="prev"' in second.text
    none = office_client.get("/office/audit", params={"from": "2999-01-01"})
    assert "Nessuna attività" in none.text
    bad = office_client.get("/office/audit", params={"to": "yesterday"})
    assert bad.status_code == 400 and "AAAA-MM-GG" in _error_text(bad)
    hostile = office_client.get("/office/audit", params={"actor": "%_<script>", "page": "-3"})
    assert hostile.status_code == 200 and "<script>" not in hostile.text


def _pitstop(db: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PITSTOP, "central", "--db", db, "user", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
    )


def test_user_commands(office_store: CentralStore, office_client: httpx.Client) -> None:
    db = office_store.url
    added = _pitstop(
        db,
        "add",
        "Paolo",
        "--email",
        "paolo@example.org",
        "--role",
        "operator",
        "--comune",
        "Legnano",
        "--comune",
        "Cerro Maggiore",
    )
    assert added.returncode == 0, added.stderr
    password = re.search(r"One-time password: (\S+)", added.stdout)
    assert password
    listed = _pitstop(db, "list")
    assert "paolo\toperator\tpaolo@example.org\tLegnano, Cerro Maggiore\tall" in listed.stdout
    assert (
        login(office_client, "paolo", password.group(1)).headers["location"] == "/office/password"
    )
    bad = _pitstop(db, "add", "anna", "--email", "nope", "--role", "viewer")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--email" in bad.stderr
    typed = _pitstop(db, "reset-password", "paolo", "--ask", stdin="my-own-password\n")
    assert typed.returncode == 0 and "One-time" not in typed.stdout
    office_client.cookies.clear()
    assert login(office_client, "paolo", "my-own-password").headers["location"] == "/office/"
    assert office_client.get("/office/").status_code == 200  # signed in
    removed = _pitstop(db, "remove", "paolo")
    assert removed.returncode == 0
    assert office_client.get("/office/").status_code == 303  # signed out at once
    missing = _pitstop(db, "remove", "paolo")
    assert missing.returncode == 2 and "user list" in missing.stderr
