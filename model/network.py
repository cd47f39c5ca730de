"""The deployed network: the one file that carries a trained network to the hardware.

Integer-only, versioned and self-describing; read and written with numpy alone. The file is
a zip archive (the ``.npz`` layout numpy reads) holding ``meta.json`` (format name,
version, profile, layer list with every scalar field) and one ``.npy`` array per array
field, named ``<layer>.<field>``. Entries are written in a fixed order with a fixed
timestamp, so the same network gives the same bytes. ``docs/semantics.md`` defines what
every field means; :func:`Network.validate` enforces it and names the layer and field of
any violation.
"""

import io
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .families import FAMILIES, family_of
from .format_checks import NetworkFormatError, expect_int_array, expect_range
from .profiles import get_profile

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "FAMILIES", "RESET_MODES", "NetworkFormatError",
           "Encoder", "ConvLayer", "OrPoolLayer", "Network", "load_network", "signed_bits"]

FORMAT_NAME = "toepcore-network"
FORMAT_VERSION = 1
RESET_MODES = ("zero", "subtract", "none")
#: Bias and threshold magnitudes are bounded so every derived width stays small.
PARAM_LIMIT = 2 ** 20


def signed_bits(lo, hi):
    """Two's complement width that holds every integer in ``[lo, hi]``."""
    bits = 1
    while not (-(1 << (bits - 1)) <= lo and hi <= (1 << (bits - 1)) - 1):
        bits += 1
    return bits


def _pair(v, what):
    if isinstance(v, (int, np.integer)):
        return (int(v), int(v))
    v = tuple(int(x) for x in v)
    if len(v) != 2:
        raise NetworkFormatError(f"{what}: expected an int or a pair, got {v!r}")
    return v


@dataclass
class Encoder:
    """Input encoder: uint8 pixels to binary spike planes.

    Attributes
    ----------
    thresholds : ndarray of int, shape (C_img, P)
        Plane ``p`` of image channel ``c`` spikes where ``pixel >= thresholds[c, p]``.
        Each row is strictly increasing within ``[1, 255]``. Output channel ``c * P + p``.
    """
    thresholds: np.ndarray

    @property
    def planes(self):
        return self.thresholds.shape[1]

    @property
    def out_channels(self):
        return self.thresholds.shape[0] * self.thresholds.shape[1]


