"""Polite HTTP fetching for feeds, sitemaps and pages.

Every request names saywho in its User-Agent, asks robots.txt first (and keeps
to its Crawl-delay), stops at a size cap and a time limit, retries what is
worth retrying (429, 5xx, broken connections) with exponential backoff — or as long as the server's Retry-After
asks — and sends the ETag / Last-Modified it saw last time, so that a page or
feed that has not changed answers 304 and costs nothing. Validators are only
*proposed* here (``Response.validators``); the caller remembers them once what
was fetched has been stored, so an interrupted run never hides a page.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from saywho.ingest import MAX_BYTES

PROJECT_URL = "https://pypi.org/project/saywho/"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 10


def _user_agent() -> str:
    try:
        own = version("saywho")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        own = "0"
    return os.environ.get("SAYWHO_USER_AGENT") or f"saywho/{own} (+{PROJECT_URL})"


USER_AGENT = _user_agent()


class FetchError(Exception):
    """A URL that could not be fetched; ``retryable`` when a later try may succeed."""

    def __init__(self, problem: str, retryable: bool = False, status: int | None = None) -> None:
        super().__init__(problem)
        self.retryable = retryable
        self.status = status  # the HTTP status that refused it, if one did


@dataclass(frozen=True)
class Validators:
    """What a conditional GET sends back to the server: ETag and Last-Modified."""

    etag: str | None = None
    last_modified: str | None = None

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)


@dataclass
class Response:
    url: str  # as asked for
    status: int  # 200, or 304 when the validators still hold
    content: bytes = b""
    content_type: str = ""
    final_url: str = ""  # after redirects
    validators: Validators = field(default_factory=Validators)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class Fetcher:
    """One HTTP client with saywho's manners; ``get`` returns the body or raises :class:`FetchError`."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        total_timeout: float = 120.0,
        max_bytes: int = MAX_BYTES,
        retries: int = 3,
        backoff: float = 1.0,
        max_wait: float = 120.0,
        user_agent: str = USER_AGENT,
        obey_robots: bool = True,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = httpx.Client(
            headers={"User-Agent": user_agent}, timeout=httpx.Timeout(timeout), follow_redirects=False,
        )  # redirects are followed by get(), which asks each new site's robots.txt
        self.user_agent = user_agent
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.obey_robots = obey_robots
        self.sleep = sleep
        self._robots: dict[str, RobotFileParser | str] = {}  # origin → rules, or why everything is refused
        self._last: dict[str, float] = {}  # origin → when it was last asked, for robots.txt's Crawl-delay

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, validators: Validators | None = None, max_bytes: int | None = None) -> Response:
        """GET ``url`` (conditionally, when ``validators`` are given), each hop of a redirect allowed by robots.txt."""
        limit = self.max_bytes if max_bytes is None else max_bytes
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                if urlsplit(current).scheme not in ("http", "https"):
                    raise FetchError("not an http(s) URL")
                if self.obey_robots:
                    self._check_robots(current)
            except FetchError as error:
                raise error if current == url else FetchError(f"redirected to {current[:200]}: {error}") from None
            response = self._get(current, validators, limit)
            if response.status not in REDIRECT_STATUSES:
                response.url = url
                return response
            current = response.final_url
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _get(self, url: str, validators: Validators | None, max_bytes: int) -> Response:
        headers = {}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        attempt = 0
        while True:
            try:
                return self._once(url, headers, max_bytes)
            except _Retry as again:
                attempt += 1
                wait = again.wait if again.wait is not None else self.backoff * 2 ** (attempt - 1)
                if attempt > self.retries:
                    tries = "1 try" if attempt == 1 else f"{attempt} tries"
                    raise FetchError(f"{again.problem}, {tries}", retryable=True) from None
                if wait > self.max_wait:
                    raise FetchError(f"{again.problem}, asks to retry after {wait:.0f} s", retryable=True) from None
                self.sleep(wait)

    def _once(self, url: str, headers: dict[str, str], max_bytes: int) -> Response:
        started = time.monotonic()
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status in RETRY_STATUSES:
                    raise _Retry(f"HTTP {status} {response.reason_phrase}".strip(),
                                 retry_after(response.headers.get("Retry-After")))
                if status in REDIRECT_STATUSES:
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(f"HTTP {status} without a Location to go to")
                    return Response(url, status, final_url=urljoin(str(response.url), location))
                if status == 304:
                    return Response(url, 304, final_url=str(response.url))
                if status >= 400:
                    raise FetchError(f"HTTP {status} {response.reason_phrase}".strip(), status=status)
                if "html" in response.headers.get("Content-Type", "").lower():
                    max_bytes = min(max_bytes, self.max_bytes)  # a page is held to the page limit, not a sitemap's
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(f"too large ({int(declared) / 1e6:.1f} MB; the limit is {max_bytes / 2**20:g} MB)")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise FetchError(f"too large (more than the {max_bytes / 2**20:g} MB limit)")
                    if time.monotonic() - started > self.total_timeout:
                        raise FetchError(f"took longer than {self.total_timeout:.0f} s", retryable=True)
                return Response(
                    url, status, bytes(body), response.headers.get("Content-Type", ""), str(response.url),
                    Validators(response.headers.get("ETag"), response.headers.get("Last-Modified")),
                )
        except httpx.TimeoutException:
            raise _Retry("timed out", None) from None
        except httpx.TransportError as error:
            raise _Retry(f"connection failed ({type(error).__name__}: {error})", None) from None

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._robots[origin] = self._load_robots(origin)
        if isinstance(rules, str):
            raise FetchError(rules)
        if not rules.can_fetch(self.user_agent, url):
            raise FetchError("disallowed by robots.txt")
        delay = rules.crawl_delay(self.user_agent)
        if delay:  # the site asked for this many seconds between requests
            wait = self._last.get(origin, float("-inf")) + float(delay) - time.monotonic()
            if wait > 0:
                self.sleep(min(wait, self.max_wait))
            self._last[origin] = time.monotonic()

    def _load_robots(self, origin: str) -> RobotFileParser | str:
        # RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, no answer) nothing.
        # Redirects are followed (RFC 9309: at least five), e.g. from http:// to https://.
        rules = RobotFileParser(origin + "/robots.txt")
        url = origin + "/robots.txt"
        try:
            for _hop in range(6):
                response = self._get(url, None, 512 * 1024)
                if response.status not in REDIRECT_STATUSES:
                    break
                url = response.final_url
            else:
                raise FetchError("more than 5 redirects")
        except FetchError as error:
            if error.status is not None and 400 <= error.status < 500:
                rules.allow_all = True
                return rules
            return f"robots.txt unreachable ({error}), so nothing on {origin} is fetched"
        rules.parse(response.content.decode("utf-8", "replace").splitlines())
        return rules


class _Retry(Exception):
    def __init__(self, problem: str, wait: float | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.wait = wait

