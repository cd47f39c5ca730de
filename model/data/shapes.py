"""A procedural colour data set: coloured shapes on textured backgrounds.

Each image is one shape (the class) of a random saturated colour, size and position over
a background of smooth colour gradients and noise, so that neither colour nor position
gives the class away. It stands in for a small photo inspection set in the tests and
the examples (``examples/make_datasets.py``), with no download.
"""

import numpy as np

__all__ = ["SHAPES", "make_shapes"]

#: The shapes, in class order.
SHAPES = ("circle", "square", "triangle", "cross", "ring", "diamond", "hbar", "vbar")


def _mask(kind, yy, xx, cy, cx, r):
    dy, dx = (yy - cy) / r, (xx - cx) / r
    if kind == "circle":
        return dy ** 2 + dx ** 2 <= 1
    if kind == "square":
        return (np.abs(dy) <= 0.8) & (np.abs(dx) <= 0.8)
    if kind == "triangle":
        return (dy <= 0.8) & (dy >= -0.9 + 1.7 * np.abs(dx))
    if kind == "cross":
        return ((np.abs(dy) <= 0.3) & (np.abs(dx) <= 1)) | ((np.abs(dx) <= 0.3) & (np.abs(dy) <= 1))
    if kind == "ring":
        d = dy ** 2 + dx ** 2
        return (d <= 1) & (d >= 0.35)
    if kind == "diamond":
        return np.abs(dy) + np.abs(dx) <= 1
    if kind == "hbar":
        return (np.abs(dy) <= 0.3) & (np.abs(dx) <= 1.1)
    return (np.abs(dx) <= 0.3) & (np.abs(dy) <= 1.1)   # vbar


def make_shapes(per_class, size=32, classes=4, seed=0):
    """``per_class`` images of each of the first ``classes`` shapes.

    Returns
    -------
    x : ndarray of uint8, (N, size, size, 3)
        RGB images, classes interleaved (image ``i`` is of class ``i % classes``).
    y : ndarray of int64, (N,)
    names : list of str
    """
    if not 2 <= classes <= len(SHAPES):
        raise ValueError(f"classes must be 2 to {len(SHAPES)}, got {classes}")
    rng = np.random.default_rng(seed)
    n = per_class * classes
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float64)
    x = np.empty((n, size, size, 3), np.uint8)
    y = np.arange(n) % classes
    for i in range(n):
        # background: a dim gradient between two random colours, plus noise
        a, b = rng.uniform(0, 110, 3), rng.uniform(0, 110, 3)
        t = (np.cos(rng.uniform(0, np.pi)) * yy + np.sin(rng.uniform(0, np.pi)) * xx) / size
        bg = a + (b - a) * np.clip(t, 0, 1)[..., None] + rng.normal(0, 18, (size, size, 3))
        r = rng.uniform(0.22, 0.36) * size
        cy, cx = rng.uniform(r, size - r, 2)
        colour = rng.uniform(0, 1, 3)
        colour = 140 + 115 * (colour - colour.min()) / max(colour.max() - colour.min(), 1e-6)   # bright, saturated
        m = _mask(SHAPES[y[i]], yy, xx, cy, cx, r)
        img = np.where(m[..., None], colour + rng.normal(0, 8, (size, size, 3)), bg)
        x[i] = np.clip(np.rint(img), 0, 255).astype(np.uint8)
    return x, y.astype(np.int64), list(SHAPES[:classes])
