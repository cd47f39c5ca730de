"""toepcore hardware: Amaranth 0.5 components of an event-driven neuromorphic core array.

* :mod:`hw.neurons`: membrane potentials, integrate pipeline, threshold/reset and
  spike emission, shared by every core;
* :mod:`hw.generator_core`: a core whose weight memory holds only the Toeplitz generators
  (``kernel`` kernels or ``s4`` tables + masks) and computes crossbar entries from the
  axon's and the neuron's positions;
* :mod:`hw.dense_core`: the TrueNorth-style baseline (crossbar, axon types, per-neuron
  tables);
* :mod:`hw.lane_core`: a whole layer on independent lanes (a lane per filter, its own
  spike queue and potentials), tested on its own and not yet part of the array;
* :mod:`toepcore.ir` (below :mod:`hw`): the plan records, tile geometry and address maps the components are built from;
* :mod:`hw.array`: the core array, wired from :mod:`hw.encoder`, :mod:`hw.event_store`,
  :mod:`hw.router`, :mod:`hw.collector`, :mod:`hw.scheduler`, :mod:`hw.potential_pool`,
  :mod:`hw.voter` and the cores, as an array plan (:mod:`codegen.planner`) says.

``docs/semantics.md`` is the specification; the reference model is the oracle.
"""
