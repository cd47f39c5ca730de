"""Neuron state of one core: potentials in block RAM, the integrate pipeline, and the
threshold/reset pass that emits spikes as a stream of neuron indices."""

from dataclasses import dataclass

from amaranth.hdl import *
from amaranth.lib import data, memory, stream, wiring
from amaranth.lib.wiring import In, Out

from toepcore.ir.bits import bits_for
from toepcore.ir.memory import ROM_WORDS

from .event_list import rom

__all__ = ["event_layout", "Neurons"]

# Parameter tables of at most this many words live in logic, not block RAM.


def event_layout(addr_bits, coords=None):
    """Payload of axon and spike streams: an address, or ``end`` closing the tick.

    With ``coords = (F, TY, TX)`` a spike also carries its neuron's tile-local filter,
    row and column (``f``, ``y``, ``x``), for ``j = (y * TX + x) * F + f``."""
    fields = {"addr": unsigned(addr_bits), "end": 1}
    if coords is not None:
        f, ty, tx = coords
        fields.update(f=range(max(f, 2)), y=range(max(ty, 2)), x=range(max(tx, 2)))
    return data.StructLayout(fields)


def _signed_fits(v, bits):
    return -(1 << (bits - 1)) <= v < (1 << (bits - 1))



@dataclass(frozen=True)
class _Parameters:
    """The threshold pass's geometry and parameter reads (:meth:`Neurons._parameters`)."""
    n_words: object
    period: object
    pbase: object
    per: object
    pword: object
    paddr: object
    pword_next: object
    thr_q: object
    bias_q: object
    TB: int

