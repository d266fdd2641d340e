"""End to end in a real browser: Playwright (PyPI) driving Debian's chromium against a live server.

Set SAYWHO_SCREENSHOTS=docs/img to also write the screenshots used in docs/web.md.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from saywho.web.app import create_app

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCRIPT = "<script>window.__pwned = 'script'</script>"
IMG = "<img src=x onerror=\"window.__pwned = 'img'\">"
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, nlp, seed_text, live_server):
    from test_web import seeded

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'b.db'}"
    seeded(url, nlp, seed_text)
    return live_server(create_app(url, secret="browser-secret", rate_limit=50))


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()


def sign_in(page, name: str) -> None:
    page.get_by_role("link", name="Sign in").first.click()
    page.get_by_label("Name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_selector(f"text=Signed in as {name}")


def assert_never_ran(page) -> None:
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []


def test_seed_article_comment_reply_and_sign_out(page):
    page.goto("/articles/example")
    assert page.locator("mark.hl.source").count() >= 10
    assert page.locator("mark.hl.cue").count() >= 10
    assert page.locator("mark.hl.content").count() >= 10
    story = page.locator("#story-text").inner_text()
    assert "legitimate targets" in story and "Add Comment" not in story
    putin = page.locator("mark.hl.source", has_text="Putin").first
    assert putin.get_attribute("data-tip").startswith("Vladimir Putin")
    putin.focus()  # keyboard users get the same details as a hover, and the side list follows
    assert page.locator(".statement.active .who").first.inner_text().startswith("Vladimir Putin")
    assert page.locator("#add-comment").count() == 0

    sign_in(page, "rita")
    assert page.url.endswith("/articles/example")
    page.locator("#add-comment textarea").fill("Is “legitimate targets” a direct quote?")
    page.locator("#add-comment select").select_option("A2")
    submit(page, page.get_by_role("button", name="Post comment"))
    first = page.locator(".comment", has_text="legitimate targets").first
    first.get_by_text("Reply", exact=True).click()
    first.locator(".reply-form textarea").fill("Yes, it is in quotation marks.")
    submit(page, first.get_by_role("button", name="Post reply"))

    page.reload()
    top = page.locator("#comments > .comment").first
    assert "Is “legitimate targets” a direct quote?" in top.locator("> .comment-body").inner_text()
    assert "on A2" in top.locator("> header").inner_text()
    assert top.locator(".replies .comment-body").inner_text() == "Yes, it is in quotation marks."

    submit(page, page.get_by_role("button", name="Sign out"))
    page.goto("/articles/example")
    assert page.locator("#add-comment").count() == 0
    assert page.locator(".signin-note").is_visible()
    assert page.locator(".comment .actions").count() == 0
    assert page.get_by_text("Yes, it is in quotation marks.").is_visible()


def submit(page, button) -> None:
    """Click a form's button and wait for the page it leads to: reloading mid-navigation races."""
    with page.expect_navigation():
        button.click()


def test_script_payloads_show_as_text(page):
    page.goto("/articles/example")
    sign_in(page, "bob")
    for payload in (SCRIPT, IMG):
        page.locator("#add-comment textarea").fill(payload)
        submit(page, page.get_by_role("button", name="Post comment"))
    page.reload()
    bodies = page.locator(".comment-body").all_inner_texts()
    assert SCRIPT in bodies and IMG in bodies
    assert page.locator("#comments img, #comments script").count() == 0
    assert_never_ran(page)


def test_payloads_in_an_ingested_article_show_as_text(page):
    page.goto("/")
    sign_in(page, "ana")
    page.get_by_role("link", name="Add article").click()
    text = (f"Mayor Jane Doe said {SCRIPT} was typed into the form.\n"
            f"The council said “{IMG} is not a picture,” according to the minutes.")
    page.get_by_label("Title").fill(f"Payloads {IMG}")
    page.get_by_label("Text").fill(text)
    page.get_by_role("button", name="Find statements").click()
    page.wait_for_selector("#story-text")
    assert re.search(r"/articles/[\w-]+$", page.url)
    story = page.locator("#story-text").inner_text()
    assert SCRIPT in story and IMG in story
    assert IMG in page.locator("h1").inner_text()
    assert page.locator("#story-text img, #story-text script, h1 img").count() == 0
    assert page.locator("#story-text mark.hl").count() > 0
    assert_never_ran(page)
    page.goto("/")  # the title is listed on the home page too
    assert page.get_by_role("link", name=f"Payloads {IMG}").is_visible()
    assert_never_ran(page)


@pytest.mark.skipif(not os.environ.get("SAYWHO_SCREENSHOTS"), reason="set SAYWHO_SCREENSHOTS=docs/img to write them")
def test_screenshots(browser, tmp_path, nlp, seed_text, live_server):
    from test_web import seeded

    from saywho.store import accounts, comments, reviews

    url = f"sqlite:///{tmp_path / 'shots.db'}"
    store = seeded(url, nlp, seed_text)
    rita, ana = accounts.user_by_name(store, "rita"), accounts.user_by_name(store, "ana")
    first = comments.add(store, "example", rita, "Is “legitimate targets” Putin's phrase or the translator's?", "A2")
    comments.add(store, "example", ana, "Putin's: it is in quotation marks in the Kremlin transcript too.", parent_id=first)
    reviews.add(store, store.article("example"), ana, "correct", "A2")
    base = live_server(create_app(url, secret="shots"))
    out = Path(os.environ["SAYWHO_SCREENSHOTS"])
    out.mkdir(parents=True, exist_ok=True)
    for width, height, suffix in ((1280, 900, "desktop"), (390, 844, "mobile")):
        context = browser.new_context(base_url=base, viewport={"width": width, "height": height})
        page = context.new_page()
        for path, name in (("/", "home"), ("/articles/example", "article"), ("/actors/vladimir-putin", "actor-putin"),
                           ("/events", "events")):
            page.goto(path)
            page.screenshot(path=str(out / f"{name}-{suffix}.png"), full_page=suffix == "desktop" and name == "actor-putin")
        if suffix == "desktop":
            page.goto("/articles/example")
            page.locator("#comments").screenshot(path=str(out / "article-comments-desktop.png"))
        context.close()
