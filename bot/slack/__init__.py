"""The Slack layer: events in, Block Kit out; the only package that imports slack_bolt/slack_sdk."""
