"""The PyTorch trainer (the only part of toepcore that imports torch).

Binary-activation networks whose convolutions are block-Toeplitz layers parameterised by
their generators only (:mod:`model.train.layers`), trained on MNIST-style data
(:mod:`model.train.loop`) and exported to the integer deployed network
(:mod:`model.train.export`).
"""
