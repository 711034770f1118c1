"""A scripted OpenAI-compatible HTTP server on 127.0.0.1 for tests and benchmarks.

Serves ``POST /v1/chat/completions`` and ``POST /v1/responses`` as JSON or server-sent events
(when the request says ``stream: true``), and ``GET /v1/models`` (one model, ``test-model``).
Each POST takes the next scripted `Reply` (else `default`); every request is recorded, so tests
can assert exactly what reached the server.

    with ScriptedServer() as server:
        server.push(Reply("first answer"), Reply(status=500))
        client = OpenAI(base_url=server.url, api_key="test", max_retries=0)
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted answer. `chunks` splits a stream (default: pieces of `chunk_size` chars).

    `text` may be a function of the request (e.g. to echo what the guard put in it).
    `status` != 200 sends an OpenAI-style error; `body` sends these raw bytes as JSON instead;
    `delay` sleeps before answering; `gate` pauses a stream after `gate_after` chunks until set;
    `tool_call` adds a function call to a chat answer (an empty `text` then means no content).
    `events` streams these raw event objects instead of the ones made from `text` (a hostile or
    broken server); `done` False leaves out the chat stream's closing ``data: [DONE]``.
    """

    text: str | Callable[[Seen], str] = "ok"
    status: int = 200
    body: bytes | None = None
    chunks: list[str] | None = None
    chunk_size: int = 4
    delay: float = 0.0
    usage: tuple[int, int] = (10, 5)
    gate: threading.Event | None = None
    gate_after: int = 1
    tool_call: tuple[str, str] | None = None  # (function name, arguments): chat only
    events: list[dict[str, Any]] | None = None
    done: bool = True


@dataclass
class Seen:
    path: str
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    def texts(self) -> list[str]:
        """Every text the request carried (messages, input items, instructions), for leak checks."""
        out: list[str] = []
        for key in ("messages", "input"):
            items = self.body.get(key)
            if isinstance(items, str):
                out.append(items)
            for m in items if isinstance(items, list) else []:
                content = m.get("content", m.get("output"))
                if isinstance(content, str):
                    out.append(content)
                elif isinstance(content, list):
                    out += [p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str)]
        if isinstance(self.body.get("instructions"), str):
            out.append(self.body["instructions"])
        return out


class ScriptedServer:
    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[Seen] = []
        self.default = Reply()
        self.aborted = 0  # answers cut short because the client closed the connection
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def push(self, *replies: Reply | str) -> None:
        with self._lock:
            self.replies.extend(Reply(r) if isinstance(r, str) else r for r in replies)

    def take(self, seen: Seen) -> Reply:
        with self._lock:
            self.requests.append(seen)
            return self.replies.popleft() if self.replies else self.default

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _chat(reply: Reply, model: str) -> dict[str, Any]:
    p, c = reply.usage
    message: dict[str, Any] = {"role": "assistant", "content": reply.text}
    if reply.tool_call is not None:
        name, arguments = reply.tool_call
        message["content"] = reply.text or None
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}
        ]
    finish = "stop" if reply.tool_call is None else "tool_calls"
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1,
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c},
    }


