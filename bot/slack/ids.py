"""Every action, view callback, shortcut and block id the app sends or listens for, in one place.

A test checks these against manifest.json and against the listeners the App registers, so a
renamed button cannot silently stop working.
"""

from __future__ import annotations

# The slash command and the global shortcut (both declared in manifest.json)
COMMAND = "/aipm"
REVIEW_SHORTCUT = "review_spec_shortcut"

# Buttons under an answer (value: the interaction id)
FEEDBACK_UP = "feedback_up"
FEEDBACK_DOWN = "feedback_down"
ASK_HUMAN = "ask_human"
BUTTON_ACTIONS = (FEEDBACK_UP, FEEDBACK_DOWN, ASK_HUMAN)
ANSWER_FEEDBACK_BLOCK = "answer_feedback"

# The spec review form
REVIEW_CALLBACK = "review_spec"
REVIEW_BLOCK = "spec"
REVIEW_ACTION = "spec_text"
# Under an item the review called missing or partial (value: "<interaction id>:<item id>"), and its form
REVIEW_CORRECT = "review_correct"
CORRECTION_VIEW = "review_correction_view"
CORRECTION_LINE_BLOCK, CORRECTION_LINE_INPUT = "correction_line", "line"
CORRECTION_STATUS_BLOCK, CORRECTION_STATUS_INPUT = "correction_status", "status"

# Buttons on the escalation card (value: the escalation id)
ESCALATION_ANSWER = "escalation_answer"
ESCALATION_APPROVE = "escalation_approve"
ESCALATION_DISMISS = "escalation_dismiss"
CARD_ACTIONS = (ESCALATION_ANSWER, ESCALATION_APPROVE, ESCALATION_DISMISS)
CARD_BLOCK = "escalation"
# On the handled card (value: the knowledge entry id)
KNOWLEDGE_RETRACT = "knowledge_retract"
# Under a coach's answer in the asker's thread (value: the escalation id)
RATE_HELPFUL = "coach_answer_helpful"
RATE_UNHELPFUL = "coach_answer_unhelpful"
RATING_ACTIONS = (RATE_HELPFUL, RATE_UNHELPFUL)
RATING_BLOCK = "coach_rating"

# Modals: the coach forms and the 👎 reason form
ANSWER_VIEW = "escalation_answer_view"
APPROVE_VIEW = "escalation_approve_view"
DISMISS_VIEW = "escalation_dismiss_view"
FEEDBACK_VIEW = "feedback_reason_view"
COACH_VIEWS = (ANSWER_VIEW, APPROVE_VIEW, DISMISS_VIEW)
ANSWER_BLOCK, ANSWER_INPUT = "answer", "text"
REASON_BLOCK, REASON_INPUT = "reason", "text"
KNOWLEDGE_BLOCK, KNOWLEDGE_INPUT, KNOWLEDGE_OPTION = "knowledge", "add", "add"
HUMAN_BLOCK, HUMAN_INPUT, HUMAN_OPTION = "human", "ask", "ask"

# Coaching sessions: start (App Home, value ""), the in-thread controls and the brief's buttons
# (value: the session id)
COACH_START = "coach_start"
COACH_BACK = "coach_back"
COACH_SKIP = "coach_skip"
COACH_STATUS = "coach_status"
COACH_RESTART = "coach_restart"
COACH_STOP = "coach_stop"
COACH_CONTROLS = (COACH_BACK, COACH_SKIP, COACH_STATUS, COACH_RESTART, COACH_STOP)
COACH_CONTROLS_BLOCK = "coach_controls"
COACH_REVIEW_BRIEF = "coach_review_brief"
COACH_ASK_HUMAN = "coach_ask_human"
COACH_BRIEF_BLOCK = "coach_brief"
COACH_HOME_BLOCK = "coach_home"

# Every id a listener handles: what the registration test compares with the App.
ACTIONS = (
    *BUTTON_ACTIONS, *CARD_ACTIONS, KNOWLEDGE_RETRACT, *RATING_ACTIONS,
    COACH_START, *COACH_CONTROLS, COACH_REVIEW_BRIEF, COACH_ASK_HUMAN, REVIEW_CORRECT,
)
VIEWS = (REVIEW_CALLBACK, *COACH_VIEWS, FEEDBACK_VIEW, CORRECTION_VIEW)
SHORTCUTS = (REVIEW_SHORTCUT,)
COMMANDS = (COMMAND,)
