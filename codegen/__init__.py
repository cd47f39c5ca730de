"""toepcore's code generator: map a deployed network onto cores, emit the design, simulate
it against the reference model (``python -m codegen build --help``)."""
