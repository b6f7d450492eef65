"""Socket Mode: bolt's real SocketModeHandler, connected to a local websocket server as Slack."""

from __future__ import annotations

import json
import queue
import threading

from slack_bolt.adapter.socket_mode import SocketModeHandler
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import serve as serve_websocket

from tests.slack.conftest import APP_TOKEN, CHANNEL, PERSON, SlackHarness
from tests.slack.fake_slack import BOT_USER_ID


def test_socket_mode_answers_an_event_and_acks_its_envelope(fake_slack, slack_services, tmp_path):
    harness = SlackHarness(fake_slack, slack_services, tmp_path)
    ts = harness.next_ts()
    event = {
        "type": "app_mention",
        "user": PERSON,
        "text": f"<@{BOT_USER_ID}> How do I write an eval set?",
        "ts": ts,
        "channel": CHANNEL,
        "event_ts": ts,
    }
    envelope = {
        "envelope_id": "57d6a792-4d35-4d0b-b6aa-3361493e1caf",
        "type": "events_api",
        "accepts_response_payload": False,
        "retry_attempt": 0,
        "retry_reason": "",
        "payload": json.loads(harness.event_body(event)),
    }
    received: queue.Queue[dict] = queue.Queue()

    def slack_side(websocket) -> None:
        websocket.send(
            json.dumps(
                {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0AIPMAPP1"}}
            )
        )
        websocket.send(json.dumps(envelope))
        try:
            for message in websocket:
                received.put(json.loads(message))
        except ConnectionClosed:  # the client hangs up without a closing handshake
            pass

    server = serve_websocket(slack_side, "127.0.0.1", 0, compression=None)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fake_slack.socket_url = f"ws://127.0.0.1:{server.socket.getsockname()[1]}/link/?ticket=fake"
    handler = SocketModeHandler(harness.app, APP_TOKEN, ping_interval=60)
    try:
        handler.connect()
        ack = received.get(timeout=10)
        answer = fake_slack.wait_for(lambda calls: any(c.method == "chat.update" for c in calls))
        harness.wait_idle()
    finally:
        handler.close()
        server.shutdown()
        harness.close()

    assert ack == {"envelope_id": envelope["envelope_id"]}
    opened = fake_slack.called("apps.connections.open")[0]
    assert opened.token == APP_TOKEN
    placeholder = fake_slack.called("chat.postMessage")[0]
    assert placeholder.args["thread_ts"] == ts
    update = next(c for c in answer if c.method == "chat.update")
    assert update.args["ts"] == placeholder.ts
    assert "Sources" in json.dumps(update.args["blocks"])
