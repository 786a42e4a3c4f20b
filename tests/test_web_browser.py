"""The dashboard in a real headless Chromium (Selenium + Debian's chromium-driver): the pages
load and are styled, the queue's filter form works without script, quoted text unfolds, and
nothing a hostile mail carries runs: no alert, no `window.pwned`, no script or image element,
the text shown literally. One browser and one server for the whole module.

Skipped when /usr/bin/chromium or /usr/bin/chromedriver is missing (scripts/test installs
them); with CI=true that is a failure instead.
"""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver import Chrome as WebDriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from supportmail.web.server import WebServer
from tests.support.desk import open_desked
from tests.support.servers import unavailable
from tests.support.webdesk import HOSTILE_FILENAME, HOSTILE_NAME, HOSTILE_SUBJECT, T0, fill, serving

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
NOW = T0 + timedelta(days=1)


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    """One headless Chromium for the module."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        unavailable(f"no headless browser: {', '.join(missing)} missing (scripts/test installs it)")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WebServer, dict[str, int]]]:
    """The dashboard on a desk of hostile, corpus and plain tickets."""
    with open_desked(tmp_path_factory.mktemp("browser")) as desked:
        numbers = fill(desked)
        with serving(desked, NOW) as server:
            yield server, numbers


def nothing_ran(driver: WebDriver) -> None:
    """No alert is open, no payload set its global, and the page holds no script or image."""
    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        text = None
    assert text is None, f"an alert opened: {text}"
    state: dict[str, Any] = driver.execute_script(
        "return {pwned: window.pwned === undefined ? null : String(window.pwned),"
        " scripts: document.scripts.length, images: document.images.length,"
        " svgs_with_handlers: document.querySelectorAll('[onload],[onerror],[onclick]').length}"
    )
    assert state == {"pwned": None, "scripts": 0, "images": 0, "svgs_with_handlers": 0}


def click_to_next_page(driver: WebDriver, by: str, value: str) -> None:
    """Click the element and wait until the next page has replaced this one and loaded.

    The old page is marked by a window property the next page does not have. Waiting for the
    old <html> element to go stale instead asks the driver about a node of a document that may
    be half gone, which chromedriver sometimes answers with an error of its own ("Node with
    given id does not belong to the document") rather than with staleness.
    """
    driver.execute_script("window.__supportmailOldPage = true;")
    driver.find_element(by, value).click()
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script(
            "return window.__supportmailOldPage === undefined && document.readyState === 'complete'"
        )
    )


def submit(driver: WebDriver) -> None:
    """Press the filter form's button and wait for the next page to load."""
    click_to_next_page(driver, By.ID, "apply")


def rows(driver: WebDriver) -> list[tuple[str, str]]:
    """(class, ticket number) of each queue row."""
    return [
        (str(r.get_attribute("class")), str(r.get_attribute("data-number")))
        for r in driver.find_elements(By.CSS_SELECTOR, "#queue tbody tr")
    ]


def test_queue_loads_styled_and_shows_hostile_text_literally(
    browser: WebDriver, site: tuple[WebServer, dict[str, int]]
) -> None:
    """The queue renders with its stylesheet; the hostile subject is text, nothing ran."""
    server, numbers = site
    browser.get(server.url + "?state=all")
    assert browser.title == "Queue · supportmail"
    assert browser.execute_script("return document.styleSheets.length") == 1
    row = browser.find_element(By.CSS_SELECTOR, f'tr[data-number="{numbers["hostile"]}"]')
    assert row.find_element(By.CSS_SELECTOR, "td.subject a").text == HOSTILE_SUBJECT
    nothing_ran(browser)


def test_queue_filters_through_the_form(
    browser: WebDriver, site: tuple[WebServer, dict[str, int]]
) -> None:
    """Ticking P0 and showing, choosing a state, an assignee, overdue: the rows follow."""
    server, numbers = site
    browser.get(server.url)
    browser.find_element(By.CSS_SELECTOR, 'input[name="priority"][value="P0"]').click()
    submit(browser)
    assert "priority=P0" in browser.current_url
    assert rows(browser) == [("p0 overdue", str(numbers["plain0"]))]

    browser.get(server.url)
    Select(browser.find_element(By.ID, "state")).select_by_value("closed")
    submit(browser)
    assert [n for _, n in rows(browser)] == [str(numbers["plain3"])]

    browser.get(server.url)
    Select(browser.find_element(By.ID, "assignee")).select_by_value("alice@houseware.io")
    submit(browser)
    assert [n for _, n in rows(browser)] == [str(numbers["plain1"])]

    browser.get(server.url)
    browser.find_element(By.ID, "overdue").click()
    submit(browser)
    expected = [str(numbers[f"plain{n}"]) for n in range(3)]
    assert [n for _, n in rows(browser)] == expected
    assert all(c.endswith("overdue") for c, _ in rows(browser))
    nothing_ran(browser)


def test_ticket_page_folds_quotes_and_runs_nothing(
    browser: WebDriver, site: tuple[WebServer, dict[str, int]]
) -> None:
    """Subject, name and file name are shown as written; the quote opens on a click."""
    server, numbers = site
    browser.get(f"{server.url}ticket/{numbers['hostile']}")
    assert browser.find_element(By.ID, "subject").text == HOSTILE_SUBJECT
    assert HOSTILE_NAME in browser.find_element(By.ID, "requester").text
    assert browser.find_element(By.CSS_SELECTOR, ".attachments .filename").text == HOSTILE_FILENAME
    body = browser.find_element(By.CSS_SELECTOR, "article.message pre").text
    assert "</pre><script>window.pwned='body'</script>" in body and "{{ 7*7 }}" in body
    details = browser.find_element(By.CSS_SELECTOR, "details.quoted")
    quoted = details.find_element(By.TAG_NAME, "pre")
    assert details.get_attribute("open") is None and not quoted.is_displayed()
    details.find_element(By.TAG_NAME, "summary").click()
    assert quoted.is_displayed() and "> <b>quoted</b>" in quoted.text
    assert len(browser.find_elements(By.CSS_SELECTOR, "#sla .timeline li")) == 4
    nothing_ran(browser)


def test_every_ticket_page_of_the_corpus_runs_nothing(
    browser: WebDriver, site: tuple[WebServer, dict[str, int]]
) -> None:
    """The corpus's malformed and markup-laden mails render without running anything."""
    server, numbers = site
    for name, number in numbers.items():
        if name.startswith("corpus"):
            browser.get(f"{server.url}ticket/{number}")
            assert browser.find_element(By.TAG_NAME, "h1").text.startswith(f"#{number}")
            nothing_ran(browser)


def test_compliance_and_agents(browser: WebDriver, site: tuple[WebServer, dict[str, int]]) -> None:
    """The charts are inline SVG bars (five charts of 12 weeks); agents show load meters."""
    server, _numbers = site
    browser.get(server.url + "compliance")
    assert len(browser.find_elements(By.CSS_SELECTOR, "figure.chart svg")) == 5
    assert len(browser.find_elements(By.CSS_SELECTOR, "figure.chart rect.bar")) == 5 * 12
    browser.get(server.url + "agents")
    assert browser.find_elements(By.CSS_SELECTOR, "#load meter")
    click_to_next_page(browser, By.LINK_TEXT, "alice@houseware.io")
    assert "assignee=alice%40houseware.io" in browser.current_url
    nothing_ran(browser)


def test_no_policy_violation_was_reported(
    browser: WebDriver, site: tuple[WebServer, dict[str, int]]
) -> None:
    """Nothing on any page tried what the CSP forbids (no inline style or script to refuse)."""
    server, numbers = site
    for path in ("", "compliance", "agents", f"ticket/{numbers['hostile']}"):
        browser.get(server.url + path)
    log: list[dict[str, Any]] = browser.get_log("browser")  # type: ignore[no-untyped-call]
    refused = [e["message"] for e in log if "Content Security" in e["message"]]
    assert refused == []


def test_search_box(browser: WebDriver, site: tuple[WebServer, dict[str, int]]) -> None:
    """Words typed in the header's search box find the ticket; the subject shows literally."""
    server, numbers = site
    browser.get(server.url)
    browser.find_element(By.ID, "q").send_keys("onerror kettle")
    click_to_next_page(browser, By.ID, "search")
    found = browser.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    assert [r.get_attribute("data-number") for r in found] == [str(numbers["hostile"])]
    assert found[0].find_element(By.CSS_SELECTOR, "td.subject a").text == HOSTILE_SUBJECT
    nothing_ran(browser)
