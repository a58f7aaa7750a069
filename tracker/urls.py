"""Web addresses from untrusted places (articles, archives, the command line): one check for
all of them, and one way to write them into Markdown that no address can escape."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

# Characters a URL may keep as they are inside a Markdown autolink: RFC 3986's reserved and
# unreserved ones and '%'. Everything else (whitespace, '<', '>', quotes, backticks, controls,
# non-ASCII) is percent-encoded, so the link cannot end early or start a new line.
_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def web_url(url: str) -> str | None:
    """The address if it is http(s) with a host and nothing hidden in it, else None."""
    candidate = url.strip()
    if any(c.isspace() or not c.isprintable() for c in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:  # e.g. an unbalanced '[' in the host
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return candidate


def markdown_autolink(url: str) -> str | None:
    """``<url>`` that Markdown shows as one inert link, or None for a non-web address."""
    checked = web_url(url)
    return None if checked is None else "<" + quote(checked, safe=_SAFE) + ">"
