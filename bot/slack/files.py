"""Fetching a file someone shared with the bot, with the bot token sent only to Slack's own hosts."""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlparse

from bot.core.documents.reading import HTML_SUFFIXES

if TYPE_CHECKING:
    from slack_sdk import WebClient

MAX_FILE_BYTES = 10 * 1024 * 1024  # far above any 50,000-character spec, even as a PDF
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml")


class FileUnavailable(RuntimeError):
    """The file could not be fetched; the message is safe to show."""


def trusted_file_host(url: str, api_url: str) -> bool:
    """Slack's own hosts over https, or the configured Web API host over its own scheme (a proxy
    or a test double). Anything else never sees the bot token."""
    parsed, api = urlparse(url), urlparse(api_url)
    host = parsed.hostname or ""
    if host and host == api.hostname and parsed.port == api.port:
        return parsed.scheme == api.scheme
    slack_host = host in ("slack.com", "files.slack.com") or host.endswith(".slack.com")
    return slack_host and parsed.scheme == "https"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects come back to us as responses, so each hop's host is checked before the token
    goes with it (urllib would forward the Authorization header to any host)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001
        return None


def file_details(file: dict[str, Any], client: "WebClient") -> dict[str, Any]:
    """The file with its URLs: Slack Connect files arrive as a stub (`file_access:
    check_file_info`) that only files.info fills in."""
    if file.get("file_access") != "check_file_info" and (
        file.get("url_private_download") or file.get("url_private")
    ):
        return file
    from slack_sdk.errors import SlackApiError

    try:
        response = client.files_info(file=file.get("id", ""))
    except SlackApiError as exc:
        error = exc.response.get("error", "error") if exc.response is not None else "error"
        raise FileUnavailable(f"Slack would not let me open that file ({error})") from exc
    return dict(response.get("file") or {})


def download_shared_file(
    file: dict[str, Any], *, token: str, api_url: str, timeout: float = 20.0
) -> tuple[str, bytes]:
    """(file name, bytes) of a file from a message event's `files` list (after file_details)."""
    url = file.get("url_private_download") or file.get("url_private") or ""
    name = str(file.get("name") or file.get("title") or "spec")
    if not url or not trusted_file_host(url, api_url):
        raise FileUnavailable(f"I couldn't fetch {name}: it isn't a file stored in Slack")
    if int(file.get("size") or 0) > MAX_FILE_BYTES:
        raise FileUnavailable(
            f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; send the spec text instead"
        )
    opener = urllib.request.build_opener(_NoRedirects())
    for _ in range(MAX_REDIRECTS + 1):
        if not trusted_file_host(url, api_url):
            # A redirect off Slack: refuse rather than send the token, or fetch unauthenticated.
            raise FileUnavailable(f"I couldn't fetch {name}: Slack sent me somewhere else for it")
        request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
        try:
            with opener.open(request, timeout=timeout) as response:  # noqa: S310 - host checked
                content_type = response.headers.get("Content-Type", "")
                data = response.read(MAX_FILE_BYTES + 1)
            break
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location") if exc.code in (301, 302, 303, 307, 308) else None
            if not location:
                raise FileUnavailable(
                    f"I couldn't download {name} from Slack (HTTP {exc.code}); please try again"
                ) from exc
            url = urljoin(url, location)
        except OSError as exc:
            raise FileUnavailable(
                f"I couldn't download {name} from Slack ({exc.__class__.__name__}); please try again"
            ) from exc
    else:
        raise FileUnavailable(f"I couldn't download {name}: too many redirects")
    if content_type.startswith(HTML_TYPES) and not name.lower().endswith(tuple(HTML_SUFFIXES)):
        # Slack's answer to a token without files:read is its sign-in page, with status 200.
        raise FileUnavailable(
            f"Slack sent me its sign-in page instead of {name}; the app needs the files:read "
            "scope (reinstall it from manifest.json)"
        )
    if len(data) > MAX_FILE_BYTES:
        raise FileUnavailable(
            f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; send the spec text instead"
        )
    return name, data
