"""toepcore's model side: the deployed-network format, the integer reference model,
data loading and (in :mod:`model.train`, the only part that imports torch) the trainer.

The deployed network (:mod:`model.network`) is the contract between training and
hardware. :mod:`model.reference` executes it bit-exactly as ``docs/semantics.md``
specifies; the RTL is tested against it.
"""

from pathlib import Path

#: The shipped deployed networks (and a 100-image MNIST test sample); see its README.md.
NETWORKS = Path(__file__).parent / "networks"
#: The most accurate shipped network, the default of ``python -m model eval``.
DEFAULT_NETWORK = NETWORKS / "mnist-s4.npz"
#: The shipped network sized for an iCE40UP5K (98.88%; its generators fill the part's
#: SPRAM), the default of ``python -m codegen build`` and the benchmarks.
HARDWARE_NETWORK = NETWORKS / "up5k-s4.npz"