class Neurons(wiring.Component):
    """Membrane potentials of ``words * lanes`` neurons and their threshold/reset pass.

    Neuron ``j`` lives in lane ``j % lanes`` of potential word ``j // lanes``. Bias and
    threshold of neuron ``j`` come from parameter word ``(j // lanes) % param_period``
    (``param_period = F / lanes`` stores them per filter; ``= words`` per neuron).
    Feed-forward neurons keep one parameter per neuron, ``threshold - bias`` in ``B + 1``
    bits (memory ``thresholds``): ``V + bias >= threshold`` is ``V >= threshold - bias``,
    and the potential is cleared either way, so the pass needs no adder and one memory,
    not two. Stateful neurons keep both (``biases``, ``thresholds``): the sum is their
    next potential.

    Parameters
    ----------
    words, lanes : int
    membrane_bits : int
        ``B`` of docs/semantics.md; potentials are stored in ``B`` bits (feed-forward, where
        overflow is impossible) or ``B + 2`` bits (stateful: the saturated ``B``-bit value
        plus one tick of input).
    bias, threshold : list of int
        One per parameter neuron (``param_period * lanes`` entries).
    mode : {"feedforward", "stateful"}
    reset : {"zero", "subtract", "none"}
        Stateful mode only; feed-forward potentials are cleared every tick.
    coords : (F, TY, TX) or None
        Spikes also carry tile coordinates (see :func:`event_layout`); neuron ``j`` is
        filter ``j % F`` of position ``j // F`` of a ``TY x TX`` tile.
    external_potentials : bool
        Leave the potential memory out and drive its ports (``pot_read``, ``pot_write``) instead, so that
        cores that never run at the same time share one memory. Feed-forward only: every
        pass leaves the potentials at zero for the next user.
    configs : list of dict, optional
        Run-time geometries chosen by the ``cfg`` port (:class:`hw.shared_core.SharedCore`):
        each ``{"words", "period", "base", "coords"}``, the pass covering ``words`` words
        with parameter word ``base + (word % period)`` and coordinates within ``coords``
        ``(F, TY, TX)``. ``words``, ``param_period`` and ``coords`` are then the largest.

    Members
    -------
    acc_valid : In(1)
        Stage 0: accumulate into word ``acc_addr`` (issues the potential read).
    acc_addr : In(range(words))
    acc_delta : In(lanes * W)
        Stage 1 (the cycle after ``acc_valid``): per-lane signed increments, ``W`` bits each.
    fire : In(1)
        Pulse: start the threshold/reset pass (after the last stage-1 update).
    busy : Out(1)
        High from ``fire`` until the end marker has been sent.
    spikes : Out(stream.Signature(event_layout(...)))
        Indices of the neurons that spike, ascending, then one ``end`` element.
    spike_count : Out(32)
        Spikes emitted since the last ``fire``.
    pot_read : In(memory.ReadPort.Signature(addr_width, unsigned(lanes * W)))
    pot_write : In(memory.WritePort.Signature(addr_width, unsigned(lanes * W)))
        With ``external_potentials``: a read port (data the cycle after the address; it
        must see a write to the same word in that cycle; ``en`` is held high) and a write
        port of a memory of at least ``words`` words of ``lanes * W`` bits, ``addr_width``
        the bits of ``words - 1``. Every address, data and write enable is 0 while idle.

    Latency and throughput: accumulation takes one word per cycle (read-modify-write is
    pipelined; back-to-back updates of one word are forwarded by a transparent read port).
    The pass reads one potential word per cycle (the next word's read overlaps the
    evaluation of the current one) and emits one spike per cycle: ``words + spikes + 2``
    cycles (``fire`` to the end marker accepted) when ``spikes`` is never stalled.
    """

    def __init__(self, words, lanes, membrane_bits, bias, threshold, *, param_period=None,
                 mode="feedforward", reset="zero", coords=None, external_potentials=False, configs=None):
        if mode not in ("feedforward", "stateful"):
            raise ValueError(f"unknown mode {mode!r}; expected feedforward or stateful")
        if reset not in ("zero", "subtract", "none"):
            raise ValueError(f"unknown reset mode {reset!r}")
        self.words, self.lanes, self.membrane_bits = words, lanes, membrane_bits
        self.param_period = words if param_period is None else param_period
        if len(bias) != self.param_period * lanes or len(threshold) != self.param_period * lanes:
            raise ValueError(f"bias and threshold need {self.param_period * lanes} entries, got "
                             f"{len(bias)} and {len(threshold)}")
        for name, vals in (("bias", bias), ("threshold", threshold)):
            bad = [v for v in vals if not _signed_fits(v, membrane_bits)]
            if bad:
                raise ValueError(f"{name} {bad[0]} does not fit the {membrane_bits}-bit membrane")
        self.bias, self.threshold, self.mode, self.reset = list(bias), list(threshold), mode, reset
        self.width = membrane_bits if mode == "feedforward" else membrane_bits + 2
        self.configs = configs
        if configs is None and coords is not None and coords[0] * coords[1] * coords[2] != words * lanes:
            raise ValueError(f"coords {coords} do not cover {words * lanes} neurons")
        if external_potentials and mode != "feedforward":
            raise ValueError("only feed-forward neurons can share a potential memory")
        self.coords, self.external = coords, external_potentials
        self.spike_layout = event_layout(max(1, (words * lanes - 1).bit_length()), coords)
        ports = {"cfg": In(range(max(len(configs), 2)))} if configs is not None else {}
        if external_potentials:
            # the ports of a memory elsewhere, as lib.memory's port signatures seen from here
            shape, ab = unsigned(lanes * self.width), bits_for(words)
            ports |= {"pot_read": In(memory.ReadPort.Signature(addr_width=ab, shape=shape)),
                      "pot_write": In(memory.WritePort.Signature(addr_width=ab, shape=shape))}
        super().__init__({**ports,
            "acc_valid": In(1),
            "acc_addr": In(range(max(words, 2))),
            "acc_delta": In(lanes * self.width),
            "fire": In(1),
            "busy": Out(1),
            "spikes": Out(stream.Signature(self.spike_layout)),
            "spike_count": Out(32),
        })

    @property
    def potential_bits(self):
        return self.words * self.lanes * self.width

    @property
    def parameter_bits(self):
        if self.mode == "feedforward":
            return self.param_period * self.lanes * (self.membrane_bits + 1)
        return 2 * self.param_period * self.lanes * self.membrane_bits

    @staticmethod
    def pass_cycles(words, spikes):
        """Cycles of a threshold pass over ``words`` potential words that emits ``spikes``
        spikes, from the cycle after ``fire`` to the end marker accepted, when ``spikes``
        is never stalled: one READ, an EVAL per word (the next word is read during it), an
        EMIT per spike, one END. The array's cycle estimate counts a pass this way."""
        return 1 + words + spikes + 1

    def elaborate(self, platform):
        m = Module()
        rd, wr = self._potential_ports(m)
        par = self._parameters(m)
        self._integrate(m, rd, wr)
        self._threshold_pass(m, rd, wr, par)
        return m

    def _potential_ports(self, m):
        """The potential memory's read and write ports: its own memory's, or
        ``pot_read``/``pot_write`` of a shared one."""
        L, W = self.lanes, self.width
        # Explicit zeros: simulators without a memory default (Icarus: X) must agree.
        if self.external:
            rd, wr = self.pot_read, self.pot_write
        else:
            m.submodules.potentials = pot = memory.Memory(shape=unsigned(L * W), depth=self.words,
                                                          init=[0] * self.words)
            wr = pot.write_port()
            rd = pot.read_port(transparent_for=(wr,))
        return rd, wr

    def _parameters(self, m):
        """The pass's geometry (fixed, or this tick's from the configuration tables) and the
        parameter word read with each potential word: thresholds (less the bias when
        feed-forward) and, when stateful, biases."""
        L, B = self.lanes, self.membrane_bits

        def packed(vals, bits=B):
            return [sum((v & ((1 << bits) - 1)) << (bits * l) for l, v in enumerate(vals[i * L:(i + 1) * L]))
                    for i in range(self.param_period)]

        cf = self.configs
        if cf is None:
            n_words, period, pbase = self.words, self.param_period, 0
        else:   # this tick's geometry, from the configuration tables
            def per(key, f=lambda v: v):
                vals = [f(c[key]) for c in cf]
                return Array([Const(v, range(max(vals) + 1)) for v in vals])[self.cfg]
            n_words, period, pbase = per("words"), per("period"), per("base")
        pword = Signal(range(max(self.param_period, 2)))
        # parameter word of the potential word whose read is issued this cycle (both
        # arrive together in the next cycle)
        paddr = Signal.like(pword)
        pword_next = Mux(pword == period - 1, 0, pword + 1)
        m.d.comb += paddr.eq(pword + pbase)
        def param_memory(name, words, bits):
            if self.param_period <= ROM_WORDS:
                return rom(m, words, paddr, L * bits, name)
            m.submodules[name] = mem = memory.Memory(shape=unsigned(L * bits), depth=self.param_period, init=words)
            rd_ = mem.read_port()
            m.d.comb += rd_.addr.eq(paddr)
            return rd_.data

        feedforward = self.mode == "feedforward"
        TB = B + 1 if feedforward else B           # bits of a stored threshold
        if feedforward:
            thr_q = param_memory("thresholds", packed([t - b for t, b in zip(self.threshold, self.bias)], TB), TB)
        else:
            bias_q = param_memory("biases", packed(self.bias), B)
            thr_q = param_memory("thresholds", packed(self.threshold), B)
        return _Parameters(n_words=n_words, period=period, pbase=pbase, per=per if cf is not None else None,
                           pword=pword, paddr=paddr, pword_next=pword_next, thr_q=thr_q,
                           bias_q=None if feedforward else bias_q, TB=TB)

    def _integrate(self, m, rd, wr):
        """Stage 0 reads the word, stage 1 adds each lane's increment and writes it back."""
        L, W = self.lanes, self.width
        s1_valid = Signal()
        s1_addr = Signal.like(self.acc_addr)
        m.d.sync += [s1_valid.eq(self.acc_valid), s1_addr.eq(self.acc_addr)]
        with m.If(self.acc_valid):
            m.d.comb += rd.addr.eq(self.acc_addr)
        with m.If(s1_valid):
            m.d.comb += [wr.addr.eq(s1_addr), wr.en.eq(1)]
            for l in range(L):
                v = rd.data[l * W:(l + 1) * W].as_signed()
                d = self.acc_delta[l * W:(l + 1) * W].as_signed()
                m.d.comb += wr.data[l * W:(l + 1) * W].eq(v + d)

    def _threshold_pass(self, m, rd, wr, par):
        """On ``fire``: read each word (the next read overlapping this one's evaluation),
        compare and reset every lane, emit the word's spikes lowest lane first, then ``end``.
        About 90 lines: the state machine, its read-ahead of the next word and the tile
        coordinates stepped with the word are one schedule (the lanes' compare is
        :meth:`_evaluate`)."""
        L = self.lanes
        n_words, pword, paddr, pword_next, pbase = par.n_words, par.pword, par.paddr, par.pword_next, par.pbase
        word = Signal(range(self.words + 1))
        fired = Signal(L)
        base = Signal.like(self.spikes.payload.addr)
        lowest = Signal(range(max(L, 2)))
        # the lowest fired lane, one-hot (``x & -x``: a carry chain) and its index by OR
        # trees: a priority chain over 128 lanes held the ECP5 at 22 MHz
        onehot = Signal(L)
        m.d.comb += onehot.eq(fired & (~fired + 1)[:L])
        for b in range(len(lowest)):
            hits = [onehot[l] for l in range(L) if (l >> b) & 1]
            m.d.comb += lowest[b].eq(Cat(*hits).any() if hits else 0)

        if self.coords is not None:
            # tile coordinates of the word's first lane, advanced with the word
            F, TY, TX = self.coords
            if self.configs is not None:
                Fv, TXv = par.per("coords", lambda c: c[0]), par.per("coords", lambda c: c[2])
            else:
                Fv, TXv = F, TX
            fb, cy, cx = Signal(range(F + 1)), Signal(range(max(TY, 2))), Signal(range(max(TX, 2)))
            fb_q, cy_q, cx_q = Signal.like(fb), Signal.like(cy), Signal.like(cx)

        def next_word():
            m.d.sync += [word.eq(word + 1), pword.eq(pword_next)]
            if self.coords is not None:
                m.d.sync += [fb_q.eq(fb), cy_q.eq(cy), cx_q.eq(cx)]
                with m.If(fb + L == Fv):
                    m.d.sync += fb.eq(0)
                    with m.If(cx == TXv - 1):
                        m.d.sync += [cx.eq(0), cy.eq(cy + 1)]
                    with m.Else():
                        m.d.sync += cx.eq(cx + 1)
                with m.Else():
                    m.d.sync += fb.eq(fb + L)

        with m.FSM():
            with m.State("IDLE"):
                with m.If(self.fire):
                    m.d.sync += [word.eq(0), pword.eq(0), self.spike_count.eq(0)]
                    if self.coords is not None:
                        m.d.sync += [fb.eq(0), cy.eq(0), cx.eq(0)]
                    m.next = "READ"
            with m.State("READ"):
                m.d.comb += self.busy.eq(1)
                with m.If(word == n_words):
                    m.next = "END"
                with m.Else():
                    m.d.comb += rd.addr.eq(word)
                    m.next = "EVAL"
            with m.State("EVAL"):
                m.d.comb += self.busy.eq(1)
                spikes = self._evaluate(m, rd, wr, word, par)
                m.d.sync += [fired.eq(Cat(*spikes)), base.eq(word * L)]
                next_word()
                # Read the next word whatever this one fires (the write above is to another
                # word): the address must not wait on the lanes' add and compare, which was
                # the ECP5's critical path. A word that fires re-reads it after its spikes.
                with m.If(word + 1 != n_words):
                    m.d.comb += [rd.addr.eq(word + 1), paddr.eq(pword_next + pbase)]
                m.next = "EMIT"
                with m.If(Cat(*spikes) == 0):
                    with m.If(word + 1 == n_words):
                        m.next = "END"
                    with m.Else():
                        m.next = "EVAL"
            with m.State("EMIT"):
                m.d.comb += self.busy.eq(1)
                remaining = fired & ~onehot
                m.d.comb += [self.spikes.valid.eq(1), self.spikes.payload.addr.eq(base + lowest)]
                if self.coords is not None:
                    m.d.comb += [self.spikes.payload.f.eq(fb_q + lowest), self.spikes.payload.y.eq(cy_q),
                                 self.spikes.payload.x.eq(cx_q)]
                with m.If(self.spikes.ready):
                    m.d.sync += [fired.eq(remaining), self.spike_count.eq(self.spike_count + 1)]
                    with m.If(remaining == 0):
                        # the word's last spike: read the next word (``word`` has advanced)
                        with m.If(word == n_words):
                            m.next = "END"
                        with m.Else():
                            m.d.comb += rd.addr.eq(word)
                            m.next = "EVAL"
            with m.State("END"):
                m.d.comb += [self.busy.eq(1), self.spikes.valid.eq(1), self.spikes.payload.end.eq(1)]
                with m.If(self.spikes.ready):
                    m.next = "IDLE"

    def _evaluate(self, m, rd, wr, word, par):
        """The EVAL cycle's lanes: potential (plus bias) against threshold, the reset value
        written back. Returns each lane's spike."""
        L, W, B = self.lanes, self.width, self.membrane_bits
        thr_q, bias_q, TB = par.thr_q, par.bias_q, par.TB
        feedforward = self.mode == "feedforward"
        spikes = []
        m.d.comb += [wr.addr.eq(word), wr.en.eq(1)]
        for l in range(L):
            v = rd.data[l * W:(l + 1) * W].as_signed()
            t = thr_q[l * TB:(l + 1) * TB].as_signed()
            u = Signal(signed(W + 2), name=f"u{l}")
            if feedforward:   # the threshold less the bias: no adder
                m.d.comb += u.eq(v)
            else:
                m.d.comb += u.eq(v + bias_q[l * B:(l + 1) * B].as_signed())
            if self.mode == "stateful":
                lo, hi = -(1 << (B - 1)), (1 << (B - 1)) - 1
                uc = Signal(signed(W + 2), name=f"uc{l}")
                m.d.comb += uc.eq(Mux(u < lo, lo, Mux(u > hi, hi, u)))
            else:
                uc = u
            s = Signal(name=f"s{l}")
            m.d.comb += s.eq(uc >= t)
            spikes.append(s)
            if self.mode == "feedforward":
                new = 0
            elif self.reset == "zero":
                new = Mux(s, 0, uc)
            elif self.reset == "subtract":
                new = Mux(s, uc - t, uc)
            else:
                new = uc
            m.d.comb += wr.data[l * W:(l + 1) * W].eq(new)
        return spikes
