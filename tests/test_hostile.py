"""Hostile input in a real browser: script in uploaded documents, file names and links must never run.

Every page and frame gets an ``alert`` (and ``confirm``/``prompt``) that records instead of showing; each
payload would call one of them, or set ``window.__xss``, if it ever ran.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from tests.test_browser import MAP_FRAME

pytestmark = pytest.mark.browser

PAYLOADS = [
    "<img src=x onerror=alert(1)>", "<svg onload=alert(2)>", "<script>alert(3)</script>", "javascript:alert(4)",
    "${alert(5)}", "`${alert(6)}`", "<iframe src=javascript:alert(7)>", "<body onload=alert(8)>",
    "<a href=javascript:alert(9)>x</a>", "</script><script>alert(10)</script>", "<details open ontoggle=alert(11)>",
    "<marquee onstart=alert(12)>", "{{constructor.constructor('alert(13)')()}}",
    "<math><mtext><img src=x onerror=alert(14)>", "[x](javascript:alert(15))", "<input autofocus onfocus=alert(16)>",
    "<video><source onerror=alert(17)>", "<style>@import 'javascript:alert(18)'</style>", "'-alert(19)-'",
    "<object data=javascript:alert(20)>", "<img src=x onerror=window.__xss=21>",
]
PLACES = ["Paris", "London", "Vienna", "Berlin", "Geneva", "Zürich", "Rome", "Madrid", "Brussels", "Stockholm",
          "Copenhagen", "Warsaw", "Kiev", "Moscow", "Odessa", "Tiflis", "Baku", "Munich", "Milan", "Lyon", "Dublin"]
HOOK = """
window.__xss = undefined;
for (const name of ['alert', 'confirm', 'prompt']) {
  window[name] = (...args) => { window.__xss = (window.__xss || []).concat([String(args[0])]); };
}
"""


def hostile_document() -> str:
    lines = ["Anna Petrova", "Anna Petrova was born in Odessa in 1860."]
    for i, (payload, place) in enumerate(zip(PAYLOADS, PLACES, strict=False)):
        lines.append(f"In {1870 + 3 * i} Anna Petrova, signing herself {payload}, moved to {place}.")
    return "\n".join(lines) + "\n"






def fired(page) -> list:
    """Everything the hooks recorded, in the page and in every frame (the map lives in an iframe)."""
    found = []
    for frame in page.frames:
        try:
            value = frame.evaluate("() => window.__xss")
        except Exception:  # a frame that navigated away meanwhile
            continue
        if value is not None:
            found.append((frame.url, value))
    return found


def open_everything(page) -> None:
    """Open every popup and tooltip on the map and every evidence expander, so all text is rendered."""
    frame = page.frame_locator(MAP_FRAME).locator("body")
    frame.evaluate("""() => window.map_div.eachLayer(l => {
        if (l.getPopup && l.getPopup()) { l.openPopup(); l.closePopup(); }
        if (l.getTooltip && l.getTooltip()) { l.openTooltip(); }
    })""")
    for summary in page.locator("summary").all() + page.frame_locator(MAP_FRAME).locator("summary").all():
        summary.click()
    page.wait_for_timeout(500)


def test_script_in_uploaded_documents_and_file_names_never_runs(browser, app_url, tmp_path):
    document = tmp_path / "<img src=x onerror=alert(99)>.txt"
    document.write_text(hostile_document(), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(HOOK)
    page = context.new_page()
    page.goto(app_url)
    page.frame_locator(MAP_FRAME).locator(".stop").first.wait_for(state="attached", timeout=30000)
    page.get_by_text("Map your own documents").click()
    page.locator("input[type=file]").set_input_files(str(document))
    page.get_by_label("Whose life?").fill("Anna Petrova <img src=x onerror=alert(98)>")
    page.get_by_label("Whose life?").press("Enter")
    page.get_by_role("button", name="Build the map").click()
    page.get_by_role("heading", name="a life on the map").filter(has_text="Anna Petrova").wait_for(timeout=60000)
    page.wait_for_function(f'() => document.querySelectorAll("{MAP_FRAME}").length == 1', timeout=30000)
    page.frame_locator(MAP_FRAME).locator(".stop").nth(10).wait_for(state="attached", timeout=30000)
    open_everything(page)
    body = page.locator("body").inner_text() + page.frame_locator(MAP_FRAME).locator("body").inner_text()
    shown = [p for p in PAYLOADS if p in body]
    assert len(shown) >= 5 and "<img src=x onerror=alert(99)>.txt" in body, "payloads are on the page, as text"
    for year in (1900, 1930):  # step through time with payload stops in view
        page.frame_locator(MAP_FRAME).locator("#tm-year").fill(str(year))
    page.wait_for_timeout(800)
    page.wait_for_function(f'() => document.querySelectorAll("{MAP_FRAME}").length == 1', timeout=30000)
    open_everything(page)
    assert fired(page) == []
    context.close()


def test_script_in_link_parameters_never_runs(browser, app_url):
    context = browser.new_context()
    context.add_init_script(HOOK)
    for payload in PAYLOADS:
        page = context.new_page()
        page.goto(f"{app_url}/?year={quote(payload)}&stop={quote(payload)}")
        frame = page.frame_locator(MAP_FRAME)
        frame.locator(".tm-heading", has_text=re.compile(r"^1940: ")).wait_for(timeout=30000)
        assert frame.locator("#tm-year").input_value() == "1940"
        page.wait_for_timeout(200)
        assert fired(page) == [], payload
        page.close()
    context.close()


def test_the_hook_would_notice_a_payload_that_runs(browser):
    """The detector itself works: a page that does run a payload is caught."""
    context = browser.new_context()
    context.add_init_script(HOOK)
    page = context.new_page()
    page.set_content(f"<div>{PAYLOADS[0]}</div>")
    page.wait_for_timeout(300)
    assert fired(page) != []
    context.close()
