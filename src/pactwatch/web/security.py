"""Who may write, forms that cannot be forged, and the headers every answer carries.

- **Writes** (ingest, accept, reject) need the server's token: ``Authorization: Bearer
  TOKEN`` on the API; on the web, a sign-in with the token sets a signed cookie. Tokens are
  compared in constant time (:func:`hmac.compare_digest`). A server started without a token is
  read-only: every write is refused.
- **Forms** carry a CSRF token: an HMAC, under a secret drawn when the server starts, of a
  random cookie (``SameSite=Strict``, ``HttpOnly``) that the form's page set. A POST whose
  field does not match its cookie is refused, and so is one whose ``Origin`` is another site.
- **Headers**: a Content-Security-Policy that allows scripts, styles, images, fonts and
  connections from the server's own origin only (no inline script, no other origin), and
  ``nosniff``, no framing, no referrer.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from pactwatch.service.errors import ReadOnly, Unauthorized

AUTH_COOKIE = "pactwatch_auth"
CSRF_COOKIE = "pactwatch_csrf"

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
# Swagger UI sets style attributes and draws its icons from data: URLs; still no inline
# script and no other origin.
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
# A brief in HTML: its own stylesheet and embedded figures, and no script at all.
BRIEF_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'"
)

HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class Guard:
    """The token, and the secret that signs cookies and CSRF tokens (new at every start)."""

    def __init__(self, token: str | None) -> None:
        self.token = token or None
        self._secret = secrets.token_bytes(32)

    @property
    def writable(self) -> bool:
        return self.token is not None

    def _sign(self, purpose: str, value: str) -> str:
        msg = f"{purpose}:{value}".encode()
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    def token_matches(self, given: str | None) -> bool:
        """Constant-time comparison of a presented token with the server's."""
        if self.token is None or not given:
            return False
        return hmac.compare_digest(
            hashlib.sha256(given.encode("utf-8", "surrogatepass")).digest(),
            hashlib.sha256(self.token.encode("utf-8", "surrogatepass")).digest(),
        )

    def require_write(self, bearer: str | None = None, cookie: str | None = None) -> None:
        """Refuse a write: ReadOnly without a token configured, Unauthorized without the
        right token (a bearer header, or a signed-in browser's cookie)."""
        if not self.writable:
            raise ReadOnly(
                "this server is read-only: start it with --token (or PACTWATCH_TOKEN) to allow "
                "writes"
            )
        if self.token_matches(bearer) or self.signed_in(cookie):
            return
        raise Unauthorized("this write needs the server's token (Authorization: Bearer TOKEN)")

    # a signed-in browser ---------------------------------------------------------------
    def auth_cookie(self) -> str:
        nonce = secrets.token_hex(16)
        return f"{nonce}.{self._sign('auth', nonce + self._token_digest())}"

    def _token_digest(self) -> str:
        return hashlib.sha256((self.token or "").encode("utf-8", "surrogatepass")).hexdigest()

    def signed_in(self, cookie: str | None) -> bool:
        if not cookie or self.token is None or "." not in cookie:
            return False
        nonce, sig = cookie.split(".", 1)
        return hmac.compare_digest(sig, self._sign("auth", nonce + self._token_digest()))

    # forms -----------------------------------------------------------------------------
    @staticmethod
    def new_csrf_cookie() -> str:
        return secrets.token_hex(16)

    def csrf_token(self, cookie: str) -> str:
        return self._sign("csrf", cookie)

    def csrf_ok(self, cookie: str | None, field: str | None) -> bool:
        if not cookie or not field:
            return False
        return hmac.compare_digest(self.csrf_token(cookie), field)


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer TOKEN`` header."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class SecurityHeaders:
    """ASGI middleware: the headers above on every HTTP answer (a route may set its own
    Content-Security-Policy, which is kept)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", CSP.encode()))
                headers += [(k, v) for k, v in HEADERS if k not in names]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