@dataclass
class ConvLayer:
    """A binary-neuron convolution (a fully connected layer is a full-extent convolution).

    Shapes use ``(channels, rows, cols)``. ``groups`` splits input and output channels
    into equal filter groups. Family ``kernel``/``dense`` store ``weight`` of shape
    ``(C_out, C_in // groups, kh, kw)``; family ``s4`` stores ``table`` (C_out, 4),
    ``mask`` (C_out, C_in // groups, kh, kw) in {0, 1}, the commuting permutations
    ``sigma`` and ``tau`` (4,) and base types ``g`` (C_in // groups,).
    ``bias`` and ``threshold`` are per output channel, shape (C_out,).
    """
    name: str
    family: str
    in_shape: tuple
    out_channels: int
    kernel: tuple
    bias: np.ndarray
    threshold: np.ndarray
    stride: tuple = (1, 1)
    padding: tuple = (0, 0)
    groups: int = 1
    reset: str = "zero"
    weight_bits: int = 2
    membrane_bits: int | None = None
    weight: np.ndarray | None = None
    table: np.ndarray | None = None
    mask: np.ndarray | None = None
    sigma: np.ndarray | None = None
    tau: np.ndarray | None = None
    g: np.ndarray | None = None

    kind = "conv"

    def __post_init__(self):
        self.in_shape = tuple(int(v) for v in self.in_shape)
        self.kernel = _pair(self.kernel, f"layer {self.name!r} field 'kernel'")
        self.stride = _pair(self.stride, f"layer {self.name!r} field 'stride'")
        self.padding = _pair(self.padding, f"layer {self.name!r} field 'padding'")
        if self.membrane_bits is None and self._arrays_present():
            try:
                self.membrane_bits = self.required_membrane_bits()
            except (TypeError, ValueError, IndexError):
                pass  # malformed arrays: validate() reports them by name

    def _arrays_present(self):
        if self.family not in FAMILIES:
            return False   # validate() names the unknown family
        return all(getattr(self, n) is not None for n in self.array_fields)

    @property
    def family_spec(self):
        """The layer's :class:`model.families.LayerFamily`: every fact of its family."""
        return family_of(self.family)

    @property
    def array_fields(self):
        return self.family_spec.array_fields + ("bias", "threshold")

    @property
    def group_in(self):
        """Input channels each filter sees."""
        return self.in_shape[0] // self.groups

    @property
    def out_shape(self):
        c, h, w = self.in_shape
        (kh, kw), (sy, sx), (py, px) = self.kernel, self.stride, self.padding
        return (self.out_channels, (h + 2 * py - kh) // sy + 1, (w + 2 * px - kw) // sx + 1)

    @property
    def fan_in(self):
        """Inputs per neuron (before any axon duplication)."""
        return self.group_in * self.kernel[0] * self.kernel[1]

    def expanded_kernel(self):
        """Integer kernel ``K`` of shape (C_out, C_in // groups, kh, kw), int64.

        For ``s4``, ``K[o, c, qy, qx] = mask[o, c, qy, qx] * table[o, sigma^qx tau^qy (g[c])]``.
        """
        return self.family_spec.expanded_kernel(self)

    def weight_limit(self):
        return self.family_spec.weight_limit(self)

    def potential_range(self):
        """Worst-case (lowest, highest) value of any neuron's synaptic sum in one tick, with
        and without its bias: every negative (positive) weight active. Any partial sum lies
        in this range whatever order the inputs arrive in."""
        k = self.expanded_kernel().reshape(self.out_channels, -1)
        b = np.asarray(self.bias, np.int64)
        neg, pos = np.clip(k, None, 0).sum(1), np.clip(k, 0, None).sum(1)
        lo = np.minimum(neg, neg + b).min(initial=0)
        hi = np.maximum(pos, pos + b).max(initial=0)
        return int(min(lo, 0)), int(max(hi, 0))

    def required_membrane_bits(self):
        """Signed width that holds every one-tick potential and every threshold."""
        lo, hi = self.potential_range()
        t = np.asarray(self.threshold, np.int64)
        return signed_bits(min(lo, int(t.min(initial=0))), max(hi, int(t.max(initial=0))))

    def generator_bits(self):
        """Bits of the generators as stored: weights, or s4 tables + masks + sigma/tau/g."""
        return self.family_spec.generator_bits(self)


@dataclass
class OrPoolLayer:
    """OR pooling: an output spikes when any input in its window spikes (no parameters)."""
    name: str
    in_shape: tuple
    kernel: tuple
    stride: tuple | None = None

    kind = "orpool"
    array_fields = ()

    def __post_init__(self):
        self.in_shape = tuple(int(v) for v in self.in_shape)
        self.kernel = _pair(self.kernel, f"layer {self.name!r} field 'kernel'")
        self.stride = self.kernel if self.stride is None else _pair(self.stride, f"layer {self.name!r} field 'stride'")

    @property
    def out_shape(self):
        c, h, w = self.in_shape
        (kh, kw), (sy, sx) = self.kernel, self.stride
        return (c, (h - kh) // sy + 1, (w - kw) // sx + 1)


@dataclass
class Network:
    """A deployed network.

    Attributes
    ----------
    encoder : Encoder
    layers : list of ConvLayer or OrPoolLayer
    population : ndarray of int, shape (n_out,)
        Class of each output neuron of the last layer, flattened in (channel, row, col)
        order; -1 for a neuron that votes for no class.
    n_classes : int
    input_shape : tuple
        (C_img, H, W) of the uint8 images.
    profile : str
        Core profile every layer must fit (``truenorth`` or ``generator``).
    info : dict
        Free-form provenance (how it was trained, data set, accuracy). Not used to execute.
    class_names : list of str, optional
        A name per class, for reports (absent: the class indices, as text).
    """
    encoder: Encoder
    layers: list
    population: np.ndarray
    n_classes: int
    input_shape: tuple
    profile: str = "generator"
    info: dict = field(default_factory=dict)
    class_names: list = None

    def __post_init__(self):
        self.input_shape = tuple(int(v) for v in self.input_shape)
        if self.class_names is not None:
            self.class_names = list(self.class_names)

    @property
    def names(self):
        """Every class's name: ``class_names``, or the indices as text."""
        return list(self.class_names) if self.class_names is not None else [str(k) for k in range(self.n_classes)]

    @property
    def conv_layers(self):
        return [l for l in self.layers if l.kind == "conv"]

    @property
    def output_shape(self):
        return self.layers[-1].out_shape if self.layers else None

    # ------------------------------------------------------------------ validation
    def validate(self):
        """Check every field against ``docs/semantics.md``; raise :class:`NetworkFormatError`."""
        prof = _check(lambda: get_profile(self.profile), "network: field 'profile'")
        th = self.encoder.thresholds
        where = "encoder: field 'thresholds'"
        expect_int_array(th, where, ndim=2)
        if th.shape[0] != self.input_shape[0] or th.shape[1] < 1:
            raise NetworkFormatError(f"{where}: shape {th.shape} does not match "
                                     f"{self.input_shape[0]} image channel(s) x >= 1 planes")
        expect_range(th, 1, 255, where)
        if th.shape[1] > 1 and not np.all(np.diff(th, axis=1) > 0):
            raise NetworkFormatError(f"{where}: thresholds must be strictly increasing per channel, got {th.tolist()}")
        if not self.layers:
            raise NetworkFormatError("network: field 'layers': a network needs at least one layer")
        if self.layers[-1].kind != "conv":
            raise NetworkFormatError(f"layer {len(self.layers) - 1} ({self.layers[-1].name!r}): "
                                     "the last layer must be a conv layer (it drives the class population)")
        shape = (self.encoder.out_channels,) + self.input_shape[1:]
        names = set()
        for i, layer in enumerate(self.layers):
            where = f"layer {i} ({layer.name!r})"
            if layer.name in names:
                raise NetworkFormatError(f"{where}: field 'name': duplicate layer name")
            names.add(layer.name)
            if tuple(layer.in_shape) != tuple(shape):
                raise NetworkFormatError(f"{where}: field 'in_shape': {tuple(layer.in_shape)} does not match "
                                         f"the previous stage's output {tuple(shape)}")
            if layer.kind == "conv":
                _validate_conv(layer, where, prof)
            else:
                _validate_pool(layer, where)
            shape = layer.out_shape
        n_out = int(np.prod(shape))
        where = "network: field 'population'"
        expect_int_array(self.population, where, ndim=1)
        if self.population.shape != (n_out,):
            raise NetworkFormatError(f"{where}: shape {self.population.shape} does not match the "
                                     f"{n_out} output neurons of {shape}")
        if not isinstance(self.n_classes, (int, np.integer)) or self.n_classes < 1:
            raise NetworkFormatError(f"network: field 'n_classes': expected a positive int, got {self.n_classes!r}")
        expect_range(self.population, -1, self.n_classes - 1, where)
        missing = sorted(set(range(self.n_classes)) - set(self.population.tolist()))
        if missing:
            raise NetworkFormatError(f"{where}: class(es) {missing} have no output neurons")
        if self.class_names is not None:
            where = "network: field 'class_names'"
            if len(self.class_names) != self.n_classes or not all(isinstance(n, str) and n for n in self.class_names):
                raise NetworkFormatError(f"{where}: expected {self.n_classes} non-empty names, got {self.class_names!r}")
            if len(set(self.class_names)) != len(self.class_names):
                raise NetworkFormatError(f"{where}: names must differ, got {self.class_names!r}")
        return self

    # ------------------------------------------------------------------ file I/O
    def save(self, path):
        """Write the network to ``path`` (conventionally ``network.npz``), validated first."""
        Path(path).write_bytes(self.to_bytes())

    def to_bytes(self):
        """The file's bytes: deterministic, so equal networks give equal bytes."""
        self.validate()
        arrays = {"encoder.thresholds": self.encoder.thresholds, "network.population": self.population}
        layers = []
        for layer in self.layers:
            d = {"name": layer.name, "kind": layer.kind, "in_shape": list(layer.in_shape),
                 "kernel": list(layer.kernel), "stride": list(layer.stride)}
            if layer.kind == "conv":
                d.update(family=layer.family, out_channels=int(layer.out_channels),
                         padding=list(layer.padding), groups=int(layer.groups), reset=layer.reset,
                         weight_bits=int(layer.weight_bits), membrane_bits=int(layer.membrane_bits),
                         arrays=list(layer.array_fields))
                for f in layer.array_fields:
                    arrays[f"{layer.name}.{f}"] = np.asarray(getattr(layer, f))
            layers.append(d)
        meta = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "profile": self.profile,
                "n_classes": int(self.n_classes), "input_shape": list(self.input_shape),
                "layers": layers, "info": self.info}
        if self.class_names is not None:
            meta["class_names"] = list(self.class_names)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            _write_entry(zf, "meta.json", json.dumps(meta, indent=1, sort_keys=True).encode())
            for name in sorted(arrays):
                a = np.asarray(arrays[name])
                a = a.astype(_storage_dtype(a, name))
                out = io.BytesIO()
                np.lib.format.write_array(out, a, allow_pickle=False)
                _write_entry(zf, name + ".npy", out.getvalue())
        return buf.getvalue()

    @classmethod
    def load(cls, path):
        """Read and validate a network file; errors name the file, layer and field."""
        path = Path(path)
        try:
            zf = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise FileNotFoundError(f"{path}: no such network file") from None
        except zipfile.BadZipFile:
            raise NetworkFormatError(f"{path}: not a toepcore network file (not a zip/npz archive)") from None
        with zf:
            try:
                return cls._from_zip(zf).validate()
            except NetworkFormatError as e:
                raise NetworkFormatError(f"{path}: {e}") from None

    @classmethod
    def _from_zip(cls, zf):
        entries = set(zf.namelist())
        if "meta.json" not in entries:
            raise NetworkFormatError("missing 'meta.json': not a toepcore network file")
        try:
            meta = json.loads(zf.read("meta.json"))
        except (ValueError, zipfile.BadZipFile, zlib.error, EOFError) as e:
            raise NetworkFormatError(f"'meta.json' is corrupt: {e}") from None
        if not isinstance(meta, dict) or meta.get("format") != FORMAT_NAME:
            raise NetworkFormatError(f"field 'format': expected {FORMAT_NAME!r}, got {meta.get('format') if isinstance(meta, dict) else meta!r}")
        if meta.get("version") != FORMAT_VERSION:
            raise NetworkFormatError(f"field 'version': file has version {meta.get('version')!r}, "
                                     f"this toepcore reads version {FORMAT_VERSION}")

        def array(name, where):
            if name + ".npy" not in entries:
                raise NetworkFormatError(f"{where}: missing array {name!r}")
            try:
                a = np.lib.format.read_array(io.BytesIO(zf.read(name + ".npy")), allow_pickle=False)
            except (ValueError, OSError, zipfile.BadZipFile, zlib.error, EOFError) as e:
                raise NetworkFormatError(f"{where}: array {name!r} is corrupt: {e}") from None
            # Stored narrow; held as int64 so consumers never overflow a small type.
            return a.astype(np.int64) if a.dtype.kind in "iub" else a

        def req(d, key, where):
            if key not in d:
                raise NetworkFormatError(f"{where}: missing field {key!r}")
            return d[key]

        layers = []
        for i, d in enumerate(req(meta, "layers", "network")):
            where = f"layer {i} ({d.get('name')!r})"
            name = req(d, "name", where)
            kind = req(d, "kind", where)
            try:
                if kind == "conv":
                    family = req(d, "family", where)
                    if family not in FAMILIES:
                        raise NetworkFormatError(f"{where}: field 'family': unknown family {family!r}; "
                                                 f"expected one of {', '.join(FAMILIES)}")
                    kw = {k: req(d, k, where) for k in ("in_shape", "out_channels", "kernel", "stride", "padding",
                                                        "groups", "reset", "weight_bits", "membrane_bits")}
                    probe = ConvLayer(name=name, family=family, bias=None, threshold=None, **kw)
                    arrays = {f: array(f"{name}.{f}", f"{where}: field {f!r}") for f in probe.array_fields}
                    layers.append(ConvLayer(name=name, family=family, **kw, **arrays))
                elif kind == "orpool":
                    layers.append(OrPoolLayer(name=name, in_shape=req(d, "in_shape", where),
                                              kernel=req(d, "kernel", where), stride=req(d, "stride", where)))
                else:
                    raise NetworkFormatError(f"{where}: field 'kind': unknown layer kind {kind!r}; expected conv or orpool")
            except TypeError as e:
                raise NetworkFormatError(f"{where}: malformed field: {e}") from None
        return cls(encoder=Encoder(array("encoder.thresholds", "encoder: field 'thresholds'")),
                   layers=layers,
                   population=array("network.population", "network: field 'population'"),
                   n_classes=req(meta, "n_classes", "network"),
                   input_shape=req(meta, "input_shape", "network"),
                   profile=req(meta, "profile", "network"),
                   info=meta.get("info", {}),
                   class_names=meta.get("class_names"))

    def summary(self):
        """One line per layer: name, family, shapes, fan-in and generator bits."""
        lines = [f"input {self.input_shape} -> encoder {self.encoder.planes} plane(s) per channel"]
        for l in self.layers:
            if l.kind == "conv":
                lines.append(f"{l.name:>10}: {l.family:6} {l.in_shape} -> {l.out_shape} k={l.kernel} "
                             f"s={l.stride} p={l.padding} groups={l.groups} fan-in={l.fan_in} "
                             f"generator bits={l.generator_bits()}")
            else:
                lines.append(f"{l.name:>10}: orpool {l.in_shape} -> {l.out_shape} k={l.kernel}")
        lines.append(f"population: {self.population.size} neurons -> {self.n_classes} classes, profile {self.profile}")
        if self.class_names is not None:
            lines.append("classes: " + ", ".join(self.class_names))
        return "\n".join(lines)


def load_network(path):
    return Network.load(path)


# ---------------------------------------------------------------------- helpers
def _check(fn, where):
    try:
        return fn()
    except ValueError as e:
        raise NetworkFormatError(f"{where}: {e}") from None


def _write_entry(zf, name, data):
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    zf.writestr(info, data)


def _storage_dtype(a, name):
    if a.dtype.kind not in "iub":
        raise NetworkFormatError(f"array {name!r}: the format is integer-only, got dtype {a.dtype}")
    lo, hi = (int(a.min()), int(a.max())) if a.size else (0, 0)
    for dt in (np.int8, np.int16, np.int32, np.int64):
        if np.iinfo(dt).min <= lo and hi <= np.iinfo(dt).max:
            return dt
    return np.int64


def _positive_pair(v, where, allow_zero=False):
    if len(v) != 2 or any(x < (0 if allow_zero else 1) for x in v):
        raise NetworkFormatError(f"{where}: expected {'non-negative' if allow_zero else 'positive'} integers, got {list(v)}")


def _validate_conv(l, where, prof):
    if l.family not in FAMILIES:
        raise NetworkFormatError(f"{where}: field 'family': unknown family {l.family!r}; expected one of {', '.join(FAMILIES)}")
    if len(l.in_shape) != 3 or min(l.in_shape) < 1:
        raise NetworkFormatError(f"{where}: field 'in_shape': expected (channels, rows, cols) > 0, got {l.in_shape}")
    _positive_pair(l.kernel, f"{where}: field 'kernel'")
    _positive_pair(l.stride, f"{where}: field 'stride'")
    _positive_pair(l.padding, f"{where}: field 'padding'", allow_zero=True)
    if not isinstance(l.groups, (int, np.integer)) or l.groups < 1 or l.in_shape[0] % l.groups or l.out_channels % l.groups:
        raise NetworkFormatError(f"{where}: field 'groups': {l.groups} must divide both {l.in_shape[0]} input "
                                 f"and {l.out_channels} output channels")
    if min(l.out_shape[1:]) < 1:
        raise NetworkFormatError(f"{where}: field 'kernel': {l.kernel} with padding {l.padding} does not fit "
                                 f"the {l.in_shape[1]}x{l.in_shape[2]} input")
    if l.reset not in RESET_MODES:
        raise NetworkFormatError(f"{where}: field 'reset': unknown reset mode {l.reset!r}; expected one of {', '.join(RESET_MODES)}")
    l.family_spec.validate(l, where, prof)
    for f in ("bias", "threshold"):
        a = getattr(l, f)
        expect_int_array(a, f"{where}: field {f!r}", shape=(l.out_channels,))
        expect_range(a, -PARAM_LIMIT, PARAM_LIMIT, f"{where}: field {f!r}")
    per = l.family_spec.axons_per_input(l.weight_bits, prof.binary_crossbar)
    axons = l.fan_in * per
    if axons > prof.max_axons:
        raise NetworkFormatError(
            f"{where}: fan-in of {l.fan_in} inputs ({l.group_in} channels x {l.kernel[0]}x{l.kernel[1]})"
            + (f" x {per} axons per input = {axons} axons" if per > 1 else "")
            + f" exceeds the {prof.name!r} profile's {prof.max_axons} axons per core")
    need = l.required_membrane_bits()
    if not isinstance(l.membrane_bits, (int, np.integer)) or l.membrane_bits < need:
        raise NetworkFormatError(f"{where}: field 'membrane_bits': {l.membrane_bits} is too narrow; the worst-case "
                                 f"potential range {l.potential_range()} needs {need} bits")
    if l.membrane_bits > prof.max_membrane_bits:
        raise NetworkFormatError(f"{where}: field 'membrane_bits': {l.membrane_bits} exceeds the {prof.name!r} "
                                 f"profile's {prof.max_membrane_bits}-bit membrane")


def _validate_pool(l, where):
    if len(l.in_shape) != 3 or min(l.in_shape) < 1:
        raise NetworkFormatError(f"{where}: field 'in_shape': expected (channels, rows, cols) > 0, got {l.in_shape}")
    _positive_pair(l.kernel, f"{where}: field 'kernel'")
    _positive_pair(l.stride, f"{where}: field 'stride'")
    if min(l.out_shape[1:]) < 1:
        raise NetworkFormatError(f"{where}: field 'kernel': {l.kernel} is larger than the input {l.in_shape[1:]}")
