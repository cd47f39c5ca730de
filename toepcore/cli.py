"""The command-line conventions every toepcore tool follows (``python -m model``,
``python -m codegen``, ``python -m bench``).

* Options are checked when they are parsed (:func:`int_range`, :func:`float_range`,
  :func:`network_file`, :func:`output_dir`); a bad one is a one-line message naming the
  option and the allowed range.
* :func:`run` is the one place a tool's errors become messages: a
  :class:`~toepcore.errors.ToepcoreError` or a file-system error prints ``error: ...`` on
  one line and exits with status 1; Ctrl-C exits with 130 and SIGTERM with 143, each with a
  one-line message, after ``finally`` blocks and context managers (temporary folders, child
  processes) have cleaned up.
* Progress goes to stderr (:func:`progress`, :func:`stage`) so ``--json`` output on stdout
  stays clean; ``--quiet`` (:func:`set_quiet`) silences it. Stages whose length cannot be
  counted (compiling, synthesis) show an estimate from the last run of the same stage.
"""

import argparse
import json
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from .errors import ToepcoreError, UsageError

__all__ = ["ArgumentParser", "int_range", "float_range", "parsed", "network_file", "output_dir", "make_output_dir", "run",
           "set_quiet",
           "progress", "stage", "Terminated"]


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage error raises :class:`UsageError` (one line, status 1 through
    :func:`run`) instead of printing the usage and exiting with 2."""

    def error(self, message):
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _range_text(lo, hi, fmt):
    if hi is None:
        return f"at least {fmt(lo)}"
    return f"between {fmt(lo)} and {fmt(hi)}"


def int_range(lo, hi=None):
    """argparse type: an integer in ``[lo, hi]`` (``hi`` None: no upper bound)."""
    def parse(text):
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if value < lo or (hi is not None and value > hi):
            raise argparse.ArgumentTypeError(f"must be {_range_text(lo, hi, lambda v: f'{v:,}')}, got {value:,}")
        return value
    parse.__name__ = "integer"
    return parse


def float_range(lo, hi):
    """argparse type: a number in ``[lo, hi]``."""
    def parse(text):
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"must be {_range_text(lo, hi, lambda v: f'{v:g}')}, got {value:g}")
        return value
    parse.__name__ = "number"
    return parse


def parsed(fn):
    """argparse type from a parser ``fn`` that raises :class:`ValueError` with the reason."""
    def parse(text):
        try:
            return fn(text)
        except ValueError as e:
            raise argparse.ArgumentTypeError(str(e)) from None
    parse.__name__ = getattr(fn, "__name__", "value")
    return parse


def network_file(text):
    """argparse type: an existing deployed-network file (its format is checked on load)."""
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{path} is a directory, not a network file (a .npz written by "
                                         "python -m model train)")
    if not path.exists():
        raise argparse.ArgumentTypeError(f"{path}: no such network file")
    return path


def output_dir(text):
    """argparse type: a folder that exists or can be created (nothing is created yet)."""
    path = Path(text)
    if path.exists():
        if not path.is_dir():
            raise argparse.ArgumentTypeError(f"{path} exists and is not a directory")
        if not os.access(path, os.W_OK | os.X_OK):
            raise argparse.ArgumentTypeError(f"{path} is not writable")
        return path
    parent = path.absolute().parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise argparse.ArgumentTypeError(f"cannot create {path}: {parent} is a file, not a directory")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise argparse.ArgumentTypeError(f"cannot create {path}: {parent} is not writable")
    return path


def make_output_dir(path, option="--out"):
    """Create the output folder ``path`` now, or raise :class:`UsageError` naming ``option``."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"{option} {path}: cannot create it: {e.strerror}") from None
    return path


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that cleanup runs the same way."""


def _on_sigterm(signum, frame):
    raise Terminated()


def _one_line(error):
    return " ".join(str(error).split())


def run(main, argv=None):
    """Run ``main(argv)`` as a command: errors become one-line messages (status 1), Ctrl-C
    status 130, SIGTERM status 143."""
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return _run(main, argv)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _run(main, argv):
    try:
        return main(argv)
    except Terminated:
        print("terminated; temporary files removed", file=sys.stderr)
        raise SystemExit(143) from None
    except KeyboardInterrupt:
        print("interrupted (Ctrl-C); temporary files removed", file=sys.stderr)
        raise SystemExit(130) from None
    except ToepcoreError as e:
        raise SystemExit(f"error: {_one_line(e)}") from None
    except BrokenPipeError:
        raise SystemExit(1) from None   # the reader of stdout went away (| head)
    except OSError as e:
        where = f"{e.filename}: " if e.filename else ""
        raise SystemExit(f"error: {where}{e.strerror or _one_line(e)}") from None


_quiet = False


def set_quiet(quiet):
    """Silence (or restore) :func:`progress` and :func:`stage` for this process."""
    global _quiet
    _quiet = bool(quiet)


def progress(iterable=None, *, total=None, desc=None, unit="it", leave=False, **kw):
    """A tqdm bar on stderr with rate and estimate, or a silent pass-through when quiet."""
    from tqdm import tqdm
    return tqdm(iterable, total=total, desc=desc, unit=unit, leave=leave, disable=_quiet, file=sys.stderr,
                dynamic_ncols=True, **kw)


def _timings_file():
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "toepcore" / "timings.json"


def _read_timings():
    try:
        return json.loads(_timings_file().read_text())
    except (OSError, ValueError):
        return {}


@contextmanager
def stage(desc, key=None):
    """Show a ticking bar while a stage whose progress cannot be counted runs.

    With ``key`` (a string naming the stage and its size, e.g. ``"nextpnr-ecp5 12000 LUT"``)
    the bar's total is the time the same stage took last time, giving an estimate; the time
    taken is recorded for next time (``~/.cache/toepcore/timings.json``)."""
    estimate = _read_timings().get(key) if key else None
    t0 = time.monotonic()
    bar = progress(total=round(estimate) if estimate else None, desc=desc, unit="s",
                   bar_format="{desc}: {percentage:3.0f}% |{bar}| {elapsed} of about {total}s, {remaining} left"
                   if estimate else "{desc}: {elapsed} elapsed")
    done = threading.Event()

    def tick():
        while not done.wait(1.0):
            seconds = time.monotonic() - t0
            bar.n = min(seconds, 0.99 * bar.total) if bar.total else seconds
            bar.refresh()

    ticker = threading.Thread(target=tick, daemon=True)
    ticker.start()
    try:
        yield bar
    finally:
        done.set()
        ticker.join()
        bar.close()
    if key:
        timings = _read_timings()
        timings[key] = round(time.monotonic() - t0, 1)
        try:
            _timings_file().parent.mkdir(parents=True, exist_ok=True)
            _timings_file().write_text(json.dumps(timings, indent=1))
        except OSError:
            pass  # estimates are a convenience; a read-only home must not fail a build
