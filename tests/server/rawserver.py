"""A raw scripted HTTP server on 127.0.0.1 for the upstream transport's tests.

`RawServer` answers each request it reads with the next scripted bytes, exactly as given (a
malformed or hostile upstream), or closes the connection without answering (None: an end of
stream; `RESET`: a reset), or says nothing (`SILENT`). The `server` fixture (conftest) starts one
with the test's `param` as its answers and stops it after the test.
"""

from __future__ import annotations

import socket
import struct
import threading

SILENT = b"<silent>"
RESET = b"<reset>"


def ok(body: bytes = b"fine", *extra: bytes) -> bytes:
    head = [b"HTTP/1.1 200 OK", b"content-type: application/json", b"content-length: %d" % len(body), *extra]
    return b"\r\n".join(head) + b"\r\n\r\n" + body


class RawServer:
    def __init__(self, *answers: bytes | None) -> None:
        self.answers = list(answers)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.requests: list[bytes] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1/chat/completions"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        with conn:
            while self.answers and not self.stop.is_set():
                request = _read_request(conn)
                if request is None:
                    return
                self.requests.append(request)
                answer = self.answers.pop(0)
                if answer is None:
                    return
                if answer == SILENT:
                    self.stop.wait(5)
                    return
                if answer == RESET:  # an RST rather than a FIN
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                conn.sendall(answer)
                if b"connection: close" in answer.split(b"\r\n\r\n")[0]:
                    return


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            chunk = conn.recv(65536)
        except OSError:
            return None
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    fields = (h.partition(b":") for h in head.split(b"\r\n"))
    length = next((int(v) for k, _, v in fields if k.lower() == b"content-length"), 0)
    while len(body) < length:
        body += conn.recv(65536)
    return head + b"\r\n\r\n" + body
