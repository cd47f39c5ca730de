// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vtoepcore_top.h for the primary calling header

#include "Vtoepcore_top__pch.h"

VL_ATTR_COLD void Vtoepcore_top___024root___stl_sequent__TOP__0(Vtoepcore_top___024root* vlSelf);

VL_ATTR_COLD void Vtoepcore_top___024root___eval_stl(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_stl\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    if ((1ULL & vlSelfRef.__VstlTriggered[0U])) {
        Vtoepcore_top___024root___stl_sequent__TOP__0(vlSelf);
    }
}

VL_ATTR_COLD void Vtoepcore_top___024root___eval_triggers_vec__stl(Vtoepcore_top___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vtoepcore_top___024root___dump_triggers__stl(const VlUnpacked<QData/*63:0*/, 1> &triggers, const std::string &tag);
#endif  // VL_DEBUG
VL_ATTR_COLD bool Vtoepcore_top___024root___trigger_anySet__stl(const VlUnpacked<QData/*63:0*/, 1> &in);

VL_ATTR_COLD bool Vtoepcore_top___024root___eval_phase__stl(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_phase__stl\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Locals
    CData/*0:0*/ __VstlExecute;
    // Body
    Vtoepcore_top___024root___eval_triggers_vec__stl(vlSelf);
#ifdef VL_DEBUG
    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->debug())) {
        Vtoepcore_top___024root___dump_triggers__stl(vlSelfRef.__VstlTriggered, "stl"s);
    }
#endif
    __VstlExecute = Vtoepcore_top___024root___trigger_anySet__stl(vlSelfRef.__VstlTriggered);
    if (__VstlExecute) {
        Vtoepcore_top___024root___eval_stl(vlSelf);
    }
    return (__VstlExecute);
}

bool Vtoepcore_top___024root___trigger_anySet__ico(const VlUnpacked<QData/*63:0*/, 1> &in);

#ifdef VL_DEBUG
VL_ATTR_COLD void Vtoepcore_top___024root___dump_triggers__ico(const VlUnpacked<QData/*63:0*/, 1> &triggers, const std::string &tag) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___dump_triggers__ico\n"); );
    // Body
    if ((1U & (~ (IData)(Vtoepcore_top___024root___trigger_anySet__ico(triggers))))) {
        VL_DBG_MSGS("         No '" + tag + "' region triggers active\n");
    }
    if ((1U & (IData)(triggers[0U]))) {
        VL_DBG_MSGS("         '" + tag + "' region trigger index 0 is active: Internal 'ico' trigger - first iteration\n");
    }
}
#endif  // VL_DEBUG

bool Vtoepcore_top___024root___trigger_anySet__act(const VlUnpacked<QData/*63:0*/, 1> &in);

#ifdef VL_DEBUG
VL_ATTR_COLD void Vtoepcore_top___024root___dump_triggers__act(const VlUnpacked<QData/*63:0*/, 1> &triggers, const std::string &tag) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___dump_triggers__act\n"); );
    // Body
    if ((1U & (~ (IData)(Vtoepcore_top___024root___trigger_anySet__act(triggers))))) {
        VL_DBG_MSGS("         No '" + tag + "' region triggers active\n");
    }
    if ((1U & (IData)(triggers[0U]))) {
        VL_DBG_MSGS("         '" + tag + "' region trigger index 0 is active: @(posedge clk)\n");
    }
}
#endif  // VL_DEBUG

