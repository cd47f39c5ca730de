"""toepcore hardware: Amaranth 0.5 components of an event-driven neuromorphic core array,
built from an array plan (:mod:`toepcore.ir`, below :mod:`hw`: the plan records, tile
geometry and address maps).

Cores:

* :mod:`hw.event_core`: the event-driven skeleton every core shares (accept axon
  events, walk their updates, the threshold pass on ``end``, counters);
* :mod:`hw.neurons`: membrane potentials, integrate pipeline, threshold/reset and
  spike emission, shared by every core;
* :mod:`hw.generator_core`: a core whose weight memory holds only the Toeplitz generators
  (``kernel`` kernels or ``s4`` tables + masks) and computes crossbar entries from the
  axon's and the neuron's positions;
* :mod:`hw.shared_core`: one physical generator core running the logical cores of every
  layer in turn;
* :mod:`hw.dense_core`: the TrueNorth-style baseline (crossbar, axon types, per-neuron
  tables);
* :mod:`hw.lane_core`: a whole layer on independent lanes (a lane per filter, its own
  spike queue and potentials), tested on its own and not yet part of the array.

The array (:mod:`hw.array`) and what it is wired from:

* :mod:`hw.encoder`: a frame's pixels thresholded into the first layer's spikes;
* :mod:`hw.event_store` over :mod:`hw.event_list`: spikes between layers, two
  address-event lists (block RAM or iCE40UP5K SPRAM) bucketed into segments;
* :mod:`hw.router`: a step's input events to the cores whose patches hold them;
* :mod:`hw.collector`: a step's spikes as the next layer's events or as class votes;
* :mod:`hw.scheduler`: a frame's phases through every step of the plan;
* :mod:`hw.potential_pool`: potentials shared by cores that never run in the same step;
* :mod:`hw.generator_store`: the generators of cores that never read at once, in one memory;
* :mod:`hw.plan_tables`: the plan's constant tables, read by the running step;
* :mod:`hw.voter`: per-class spike counters and their argmax;
* :mod:`hw.spike_digest`: per-layer spike counts and digests for the checks;
* :mod:`hw.frame_feeder`: the simulation top's stored-image input.

Around the array on a board: :mod:`hw.board_top` joins :mod:`hw.uart`,
:mod:`hw.command_receiver` (the host's commands in), :mod:`hw.frame_buffers` (a frame
arrives while another is classified), :mod:`hw.run_length` (``'Z'`` frames decoded as they
arrive) and :mod:`hw.answer_transmitter` (the answers owed, in order).

``docs/semantics.md`` is the specification; the reference model is the oracle.
"""
