// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vtoepcore_top.h for the primary calling header

#include "Vtoepcore_top__pch.h"

void Vtoepcore_top___024root___ctor_var_reset(Vtoepcore_top___024root* vlSelf);

Vtoepcore_top___024root::Vtoepcore_top___024root(Vtoepcore_top__Syms* symsp, const char* namep)
 {
    vlSymsp = symsp;
    vlNamep = strdup(namep);
    // Reset structure values
    Vtoepcore_top___024root___ctor_var_reset(this);
}

void Vtoepcore_top___024root::__Vconfigure(bool first) {
    (void)first;  // Prevent unused variable warning
}

Vtoepcore_top___024root::~Vtoepcore_top___024root() {
    VL_DO_DANGLING(std::free(const_cast<char*>(vlNamep)), vlNamep);
}
