"""An HTTPS upstream: verified against the trusted authorities (never fails open), kept alive, guarded end to end.

The certificate is made at test time (`tls.self_signed`); the gateway trusts it the way an operator
adds a private authority, through ``SSL_CERT_FILE``.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from guardrails_lite.server.connections import ConnectionPool
from tests.openai_server import Reply
from tests.server.conftest import LIGHT, client, user
from tests.server.process import GatewayProcess
from tests.server.tls import TlsScriptedServer, self_signed

BODY = json.dumps({"model": "m", "messages": user("hi")}).encode()


@pytest.fixture
def cert(tmp_path: Path) -> tuple[Path, Path]:
    return self_signed(tmp_path)


@pytest.fixture
def https(cert: tuple[Path, Path]) -> Iterator[TlsScriptedServer]:
    with TlsScriptedServer(*cert) as server:
        yield server


def _post(url: str, n: int, context: ssl.SSLContext | None) -> list[object]:
    """`n` POSTs in a row on one pool: each status and answer text, or the exception raised."""

    async def go() -> list[object]:
        out: list[object] = []
        async with httpx2.AsyncClient(transport=ConnectionPool(ssl_context=context), timeout=10) as http:
            for _ in range(n):
                try:
                    r = await http.post(
                        f"{url}/chat/completions", content=BODY, headers={"content-type": "application/json"}
                    )
                    out.append((r.status_code, r.json()["choices"][0]["message"]["content"]))
                except httpx2.HTTPError as e:
                    out.append(e)
        return out

    return asyncio.run(go())


def _verify_failure(result: object) -> str:
    """OpenSSL's reason for refusing the upstream's certificate, as the pool's `ConnectError` gives it."""
    assert isinstance(result, httpx2.ConnectError), result
    prefix = "the upstream's certificate was refused: "
    assert str(result).startswith(prefix), str(result)
    return str(result).removeprefix(prefix)


def test_a_trusted_https_upstream_is_verified_and_kept_alive(https: TlsScriptedServer, cert: tuple[Path, Path]) -> None:
    https.push("one", "two")
    trusted = ssl.create_default_context(cafile=str(cert[0]))
    assert _post(https.url, 2, trusted) == [(200, "one"), (200, "two")]
    assert len(https.requests) == 2 and https.url.startswith("https://127.0.0.1:")


def test_an_untrusted_certificate_is_refused(https: TlsScriptedServer, tmp_path: Path) -> None:
    (result,) = _post(https.url, 1, None)  # httpx's default authorities: the self-signed one is not among them
    assert _verify_failure(result) == "self-signed certificate"
    (tmp_path / "other").mkdir()
    other, _ = self_signed(tmp_path / "other")  # another self-signed certificate for the same address
    (result,) = _post(https.url, 1, ssl.create_default_context(cafile=str(other)))
    assert _verify_failure(result) == "self-signed certificate"
    assert https.requests == []  # nothing was sent to an upstream that could not prove who it is


def test_a_certificate_for_another_host_is_refused(tmp_path: Path) -> None:
    (tmp_path / "other").mkdir()
    cert, key = self_signed(tmp_path / "other", host="upstream.example")
    with TlsScriptedServer(cert, key) as server:
        (result,) = _post(server.url, 1, ssl.create_default_context(cafile=str(cert)))
        assert _verify_failure(result).startswith("IP address mismatch")
        assert server.requests == []


def test_the_gateway_guards_calls_to_an_https_upstream(https: TlsScriptedServer, cert: tuple[Path, Path]) -> None:
    secret = "sk-" + "A" * 20
    https.push(Reply(f"the key is {secret}"), Reply(f"streamed {secret}", chunk_size=5))
    gw = GatewayProcess("--policy", LIGHT, "--upstream", https.url, env={"SSL_CERT_FILE": str(cert[0])})
    with gw:
        c = client(gw)
        answer = c.chat.completions.create(model="m", messages=user("hi")).choices[0].message.content
        stream = c.chat.completions.create(model="m", messages=user("hi"), stream=True)
        streamed = "".join(e.choices[0].delta.content or "" for e in stream if e.choices)
    assert answer is not None and secret not in answer and answer.startswith("the key is ")
    assert secret not in streamed and streamed.startswith("streamed ")
    assert len(https.requests) == 2  # both went over TLS to the scripted upstream
