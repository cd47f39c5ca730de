"""toepcore's model side: the deployed-network format, the integer reference model,
data loading and (in :mod:`model.train`, the only part that imports torch) the trainer.

The deployed network (:mod:`model.network`) is the contract between training and
hardware. :mod:`model.reference` executes it bit-exactly as ``docs/semantics.md``
specifies; the RTL is tested against it.
"""
