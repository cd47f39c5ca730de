# toepcore: the two commands of the README.
#   make demo   install what is missing, then run the main job
#   make test   install what is missing, then run the test suite (make test-long: with the slow tests;
#               make lint: ruff over the code)
# Both are idempotent: with everything installed they go straight to the work.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# pytest workers (pytest-xdist); CI machines have 2 cores.
JOBS   ?= 2

.PHONY: demo test test-long lint install clean networks

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v iverilog >/dev/null || { echo "installing iverilog (apt)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq iverilog; }
	@command -v chromium >/dev/null || { echo "installing chromium (apt; the pilot report's browser test)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,fpga]'
	@touch $(STAMP)

demo: $(STAMP)
	$(PY) -m codegen build --board sim

test: $(STAMP)
	$(PY) -m pytest -n $(JOBS) --dist loadgroup -m "not slow"

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# Everything: the slow tests too (a second bitstream build for reproducibility, the cocotb UART
# bench, the README first-hour run), ten times the Hypothesis examples, freshly drawn, and the
# mutants (python -m bench mutants: each plausible bug must fail a named check).
test-long: $(STAMP)
	TOEPCORE_HYPOTHESIS=long $(PY) -m pytest -n $(JOBS) --dist loadgroup
	$(PY) -m bench mutants

clean:
	rm -rf build runs .pytest_cache .hypothesis

# Retrain the shipped networks (model/networks/); see model/networks/README.md. A spec is
# NAME:FAMILY:PRESET[:ENERGY] (ENERGY: python -m model train --energy).
# Roughly 20 minutes per mnist-preset network on a 2-core CPU.
NETWORKS := mnist-s4:s4:mnist mnist-s4-lean:s4:mnist:0.05 mnist-kernel:kernel:mnist mnist-dense:dense:mnist \
            truenorth-s4:s4:truenorth truenorth-kernel:kernel:truenorth ice40-s4:s4:ice40 up5k-s4:s4:up5k:0.05
EPOCHS_mnist := 30
EPOCHS_truenorth := 15
EPOCHS_ice40 := 15
EPOCHS_up5k := 30
networks: $(STAMP)
	@set -e; for spec in $(NETWORKS); do \
	  name=$${spec%%:*}; rest=$${spec#*:}; family=$${rest%%:*}; rest=$${rest#*:}; preset=$${rest%%:*}; \
	  energy=0; case $$rest in *:*) energy=$${rest#*:};; esac; \
	  case $$preset in mnist) ep=$(EPOCHS_mnist);; truenorth) ep=$(EPOCHS_truenorth);; up5k) ep=$(EPOCHS_up5k);; *) ep=$(EPOCHS_ice40);; esac; \
	  $(PY) -m model train --family $$family --preset $$preset --epochs $$ep --seed 0 --energy $$energy \
	    --out runs/$$name --quiet; \
	  cp runs/$$name/network.npz model/networks/$$name.npz; \
	  cp runs/$$name/metrics.json model/networks/$$name.metrics.json; \
	done
