"""aipm-coach: a Slack assistant that coaches product managers who build AI products."""

__version__ = "0.1.0"
