"""The commands' flows, one module each; ``python -m codegen`` only parses and dispatches.

* :mod:`codegen.flows.inputs`: the network and test images a command works on, and the
  planner's statistics from them;
* :mod:`codegen.flows.build`: map, emit, simulate against the reference model, and on an
  FPGA board the bitstream; returns a :class:`~codegen.flows.build.BuildReport`;
* :mod:`codegen.flows.run`: classify on a board (or the simulated board top) over the UART;
* :mod:`codegen.flows.prove`: the formal proofs.

Each module declares its command's options (``add_arguments(parser)``) beside the flow
that reads them.
"""
