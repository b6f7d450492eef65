"""Evaluation: the golden question set, calibration, the spec-review set and the quality gate."""
