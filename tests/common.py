"""What the Python test runners share: the check failure they raise, and headless
Chromium from Debian, started the same way (offline, no sandbox, a throw-away profile).

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/
    from common import CheckFailed, require, start_chromium
"""
from __future__ import annotations

import os
import tempfile

# Selenium Manager must not try the network: the driver and browser come from Debian.
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


class CheckFailed(Exception):
    """A check's guarantee does not hold; the lines say where."""

    def __init__(self, summary: str, lines: list[str] | None = None):
        super().__init__(summary)
        self.lines = lines or []


def require(condition: bool, summary: str, lines: list[str] | None = None) -> None:
    if not condition:
        raise CheckFailed(summary, lines)


def start_chromium(width: int | None = None, height: int = 900, scripts: bool = True,
                   console: bool = False, prefix: str = "tongxin-chromium-") -> tuple[webdriver.Chrome, str]:
    """A headless Chromium and its profile folder (the caller removes it after quit()).
    `console`: keep the browser's console for driver.get_log("browser")."""
    profile = tempfile.mkdtemp(prefix=prefix)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    arguments = ["--no-sandbox", "--headless", "--disable-dev-shm-usage", "--log-level=3", f"--user-data-dir={profile}",
                 "--hide-scrollbars", "--no-first-run", "--disable-background-networking", "--disable-extensions", "--lang=zh-CN"]
    if width is not None:
        arguments.append(f"--window-size={width},{height}")
    if not scripts:
        arguments.append("--blink-settings=scriptEnabled=false")
    for argument in arguments:
        options.add_argument(argument)
    if console:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver, profile