VL_ATTR_COLD void Vtoepcore_top___024root___ctor_var_reset(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___ctor_var_reset\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    VL_ZERO_RESET_W(128, vlSelf->load_data);
    vlSelf->load_en = 0;
    vlSelf->start = 0;
    vlSelf->result___05Fready = 0;
    vlSelf->clk = 0;
    vlSelf->rst = 0;
    VL_ZERO_RESET_W(236, vlSelf->result___05Fpayload);
    vlSelf->result___05Fvalid = 0;
    vlSelf->spike_trace_valid = 0;
    vlSelf->spike_trace = 0;
    vlSelf->load_addr = 0;
    vlSelf->toepcore_top__DOT__pixels___05Fpayload = 0;
    vlSelf->toepcore_top__DOT__pixels___05Fvalid = 0;
    VL_ZERO_RESET_W(128, vlSelf->toepcore_top__DOT__array__DOT____Vlvbound_h43166354__0);
    vlSelf->toepcore_top__DOT__array__DOT____024102 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024117 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024120 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024134 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024135 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024139 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024140 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024141 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024146 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024148 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024179 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024180 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024185 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024186 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024191 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024192 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024193 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024194 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024195 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024196 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024197 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024198 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024199 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024200 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024201 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024202 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024203 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024204 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024205 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024206 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024207 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024208 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024209 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024210 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024211 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024212 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024213 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024214 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024215 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024216 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024217 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024218 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024219 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024220 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024221 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____02452 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024signal__02448 = 0;
    vlSelf->toepcore_top__DOT__array__DOT____024signal__02457 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__addr = 0;
    vlSelf->toepcore_top__DOT__array__DOT__addr__02451 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__axons___05Fpayload = 0;
    vlSelf->toepcore_top__DOT__array__DOT__axons___05Fpayload__02468 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__axons___05Fpayload__02472 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__axons___05Fpayload__02474 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__axons___05Fvalid = 0;
    vlSelf->toepcore_top__DOT__array__DOT__axons___05Fvalid__02467 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__axons___05Fvalid__02469 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__axons___05Fvalid__02471 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__axons___05Fvalid__02473 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__axons___05Fvalid__02475 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__issue = 0;
    vlSelf->toepcore_top__DOT__array__DOT__issue__02438 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__issue__02439 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__issue__02440 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__issue__02441 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__issue__02442 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__issuing = 0;
    vlSelf->toepcore_top__DOT__array__DOT__lanes_now = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_raddr = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_raddr__02423 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_raddr__02424 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_raddr__02425 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_raddr__02426 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_raddr__02427 = 0;
    VL_ZERO_RESET_W(104, vlSelf->toepcore_top__DOT__array__DOT__pot_wdata);
    VL_ZERO_RESET_W(96, vlSelf->toepcore_top__DOT__array__DOT__pot_wdata__02410);
    VL_ZERO_RESET_W(128, vlSelf->toepcore_top__DOT__array__DOT__pot_wdata__02411);
    VL_ZERO_RESET_W(80, vlSelf->toepcore_top__DOT__array__DOT__pot_wdata__02412);
    VL_ZERO_RESET_W(80, vlSelf->toepcore_top__DOT__array__DOT__pot_wdata__02413);
    VL_ZERO_RESET_W(80, vlSelf->toepcore_top__DOT__array__DOT__pot_wdata__0249);
    vlSelf->toepcore_top__DOT__array__DOT__pot_we = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_we__02416 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_we__02417 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_we__02418 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_we__02419 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pot_we__02420 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__pwr___05Faddr = 0;
    vlSelf->toepcore_top__DOT__array__DOT__spikes___05Fready = 0;
    vlSelf->toepcore_top__DOT__array__DOT__spikes___05Fready__02479 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__spikes___05Fready__02480 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__spikes___05Fready__02481 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__spikes___05Fready__02482 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__spikes___05Fready__02483 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__wdata = 0;
    vlSelf->toepcore_top__DOT__array__DOT__wsel = 0;
    for (int __Vi0 = 0; __Vi0 < 100; ++__Vi0) {
        vlSelf->toepcore_top__DOT__array__DOT__population[__Vi0] = 0;
    }
    vlSelf->toepcore_top__DOT__array__DOT___0_ = 0;
    for (int __Vi0 = 0; __Vi0 < 196; ++__Vi0) {
        VL_ZERO_RESET_W(128, vlSelf->toepcore_top__DOT__array__DOT__potentials[__Vi0]);
    }
    vlSelf->toepcore_top__DOT__array__DOT___1_ = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02437 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02446 = 0;
    VL_ZERO_RESET_W(288, vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02455);
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02456 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02475 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02476 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02477 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02478 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02479 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02480 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02481 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02482 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02483 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__02437 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__busy = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__fire = 0;
    for (int __Vi0 = 0; __Vi0 < 27; ++__Vi0) {
        vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[__Vi0] = 0;
    }
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT___0_ = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT____Vcellinp__neurons__acc_addr = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02418 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02460 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02461 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02463 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02464 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02465 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02466 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02467 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02468 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02469 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02470 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02471 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s0 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s2 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s3 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s4 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s5 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s6 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s7 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02428 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02437 = 0;
    VL_ZERO_RESET_W(180, vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02446);
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02447 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02466 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02467 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02468 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02469 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02470 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02471 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02472 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02473 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02474 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__02434 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__busy = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__fire = 0;
    for (int __Vi0 = 0; __Vi0 < 144; ++__Vi0) {
        vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[__Vi0] = 0;
    }
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT___0_ = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT____Vcellinp__neurons__acc_addr = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02418 = 0;
    VL_ZERO_RESET_W(80, vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____0242);
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02451 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02452 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02454 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02455 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02456 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02457 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02458 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02459 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02460 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02461 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02462 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s0 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s2 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s3 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s4 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02431 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02440 = 0;
    VL_ZERO_RESET_W(216, vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02449);
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02450 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02469 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02470 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02471 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02472 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02473 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02474 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02475 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02476 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02477 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____02483 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__02435 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__busy = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__fire = 0;
    for (int __Vi0 = 0; __Vi0 < 144; ++__Vi0) {
        vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[__Vi0] = 0;
    }
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT___0_ = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT____Vcellinp__neurons__acc_addr = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02418 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02454 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02455 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02457 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02458 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02459 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02460 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02461 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02462 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02463 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02464 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02465 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s0 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s2 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s3 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s4 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s5 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02437 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02438 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02441 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02446 = 0;
    VL_ZERO_RESET_W(288, vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02455);
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02456 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02458 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02461 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02475 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02476 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02477 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02478 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02479 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02480 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02481 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02482 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02483 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__02437 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__busy = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__fire = 0;
    for (int __Vi0 = 0; __Vi0 < 288; ++__Vi0) {
        vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[__Vi0] = 0;
    }
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT___0_ = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT____Vcellinp__neurons__acc_addr = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02418 = 0;
    VL_ZERO_RESET_W(128, vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____0242);
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02460 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02461 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02463 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02464 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02465 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02466 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02467 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02468 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02469 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02470 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02471 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s0 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s2 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s3 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s4 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s5 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s6 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s7 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02437 = 0;
    VL_ZERO_RESET_W(180, vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02446);
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02447 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02466 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02467 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02468 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02469 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02470 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02471 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02472 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02473 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02474 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____02480 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02434 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__busy = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__fire = 0;
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[__Vi0] = 0;
    }
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT___0_ = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT____Vcellinp__neurons__acc_addr = 0;
    VL_ZERO_RESET_W(80, vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0241);
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02418 = 0;
    VL_ZERO_RESET_W(80, vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0242);
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02451 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02452 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02454 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02455 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02456 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02457 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02458 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02459 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02460 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02461 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02462 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s0 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s2 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s3 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s4 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02437 = 0;
    VL_ZERO_RESET_W(180, vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02446);
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02447 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02466 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02467 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02468 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02469 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02470 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02471 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02472 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02473 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02474 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____02480 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02434 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__busy = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__fire = 0;
    for (int __Vi0 = 0; __Vi0 < 256; ++__Vi0) {
        vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[__Vi0] = 0;
    }
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT___0_ = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT____Vcellinp__neurons__acc_addr = 0;
    VL_ZERO_RESET_W(80, vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0241);
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02418 = 0;
    VL_ZERO_RESET_W(80, vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0242);
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02451 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02452 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02454 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02455 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02456 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02457 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02458 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02459 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02460 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02461 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02462 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s0 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s2 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s3 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s4 = 0;
    vlSelf->toepcore_top__DOT__array__DOT__events0__DOT____Vlvbound_h517076e3__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 3136; ++__Vi0) {
        vlSelf->toepcore_top__DOT__array__DOT__events0__DOT__mem[__Vi0] = 0;
    }
    vlSelf->toepcore_top__DOT__array__DOT__events0__DOT___0_ = 0;
    vlSelf->toepcore_top__DOT__array__DOT__events1__DOT____Vlvbound_h517076e3__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 3136; ++__Vi0) {
        vlSelf->toepcore_top__DOT__array__DOT__events1__DOT__mem[__Vi0] = 0;
    }
    vlSelf->toepcore_top__DOT__array__DOT__events1__DOT___0_ = 0;
    VL_ZERO_RESET_W(128, vlSelf->toepcore_top__DOT__feeder__DOT____Vlvbound_h9649d154__0);
    vlSelf->toepcore_top__DOT__feeder__DOT____0248 = 0;
    vlSelf->toepcore_top__DOT__feeder__DOT____0249 = 0;
    vlSelf->toepcore_top__DOT__feeder__DOT__rd___05Fen = 0;
    for (int __Vi0 = 0; __Vi0 < 49; ++__Vi0) {
        VL_ZERO_RESET_W(128, vlSelf->toepcore_top__DOT__feeder__DOT__frame[__Vi0]);
    }
    VL_ZERO_RESET_W(128, vlSelf->toepcore_top__DOT__feeder__DOT___0_);
    vlSelf->__Vtableidx68 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_16 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_17 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_18 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_19 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_20 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_21 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_22 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_23 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_24 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_25 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_26 = 0;
    vlSelf->__VdfgRegularize_h6e95ff9d_0_27 = 0;
    for (int __Vi0 = 0; __Vi0 < 1; ++__Vi0) {
        vlSelf->__VstlTriggered[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 1; ++__Vi0) {
        vlSelf->__VicoTriggered[__Vi0] = 0;
    }
    for (int __Vi0 = 0; __Vi0 < 1; ++__Vi0) {
        vlSelf->__VactTriggered[__Vi0] = 0;
    }
    vlSelf->__Vtrigprevexpr___TOP__clk__0 = 0;
    for (int __Vi0 = 0; __Vi0 < 1; ++__Vi0) {
        vlSelf->__VnbaTriggered[__Vi0] = 0;
    }
}
