"""Fetching a file someone shared with the bot, with the bot token sent only to Slack's own hosts."""

from __future__ import annotations

import urllib.request
from typing import Any
from urllib.parse import urlparse

MAX_FILE_BYTES = 10 * 1024 * 1024  # far above any 50,000-character spec, even as a PDF


class FileUnavailable(RuntimeError):
    """The file could not be fetched; the message is safe to show."""


def trusted_file_host(url: str, api_url: str) -> bool:
    host = urlparse(url).hostname or ""
    api_host = urlparse(api_url).hostname or ""
    return host == api_host or host == "slack.com" or host.endswith(".slack.com")


def download_shared_file(file: dict[str, Any], *, token: str, api_url: str, timeout: float = 20.0) -> tuple[str, bytes]:
    """(file name, bytes) of a file from a message event's `files` list."""
    url = file.get("url_private_download") or file.get("url_private") or ""
    name = str(file.get("name") or file.get("title") or "spec")
    if not url or not trusted_file_host(url, api_url):
        raise FileUnavailable(f"I couldn't fetch {name}: it isn't a file stored in Slack")
    if int(file.get("size") or 0) > MAX_FILE_BYTES:
        raise FileUnavailable(f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; send the spec text instead")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - host checked above
            data = response.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise FileUnavailable(f"I couldn't download {name} from Slack ({exc.__class__.__name__}); please try again") from exc
    if len(data) > MAX_FILE_BYTES:
        raise FileUnavailable(f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; send the spec text instead")
    return name, data
