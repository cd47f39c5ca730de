# toepcore: the two commands of the README.
#   make demo   install what is missing, then run the main job
#   make test   install what is missing, then run the whole test suite
# Both are idempotent: with everything installed they go straight to the work.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# pytest workers (pytest-xdist); CI machines have 2 cores.
JOBS   ?= 2

.PHONY: demo test install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v iverilog >/dev/null || { echo "installing iverilog (apt)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq iverilog; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,fpga]'
	@touch $(STAMP)

demo: $(STAMP)
	$(PY) -m model eval

test: $(STAMP)
	$(PY) -m pytest -n $(JOBS)

clean:
	rm -rf build runs .pytest_cache .hypothesis
