"""A real HTTP server on loopback that keeps what Apprise's `json://` posts to it."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class JsonSink:
    """Collects each notification's JSON body; `url` is the Apprise URL that reaches it."""

    def __init__(self):
        self.received: list[dict] = []
        self.lock = threading.Lock()
        self.status = 200
        #: runs after a post is kept and before it is answered (the moment a sender could die)
        self.on_post = None
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with sink.lock:
                    sink.received.append(body)
                if sink.on_post is not None:
                    sink.on_post(body)
                self.send_response(sink.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/"

    def start(self) -> JsonSink:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def titles(self) -> list[str]:
        with self.lock:
            return [item.get("title", "") for item in self.received]
