"""Spec review against the rubric in rubric.yml. No Slack imports."""
