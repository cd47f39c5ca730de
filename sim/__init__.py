"""Simulation: stream drivers for Amaranth's simulator and (later) cocotb testbenches."""
