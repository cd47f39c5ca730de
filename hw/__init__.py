"""toepcore hardware: Amaranth 0.5 components of an event-driven neuromorphic core array.

* :mod:`hw.neurons`: membrane potentials, integrate pipeline, threshold/reset and
  spike emission, shared by every core;
* :mod:`hw.generator_core`: a core whose weight memory holds only the Toeplitz generators
  (``kernel`` kernels or ``s4`` tables + masks) and computes crossbar entries from the
  axon's and the neuron's positions;
* :mod:`hw.dense_core`: the TrueNorth-style baseline (crossbar, axon types, per-neuron
  tables);
* :mod:`hw.config`: memory images and address maps derived from a deployed network.

``docs/semantics.md`` is the specification; the reference model is the oracle.
"""