def _chat_events(reply: Reply, model: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1, "model": model}
    events = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}]
    events += [
        {**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
        for piece in _pieces(reply)
    ]
    if reply.tool_call is not None:
        name, arguments = reply.tool_call
        call = {"index": 0, "id": "call_1", "type": "function", "function": {"name": name, "arguments": ""}}
        events.append({**base, "choices": [{"index": 0, "delta": {"tool_calls": [call]}, "finish_reason": None}]})
        for i in range(0, len(arguments), 5):
            part = {"index": 0, "function": {"arguments": arguments[i : i + 5]}}
            events.append({**base, "choices": [{"index": 0, "delta": {"tool_calls": [part]}, "finish_reason": None}]})
    finish = "stop" if reply.tool_call is None else "tool_calls"
    events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
    if (body.get("stream_options") or {}).get("include_usage"):
        p, c = reply.usage
        events.append(
            {**base, "choices": [], "usage": {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}}
        )
    return events


def _response(reply: Reply, model: str) -> dict[str, Any]:
    p, c = reply.usage
    return {
        "id": "resp_test",
        "object": "response",
        "created_at": 1,
        "model": model,
        "status": "completed",
        "output": [
            {
                "type": "message",
                "id": "msg_test",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": reply.text, "annotations": []}],
            }
        ],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "usage": {
            "input_tokens": p,
            "output_tokens": c,
            "total_tokens": p + c,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        },
    }


def _response_events(reply: Reply, model: str) -> list[dict[str, Any]]:
    done = _response(reply, model)
    started = {**done, "status": "in_progress", "output": [], "usage": None}
    item = {"type": "message", "id": "msg_test", "role": "assistant", "status": "in_progress", "content": []}
    events: list[dict[str, Any]] = [
        {"type": "response.created", "sequence_number": 0, "response": started},
        {"type": "response.output_item.added", "sequence_number": 1, "output_index": 0, "item": item},
    ]
    for piece in _pieces(reply):
        events.append(
            {
                "type": "response.output_text.delta",
                "sequence_number": len(events),
                "item_id": "msg_test",
                "output_index": 0,
                "content_index": 0,
                "delta": piece,
                "logprobs": [],
            }
        )
    events.append(
        {
            "type": "response.output_text.done",
            "sequence_number": len(events),
            "item_id": "msg_test",
            "output_index": 0,
            "content_index": 0,
            "text": reply.text,
            "logprobs": [],
        }
    )
    events.append({"type": "response.completed", "sequence_number": len(events), "response": done})
    return events


def _pieces(reply: Reply) -> list[str]:
    if reply.chunks is not None:
        return reply.chunks
    n = reply.chunk_size
    return [reply.text[i : i + n] for i in range(0, len(reply.text), n)]


def _handler(server: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # small writes must not wait for delayed ACKs (40 ms stalls)

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            pass

        def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if status >= 400:
                self.send_header("retry-after-ms", "5")  # keeps SDK retries fast in tests
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = {}
            seen = Seen(self.path, body, dict(self.headers.items()))
            reply = server.take(seen)
            if callable(reply.text):
                reply = replace(reply, text=reply.text(seen))
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self._answer(reply, body)
            except (BrokenPipeError, ConnectionResetError):
                with server._lock:  # the client gave up (timeouts, disconnects): nothing to answer
                    server.aborted += 1

        def do_GET(self) -> None:
            with server._lock:
                server.requests.append(Seen(self.path, {}, dict(self.headers.items())))
            if self.path.rstrip("/") != "/v1/models":
                self._send(404, b'{"error": {"message": "no such model", "type": "invalid_request_error"}}')
                return
            model = {"id": "test-model", "object": "model", "created": 1, "owned_by": "test"}
            self._send(200, json.dumps({"object": "list", "data": [model]}).encode())

        def _answer(self, reply: Reply, body: dict[str, Any]) -> None:
            model = str(body.get("model", "test-model"))
            if reply.status != 200:
                err = {"error": {"message": f"scripted error {reply.status}", "type": "server_error", "code": None}}
                self._send(reply.status, json.dumps(err).encode())
                return
            if reply.body is not None:
                self._send(200, reply.body)
                return
            chat = self.path.endswith("/chat/completions")
            if not chat and not self.path.endswith("/responses"):
                self._send(404, b'{"error": {"message": "not found", "type": "invalid_request_error"}}')
                return
            if not body.get("stream"):
                self._send(200, json.dumps(_chat(reply, model) if chat else _response(reply, model)).encode())
                return
            events = reply.events
            if events is None:
                events = _chat_events(reply, model, body) if chat else _response_events(reply, model)
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            for i, event in enumerate(events):
                if reply.gate is not None and i == reply.gate_after + 1:
                    self.wfile.flush()
                    reply.gate.wait(5)
                prefix = f"event: {event['type']}\n" if not chat and "type" in event else ""
                self.wfile.write(f"{prefix}data: {json.dumps(event)}\n\n".encode())
                self.wfile.flush()
            if chat and reply.done:
                self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
            self.close_connection = True

    return Handler
