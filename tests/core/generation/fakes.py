"""Scripted chat models for generation tests: langchain's fakes, plus ones that fail or return tools."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage


def replying(*replies: str | AIMessage) -> GenericFakeChatModel:
    """A chat model that answers each call with the next reply, streaming it word by word."""
    return GenericFakeChatModel(messages=iter([r if isinstance(r, AIMessage) else AIMessage(r) for r in replies]))


class FailingChatModel(GenericFakeChatModel):
    """A chat model whose every call raises `error`, as a provider client does on timeouts and outages."""

    error: Any = None

    def _generate(self, *args: Any, **kwargs: Any):
        raise self.error

    def _stream(self, *args: Any, **kwargs: Any):
        raise self.error

    def bind_tools(self, tools: Any, **kwargs: Any):
        return self  # so structured output reaches the failing call, as with a real provider


def failing(error: BaseException) -> FailingChatModel:
    return FailingChatModel(messages=iter([]), error=error)


class ToolCallingFake(GenericFakeChatModel):
    """Replies with tool calls, as a provider does for `with_structured_output`; records the prompts it saw."""

    seen: list = []

    def bind_tools(self, tools: Any, **kwargs: Any):
        return self

    def _generate(self, messages, *args: Any, **kwargs: Any):
        self.seen.append(messages)
        return super()._generate(messages, *args, **kwargs)


def tool_replies(*args_list: dict, name: str = "ItemVerdict") -> ToolCallingFake:
    messages = [
        AIMessage("", tool_calls=[{"name": name, "args": args, "id": f"call_{i}"}]) for i, args in enumerate(args_list)
    ]
    return ToolCallingFake(messages=iter(messages), seen=[])
