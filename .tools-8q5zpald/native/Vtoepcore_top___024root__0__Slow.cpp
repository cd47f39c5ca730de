// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vtoepcore_top.h for the primary calling header

#include "Vtoepcore_top__pch.h"

VL_ATTR_COLD void Vtoepcore_top___024root___eval_static__TOP(Vtoepcore_top___024root* vlSelf);

VL_ATTR_COLD void Vtoepcore_top___024root___eval_static(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_static\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    Vtoepcore_top___024root___eval_static__TOP(vlSelf);
    vlSelfRef.__Vtrigprevexpr___TOP__clk__0 = vlSelfRef.clk;
}

extern const VlWide<9>/*287:0*/ Vtoepcore_top__ConstPool__CONST_h9a2fc1c8_0;

VL_ATTR_COLD void Vtoepcore_top___024root___eval_static__TOP(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_static__TOP\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024100 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024115 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024116 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024118 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02498 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__ac = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__best = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__best_cnt = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__busy = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__count0 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__count1 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__count2 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__count3 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__count4 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__count5 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__count6 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__count7 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__count8 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__count9 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__drain = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__idx = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__n_events0 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__n_events1 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__reads = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__spikes = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__tg = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__02446 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__0245 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__X = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__Y = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__base_type_q = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__c = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__px_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__py_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__s1_g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__s1_q = 0U;
    VL_ASSIGN_W(288, vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q, Vtoepcore_top__ConstPool__CONST_h9a2fc1c8_0);
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02427 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02428 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02414 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02415 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__base = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fired = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__pword = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1_addr = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1_valid = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__02443 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__0245 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__X = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__Y = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__base_type_q = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__c = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__px_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__py_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__s1_g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__s1_q = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[4U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[5U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02424 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02425 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02414 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02415 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__base = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fired = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__pword = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1_addr = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1_valid = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__02444 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__0245 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__X = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__Y = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__base_type_q = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__c = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__px_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__py_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__s1_g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__s1_q = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[4U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[5U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[6U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02425 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02426 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02414 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02415 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__base = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fired = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__pword = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1_addr = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1_valid = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__02446 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__0245 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__X = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__Y = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__base_type_q = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__c = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__px_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__py_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__s1_g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__s1_q = 0U;
    VL_ASSIGN_W(288, vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q, Vtoepcore_top__ConstPool__CONST_h9a2fc1c8_0);
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02427 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02428 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02414 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02415 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__base = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fired = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__pword = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1_addr = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1_valid = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02443 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__0245 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__X = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__Y = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__base_type_q = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__c = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__px_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__py_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__s1_g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__s1_q = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[4U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[5U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02424 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02425 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02414 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02415 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__base = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fired = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__pword = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1_addr = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1_valid = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02443 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__0245 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__X = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__Y = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__base_type_q = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__c = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__px_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__py_end = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__s1_g = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__s1_q = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[4U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[5U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02424 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02425 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02414 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02415 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__base = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fired = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__pword = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1_addr = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1_valid = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__i = 0U;
}

VL_ATTR_COLD void Vtoepcore_top___024root___eval_initial__TOP(Vtoepcore_top___024root* vlSelf);

VL_ATTR_COLD void Vtoepcore_top___024root___eval_initial(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_initial\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    Vtoepcore_top___024root___eval_initial__TOP(vlSelf);
}

VL_ATTR_COLD void Vtoepcore_top___024root___eval_initial__TOP__0(Vtoepcore_top___024root* vlSelf);
VL_ATTR_COLD void Vtoepcore_top___024root___eval_initial__TOP__1(Vtoepcore_top___024root* vlSelf);

VL_ATTR_COLD void Vtoepcore_top___024root___eval_initial__TOP(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_initial__TOP\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Locals
    IData/*31:0*/ __Vilp1;
    // Body
    Vtoepcore_top___024root___eval_initial__TOP__0(vlSelf);
    Vtoepcore_top___024root___eval_initial__TOP__1(vlSelf);
    __Vilp1 = 0U;
    while ((__Vilp1 <= 0x00000c3fU)) {
        vlSelfRef.toepcore_top__DOT__array__DOT__events1__DOT__mem[__Vilp1] = 0U;
        __Vilp1 = ((IData)(1U) + __Vilp1);
    }
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[0U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[0U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[0U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[0U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[1U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[1U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[1U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[1U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[2U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[2U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[2U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[2U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[3U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[3U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[3U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[3U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[4U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[4U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[4U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[4U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[5U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[5U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[5U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[5U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[6U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[6U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[6U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[6U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[7U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[7U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[7U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[7U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[8U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[8U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[8U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[8U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[9U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[9U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[9U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[9U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[10U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[10U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[10U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[10U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[11U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[11U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[11U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[11U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[12U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[12U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[12U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[12U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[13U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[13U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[13U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[13U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[14U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[14U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[14U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[14U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[15U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[15U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[15U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[15U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[16U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[16U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[16U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[16U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[17U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[17U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[17U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[17U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[18U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[18U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[18U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[18U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[19U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[19U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[19U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[19U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[20U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[20U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[20U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[20U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[21U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[21U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[21U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[21U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[22U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[22U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[22U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[22U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[23U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[23U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[23U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[23U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[24U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[24U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[24U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[24U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[25U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[25U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[25U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[25U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[26U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[26U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[26U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[26U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[27U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[27U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[27U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[27U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[28U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[28U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[28U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[28U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[29U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[29U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[29U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[29U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[30U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[30U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[30U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[30U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[31U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[31U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[31U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[31U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[32U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[32U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[32U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[32U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[33U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[33U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[33U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[33U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[34U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[34U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[34U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[34U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[35U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[35U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[35U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[35U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[36U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[36U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[36U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[36U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[37U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[37U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[37U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[37U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[38U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[38U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[38U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[38U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[39U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[39U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[39U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[39U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[40U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[40U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[40U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[40U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[41U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[41U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[41U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[41U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[42U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[42U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[42U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[42U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[43U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[43U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[43U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[43U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[44U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[44U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[44U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[44U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[45U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[45U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[45U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[45U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[46U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[46U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[46U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[46U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[47U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[47U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[47U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[47U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[48U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[48U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[48U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[48U][3U] = 0U;
}

VL_ATTR_COLD void Vtoepcore_top___024root___eval_initial__TOP__0(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_initial__TOP__0\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Locals
    IData/*31:0*/ __Vilp1;
    // Body
    vlSelfRef.toepcore_top__DOT__array__DOT__population[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[1U] = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[2U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[3U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[4U] = 4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[5U] = 5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[6U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[7U] = 7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[8U] = 8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[9U] = 9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[10U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[11U] = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[12U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[13U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[14U] = 4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[15U] = 5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[16U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[17U] = 7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[18U] = 8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[19U] = 9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[20U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[21U] = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[22U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[23U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[24U] = 4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[25U] = 5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[26U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[27U] = 7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[28U] = 8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[29U] = 9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[30U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[31U] = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[32U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[33U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[34U] = 4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[35U] = 5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[36U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[37U] = 7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[38U] = 8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[39U] = 9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[40U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[41U] = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[42U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[43U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[44U] = 4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[45U] = 5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[46U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[47U] = 7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[48U] = 8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[49U] = 9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[50U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[51U] = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[52U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[53U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[54U] = 4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[55U] = 5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[56U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[57U] = 7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[58U] = 8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[59U] = 9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[60U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[61U] = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[62U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[63U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[64U] = 4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[65U] = 5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[66U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[67U] = 7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[68U] = 8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[69U] = 9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[70U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[71U] = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[72U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[73U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[74U] = 4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[75U] = 5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[76U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[77U] = 7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[78U] = 8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[79U] = 9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[80U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[81U] = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[82U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[83U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[84U] = 4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[85U] = 5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[86U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[87U] = 7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[88U] = 8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[89U] = 9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[90U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[91U] = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[92U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[93U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[94U] = 4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[95U] = 5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[96U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[97U] = 7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[98U] = 8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__population[99U] = 9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[0U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[0U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[0U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[0U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[1U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[1U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[1U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[1U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[2U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[2U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[2U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[2U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[3U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[3U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[3U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[3U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[4U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[4U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[4U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[4U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[5U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[5U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[5U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[5U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[6U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[6U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[6U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[6U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[7U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[7U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[7U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[7U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[8U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[8U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[8U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[8U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[9U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[9U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[9U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[9U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[10U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[10U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[10U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[10U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[11U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[11U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[11U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[11U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[12U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[12U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[12U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[12U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[13U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[13U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[13U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[13U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[14U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[14U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[14U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[14U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[15U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[15U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[15U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[15U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[16U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[16U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[16U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[16U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[17U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[17U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[17U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[17U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[18U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[18U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[18U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[18U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[19U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[19U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[19U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[19U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[20U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[20U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[20U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[20U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[21U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[21U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[21U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[21U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[22U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[22U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[22U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[22U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[23U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[23U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[23U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[23U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[24U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[24U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[24U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[24U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[25U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[25U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[25U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[25U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[26U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[26U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[26U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[26U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[27U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[27U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[27U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[27U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[28U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[28U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[28U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[28U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[29U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[29U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[29U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[29U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[30U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[30U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[30U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[30U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[31U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[31U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[31U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[31U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[32U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[32U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[32U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[32U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[33U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[33U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[33U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[33U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[34U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[34U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[34U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[34U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[35U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[35U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[35U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[35U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[36U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[36U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[36U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[36U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[37U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[37U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[37U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[37U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[38U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[38U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[38U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[38U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[39U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[39U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[39U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[39U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[40U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[40U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[40U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[40U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[41U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[41U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[41U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[41U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[42U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[42U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[42U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[42U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[43U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[43U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[43U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[43U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[44U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[44U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[44U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[44U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[45U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[45U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[45U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[45U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[46U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[46U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[46U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[46U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[47U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[47U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[47U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[47U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[48U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[48U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[48U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[48U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[49U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[49U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[49U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[49U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[50U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[50U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[50U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[50U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[51U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[51U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[51U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[51U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[52U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[52U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[52U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[52U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[53U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[53U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[53U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[53U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[54U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[54U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[54U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[54U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[55U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[55U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[55U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[55U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[56U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[56U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[56U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[56U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[57U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[57U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[57U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[57U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[58U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[58U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[58U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[58U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[59U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[59U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[59U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[59U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[60U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[60U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[60U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[60U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[61U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[61U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[61U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[61U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[62U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[62U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[62U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[62U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[63U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[63U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[63U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[63U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[64U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[64U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[64U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[64U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[65U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[65U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[65U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[65U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[66U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[66U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[66U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[66U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[67U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[67U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[67U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[67U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[68U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[68U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[68U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[68U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[69U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[69U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[69U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[69U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[70U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[70U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[70U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[70U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[71U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[71U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[71U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[71U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[72U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[72U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[72U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[72U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[73U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[73U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[73U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[73U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[74U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[74U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[74U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[74U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[75U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[75U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[75U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[75U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[76U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[76U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[76U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[76U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[77U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[77U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[77U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[77U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[78U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[78U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[78U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[78U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[79U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[79U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[79U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[79U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[80U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[80U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[80U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[80U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[81U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[81U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[81U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[81U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[82U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[82U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[82U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[82U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[83U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[83U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[83U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[83U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[84U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[84U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[84U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[84U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[85U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[85U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[85U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[85U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[86U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[86U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[86U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[86U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[87U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[87U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[87U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[87U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[88U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[88U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[88U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[88U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[89U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[89U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[89U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[89U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[90U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[90U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[90U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[90U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[91U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[91U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[91U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[91U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[92U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[92U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[92U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[92U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[93U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[93U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[93U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[93U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[94U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[94U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[94U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[94U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[95U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[95U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[95U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[95U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[96U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[96U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[96U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[96U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[97U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[97U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[97U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[97U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[98U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[98U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[98U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[98U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[99U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[99U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[99U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[99U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[100U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[100U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[100U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[100U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[101U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[101U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[101U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[101U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[102U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[102U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[102U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[102U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[103U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[103U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[103U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[103U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[104U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[104U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[104U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[104U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[105U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[105U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[105U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[105U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[106U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[106U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[106U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[106U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[107U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[107U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[107U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[107U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[108U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[108U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[108U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[108U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[109U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[109U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[109U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[109U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[110U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[110U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[110U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[110U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[111U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[111U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[111U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[111U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[112U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[112U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[112U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[112U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[113U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[113U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[113U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[113U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[114U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[114U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[114U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[114U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[115U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[115U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[115U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[115U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[116U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[116U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[116U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[116U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[117U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[117U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[117U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[117U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[118U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[118U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[118U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[118U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[119U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[119U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[119U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[119U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[120U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[120U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[120U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[120U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[121U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[121U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[121U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[121U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[122U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[122U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[122U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[122U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[123U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[123U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[123U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[123U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[124U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[124U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[124U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[124U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[125U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[125U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[125U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[125U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[126U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[126U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[126U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[126U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[127U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[127U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[127U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[127U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[128U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[128U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[128U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[128U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[129U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[129U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[129U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[129U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[130U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[130U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[130U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[130U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[131U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[131U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[131U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[131U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[132U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[132U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[132U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[132U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[133U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[133U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[133U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[133U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[134U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[134U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[134U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[134U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[135U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[135U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[135U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[135U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[136U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[136U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[136U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[136U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[137U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[137U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[137U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[137U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[138U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[138U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[138U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[138U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[139U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[139U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[139U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[139U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[140U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[140U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[140U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[140U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[141U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[141U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[141U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[141U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[142U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[142U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[142U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[142U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[143U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[143U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[143U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[143U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[144U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[144U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[144U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[144U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[145U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[145U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[145U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[145U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[146U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[146U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[146U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[146U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[147U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[147U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[147U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[147U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[148U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[148U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[148U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[148U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[149U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[149U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[149U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[149U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[150U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[150U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[150U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[150U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[151U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[151U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[151U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[151U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[152U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[152U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[152U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[152U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[153U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[153U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[153U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[153U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[154U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[154U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[154U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[154U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[155U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[155U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[155U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[155U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[156U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[156U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[156U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[156U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[157U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[157U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[157U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[157U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[158U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[158U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[158U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[158U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[159U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[159U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[159U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[159U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[160U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[160U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[160U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[160U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[161U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[161U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[161U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[161U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[162U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[162U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[162U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[162U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[163U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[163U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[163U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[163U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[164U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[164U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[164U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[164U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[165U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[165U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[165U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[165U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[166U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[166U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[166U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[166U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[167U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[167U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[167U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[167U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[168U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[168U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[168U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[168U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[169U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[169U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[169U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[169U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[170U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[170U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[170U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[170U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[171U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[171U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[171U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[171U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[172U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[172U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[172U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[172U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[173U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[173U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[173U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[173U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[174U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[174U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[174U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[174U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[175U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[175U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[175U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[175U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[176U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[176U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[176U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[176U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[177U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[177U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[177U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[177U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[178U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[178U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[178U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[178U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[179U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[179U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[179U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[179U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[180U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[180U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[180U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[180U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[181U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[181U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[181U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[181U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[182U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[182U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[182U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[182U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[183U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[183U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[183U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[183U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[184U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[184U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[184U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[184U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[185U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[185U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[185U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[185U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[186U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[186U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[186U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[186U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[187U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[187U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[187U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[187U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[188U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[188U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[188U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[188U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[189U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[189U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[189U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[189U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[190U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[190U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[190U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[190U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[191U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[191U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[191U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[191U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[192U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[192U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[192U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[192U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[193U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[193U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[193U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[193U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[194U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[194U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[194U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[194U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[195U][0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[195U][1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[195U][2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__potentials[195U][3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[0U] = 0x0990U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[1U] = 0xacc4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[2U] = 0xfc81U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[3U] = 0xf862U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[4U] = 0xf08aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[5U] = 0xf562U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[6U] = 0xd018U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[7U] = 0x2029U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[8U] = 0x044cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[9U] = 0x1e16U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[10U] = 0x69a0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[11U] = 0x8983U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[12U] = 0x48c2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[13U] = 0x5952U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[14U] = 0x449fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[15U] = 0xa45cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[16U] = 0x7009U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[17U] = 0x1329U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[18U] = 0x1340U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[19U] = 0x216aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[20U] = 0x05c1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[21U] = 0x0130U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[22U] = 0xf445U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[23U] = 0x0c25U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[24U] = 0x094aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[25U] = 0x20f3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators[26U] = 0x1e3bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[0U] = 0x000da004U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[1U] = 0x000da6f1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[2U] = 0x0003b0a0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[3U] = 0x000709d7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[4U] = 0x0005bd2dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[5U] = 0x000b0b71U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[6U] = 0x00052454U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[7U] = 0x000d0414U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[8U] = 0x000e16f0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[9U] = 0x000e2a77U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[10U] = 0x0008683fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[11U] = 0x000800e3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[12U] = 0x00023f05U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[13U] = 0x00085fffU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[14U] = 0x00007a81U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[15U] = 0x00040c24U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[16U] = 0x000c0868U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[17U] = 0x00080832U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[18U] = 0x00092404U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[19U] = 0x000a00f2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[20U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[21U] = 0x00004b01U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[22U] = 0x0002000bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[23U] = 0x00002281U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[24U] = 0x0000a000U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[25U] = 0x00008c20U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[26U] = 0x00022840U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[27U] = 0x000dc1aaU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[28U] = 0x00078540U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[29U] = 0x000f803fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[30U] = 0x0005ddd5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[31U] = 0x0007d395U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[32U] = 0x0005d95fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[33U] = 0x00053fe5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[34U] = 0x000b5f53U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[35U] = 0x00093bafU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[36U] = 0x000fd4bcU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[37U] = 0x0005e8d8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[38U] = 0x00028285U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[39U] = 0x000ded9dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[40U] = 0x000da161U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[41U] = 0x0003a115U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[42U] = 0x000a2634U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[43U] = 0x00057454U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[44U] = 0x00062e51U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[45U] = 0x0002e73dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[46U] = 0x00062d7dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[47U] = 0x000f0734U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[48U] = 0x000db426U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[49U] = 0x0007e0d4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[50U] = 0x000e941cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[51U] = 0x0005b852U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[52U] = 0x0003500eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[53U] = 0x000a3856U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[54U] = 0x000cc03cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[55U] = 0x00072410U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[56U] = 0x000e400aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[57U] = 0x000d693fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[58U] = 0x000a0333U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[59U] = 0x000a61ffU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[60U] = 0x000c94e4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[61U] = 0x0006fa0eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[62U] = 0x000ede78U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[63U] = 0x00017a1bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[64U] = 0x0005b7c4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[65U] = 0x00027b07U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[66U] = 0x00055dd8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[67U] = 0x00073705U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[68U] = 0x00050c1dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[69U] = 0x000d04e4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[70U] = 0x00076195U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[71U] = 0x0009c569U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[72U] = 0x000c40a6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[73U] = 0x000aa872U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[74U] = 0x000e60eaU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[75U] = 0x0008dbbdU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[76U] = 0x00029f05U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[77U] = 0x000a0b7dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[78U] = 0x00002074U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[79U] = 0x000c2610U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[80U] = 0x00064470U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[81U] = 0x000e621eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[82U] = 0x000e6c77U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[83U] = 0x000e2236U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[84U] = 0x000cb604U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[85U] = 0x000fc0f7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[86U] = 0x0005b20dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[87U] = 0x0005a3d7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[88U] = 0x000d6957U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[89U] = 0x00082317U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[90U] = 0x00001208U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[91U] = 0x000144f3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[92U] = 0x00032109U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[93U] = 0x000123d1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[94U] = 0x0001ed99U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[95U] = 0x00039d99U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[96U] = 0x00059848U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[97U] = 0x000dc023U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[98U] = 0x00072550U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[99U] = 0x00035a09U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[100U] = 0x00001544U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[101U] = 0x00025a06U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[102U] = 0x00001818U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[103U] = 0x00055200U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[104U] = 0x00020808U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[105U] = 0x00088460U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[106U] = 0x0000600aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[107U] = 0x00004468U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[108U] = 0x00010f60U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[109U] = 0x00075dacU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[110U] = 0x00010744U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[111U] = 0x00032400U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[112U] = 0x000d008eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[113U] = 0x00096440U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[114U] = 0x0001d18fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[115U] = 0x00039d95U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[116U] = 0x000a9e40U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[117U] = 0x000d8ac4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[118U] = 0x000bb081U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[119U] = 0x0001e2c1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[120U] = 0x00099d61U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[121U] = 0x000bd9d7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[122U] = 0x00096dbbU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[123U] = 0x00044c14U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[124U] = 0x00062c54U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[125U] = 0x000c5414U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[126U] = 0x00021fc1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[127U] = 0x000cd938U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[128U] = 0x0004b5d4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[129U] = 0x00071680U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[130U] = 0x00051840U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[131U] = 0x00015200U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[132U] = 0x00014b0bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[133U] = 0x000306c1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[134U] = 0x00002e00U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[135U] = 0x000744cfU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[136U] = 0x00077220U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[137U] = 0x000f4290U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[138U] = 0x00071517U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[139U] = 0x00074757U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[140U] = 0x000173bfU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[141U] = 0x0005e226U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[142U] = 0x000fbed4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators[143U] = 0x0001fa87U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[0U] = 0x0268U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[1U] = 0x0c1cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[2U] = 0x008fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[3U] = 0x0a4dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[4U] = 0x05b7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[5U] = 0x0cadU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[6U] = 0x0549U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[7U] = 0x076dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[8U] = 0x096dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[9U] = 0x0898U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[10U] = 0x02a4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[11U] = 0x009cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[12U] = 0x08e4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[13U] = 0x0602U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[14U] = 0x0cc0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[15U] = 0x0730U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[16U] = 0x0920U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[17U] = 0x0370U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[18U] = 0x0042U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[19U] = 0x0910U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[20U] = 0x0202U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[21U] = 0x0616U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[22U] = 0x004fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[23U] = 0x00b0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[24U] = 0x0880U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[25U] = 0x0941U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[26U] = 0x0820U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[27U] = 0x053fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[28U] = 0x0ccdU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[29U] = 0x0729U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[30U] = 0x0e4fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[31U] = 0x045fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[32U] = 0x0c4fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[33U] = 0x0495U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[34U] = 0x0f7fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[35U] = 0x0095U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[36U] = 0x0c4bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[37U] = 0x0c49U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[38U] = 0x0441U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[39U] = 0x074dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[40U] = 0x0517U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[41U] = 0x0f6dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[42U] = 0x0903U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[43U] = 0x0e4dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[44U] = 0x0059U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[45U] = 0x03b8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[46U] = 0x052cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[47U] = 0x07bcU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[48U] = 0x0f6aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[49U] = 0x048fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[50U] = 0x0568U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[51U] = 0x0e8aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[52U] = 0x001aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[53U] = 0x088aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[54U] = 0x0680U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[55U] = 0x0440U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[56U] = 0x0208U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[57U] = 0x0ea4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[58U] = 0x05bcU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[59U] = 0x0ba4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[60U] = 0x0402U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[61U] = 0x0d60U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[62U] = 0x0482U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[63U] = 0x033eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[64U] = 0x08d5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[65U] = 0x042dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[66U] = 0x0f4fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[67U] = 0x057fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[68U] = 0x0f6bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[69U] = 0x0417U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[70U] = 0x0cfdU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[71U] = 0x0417U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[72U] = 0x0861U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[73U] = 0x0408U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[74U] = 0x0188U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[75U] = 0x050cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[76U] = 0x0524U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[77U] = 6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[78U] = 0x0d20U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[79U] = 0x0120U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[80U] = 0x0920U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[81U] = 0x07bcU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[82U] = 0x0d2dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[83U] = 0x057cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[84U] = 0x0526U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[85U] = 0x048dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[86U] = 0x0de4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[87U] = 0x0c0cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[88U] = 0x07bdU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[89U] = 0x0ca4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[90U] = 0x0361U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[91U] = 3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[92U] = 0x0931U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[93U] = 0x02c4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[94U] = 0x0cc5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[95U] = 0x05cfU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[96U] = 0x01a1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[97U] = 0x020dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[98U] = 0x00c9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[99U] = 0x0a40U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[100U] = 0x0140U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[101U] = 0x08a0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[102U] = 0x0400U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[103U] = 0x0960U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[104U] = 0x0011U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[105U] = 0x0091U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[106U] = 0x0838U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[107U] = 0x0012U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[108U] = 0x0132U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[109U] = 0x0778U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[110U] = 0x0960U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[111U] = 0x0cf9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[112U] = 0x071fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[113U] = 0x00f8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[114U] = 0x0256U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[115U] = 0x0ac7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[116U] = 0x0196U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[117U] = 0x0051U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[118U] = 0x0249U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[119U] = 0x0889U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[120U] = 0x08a7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[121U] = 0x0f5dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[122U] = 0x0e85U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[123U] = 0x0819U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[124U] = 0x0859U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[125U] = 0x0379U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[126U] = 2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[127U] = 0x0b20U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[128U] = 0x0082U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[129U] = 0x015bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[130U] = 0x0e13U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[131U] = 0x006bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[132U] = 0x0b36U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[133U] = 0x00d1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[134U] = 0x0b31U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[135U] = 0x0e2aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[136U] = 0x04f9U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[137U] = 0x058bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[138U] = 0x062fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[139U] = 0x0f7eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[140U] = 0x071fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[141U] = 0x0717U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[142U] = 0x0499U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators[143U] = 0x0b27U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[0U] = 0x0318a34fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[1U] = 0x7c554180U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[2U] = 0x966c073aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[3U] = 0x69b9b88aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[4U] = 0x81a32ac2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[5U] = 0x4840f5d6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[6U] = 0xfa810826U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[7U] = 0x812aa619U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[8U] = 0x13510320U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[9U] = 0xa4ac0010U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[10U] = 0x1e24e222U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[11U] = 0x403a028fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[12U] = 0x61a818a1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[13U] = 0x5404cd01U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[14U] = 0x3d289140U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[15U] = 0x812b8300U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[16U] = 0x09d0e185U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[17U] = 0xf3021330U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[18U] = 0x1f273477U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[19U] = 0x10983aa7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[20U] = 0xc32a82a3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[21U] = 0xe4cf4b52U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[22U] = 0x873c9f62U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[23U] = 0x0c84f18dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[24U] = 0xa0120718U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[25U] = 0xc800a9c8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[26U] = 0x0732d728U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[27U] = 0x660c6e02U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[28U] = 0x86880874U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[29U] = 0x505e4015U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[30U] = 0x8991c94bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[31U] = 0x374487f6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[32U] = 0x1cbbc0c7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[33U] = 0x834ace00U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[34U] = 0xa0583912U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[35U] = 0x0267a340U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[36U] = 0x0494834bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[37U] = 0x5905bd12U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[38U] = 0x80bec70aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[39U] = 0x3b85bc92U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[40U] = 0x90a128b6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[41U] = 0x08809484U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[42U] = 0x72251424U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[43U] = 0x81866499U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[44U] = 0x790d0900U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[45U] = 0x18434805U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[46U] = 0xf660077aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[47U] = 0x1c9145d4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[48U] = 0xc241c5caU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[49U] = 0x285d3992U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[50U] = 0x42272540U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[51U] = 0xd4450a04U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[52U] = 0xbea20a3aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[53U] = 0x54110087U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[54U] = 0x509c29cbU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[55U] = 0x28ca1000U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[56U] = 0x40484110U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[57U] = 0x4dc0a114U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[58U] = 0xa70a0f60U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[59U] = 0x08912100U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[60U] = 0x416a0150U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[61U] = 0x00180a84U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[62U] = 0x622e1039U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[63U] = 0xd1e29952U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[64U] = 0xb2d86fa3U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[65U] = 0x5bdc1851U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[66U] = 0x82e8a617U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[67U] = 0x61515087U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[68U] = 0x018a87b8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[69U] = 0xca601214U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[70U] = 0x07666c01U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[71U] = 0x0c0e1b30U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[72U] = 0x5200235aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[73U] = 0x88936143U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[74U] = 0xe068075aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[75U] = 0x88f9b89aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[76U] = 0xc323eac2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[77U] = 0x2851f1d6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[78U] = 0xaaa88822U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[79U] = 0xd4b3708fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[80U] = 0xf6208630U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[81U] = 0x44271628U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[82U] = 0x0066f229U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[83U] = 0x80241287U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[84U] = 0x39980839U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[85U] = 0x96c6d625U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[86U] = 0xbdf01045U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[87U] = 0x210a8050U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[88U] = 0x11d1e1c4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[89U] = 0x73064338U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[90U] = 0xf915b68eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[91U] = 0x1a21115aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[92U] = 0x10521308U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[93U] = 0x1c2cd18bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[94U] = 0x62061cb4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[95U] = 0x09597f00U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[96U] = 0x1bb27601U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[97U] = 0x14d00891U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[98U] = 0x4ce85201U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[99U] = 0x9064c544U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[100U] = 0xa0c2331cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[101U] = 0x7344c011U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[102U] = 0x51eb04c2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[103U] = 0x33401652U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[104U] = 0x1192409cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[105U] = 0x00828200U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[106U] = 0x38540413U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[107U] = 0x03278502U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[108U] = 0x544d3003U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[109U] = 0x60a5bd14U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[110U] = 0x587a4a10U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[111U] = 0x928072a4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[112U] = 0xfdf000f5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[113U] = 0x56404604U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[114U] = 0x1120260cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[115U] = 0x7b8a827cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[116U] = 0x110d2580U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[117U] = 0x4085563aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[118U] = 0x086cd38bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[119U] = 0x82241203U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[120U] = 0xb58338f2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[121U] = 0xd685dea7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[122U] = 0xbd8a10a5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[123U] = 0x910b9f0bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[124U] = 0x917081c4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[125U] = 0xb1860738U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[126U] = 0x5b15a487U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[127U] = 0x1a101426U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[128U] = 0x0042924cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[129U] = 0x1d64335fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[130U] = 0x47069d26U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[131U] = 0x4ddcb900U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[132U] = 0x2a905710U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[133U] = 0xd49088d5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[134U] = 0x06aa5201U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[135U] = 0x51a0b95aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[136U] = 0x328c6cabU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[137U] = 0x72da0850U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[138U] = 0x032a2391U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[139U] = 0x49d15145U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[140U] = 0x210a43f8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[141U] = 0x0000b205U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[142U] = 0x4f6c0065U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[143U] = 0x234ac521U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[144U] = 0xa4a55c23U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[145U] = 0x14041694U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[146U] = 0x4e0f2000U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[147U] = 0x66424324U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[148U] = 0x3d54943dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[149U] = 0x14621028U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[150U] = 0x7a11424dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[151U] = 0x7bc011f0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[152U] = 0x121b2449U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[153U] = 0x5893e005U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[154U] = 0xb26a063bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[155U] = 0xd0350881U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[156U] = 0xc74368dbU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[157U] = 0xa855f792U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[158U] = 0x51ea21e6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[159U] = 0x4571700dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[160U] = 0x56620420U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[161U] = 0x044e7389U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[162U] = 0x0803a8f2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[163U] = 0x809baa87U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[164U] = 0xec491044U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[165U] = 0xc0528d76U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[166U] = 0x8f3fef6bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[167U] = 0x606481d2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[168U] = 0x800e0448U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[169U] = 0xda226b48U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[170U] = 0x205cac1aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[171U] = 0x8365ed00U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[172U] = 0x28521110U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[173U] = 0x430dc250U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[174U] = 0x20e94204U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[175U] = 0x72232470U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[176U] = 0x0893428dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[177U] = 0x028b8701U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[178U] = 0x60590050U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[179U] = 0x03468740U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[180U] = 0x1308a35aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[181U] = 0x58b34140U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[182U] = 0xa268264cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[183U] = 0x897d181aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[184U] = 0x822368c2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[185U] = 0x2851f352U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[186U] = 0x78b81030U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[187U] = 0x8438708dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[188U] = 0x6f341230U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[189U] = 0x84a4020eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[190U] = 0x3266d000U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[191U] = 0x28148885U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[192U] = 0x09c0a4e4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[193U] = 0x16607025U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[194U] = 0x35549611U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[195U] = 0x21c800d1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[196U] = 0x1311a709U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[197U] = 0x58100290U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[198U] = 0x0c2b9452U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[199U] = 0x84286286U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[200U] = 0x80090022U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[201U] = 0xd6828fb2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[202U] = 0x9c3dec07U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[203U] = 0x6426c0deU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[204U] = 0xc4971b1aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[205U] = 0xcba53948U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[206U] = 0x8302e508U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[207U] = 0x265d6322U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[208U] = 0xd0199087U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[209U] = 0xb4e88415U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[210U] = 0xad898d02U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[211U] = 0xb766c1bfU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[212U] = 0x1b16a702U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[213U] = 0x442058caU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[214U] = 0xb006261eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[215U] = 0xd8602048U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[216U] = 0xb8255481U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[217U] = 0x6220bebcU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[218U] = 0x089a5c08U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[219U] = 0x96827225U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[220U] = 0x3dd000bdU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[221U] = 0x16e00265U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[222U] = 0x09113648U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[223U] = 0x7bcad070U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[224U] = 0x110da108U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[225U] = 0x10141444U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[226U] = 0x0a02da29U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[227U] = 0x42819480U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[228U] = 0xd002800eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[229U] = 0x1300d6e5U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[230U] = 0x60504031U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[231U] = 0x70e04084U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[232U] = 0x1001a640U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[233U] = 0x62c00220U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[234U] = 0xf0c46b0cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[235U] = 0x7870110cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[236U] = 0x00341308U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[237U] = 0x08f1544cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[238U] = 0x224619a1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[239U] = 0x081d7810U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[240U] = 0x4d265245U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[241U] = 0x24900091U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[242U] = 0x44281241U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[243U] = 0x5025ee00U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[244U] = 0x38ca2214U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[245U] = 0x235dc015U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[246U] = 0x458a4081U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[247U] = 0x77402652U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[248U] = 0x099b41cfU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[249U] = 0x014ac701U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[250U] = 0x287c1910U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[251U] = 0x42220540U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[252U] = 0x64cc1eabU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[253U] = 0x672cbd12U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[254U] = 0x8c1be02eU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[255U] = 0x9333920cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[256U] = 0x7890102cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[257U] = 0x17a60678U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[258U] = 0x5f491261U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[259U] = 0x13c61ce8U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[260U] = 0x291d2d11U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[261U] = 0xd574443cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[262U] = 0x1604a101U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[263U] = 0x0039009dU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[264U] = 0x43ea96ebU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[265U] = 0x54c98c81U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[266U] = 0x114aa151U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[267U] = 0x874e8205U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[268U] = 0x01f0c1c1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[269U] = 0x390a0290U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[270U] = 0x1c03a472U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[271U] = 0x84083aa7U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[272U] = 0xc4480817U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[273U] = 0xc4568bb2U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[274U] = 0x8f3da702U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[275U] = 0x20e5818fU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[276U] = 0x8012051aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[277U] = 0xd020a94cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[278U] = 0x1506ac08U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[279U] = 0x30056644U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[280U] = 0x214210d4U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[281U] = 0x5344440cU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[282U] = 0x75fbd0c6U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[283U] = 0x374a1e7aU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[284U] = 0x1d91a887U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[285U] = 0x8181e940U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[286U] = 0xa8943f1bU;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators[287U] = 0xcb048748U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[0U] = 0x0000f50ca8ea809aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[1U] = 0x0000b29c8a099820ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[2U] = 0x0000d2253888a40cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[3U] = 0x0002748041421d90ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[4U] = 0x0000460090205811ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[5U] = 0x0002a9134c7bb79aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[6U] = 0x0002944423a60601ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[7U] = 0x0000422027311063ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[8U] = 0x0000061801800800ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[9U] = 0x0002ac73507ff02bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[10U] = 0x000343ebc524df07ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[11U] = 0x00016024663281edULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[12U] = 0x000346a11ca807b1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[13U] = 0x0000c382edd258b0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[14U] = 0x0000c8520265c445ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[15U] = 0x0002723581a05ec3ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[16U] = 0x00029e52dc6c3a4bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[17U] = 0x000062011a8858a0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[18U] = 0x0000000484088005ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[19U] = 0x00011c36b67d2940ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[20U] = 0x00022a0080010020ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[21U] = 0x0002dd9fc11f3148ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[22U] = 0x0001bad72877708aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[23U] = 0x000000301fe98100ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[24U] = 0x000220002000ad20ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[25U] = 0x0000d4283198c010ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[26U] = 0x0003c6aac30b69fdULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[27U] = 0x000202981d90020cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[28U] = 0x0003602080080253ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[29U] = 0x000110a63e48a580ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[30U] = 0x0003566501cc4442ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[31U] = 0x0003342c7db00ba2ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[32U] = 0x0003c0dc19e31761ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[33U] = 0x000184e82f820cb5ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[34U] = 0x0002a0c008de4010ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[35U] = 0x00018ae225f5a03bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[36U] = 0x0002508092b4940aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[37U] = 0x0000025dfe0c080dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[38U] = 0x00031cde0c55a342ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[39U] = 0x00007680e5f298e1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[40U] = 0x0000005060144040ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[41U] = 0x0002a2119cfb33a2ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[42U] = 0x00007558017c01f8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[43U] = 0x0000624029e21810ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[44U] = 0x000201b346152665ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[45U] = 0x0001d0890ba20546ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[46U] = 0x0001a843ab6f71f6ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[47U] = 0x0001752e1c62bddeULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[48U] = 0x0000e104f940534eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[49U] = 0x0001501d41298548ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[50U] = 0x000113ff2421d4a3ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[51U] = 0x00005817132985c1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[52U] = 0x0003612480ea9582ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[53U] = 0x0000183bb519f850ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[54U] = 0x00033cbb411be193ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[55U] = 0x00021e1e5d518c40ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[56U] = 0x0000060030044dc1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[57U] = 0x00030285b5c01e03ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[58U] = 0x00015eee22046c4dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[59U] = 0x0003a44822965238ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[60U] = 0x0000824002e900daULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[61U] = 0x0001091464043719ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[62U] = 0x00008b0cac08a548ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[63U] = 0x0000671b235048b0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[64U] = 0x00027284a54a3c23ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[65U] = 0x0002bb198b0d4d10ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[66U] = 0x0002e002a3aa409eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[67U] = 0x00028b0ccc39b80cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[68U] = 0x0000808104b10040ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[69U] = 0x00032917cc5ff288ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[70U] = 0x000256a4ab849a82ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[71U] = 0x000057ad7230c166ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[72U] = 0x0000003821000a00ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[73U] = 0x00030c5a506a71aaULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[74U] = 0x000011ac50808609ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[75U] = 0x00016020603a81a3ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[76U] = 0x00011ce010400012ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[77U] = 0x00008408c30080e4ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[78U] = 0x00014040885940f2ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[79U] = 0x0001610185c20901ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[80U] = 0x0000f0d45cd4d0a3ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[81U] = 0x0000082ce5518240ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[82U] = 0x0002003d16a02286ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[83U] = 0x000371c13a073d3fULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[84U] = 0x000040c022c0000fULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[85U] = 0x000000201ce845b5ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[86U] = 0x00006e626114201eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[87U] = 0x00006c1f112b356bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[88U] = 0x0000019d00a88802ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[89U] = 0x00002bb276013c65ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[90U] = 0x0003d201cd9c4955ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[91U] = 0x0001875c2dd00dc8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[92U] = 0x0000e00009020054ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[93U] = 0x000310243fe1c7c5ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[94U] = 0x000107c064d5201cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[95U] = 0x00014902597ba1dcULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[96U] = 0x0002a88fe552e3d6ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[97U] = 0x0000401191280210ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[98U] = 0x000080b3cc6040f0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[99U] = 0x000020100000a413ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[100U] = 0x00022c308a054020ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[101U] = 0x000061640660bed2ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[102U] = 0x000165909310623aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[103U] = 0x00020a0f062c250eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[104U] = 0x000084d4f0134240ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[105U] = 0x00032951c29d1880ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[106U] = 0x000380202b60e505ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[107U] = 0x00034dee6234a46eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[108U] = 0x00004200908c0110ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[109U] = 0x000203679c0aa0c8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[110U] = 0x000013ad58819649ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[111U] = 0x0001800801a40207ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[112U] = 0x0002c08054289916ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[113U] = 0x0000804000a80100ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[114U] = 0x0000100014000000ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[115U] = 0x000140003120c610ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[116U] = 0x00032026003d8002ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[117U] = 0x000028b185115b76ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[118U] = 0x000050c07db04a5bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[119U] = 0x0001b165802415afULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[120U] = 0x000106d4c1000000ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[121U] = 0x00028a4484442c07ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[122U] = 0x00008091bda31db5ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[123U] = 0x00014322d9508982ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[124U] = 0x000234bd939e55d0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[125U] = 0x0001e802bb3f20b3ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[126U] = 0x000294140bdd5018ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[127U] = 0x000192845a4526a9ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[128U] = 0x000391cd8c919a40ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[129U] = 0x000080b9074e810cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[130U] = 0x000204a134519802ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[131U] = 0x0003f42734e21500ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[132U] = 0x000002000ea0c8b4ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[133U] = 0x0000824881b00cf6ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[134U] = 0x0001e83a112b3569ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[135U] = 0x000172d62020444bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[136U] = 0x0002710090d820ccULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[137U] = 0x00025381c3864d54ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[138U] = 0x000006383599c858ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[139U] = 0x0001afa695423ce8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[140U] = 0x000008200e78e094ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[141U] = 0x00010269b9245055ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[142U] = 0x000116c5040412a1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[143U] = 0x000120e1b9c01981ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[144U] = 0x00021ac000390582ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[145U] = 0x0002d60a304a6c91ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[146U] = 0x0002d54099ec5056ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[147U] = 0x0000e140638e40bfULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[148U] = 0x0002091184551830ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[149U] = 0x0002fddfe117ba4aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[150U] = 0x0002d34c4af2418aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[151U] = 0x00007d7f492d14ebULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[152U] = 0x0003244c40240100ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[153U] = 0x0000c461a1d4c012ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[154U] = 0x00020278d019dd90ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[155U] = 0x000014bc14c98040ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[156U] = 0x00010240a0848151ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[157U] = 0x000004e306388009ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[158U] = 0x00034629034c0769ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[159U] = 0x0001066080861bc2ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[160U] = 0x0001920233ad4412ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[161U] = 0x00000000038a0310ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[162U] = 0x000000c000006310ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[163U] = 0x0000252085a80010ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[164U] = 0x000240010220115aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[165U] = 0x0000414f96242aceULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[166U] = 0x000320d8c535437eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[167U] = 0x000049090e28090cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[168U] = 0x0001804270000140ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[169U] = 0x000299179e1ffe84ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[170U] = 0x00035e54a3e28e47ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[171U] = 0x00010528e284e825ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[172U] = 0x000240820628ca14ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[173U] = 0x00029858581d4017ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[174U] = 0x00018040e8841718ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[175U] = 0x00008b9c08442700ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[176U] = 0x00012cddcae21414ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[177U] = 0x00018291ac60b280ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[178U] = 0x0000406b2384160cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[179U] = 0x0002d485b7a2920bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[180U] = 0x0002010c8a4c1802ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[181U] = 0x0003f3514ac60bb0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[182U] = 0x000271c035f692f3ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[183U] = 0x0000e0818230429aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[184U] = 0x00020111c6151610ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[185U] = 0x0002cdd962975a50ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[186U] = 0x0000808199820fd1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[187U] = 0x00000a4c086e8497ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[188U] = 0x00026129009b0fd7ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[189U] = 0x00002c109b0f60f1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[190U] = 0x000290084b1d4017ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[191U] = 0x0003d40cbae4c41bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[192U] = 0x0002f33ddd20960dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[193U] = 0x00035028052243d2ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[194U] = 0x00022135c520524bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[195U] = 0x0003812d8baa0106ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[196U] = 0x00021340b918a820ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[197U] = 0x0002ab131c5b338aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[198U] = 0x0003554443ab1000ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[199U] = 0x0001462843b0c066ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[200U] = 0x000242091030500eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[201U] = 0x0000aad77815822dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[202U] = 0x0000164c0c849d01ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[203U] = 0x00018280e230ca0dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[204U] = 0x0000800086082194ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[205U] = 0x00000aaa5641b93aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[206U] = 0x000114e72f20b68dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[207U] = 0x0000210181825945ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[208U] = 0x0000180a0b094832ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[209U] = 0x0002520500889848ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[210U] = 0x0001001440891c00ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[211U] = 0x00021108480200c8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[212U] = 0x00002a0084450029ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[213U] = 0x0001cd1b50313948ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[214U] = 0x00015fef6a32e0e6ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[215U] = 0x0001ec08802121a8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[216U] = 0x0003000010008a11ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[217U] = 0x00001668209a8918ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[218U] = 0x000142a9c1b009cdULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[219U] = 0x0001128da0400501ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[220U] = 0x00033000c4011320ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[221U] = 0x000100b54f50a288ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[222U] = 0x00035c270244e663ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[223U] = 0x000101205010d990ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[224U] = 0x000080c0a0500210ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[225U] = 0x0002023000000a00ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[226U] = 0x000044a9492c95c1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[227U] = 0x0000220001ac8011ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[228U] = 0x00035045608e842bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[229U] = 0x0000188b62316a9dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[230U] = 0x000130318090180cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[231U] = 0x0000610410a68062ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[232U] = 0x00034993fb11380aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[233U] = 0x00018f9a521b23acULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[234U] = 0x00010be66f50a080ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[235U] = 0x00010118c2549b20ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[236U] = 0x0001042839dcc410ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[237U] = 0x00029452095d5031ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[238U] = 0x0001c640a1dc6018ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[239U] = 0x0000c09d08ce05c6ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[240U] = 0x000130e026048c04ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[241U] = 0x000100001a8020b1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[242U] = 0x000128982c412425ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[243U] = 0x0001264008af483aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[244U] = 0x00012028042a0480ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[245U] = 0x000060e580b0932eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[246U] = 0x00007ce275f672f3ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[247U] = 0x000208ba8131f356ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[248U] = 0x0000a200019e0002ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[249U] = 0x0003820ef7528b2fULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[250U] = 0x000230149c8f4b05ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[251U] = 0x00014511f997d952ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[252U] = 0x0000881449bde112ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[253U] = 0x0001c840a82e109aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[254U] = 0x00008b1418448600ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators[255U] = 0x0003a1c1cd6776ebULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[0U] = 0x000020087408cf93ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[1U] = 0x0000100004c04388ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[2U] = 0x0000821005280049ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[3U] = 0x00000a12021a4880ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[4U] = 0x00015f419405040cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[5U] = 0x000208945b2cf4abULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[6U] = 0x00037d892f67ce2bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[7U] = 0x0001359f01aa0014ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[8U] = 0x0001a88802116327ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[9U] = 0x0000f68d95813dd8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[10U] = 0x00022b6ca13eb2a5ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[11U] = 0x00002d62ca7e4265ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[12U] = 0x0000006418010410ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[13U] = 0x0002b83c107e3008ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[14U] = 0x00009471920c11d7ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[15U] = 0x0000a03af086de03ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[16U] = 0x0003f9cee51508c1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[17U] = 0x0001c0961d808d43ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[18U] = 0x00009c1212208132ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[19U] = 0x000280850d800b04ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[20U] = 0x00029299d4083d86ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[21U] = 0x00005c50593a484eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[22U] = 0x0002748f1dad41c5ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[23U] = 0x0001a16a83c0b8e1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[24U] = 0x0002289100205890ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[25U] = 0x0001834db5b903a9ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[26U] = 0x00005ec59b000c34ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[27U] = 0x000320c6c9b18c0aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[28U] = 0x000080460a051907ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[29U] = 0x0001bd71410c40cbULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[30U] = 0x0003f1a4957bf048ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[31U] = 0x0000c5c7b4010484ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[32U] = 0x0002c280f607460dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[33U] = 0x000354a7e7cb00ddULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[34U] = 0x0000a378124835d0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[35U] = 0x0002a4e884080012ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[36U] = 0x00023b829618eb13ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[37U] = 0x0002291270101b87ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[38U] = 0x0002089c1b802d66ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[39U] = 0x00008090127011b4ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[40U] = 0x00004d0008220c0aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[41U] = 0x00022a98d8c41da2ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[42U] = 0x0002724e7ac3a02cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[43U] = 0x0000680cd4ab7f47ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[44U] = 0x0001ae802a594a31ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[45U] = 0x0002b18d24a135d2ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[46U] = 0x00018d0dbd493b2eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[47U] = 0x00000040c0244801ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[48U] = 0x0002e85d716d20dcULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[49U] = 0x0000008624220200ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[50U] = 0x0000051bda35039dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[51U] = 0x0000705a0b66786aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[52U] = 0x000228bb28221c02ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[53U] = 0x00005976038e0aaaULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[54U] = 0x000004e40bffa46eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[55U] = 0x0002479902f63175ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[56U] = 0x0001450024b14260ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[57U] = 0x00010f30898c2501ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[58U] = 0x00019a7d61026e0eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[59U] = 0x0000851708ae2d56ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[60U] = 0x00004688110147eaULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[61U] = 0x00031a28922a61b0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[62U] = 0x00010a59086e7200ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[63U] = 0x00027ab14026edf0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[64U] = 0x0003a28865010f0aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[65U] = 0x0002d284e7818de1ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[66U] = 0x0000860c3c292725ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[67U] = 0x00022ac0578468c5ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[68U] = 0x00005e4290080408ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[69U] = 0x000218945b4cd4a8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[70U] = 0x0000b11a03e4dee2ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[71U] = 0x0002a02e10ae4100ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[72U] = 0x000131c80a442937ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[73U] = 0x0002e289b48175ceULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[74U] = 0x000318c90226e0a0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[75U] = 0x00001442006102d6ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[76U] = 0x0000206645001013ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[77U] = 0x0003640020818040ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[78U] = 0x00000527d0902015ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[79U] = 0x0000002200628800ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[80U] = 0x0000245030ec6c02ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[81U] = 0x000040b42102a806ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[82U] = 0x0001193603aa13beULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[83U] = 0x000248647900aa02ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[84U] = 0x0001e72c10a70213ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[85U] = 0x0003a2feb6d490f0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[86U] = 0x00028a12dad49d3bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[87U] = 0x000242c3b0436280ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[88U] = 0x0001048280064401ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[89U] = 0x000251fa4882cd7aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[90U] = 0x000260a938a3354aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[91U] = 0x00021c090a747024ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[92U] = 0x000004436d214690ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[93U] = 0x00004743958b2414ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[94U] = 0x0003fb4d052a7058ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[95U] = 0x0000038000000404ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[96U] = 0x0002e6a194154704ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[97U] = 0x0002000804080091ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[98U] = 0x000011a002402103ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[99U] = 0x00012adb8aca8888ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[100U] = 0x0002140802362918ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[101U] = 0x000342e9ae87fe49ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[102U] = 0x0000576b827e50fdULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[103U] = 0x00004962f652c865ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[104U] = 0x0002808061b02042ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[105U] = 0x000034397904670eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[106U] = 0x0000894802248d1aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[107U] = 0x0001208910a22004ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[108U] = 0x0000b04a68844c7aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[109U] = 0x00019cd7016480b4ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[110U] = 0x000276d0508294c8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[111U] = 0x00012f1ad8d04b8fULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[112U] = 0x0002f42c99c75d02ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[113U] = 0x000286b0f804014eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[114U] = 0x0001251838202085ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[115U] = 0x00001b5211c0f4d0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[116U] = 0x0000b210a1051214ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[117U] = 0x000277698077f2c7ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[118U] = 0x000341e56ab7b17aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[119U] = 0x000238444c15ae82ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[120U] = 0x0002256110bc8030ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[121U] = 0x00019210c1dc5143ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[122U] = 0x00039ed5411a6e2dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[123U] = 0x000202567c53181fULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[124U] = 0x000044181305c68aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[125U] = 0x00021aa0c6076090ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[126U] = 0x00012770487e6205ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[127U] = 0x000132a230936191ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[128U] = 0x0003fdb58107ac4dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[129U] = 0x000082789a05c016ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[130U] = 0x00037bf100f2a8ceULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[131U] = 0x0000405500a8bf00ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[132U] = 0x00020280701029d0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[133U] = 0x0001e763a4930256ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[134U] = 0x0003cba4a4051799ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[135U] = 0x00001b103274d220ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[136U] = 0x0002300a0005c012ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[137U] = 0x000309734836d223ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[138U] = 0x00000e05247f70b5ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[139U] = 0x0003600d2006744aULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[140U] = 0x0000ca649405001dULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[141U] = 0x0002c32200f21030ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[142U] = 0x00009e3141b861c5ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[143U] = 0x000230829b958932ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[144U] = 0x0001598af42448c3ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[145U] = 0x0000a2841c016311ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[146U] = 0x0003fb8a261019d0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[147U] = 0x0000100400200704ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[148U] = 0x00020896594cfcabULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[149U] = 0x00005d41980a440cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[150U] = 0x0000300c31615240ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[151U] = 0x0001213a82ecfce2ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[152U] = 0x0001c20a00c025caULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[153U] = 0x000181891c192927ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[154U] = 0x0002e2c998c1794bULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[155U] = 0x000320ce0f848c29ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[156U] = 0x00000512a8200b85ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[157U] = 0x000000f452d032d4ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[158U] = 0x0002406246c39771ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[159U] = 0x0000054590002045ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[160U] = 0x0003e61893040305ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[161U] = 0x0001d502ac430085ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[162U] = 0x00020b4238060418ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[163U] = 0x0000000421a87000ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[164U] = 0x000090100aa091acULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[165U] = 0x000029de89161c14ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[166U] = 0x00022a0459218401ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[167U] = 0x00008040034098b0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[168U] = 0x0001083040820143ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[169U] = 0x000341c20ef990f0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[170U] = 0x000240872cf22e00ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[171U] = 0x0001410513170100ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[172U] = 0x0000a0901821c110ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[173U] = 0x00027085358175c8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[174U] = 0x00018f0dbd797325ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[175U] = 0x000232299c0f6740ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[176U] = 0x0001261e0144ca0cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[177U] = 0x00025dc05d694a47ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[178U] = 0x0000305505204200ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[179U] = 0x0000100804454022ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[180U] = 0x0002281800265800ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[181U] = 0x0002c06621a20089ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[182U] = 0x00011434036a8637ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[183U] = 0x0002a99401272001ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[184U] = 0x0000410000810060ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[185U] = 0x00010072c0d43041ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[186U] = 0x00001582b9904982ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[187U] = 0x00024647f4922014ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[188U] = 0x0001245800684280ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[189U] = 0x0000e0c668e48608ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[190U] = 0x0002d0c5a1850cf0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[191U] = 0x00029889ca753020ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[192U] = 0x00003254f9244e05ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[193U] = 0x0001aa97411011c0ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[194U] = 0x0000a0266d0da724ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[195U] = 0x0003c7846ef5e1fdULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[196U] = 0x000008045823080fULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[197U] = 0x000208941a6cf1a8ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[198U] = 0x0002355a2ba2fd62ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[199U] = 0x0002648b44ad05c5ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[200U] = 0x0000038024112103ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[201U] = 0x0002fe4ca7c12cdeULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[202U] = 0x00008e895f017502ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[203U] = 0x00000a52842d8450ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[204U] = 0x00010a0154890818ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[205U] = 0x0002d92410527000ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[206U] = 0x0000b871d21840cdULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[207U] = 0x000200a2925c0160ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[208U] = 0x00008a9b3230c386ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[209U] = 0x000364fe018604cbULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[210U] = 0x0000a87799288227ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[211U] = 0x0000041401c00004ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[212U] = 0x0000470000b58058ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[213U] = 0x0000025658fa3850ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[214U] = 0x00030870022aa238ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[215U] = 0x000248054c110915ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[216U] = 0x00000192c1258825ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[217U] = 0x0000e65640848448ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[218U] = 0x0002da86b7813d88ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[219U] = 0x00009601fd483504ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[220U] = 0x0001019080254200ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[221U] = 0x00030c1318262505ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[222U] = 0x0002d986167b6040ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[223U] = 0x0002ade2a0500694ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[224U] = 0x00024b8414070500ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[225U] = 0x0000001008000280ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[226U] = 0x0002488800014208ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[227U] = 0x0000351e012a6080ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[228U] = 0x00002162041d0a92ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[229U] = 0x000318e02c464c00ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[230U] = 0x000247ff83f610e9ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[231U] = 0x0000025ba200ce10ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[232U] = 0x00015d4181000428ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[233U] = 0x0000a03072662319ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[234U] = 0x00010557928c25d6ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[235U] = 0x000320a0d8280505ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[236U] = 0x00013040204100d4ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[237U] = 0x0000205932803008ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[238U] = 0x00009e61e2604628ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[239U] = 0x00025c022260c426ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[240U] = 0x0002f767a5b36a4eULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[241U] = 0x0000120600102000ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[242U] = 0x00022683828d0014ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[243U] = 0x00008604881b0050ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[244U] = 0x0000280094700845ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[245U] = 0x00005430338a7bfdULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[246U] = 0x00000c32106ac7a6ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[247U] = 0x0001200431838992ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[248U] = 0x0000101009600b00ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[249U] = 0x00001751590a444cULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[250U] = 0x0000161ffb84cf26ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[251U] = 0x000292e277719a31ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[252U] = 0x0003d8d6664484f7ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[253U] = 0x0000a05268000c08ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[254U] = 0x0002d886332105f6ULL;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators[255U] = 0x0000dc196a487f76ULL;
    __Vilp1 = 0U;
    while ((__Vilp1 <= 0x00000a1cU)) {
        vlSelfRef.toepcore_top__DOT__array__DOT__events0__DOT__mem[__Vilp1] = 0U;
        __Vilp1 = ((IData)(1U) + __Vilp1);
    }
}

VL_ATTR_COLD void Vtoepcore_top___024root___eval_initial__TOP__1(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_initial__TOP__1\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Locals
    IData/*31:0*/ __Vilp1;
    // Body
    __Vilp1 = 0x00000a1dU;
    while ((__Vilp1 <= 0x00000c3fU)) {
        vlSelfRef.toepcore_top__DOT__array__DOT__events0__DOT__mem[__Vilp1] = 0U;
        __Vilp1 = ((IData)(1U) + __Vilp1);
    }
}

VL_ATTR_COLD void Vtoepcore_top___024root___eval_final(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_final\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vtoepcore_top___024root___dump_triggers__stl(const VlUnpacked<QData/*63:0*/, 1> &triggers, const std::string &tag);
#endif  // VL_DEBUG
VL_ATTR_COLD bool Vtoepcore_top___024root___eval_phase__stl(Vtoepcore_top___024root* vlSelf);

VL_ATTR_COLD void Vtoepcore_top___024root___eval_settle(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_settle\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Locals
    IData/*31:0*/ __VstlIterCount;
    // Body
    __VstlIterCount = 0U;
    vlSelfRef.__VstlFirstIteration = 1U;
    do {
        if (VL_UNLIKELY(((0x00002710U < __VstlIterCount)))) {
#ifdef VL_DEBUG
            Vtoepcore_top___024root___dump_triggers__stl(vlSelfRef.__VstlTriggered, "stl"s);
#endif
            VL_FATAL_MT("/work/main/.tools-8q5zpald/rtl/toepcore_top.v", 5, "", "DIDNOTCONVERGE: Settle region did not converge after '--converge-limit' of 10000 tries");
        }
        __VstlIterCount = ((IData)(1U) + __VstlIterCount);
        vlSelfRef.__VstlPhaseResult = Vtoepcore_top___024root___eval_phase__stl(vlSelf);
        vlSelfRef.__VstlFirstIteration = 0U;
    } while (vlSelfRef.__VstlPhaseResult);
}

VL_ATTR_COLD void Vtoepcore_top___024root___eval_triggers_vec__stl(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_triggers_vec__stl\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    vlSelfRef.__VstlTriggered[0U] = ((0xfffffffffffffffeULL 
                                      & vlSelfRef.__VstlTriggered[0U]) 
                                     | (IData)((IData)(vlSelfRef.__VstlFirstIteration)));
}

VL_ATTR_COLD bool Vtoepcore_top___024root___trigger_anySet__stl(const VlUnpacked<QData/*63:0*/, 1> &in);

#ifdef VL_DEBUG
VL_ATTR_COLD void Vtoepcore_top___024root___dump_triggers__stl(const VlUnpacked<QData/*63:0*/, 1> &triggers, const std::string &tag) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___dump_triggers__stl\n"); );
    // Body
    if ((1U & (~ (IData)(Vtoepcore_top___024root___trigger_anySet__stl(triggers))))) {
        VL_DBG_MSGS("         No '" + tag + "' region triggers active\n");
    }
    if ((1U & (IData)(triggers[0U]))) {
        VL_DBG_MSGS("         '" + tag + "' region trigger index 0 is active: Internal 'stl' trigger - first iteration\n");
    }
}
#endif  // VL_DEBUG

VL_ATTR_COLD bool Vtoepcore_top___024root___trigger_anySet__stl(const VlUnpacked<QData/*63:0*/, 1> &in) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___trigger_anySet__stl\n"); );
    // Locals
    IData/*31:0*/ n;
    // Body
    n = 0U;
    do {
        if (in[n]) {
            return (1U);
        }
        n = ((IData)(1U) + n);
    } while ((1U > n));
    return (0U);
}

extern const VlUnpacked<CData/*0:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hed02f65f_0;
extern const VlUnpacked<VlWide<9>/*287:0*/, 2> Vtoepcore_top__ConstPool__TABLE_h438f347a_0;
extern const VlUnpacked<VlWide<6>/*179:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h8a324bcc_0;
extern const VlUnpacked<CData/*1:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hb45958eb_0;
extern const VlUnpacked<VlWide<3>/*79:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h26fecffe_0;
extern const VlUnpacked<VlWide<7>/*215:0*/, 2> Vtoepcore_top__ConstPool__TABLE_hbed9e83c_0;
extern const VlUnpacked<VlWide<9>/*287:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0;
extern const VlUnpacked<CData/*1:0*/, 32> Vtoepcore_top__ConstPool__TABLE_h064f1556_0;
extern const VlUnpacked<VlWide<4>/*127:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h63417d20_0;
extern const VlUnpacked<VlWide<6>/*179:0*/, 16> Vtoepcore_top__ConstPool__TABLE_ha690166a_0;
extern const VlUnpacked<VlWide<3>/*79:0*/, 16> Vtoepcore_top__ConstPool__TABLE_ha6c72ca2_0;
extern const VlUnpacked<VlWide<3>/*79:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hdbba59cd_0;
extern const VlUnpacked<VlWide<6>/*179:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hcd00c81a_0;
extern const VlUnpacked<VlWide<3>/*79:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h42c456ce_0;
extern const VlUnpacked<CData/*1:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h86ace615_0;
extern const VlUnpacked<CData/*1:0*/, 8> Vtoepcore_top__ConstPool__TABLE_he274a1d1_0;
extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0;
extern const VlUnpacked<CData/*7:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h3a98d7b1_0;
extern const VlUnpacked<CData/*7:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h464a4983_0;
extern const VlWide<8>/*255:0*/ Vtoepcore_top__ConstPool__CONST_hc7cd7ce2_0;
extern const VlUnpacked<CData/*0:0*/, 512> Vtoepcore_top__ConstPool__TABLE_h6d18686e_0;
extern const VlUnpacked<CData/*5:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h22666e58_0;
extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_hd3208f7a_0;
extern const VlUnpacked<CData/*6:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h352abde6_0;
extern const VlUnpacked<CData/*6:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h964846d6_0;
extern const VlUnpacked<CData/*4:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h4ab268f4_0;
extern const VlUnpacked<CData/*3:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h412ae6d3_0;
extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h1e3e02f6_0;
extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0;
extern const VlUnpacked<CData/*4:0*/, 16> Vtoepcore_top__ConstPool__TABLE_heb320b7b_0;
extern const VlUnpacked<CData/*4:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h499f2c03_0;
extern const VlUnpacked<CData/*0:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h4914ac2f_0;
extern const VlUnpacked<CData/*2:0*/, 32> Vtoepcore_top__ConstPool__TABLE_hec1e610b_0;
extern const VlUnpacked<CData/*2:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h06b2f4e9_0;
extern const VlUnpacked<CData/*2:0*/, 256> Vtoepcore_top__ConstPool__TABLE_h6a77b677_0;
extern const VlUnpacked<CData/*0:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hc9964422_0;
extern const VlUnpacked<CData/*6:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h9da7f09d_0;
extern const VlUnpacked<CData/*6:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h71aafaa6_0;
extern const VlUnpacked<CData/*6:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h0ad204bd_0;
extern const VlUnpacked<CData/*3:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h28478645_0;
extern const VlUnpacked<CData/*0:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h53f32b8b_0;
extern const VlUnpacked<CData/*0:0*/, 256> Vtoepcore_top__ConstPool__TABLE_hee8d8621_0;
extern const VlUnpacked<CData/*0:0*/, 32> Vtoepcore_top__ConstPool__TABLE_h5d0236f3_0;
extern const VlUnpacked<CData/*0:0*/, 128> Vtoepcore_top__ConstPool__TABLE_hf1c94c78_0;
extern const VlUnpacked<CData/*0:0*/, 512> Vtoepcore_top__ConstPool__TABLE_hfbff1bd4_0;
extern const VlUnpacked<CData/*2:0*/, 512> Vtoepcore_top__ConstPool__TABLE_h1e5f036c_0;
extern const VlUnpacked<CData/*0:0*/, 256> Vtoepcore_top__ConstPool__TABLE_h45b29c2e_0;

VL_ATTR_COLD void Vtoepcore_top___024root___stl_sequent__TOP__0(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___stl_sequent__TOP__0\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Locals
    CData/*3:0*/ toepcore_top__DOT__array__DOT____024100;
    toepcore_top__DOT__array__DOT____024100 = 0;
    SData/*8:0*/ toepcore_top__DOT__array__DOT____024101;
    toepcore_top__DOT__array__DOT____024101 = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT____024122;
    toepcore_top__DOT__array__DOT____024122 = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT____024127;
    toepcore_top__DOT__array__DOT____024127 = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT____024132;
    toepcore_top__DOT__array__DOT____024132 = 0;
    CData/*4:0*/ toepcore_top__DOT__array__DOT____024142;
    toepcore_top__DOT__array__DOT____024142 = 0;
    CData/*4:0*/ toepcore_top__DOT__array__DOT____024144;
    toepcore_top__DOT__array__DOT____024144 = 0;
    CData/*3:0*/ toepcore_top__DOT__array__DOT____024171;
    toepcore_top__DOT__array__DOT____024171 = 0;
    CData/*3:0*/ toepcore_top__DOT__array__DOT____024174;
    toepcore_top__DOT__array__DOT____024174 = 0;
    CData/*3:0*/ toepcore_top__DOT__array__DOT____024184;
    toepcore_top__DOT__array__DOT____024184 = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT____02425;
    toepcore_top__DOT__array__DOT____02425 = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT____02426;
    toepcore_top__DOT__array__DOT____02426 = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT____02428;
    toepcore_top__DOT__array__DOT____02428 = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT____02430;
    toepcore_top__DOT__array__DOT____02430 = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT____02443;
    toepcore_top__DOT__array__DOT____02443 = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT____02444;
    toepcore_top__DOT__array__DOT____02444 = 0;
    CData/*2:0*/ toepcore_top__DOT__array__DOT____02445;
    toepcore_top__DOT__array__DOT____02445 = 0;
    CData/*4:0*/ toepcore_top__DOT__array__DOT____02446;
    toepcore_top__DOT__array__DOT____02446 = 0;
    CData/*2:0*/ toepcore_top__DOT__array__DOT____02447;
    toepcore_top__DOT__array__DOT____02447 = 0;
    CData/*4:0*/ toepcore_top__DOT__array__DOT____02448;
    toepcore_top__DOT__array__DOT____02448 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT____02453;
    toepcore_top__DOT__array__DOT____02453 = 0;
    SData/*8:0*/ toepcore_top__DOT__array__DOT____02457;
    toepcore_top__DOT__array__DOT____02457 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT____02458;
    toepcore_top__DOT__array__DOT____02458 = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT____02464;
    toepcore_top__DOT__array__DOT____02464 = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT____02469;
    toepcore_top__DOT__array__DOT____02469 = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT____02474;
    toepcore_top__DOT__array__DOT____02474 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT____02477;
    toepcore_top__DOT__array__DOT____02477 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT____02478;
    toepcore_top__DOT__array__DOT____02478 = 0;
    CData/*4:0*/ toepcore_top__DOT__array__DOT____02479;
    toepcore_top__DOT__array__DOT____02479 = 0;
    CData/*4:0*/ toepcore_top__DOT__array__DOT____02481;
    toepcore_top__DOT__array__DOT____02481 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT____02483;
    toepcore_top__DOT__array__DOT____02483 = 0;
    CData/*1:0*/ toepcore_top__DOT__array__DOT____02484;
    toepcore_top__DOT__array__DOT____02484 = 0;
    SData/*11:0*/ toepcore_top__DOT__array__DOT____024signal;
    toepcore_top__DOT__array__DOT____024signal = 0;
    SData/*11:0*/ toepcore_top__DOT__array__DOT____024signal__02446;
    toepcore_top__DOT__array__DOT____024signal__02446 = 0;
    CData/*7:0*/ toepcore_top__DOT__array__DOT____024signal__02456;
    toepcore_top__DOT__array__DOT____024signal__02456 = 0;
    CData/*7:0*/ toepcore_top__DOT__array__DOT____024signal__02461;
    toepcore_top__DOT__array__DOT____024signal__02461 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT____024signal__02464;
    toepcore_top__DOT__array__DOT____024signal__02464 = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT____024signal__02491;
    toepcore_top__DOT__array__DOT____024signal__02491 = 0;
    CData/*7:0*/ toepcore_top__DOT__array__DOT__Cv;
    toepcore_top__DOT__array__DOT__Cv = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT__axon_end;
    toepcore_top__DOT__array__DOT__axon_end = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT__f_;
    toepcore_top__DOT__array__DOT__f_ = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT__pot_waddr;
    toepcore_top__DOT__array__DOT__pot_waddr = 0;
    CData/*7:0*/ toepcore_top__DOT__array__DOT__pot_waddr__0242;
    toepcore_top__DOT__array__DOT__pot_waddr__0242 = 0;
    CData/*6:0*/ toepcore_top__DOT__array__DOT__pot_waddr__0243;
    toepcore_top__DOT__array__DOT__pot_waddr__0243 = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT__pot_waddr__0244;
    toepcore_top__DOT__array__DOT__pot_waddr__0244 = 0;
    CData/*3:0*/ toepcore_top__DOT__array__DOT__pot_waddr__0245;
    toepcore_top__DOT__array__DOT__pot_waddr__0245 = 0;
    CData/*3:0*/ toepcore_top__DOT__array__DOT__pot_waddr__0246;
    toepcore_top__DOT__array__DOT__pot_waddr__0246 = 0;
    VlWide<4>/*127:0*/ toepcore_top__DOT__array__DOT__prd___05F_data;
    VL_ZERO_W(128, toepcore_top__DOT__array__DOT__prd___05F_data);
    IData/*20:0*/ toepcore_top__DOT__array__DOT__spikes___05Fpayload;
    toepcore_top__DOT__array__DOT__spikes___05Fpayload = 0;
    IData/*21:0*/ toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486;
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 = 0;
    IData/*20:0*/ toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487;
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 = 0;
    IData/*18:0*/ toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488;
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489;
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489 = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490;
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT__spikes___05Fvalid;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT__spikes___05Fvalid__024105;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024105 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT__spikes___05Fvalid__024106;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024106 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT__spikes___05Fvalid__024107;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024107 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT__spikes___05Fvalid__024108;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024108 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT__spikes___05Fvalid__024109;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024109 = 0;
    CData/*0:0*/ toepcore_top__DOT__array__DOT__spikes_ready;
    toepcore_top__DOT__array__DOT__spikes_ready = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT__x_;
    toepcore_top__DOT__array__DOT__x_ = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT____024101;
    toepcore_top__DOT__array__DOT__core_0_0__DOT____024101 = 0;
    CData/*7:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT____0245;
    toepcore_top__DOT__array__DOT__core_0_0__DOT____0245 = 0;
    SData/*13:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02433;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02433 = 0;
    SData/*13:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02435;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02435 = 0;
    SData/*13:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02437;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02437 = 0;
    SData/*13:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02439;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02439 = 0;
    SData/*13:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02441;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02441 = 0;
    SData/*13:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02443;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02443 = 0;
    SData/*13:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02445;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02445 = 0;
    SData/*13:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02447;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02447 = 0;
    CData/*2:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__lowest;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__lowest = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u0;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u0 = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u1;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u1 = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u2;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u2 = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u3;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u3 = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u4;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u4 = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u5;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u5 = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u6;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u6 = 0;
    SData/*14:0*/ toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u7;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u7 = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT____024106;
    toepcore_top__DOT__array__DOT__core_1_0__DOT____024106 = 0;
    CData/*7:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT____0245;
    toepcore_top__DOT__array__DOT__core_1_0__DOT____0245 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02430;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02430 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02432;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02432 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02434;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02434 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02436;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02436 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02438;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02438 = 0;
    CData/*2:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__lowest;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__lowest = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u0;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u0 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u1;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u1 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u2;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u2 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u3;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u3 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u4;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u4 = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT____024102;
    toepcore_top__DOT__array__DOT__core_1_1__DOT____024102 = 0;
    CData/*7:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT____0245;
    toepcore_top__DOT__array__DOT__core_1_1__DOT____0245 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02431;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02431 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02433;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02433 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02435;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02435 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02437;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02437 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02439;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02439 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02441;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02441 = 0;
    CData/*2:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__lowest;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__lowest = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u0;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u0 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u1;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u1 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u2;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u2 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u3;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u3 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u4;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u4 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u5;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u5 = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT____024101;
    toepcore_top__DOT__array__DOT__core_2_0__DOT____024101 = 0;
    CData/*7:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT____0245;
    toepcore_top__DOT__array__DOT__core_2_0__DOT____0245 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02433;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02433 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02435;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02435 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02437;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02437 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02439;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02439 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02441;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02441 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02443;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02443 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02445;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02445 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02447;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02447 = 0;
    CData/*2:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__lowest;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__lowest = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u0;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u0 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u1;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u1 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u2;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u2 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u3;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u3 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u4;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u4 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u5;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u5 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u6;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u6 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u7;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u7 = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT____024106;
    toepcore_top__DOT__array__DOT__core_3_0__DOT____024106 = 0;
    CData/*7:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT____0245;
    toepcore_top__DOT__array__DOT__core_3_0__DOT____0245 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02430;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02430 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02432;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02432 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02434;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02434 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02436;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02436 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02438;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02438 = 0;
    CData/*2:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__lowest;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__lowest = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u0;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u0 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u1;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u1 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u2;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u2 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u3;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u3 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u4;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u4 = 0;
    CData/*5:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT____024106;
    toepcore_top__DOT__array__DOT__core_3_1__DOT____024106 = 0;
    CData/*7:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT____0245;
    toepcore_top__DOT__array__DOT__core_3_1__DOT____0245 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02430;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02430 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02432;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02432 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02434;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02434 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02436;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02436 = 0;
    IData/*16:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02438;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02438 = 0;
    CData/*2:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__lowest;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__lowest = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u0;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u0 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u1;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u1 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u2;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u2 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u3;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u3 = 0;
    IData/*17:0*/ toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u4;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u4 = 0;
    CData/*3:0*/ __Vtableidx1;
    __Vtableidx1 = 0;
    CData/*3:0*/ __Vtableidx2;
    __Vtableidx2 = 0;
    CData/*2:0*/ __Vtableidx3;
    __Vtableidx3 = 0;
    CData/*2:0*/ __Vtableidx4;
    __Vtableidx4 = 0;
    CData/*3:0*/ __Vtableidx5;
    __Vtableidx5 = 0;
    CData/*3:0*/ __Vtableidx6;
    __Vtableidx6 = 0;
    CData/*2:0*/ __Vtableidx7;
    __Vtableidx7 = 0;
    CData/*2:0*/ __Vtableidx8;
    __Vtableidx8 = 0;
    CData/*2:0*/ __Vtableidx9;
    __Vtableidx9 = 0;
    CData/*2:0*/ __Vtableidx10;
    __Vtableidx10 = 0;
    CData/*2:0*/ __Vtableidx11;
    __Vtableidx11 = 0;
    SData/*8:0*/ __Vtableidx12;
    __Vtableidx12 = 0;
    CData/*2:0*/ __Vtableidx13;
    __Vtableidx13 = 0;
    CData/*2:0*/ __Vtableidx14;
    __Vtableidx14 = 0;
    CData/*2:0*/ __Vtableidx15;
    __Vtableidx15 = 0;
    CData/*2:0*/ __Vtableidx16;
    __Vtableidx16 = 0;
    CData/*2:0*/ __Vtableidx17;
    __Vtableidx17 = 0;
    CData/*2:0*/ __Vtableidx18;
    __Vtableidx18 = 0;
    SData/*8:0*/ __Vtableidx19;
    __Vtableidx19 = 0;
    SData/*8:0*/ __Vtableidx20;
    __Vtableidx20 = 0;
    SData/*8:0*/ __Vtableidx21;
    __Vtableidx21 = 0;
    CData/*2:0*/ __Vtableidx22;
    __Vtableidx22 = 0;
    CData/*2:0*/ __Vtableidx23;
    __Vtableidx23 = 0;
    CData/*2:0*/ __Vtableidx24;
    __Vtableidx24 = 0;
    CData/*2:0*/ __Vtableidx25;
    __Vtableidx25 = 0;
    CData/*5:0*/ __Vtableidx26;
    __Vtableidx26 = 0;
    CData/*5:0*/ __Vtableidx27;
    __Vtableidx27 = 0;
    SData/*8:0*/ __Vtableidx28;
    __Vtableidx28 = 0;
    CData/*4:0*/ __Vtableidx29;
    __Vtableidx29 = 0;
    CData/*3:0*/ __Vtableidx30;
    __Vtableidx30 = 0;
    CData/*3:0*/ __Vtableidx31;
    __Vtableidx31 = 0;
    CData/*6:0*/ __Vtableidx32;
    __Vtableidx32 = 0;
    CData/*3:0*/ __Vtableidx33;
    __Vtableidx33 = 0;
    CData/*7:0*/ __Vtableidx34;
    __Vtableidx34 = 0;
    CData/*0:0*/ __Vtableidx35;
    __Vtableidx35 = 0;
    CData/*3:0*/ __Vtableidx37;
    __Vtableidx37 = 0;
    CData/*7:0*/ __Vtableidx38;
    __Vtableidx38 = 0;
    SData/*8:0*/ __Vtableidx39;
    __Vtableidx39 = 0;
    CData/*7:0*/ __Vtableidx40;
    __Vtableidx40 = 0;
    CData/*2:0*/ __Vtableidx41;
    __Vtableidx41 = 0;
    CData/*2:0*/ __Vtableidx42;
    __Vtableidx42 = 0;
    CData/*1:0*/ __Vtableidx43;
    __Vtableidx43 = 0;
    CData/*3:0*/ __Vtableidx44;
    __Vtableidx44 = 0;
    CData/*3:0*/ __Vtableidx46;
    __Vtableidx46 = 0;
    SData/*8:0*/ __Vtableidx52;
    __Vtableidx52 = 0;
    CData/*4:0*/ __Vtableidx53;
    __Vtableidx53 = 0;
    CData/*2:0*/ __Vtableidx54;
    __Vtableidx54 = 0;
    CData/*2:0*/ __Vtableidx55;
    __Vtableidx55 = 0;
    CData/*1:0*/ __Vtableidx56;
    __Vtableidx56 = 0;
    CData/*0:0*/ __Vtableidx57;
    __Vtableidx57 = 0;
    CData/*3:0*/ __Vtableidx58;
    __Vtableidx58 = 0;
    CData/*3:0*/ __Vtableidx60;
    __Vtableidx60 = 0;
    CData/*7:0*/ __Vtableidx67;
    __Vtableidx67 = 0;
    CData/*5:0*/ __Vtableidx69;
    __Vtableidx69 = 0;
    CData/*2:0*/ __Vtableidx70;
    __Vtableidx70 = 0;
    CData/*2:0*/ __Vtableidx71;
    __Vtableidx71 = 0;
    CData/*1:0*/ __Vtableidx72;
    __Vtableidx72 = 0;
    CData/*4:0*/ __Vtableidx73;
    __Vtableidx73 = 0;
    CData/*3:0*/ __Vtableidx75;
    __Vtableidx75 = 0;
    SData/*8:0*/ __Vtableidx84;
    __Vtableidx84 = 0;
    CData/*7:0*/ __Vtableidx85;
    __Vtableidx85 = 0;
    CData/*2:0*/ __Vtableidx86;
    __Vtableidx86 = 0;
    CData/*2:0*/ __Vtableidx87;
    __Vtableidx87 = 0;
    CData/*1:0*/ __Vtableidx88;
    __Vtableidx88 = 0;
    CData/*3:0*/ __Vtableidx89;
    __Vtableidx89 = 0;
    CData/*3:0*/ __Vtableidx90;
    __Vtableidx90 = 0;
    CData/*3:0*/ __Vtableidx92;
    __Vtableidx92 = 0;
    SData/*8:0*/ __Vtableidx98;
    __Vtableidx98 = 0;
    CData/*4:0*/ __Vtableidx99;
    __Vtableidx99 = 0;
    CData/*2:0*/ __Vtableidx100;
    __Vtableidx100 = 0;
    CData/*2:0*/ __Vtableidx101;
    __Vtableidx101 = 0;
    CData/*3:0*/ __Vtableidx102;
    __Vtableidx102 = 0;
    CData/*3:0*/ __Vtableidx103;
    __Vtableidx103 = 0;
    CData/*3:0*/ __Vtableidx104;
    __Vtableidx104 = 0;
    CData/*3:0*/ __Vtableidx105;
    __Vtableidx105 = 0;
    CData/*3:0*/ __Vtableidx107;
    __Vtableidx107 = 0;
    SData/*8:0*/ __Vtableidx113;
    __Vtableidx113 = 0;
    CData/*4:0*/ __Vtableidx114;
    __Vtableidx114 = 0;
    CData/*2:0*/ __Vtableidx115;
    __Vtableidx115 = 0;
    CData/*2:0*/ __Vtableidx116;
    __Vtableidx116 = 0;
    CData/*3:0*/ __Vtableidx117;
    __Vtableidx117 = 0;
    CData/*3:0*/ __Vtableidx118;
    __Vtableidx118 = 0;
    CData/*5:0*/ __Vtableidx119;
    __Vtableidx119 = 0;
    IData/*31:0*/ __VdfgRegularize_h6e95ff9d_0_9;
    __VdfgRegularize_h6e95ff9d_0_9 = 0;
    SData/*15:0*/ __VdfgRegularize_h6e95ff9d_0_10;
    __VdfgRegularize_h6e95ff9d_0_10 = 0;
    SData/*11:0*/ __VdfgRegularize_h6e95ff9d_0_11;
    __VdfgRegularize_h6e95ff9d_0_11 = 0;
    IData/*19:0*/ __VdfgRegularize_h6e95ff9d_0_12;
    __VdfgRegularize_h6e95ff9d_0_12 = 0;
    QData/*49:0*/ __VdfgRegularize_h6e95ff9d_0_13;
    __VdfgRegularize_h6e95ff9d_0_13 = 0;
    QData/*49:0*/ __VdfgRegularize_h6e95ff9d_0_14;
    __VdfgRegularize_h6e95ff9d_0_14 = 0;
    CData/*7:0*/ __VdfgRegularize_h6e95ff9d_0_39;
    __VdfgRegularize_h6e95ff9d_0_39 = 0;
    VlWide<4>/*127:0*/ __Vtemp_1;
    // Body
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02456 = 0U;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__c))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02456 = 0U;
    } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__c))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02456 = 1U;
    } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__c))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02456 = 2U;
    }
    vlSelfRef.toepcore_top__DOT__feeder__DOT__rd___05Fen = 1U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02416 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02417 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02418 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02419 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02420 = 0U;
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_24 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__Y) 
                                                    - (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_25 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__X) 
                                                    - (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__0245)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_26 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__Y) 
                                                    - (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_27 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__X) 
                                                    - (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__0245)));
    __Vtableidx33 = vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state;
    vlSelfRef.result___05Fvalid = Vtoepcore_top__ConstPool__TABLE_hed02f65f_0
        [__Vtableidx33];
    vlSelfRef.toepcore_top__DOT__array__DOT____024214 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496;
    __Vtableidx35 = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[0U] 
        = Vtoepcore_top__ConstPool__TABLE_h438f347a_0
        [__Vtableidx35][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[1U] 
        = Vtoepcore_top__ConstPool__TABLE_h438f347a_0
        [__Vtableidx35][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[2U] 
        = Vtoepcore_top__ConstPool__TABLE_h438f347a_0
        [__Vtableidx35][2U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[3U] 
        = Vtoepcore_top__ConstPool__TABLE_h438f347a_0
        [__Vtableidx35][3U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[4U] 
        = Vtoepcore_top__ConstPool__TABLE_h438f347a_0
        [__Vtableidx35][4U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[5U] 
        = Vtoepcore_top__ConstPool__TABLE_h438f347a_0
        [__Vtableidx35][5U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[6U] 
        = Vtoepcore_top__ConstPool__TABLE_h438f347a_0
        [__Vtableidx35][6U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[7U] 
        = Vtoepcore_top__ConstPool__TABLE_h438f347a_0
        [__Vtableidx35][7U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[8U] 
        = Vtoepcore_top__ConstPool__TABLE_h438f347a_0
        [__Vtableidx35][8U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02469 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02427;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02471 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02428;
    __Vtableidx43 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[0U] 
        = Vtoepcore_top__ConstPool__TABLE_h8a324bcc_0
        [__Vtableidx43][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[1U] 
        = Vtoepcore_top__ConstPool__TABLE_h8a324bcc_0
        [__Vtableidx43][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[2U] 
        = Vtoepcore_top__ConstPool__TABLE_h8a324bcc_0
        [__Vtableidx43][2U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[3U] 
        = Vtoepcore_top__ConstPool__TABLE_h8a324bcc_0
        [__Vtableidx43][3U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[4U] 
        = Vtoepcore_top__ConstPool__TABLE_h8a324bcc_0
        [__Vtableidx43][4U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[5U] 
        = Vtoepcore_top__ConstPool__TABLE_h8a324bcc_0
        [__Vtableidx43][5U];
    __Vtableidx44 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02447 
        = Vtoepcore_top__ConstPool__TABLE_hb45958eb_0
        [__Vtableidx44];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02424;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02425;
    __Vtableidx56 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____0242[0U] 
        = Vtoepcore_top__ConstPool__TABLE_h26fecffe_0
        [__Vtableidx56][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____0242[1U] 
        = Vtoepcore_top__ConstPool__TABLE_h26fecffe_0
        [__Vtableidx56][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____0242[2U] 
        = Vtoepcore_top__ConstPool__TABLE_h26fecffe_0
        [__Vtableidx56][2U];
    __Vtableidx57 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[0U] 
        = Vtoepcore_top__ConstPool__TABLE_hbed9e83c_0
        [__Vtableidx57][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[1U] 
        = Vtoepcore_top__ConstPool__TABLE_hbed9e83c_0
        [__Vtableidx57][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[2U] 
        = Vtoepcore_top__ConstPool__TABLE_hbed9e83c_0
        [__Vtableidx57][2U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[3U] 
        = Vtoepcore_top__ConstPool__TABLE_hbed9e83c_0
        [__Vtableidx57][3U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[4U] 
        = Vtoepcore_top__ConstPool__TABLE_hbed9e83c_0
        [__Vtableidx57][4U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[5U] 
        = Vtoepcore_top__ConstPool__TABLE_hbed9e83c_0
        [__Vtableidx57][5U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[6U] 
        = Vtoepcore_top__ConstPool__TABLE_hbed9e83c_0
        [__Vtableidx57][6U];
    __Vtableidx58 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02450 
        = Vtoepcore_top__ConstPool__TABLE_hb45958eb_0
        [__Vtableidx58];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02463 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02464 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02425;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02465 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02426;
    __Vtableidx72 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[0U] 
        = Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0
        [__Vtableidx72][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[1U] 
        = Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0
        [__Vtableidx72][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[2U] 
        = Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0
        [__Vtableidx72][2U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[3U] 
        = Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0
        [__Vtableidx72][3U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[4U] 
        = Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0
        [__Vtableidx72][4U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[5U] 
        = Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0
        [__Vtableidx72][5U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[6U] 
        = Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0
        [__Vtableidx72][6U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[7U] 
        = Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0
        [__Vtableidx72][7U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[8U] 
        = Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0
        [__Vtableidx72][8U];
    __Vtableidx73 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02456 
        = Vtoepcore_top__ConstPool__TABLE_h064f1556_0
        [__Vtableidx73];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02469 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02427;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02471 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02428;
    __Vtableidx88 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____0242[0U] 
        = Vtoepcore_top__ConstPool__TABLE_h63417d20_0
        [__Vtableidx88][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____0242[1U] 
        = Vtoepcore_top__ConstPool__TABLE_h63417d20_0
        [__Vtableidx88][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____0242[2U] 
        = Vtoepcore_top__ConstPool__TABLE_h63417d20_0
        [__Vtableidx88][2U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____0242[3U] 
        = Vtoepcore_top__ConstPool__TABLE_h63417d20_0
        [__Vtableidx88][3U];
    __Vtableidx89 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[0U] 
        = Vtoepcore_top__ConstPool__TABLE_ha690166a_0
        [__Vtableidx89][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[1U] 
        = Vtoepcore_top__ConstPool__TABLE_ha690166a_0
        [__Vtableidx89][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[2U] 
        = Vtoepcore_top__ConstPool__TABLE_ha690166a_0
        [__Vtableidx89][2U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[3U] 
        = Vtoepcore_top__ConstPool__TABLE_ha690166a_0
        [__Vtableidx89][3U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[4U] 
        = Vtoepcore_top__ConstPool__TABLE_ha690166a_0
        [__Vtableidx89][4U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[5U] 
        = Vtoepcore_top__ConstPool__TABLE_ha690166a_0
        [__Vtableidx89][5U];
    __Vtableidx90 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02447 
        = Vtoepcore_top__ConstPool__TABLE_hb45958eb_0
        [__Vtableidx90];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02424;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02425;
    __Vtableidx102 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0241[0U] 
        = Vtoepcore_top__ConstPool__TABLE_ha6c72ca2_0
        [__Vtableidx102][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0241[1U] 
        = Vtoepcore_top__ConstPool__TABLE_ha6c72ca2_0
        [__Vtableidx102][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0241[2U] 
        = Vtoepcore_top__ConstPool__TABLE_ha6c72ca2_0
        [__Vtableidx102][2U];
    __Vtableidx103 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0242[0U] 
        = Vtoepcore_top__ConstPool__TABLE_hdbba59cd_0
        [__Vtableidx103][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0242[1U] 
        = Vtoepcore_top__ConstPool__TABLE_hdbba59cd_0
        [__Vtableidx103][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0242[2U] 
        = Vtoepcore_top__ConstPool__TABLE_hdbba59cd_0
        [__Vtableidx103][2U];
    __Vtableidx104 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[0U] 
        = Vtoepcore_top__ConstPool__TABLE_hcd00c81a_0
        [__Vtableidx104][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[1U] 
        = Vtoepcore_top__ConstPool__TABLE_hcd00c81a_0
        [__Vtableidx104][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[2U] 
        = Vtoepcore_top__ConstPool__TABLE_hcd00c81a_0
        [__Vtableidx104][2U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[3U] 
        = Vtoepcore_top__ConstPool__TABLE_hcd00c81a_0
        [__Vtableidx104][3U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[4U] 
        = Vtoepcore_top__ConstPool__TABLE_hcd00c81a_0
        [__Vtableidx104][4U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[5U] 
        = Vtoepcore_top__ConstPool__TABLE_hcd00c81a_0
        [__Vtableidx104][5U];
    __Vtableidx105 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02447 
        = Vtoepcore_top__ConstPool__TABLE_hb45958eb_0
        [__Vtableidx105];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02424;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02425;
    __Vtableidx117 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0241[0U] 
        = Vtoepcore_top__ConstPool__TABLE_ha6c72ca2_0
        [__Vtableidx117][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0241[1U] 
        = Vtoepcore_top__ConstPool__TABLE_ha6c72ca2_0
        [__Vtableidx117][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0241[2U] 
        = Vtoepcore_top__ConstPool__TABLE_ha6c72ca2_0
        [__Vtableidx117][2U];
    __Vtableidx118 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0242[0U] 
        = Vtoepcore_top__ConstPool__TABLE_h42c456ce_0
        [__Vtableidx118][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0242[1U] 
        = Vtoepcore_top__ConstPool__TABLE_h42c456ce_0
        [__Vtableidx118][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0242[2U] 
        = Vtoepcore_top__ConstPool__TABLE_h42c456ce_0
        [__Vtableidx118][2U];
    vlSelfRef.toepcore_top__DOT__array__DOT____024215 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024100;
    vlSelfRef.toepcore_top__DOT__feeder__DOT____0248 
        = vlSelfRef.toepcore_top__DOT__feeder__DOT__i;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
        if (vlSelfRef.start) {
            vlSelfRef.toepcore_top__DOT__feeder__DOT____0248 = 0U;
        }
    } else if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
            if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__feeder__DOT____0248 
                    = (0x000003ffU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i)));
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024216 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101;
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_16 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__Y) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal) 
                                                     << 1U)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_17 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__X) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__0245) 
                                                     << 1U)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_18 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__Y) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal) 
                                                     << 1U)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_19 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__X) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__0245) 
                                                     << 1U)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_20 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__Y) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal) 
                                                     << 1U)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_21 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__X) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__0245) 
                                                     << 1U)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_22 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__Y) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal) 
                                                     << 1U)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_23 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__X) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__0245) 
                                                     << 1U)));
    __Vtableidx119 = ((((IData)(vlSelfRef.rst) << 5U) 
                       | (((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state)) 
                           << 4U) | ((0x0310U == (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i)) 
                                     << 3U))) | (((IData)(vlSelfRef.start) 
                                                  << 2U) 
                                                 | (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state)));
    vlSelfRef.toepcore_top__DOT__feeder__DOT____0249 
        = Vtoepcore_top__ConstPool__TABLE_h86ace615_0
        [__Vtableidx119];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____Vcellinp__neurons__acc_addr 
        = (0x0000007fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g) 
                          + (0x000003feU & (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__0245) 
                                             + ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal) 
                                                << 3U)) 
                                            << 1U))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____Vcellinp__neurons__acc_addr 
        = (0x000000ffU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g) 
                          + (0x000001fcU & (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__0245) 
                                             + (0x0000003fU 
                                                & ((IData)(7U) 
                                                   * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal)))) 
                                            << 2U))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____Vcellinp__neurons__acc_addr 
        = (0x0000007fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g) 
                          + (0x000000feU & (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__0245) 
                                             + (0x0000003fU 
                                                & ((IData)(7U) 
                                                   * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal)))) 
                                            << 1U))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____Vcellinp__neurons__acc_addr 
        = (0x0000003fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g) 
                          + (0x000001fcU & (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__0245) 
                                             + ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal) 
                                                << 2U)) 
                                            << 2U))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____Vcellinp__neurons__acc_addr 
        = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g) 
                          + (0x0000007fU & ((IData)(0x0aU) 
                                            * (7U & 
                                               ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__0245) 
                                                + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal)))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____Vcellinp__neurons__acc_addr 
        = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g) 
                          + (0x0000007fU & ((IData)(0x0aU) 
                                            * (7U & 
                                               ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__0245) 
                                                + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal)))))));
    vlSelfRef.toepcore_top__DOT__pixels___05Fpayload = 0U;
    __VdfgRegularize_h6e95ff9d_0_9 = (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT___0_ 
                                      >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__s1_g) 
                                          << 3U));
    __VdfgRegularize_h6e95ff9d_0_10 = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT___0_) 
                                       >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__s1_g) 
                                           << 3U));
    __VdfgRegularize_h6e95ff9d_0_11 = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT___0_) 
                                       >> (0x0000000fU 
                                           & ((IData)(6U) 
                                              * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__s1_g))));
    __VdfgRegularize_h6e95ff9d_0_12 = (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT___0_ 
                                       >> (0x0000001fU 
                                           & ((IData)(5U) 
                                              * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__s1_g))));
    __VdfgRegularize_h6e95ff9d_0_13 = VL_SHIFTR_QQI(50,50,7, vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT___0_, 
                                                    (0x0000007fU 
                                                     & ((IData)(5U) 
                                                        * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__s1_g))));
    __VdfgRegularize_h6e95ff9d_0_14 = VL_SHIFTR_QQI(50,50,7, vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT___0_, 
                                                    (0x0000007fU 
                                                     & ((IData)(5U) 
                                                        * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__s1_g))));
    toepcore_top__DOT__array__DOT__pot_waddr = 0U;
    toepcore_top__DOT__array__DOT__pot_waddr__0242 = 0U;
    toepcore_top__DOT__array__DOT__pot_waddr__0243 = 0U;
    toepcore_top__DOT__array__DOT__pot_waddr__0244 = 0U;
    toepcore_top__DOT__array__DOT__pot_waddr__0245 = 0U;
    toepcore_top__DOT__array__DOT__pot_waddr__0246 = 0U;
    __Vtableidx15 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02484 = Vtoepcore_top__ConstPool__TABLE_he274a1d1_0
        [__Vtableidx15];
    __Vtableidx100 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx100];
    __Vtableidx115 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx115];
    __Vtableidx37 = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__s1_q;
    toepcore_top__DOT__array__DOT__core_0_0__DOT____0245 
        = Vtoepcore_top__ConstPool__TABLE_h3a98d7b1_0
        [__Vtableidx37];
    __Vtableidx46 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__s1_q;
    toepcore_top__DOT__array__DOT__core_1_0__DOT____0245 
        = Vtoepcore_top__ConstPool__TABLE_h3a98d7b1_0
        [__Vtableidx46];
    __Vtableidx60 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__s1_q;
    toepcore_top__DOT__array__DOT__core_1_1__DOT____0245 
        = Vtoepcore_top__ConstPool__TABLE_h3a98d7b1_0
        [__Vtableidx60];
    __Vtableidx75 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__s1_q;
    toepcore_top__DOT__array__DOT__core_2_0__DOT____0245 
        = Vtoepcore_top__ConstPool__TABLE_h3a98d7b1_0
        [__Vtableidx75];
    __Vtableidx92 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__s1_q;
    toepcore_top__DOT__array__DOT__core_3_0__DOT____0245 
        = Vtoepcore_top__ConstPool__TABLE_h464a4983_0
        [__Vtableidx92];
    __Vtableidx107 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__s1_q;
    toepcore_top__DOT__array__DOT__core_3_1__DOT____0245 
        = Vtoepcore_top__ConstPool__TABLE_h464a4983_0
        [__Vtableidx107];
    VL_ASSIGN_W(236, vlSelfRef.result___05Fpayload, Vtoepcore_top__ConstPool__CONST_hc7cd7ce2_0);
    if ((1U & (~ ((((((((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state)) 
                        | (1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
                       | (2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
                      | (4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
                     | (3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
                    | (5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
                   | (7U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
                  | (6U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state)))))) {
        if ((8U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            vlSelfRef.result___05Fpayload[0U] = ((0xfffffff0U 
                                                  & vlSelfRef.result___05Fpayload[0U]) 
                                                 | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__best));
            vlSelfRef.result___05Fpayload[1U] = ((0x00000fffU 
                                                  & vlSelfRef.result___05Fpayload[1U]) 
                                                 | (vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024115 
                                                    << 0x0000000cU));
            vlSelfRef.result___05Fpayload[2U] = ((vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024115 
                                                  >> 0x00000014U) 
                                                 | (vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024116 
                                                    << 0x0000000cU));
            vlSelfRef.result___05Fpayload[3U] = ((vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024116 
                                                  >> 0x00000014U) 
                                                 | ((IData)(
                                                            (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024118)) 
                                                              << 0x00000020U) 
                                                             | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__spikes)))) 
                                                    << 0x0000000cU));
            vlSelfRef.result___05Fpayload[4U] = (((IData)(
                                                          (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024118)) 
                                                            << 0x00000020U) 
                                                           | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__spikes)))) 
                                                  >> 0x00000014U) 
                                                 | ((IData)(
                                                            ((((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024118)) 
                                                               << 0x00000020U) 
                                                              | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__spikes))) 
                                                             >> 0x00000020U)) 
                                                    << 0x0000000cU));
            vlSelfRef.result___05Fpayload[5U] = ((0xfffff000U 
                                                  & vlSelfRef.result___05Fpayload[5U]) 
                                                 | ((IData)(
                                                            ((((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024118)) 
                                                               << 0x00000020U) 
                                                              | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__spikes))) 
                                                             >> 0x00000020U)) 
                                                    >> 0x00000014U));
            vlSelfRef.result___05Fpayload[5U] = ((0x00000fffU 
                                                  & vlSelfRef.result___05Fpayload[5U]) 
                                                 | ((IData)(
                                                            (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__reads)) 
                                                              << 0x00000020U) 
                                                             | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119)))) 
                                                    << 0x0000000cU));
            vlSelfRef.result___05Fpayload[6U] = (((IData)(
                                                          (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__reads)) 
                                                            << 0x00000020U) 
                                                           | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119)))) 
                                                  >> 0x00000014U) 
                                                 | ((IData)(
                                                            ((((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__reads)) 
                                                               << 0x00000020U) 
                                                              | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119))) 
                                                             >> 0x00000020U)) 
                                                    << 0x0000000cU));
            vlSelfRef.result___05Fpayload[7U] = ((IData)(
                                                         ((((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__reads)) 
                                                            << 0x00000020U) 
                                                           | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119))) 
                                                          >> 0x00000020U)) 
                                                 >> 0x00000014U);
            vlSelfRef.result___05Fpayload[0U] = ((0xf000000fU 
                                                  & vlSelfRef.result___05Fpayload[0U]) 
                                                 | (((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count5) 
                                                       << 0x00000014U) 
                                                      | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count4) 
                                                         << 0x00000010U)) 
                                                     | ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count3) 
                                                          << 0x0000000cU) 
                                                         | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count2) 
                                                            << 8U)) 
                                                        | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count1) 
                                                            << 4U) 
                                                           | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count0)))) 
                                                    << 4U));
            vlSelfRef.result___05Fpayload[0U] = ((0x0fffffffU 
                                                  & vlSelfRef.result___05Fpayload[0U]) 
                                                 | (((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count9) 
                                                       << 0x0000000cU) 
                                                      | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count8) 
                                                         << 8U)) 
                                                     | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count7) 
                                                         << 4U) 
                                                        | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count6))) 
                                                    << 0x0000001cU));
            vlSelfRef.result___05Fpayload[1U] = ((0xfffff000U 
                                                  & vlSelfRef.result___05Fpayload[1U]) 
                                                 | (((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count9) 
                                                       << 0x0000000cU) 
                                                      | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count8) 
                                                         << 8U)) 
                                                     | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count7) 
                                                         << 4U) 
                                                        | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count6))) 
                                                    >> 4U));
        }
    }
    __Vtableidx41 = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx41];
    __Vtableidx54 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx54];
    __Vtableidx70 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx70];
    __Vtableidx86 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx86];
    vlSelfRef.toepcore_top__DOT__array__DOT____024180 = 0U;
    __Vtableidx20 = ((((((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state)) 
                         << 4U) | (((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state)) 
                                    << 3U) | ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state)) 
                                              << 2U))) 
                       | (((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state)) 
                           << 1U) | (0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state)))) 
                      << 4U) | (((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state)) 
                                 << 3U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT____024139 
        = Vtoepcore_top__ConstPool__TABLE_h6d18686e_0
        [__Vtableidx20];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02437 
        = ((3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__px_end));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02437 
        = ((3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__px_end));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02446 
        = ((0x0000001fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__px_end));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02437 
        = ((0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__px_end));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02440 
        = ((0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__px_end));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02446 
        = ((0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__px_end));
    __Vtableidx4 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02444 = Vtoepcore_top__ConstPool__TABLE_h22666e58_0
        [__Vtableidx4];
    toepcore_top__DOT__array__DOT____024171 = 0U;
    toepcore_top__DOT__array__DOT____024174 = 0U;
    if (((((((((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_)) 
               | (1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) 
              | (2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) 
             | (3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) 
            | (4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) 
           | (5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) 
          | (6U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) 
         | (7U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_)))) {
        if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
            vlSelfRef.toepcore_top__DOT__array__DOT____024180 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count0;
            toepcore_top__DOT__array__DOT____024171 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count0;
            toepcore_top__DOT__array__DOT____024174 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count0;
        } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
            vlSelfRef.toepcore_top__DOT__array__DOT____024180 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count1;
            toepcore_top__DOT__array__DOT____024171 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count1;
            toepcore_top__DOT__array__DOT____024174 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count1;
        } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
            vlSelfRef.toepcore_top__DOT__array__DOT____024180 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count2;
            toepcore_top__DOT__array__DOT____024171 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count2;
            toepcore_top__DOT__array__DOT____024174 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count2;
        } else if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
            vlSelfRef.toepcore_top__DOT__array__DOT____024180 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count3;
            toepcore_top__DOT__array__DOT____024171 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count3;
            toepcore_top__DOT__array__DOT____024174 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count3;
        } else if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
            vlSelfRef.toepcore_top__DOT__array__DOT____024180 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count4;
            toepcore_top__DOT__array__DOT____024171 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count4;
            toepcore_top__DOT__array__DOT____024174 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count4;
        } else if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
            vlSelfRef.toepcore_top__DOT__array__DOT____024180 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count5;
            toepcore_top__DOT__array__DOT____024171 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count5;
            toepcore_top__DOT__array__DOT____024174 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count5;
        } else if ((6U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
            vlSelfRef.toepcore_top__DOT__array__DOT____024180 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count6;
            toepcore_top__DOT__array__DOT____024171 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count6;
            toepcore_top__DOT__array__DOT____024174 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count6;
        } else {
            vlSelfRef.toepcore_top__DOT__array__DOT____024180 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count7;
            toepcore_top__DOT__array__DOT____024171 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count7;
            toepcore_top__DOT__array__DOT____024174 
                = vlSelfRef.toepcore_top__DOT__array__DOT__count7;
        }
    } else if ((8U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024180 
            = vlSelfRef.toepcore_top__DOT__array__DOT__count8;
        toepcore_top__DOT__array__DOT____024171 = vlSelfRef.toepcore_top__DOT__array__DOT__count8;
        toepcore_top__DOT__array__DOT____024174 = vlSelfRef.toepcore_top__DOT__array__DOT__count8;
    } else if ((9U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024180 
            = vlSelfRef.toepcore_top__DOT__array__DOT__count9;
        toepcore_top__DOT__array__DOT____024171 = vlSelfRef.toepcore_top__DOT__array__DOT__count9;
        toepcore_top__DOT__array__DOT____024174 = vlSelfRef.toepcore_top__DOT__array__DOT__count9;
    }
    __Vtableidx25 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    vlSelfRef.toepcore_top__DOT__array__DOT____024186 
        = Vtoepcore_top__ConstPool__TABLE_hd3208f7a_0
        [__Vtableidx25];
    __Vtableidx19 = ((((((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state)) 
                         << 4U) | (((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state)) 
                                    << 3U) | ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state)) 
                                              << 2U))) 
                       | (((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state)) 
                           << 1U) | (0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state)))) 
                      << 4U) | (((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state)) 
                                 << 3U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT____024135 
        = Vtoepcore_top__ConstPool__TABLE_h6d18686e_0
        [__Vtableidx19];
    __Vtableidx16 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____024122 = Vtoepcore_top__ConstPool__TABLE_h352abde6_0
        [__Vtableidx16];
    __Vtableidx17 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____024127 = Vtoepcore_top__ConstPool__TABLE_h964846d6_0
        [__Vtableidx17];
    __Vtableidx18 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____024132 = Vtoepcore_top__ConstPool__TABLE_h964846d6_0
        [__Vtableidx18];
    vlSelfRef.toepcore_top__DOT__array__DOT____024117 
        = ((0x1bU == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101)) 
           & ((~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496)) 
              & (0x1bU == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024100))));
    __Vtableidx13 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02479 = Vtoepcore_top__ConstPool__TABLE_h4ab268f4_0
        [__Vtableidx13];
    __Vtableidx14 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02481 = Vtoepcore_top__ConstPool__TABLE_h4ab268f4_0
        [__Vtableidx14];
    __Vtableidx22 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____024142 = Vtoepcore_top__ConstPool__TABLE_h4ab268f4_0
        [__Vtableidx22];
    __Vtableidx23 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____024144 = Vtoepcore_top__ConstPool__TABLE_h4ab268f4_0
        [__Vtableidx23];
    vlSelfRef.toepcore_top__DOT__array__DOT__issue__02441 = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__issue__02441 = 1U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__issue__02442 = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__issue__02442 = 1U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__issue = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__issue = 1U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438 = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438 = 1U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439 = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439 = 1U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__issue__02440 = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__issue__02440 = 1U;
        }
    }
    __Vtableidx24 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____024184 = Vtoepcore_top__ConstPool__TABLE_h412ae6d3_0
        [__Vtableidx24];
    toepcore_top__DOT__array__DOT____024100 = (0x0000000fU 
                                               & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497) 
                                                  + 
                                                  (7U 
                                                   & ((IData)(3U) 
                                                      * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496)))));
    __Vtableidx8 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02453 = Vtoepcore_top__ConstPool__TABLE_h1e3e02f6_0
        [__Vtableidx8];
    __Vtableidx42 = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx42];
    __Vtableidx55 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024105 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx55];
    __Vtableidx71 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024106 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx71];
    __Vtableidx87 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024107 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx87];
    __Vtableidx101 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024108 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx101];
    __Vtableidx116 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024109 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx116];
    __Vtableidx5 = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
    toepcore_top__DOT__array__DOT____02446 = Vtoepcore_top__ConstPool__TABLE_heb320b7b_0
        [__Vtableidx5];
    __Vtableidx6 = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
    toepcore_top__DOT__array__DOT____02448 = Vtoepcore_top__ConstPool__TABLE_h499f2c03_0
        [__Vtableidx6];
    __Vtableidx31 = vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes_ready = Vtoepcore_top__ConstPool__TABLE_h4914ac2f_0
        [__Vtableidx31];
    vlSelfRef.toepcore_top__DOT__pixels___05Fvalid = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
            if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__feeder__DOT__rd___05Fen = 0U;
                VL_SHIFTR_WWI(128,128,7, __Vtemp_1, vlSelfRef.toepcore_top__DOT__feeder__DOT___0_, 
                              (0x00000078U & ((IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i) 
                                              << 3U)));
                vlSelfRef.toepcore_top__DOT__pixels___05Fpayload 
                    = (0x000000ffU & __Vtemp_1[0U]);
                vlSelfRef.toepcore_top__DOT__pixels___05Fvalid = 1U;
            }
        }
    }
    __Vtableidx53 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fired;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__lowest 
        = Vtoepcore_top__ConstPool__TABLE_hec1e610b_0
        [__Vtableidx53];
    __Vtableidx99 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fired;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__lowest 
        = Vtoepcore_top__ConstPool__TABLE_hec1e610b_0
        [__Vtableidx99];
    __Vtableidx114 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fired;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__lowest 
        = Vtoepcore_top__ConstPool__TABLE_hec1e610b_0
        [__Vtableidx114];
    __Vtableidx69 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fired;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__lowest 
        = Vtoepcore_top__ConstPool__TABLE_h06b2f4e9_0
        [__Vtableidx69];
    __Vtableidx40 = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fired;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__lowest 
        = Vtoepcore_top__ConstPool__TABLE_h6a77b677_0
        [__Vtableidx40];
    __Vtableidx85 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fired;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__lowest 
        = Vtoepcore_top__ConstPool__TABLE_h6a77b677_0
        [__Vtableidx85];
    __Vtableidx9 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02464 = Vtoepcore_top__ConstPool__TABLE_h352abde6_0
        [__Vtableidx9];
    __Vtableidx10 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02469 = Vtoepcore_top__ConstPool__TABLE_h964846d6_0
        [__Vtableidx10];
    __Vtableidx11 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02474 = Vtoepcore_top__ConstPool__TABLE_h964846d6_0
        [__Vtableidx11];
    __Vtableidx30 = vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__axon_end = Vtoepcore_top__ConstPool__TABLE_hc9964422_0
        [__Vtableidx30];
    if ((0xc3U >= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___1_))) {
        toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__potentials
            [vlSelfRef.toepcore_top__DOT__array__DOT___1_][0U];
        toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__potentials
            [vlSelfRef.toepcore_top__DOT__array__DOT___1_][1U];
        toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__potentials
            [vlSelfRef.toepcore_top__DOT__array__DOT___1_][2U];
        toepcore_top__DOT__array__DOT__prd___05F_data[3U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__potentials
            [vlSelfRef.toepcore_top__DOT__array__DOT___1_][3U];
    } else {
        toepcore_top__DOT__array__DOT__prd___05F_data[0U] = 0U;
        toepcore_top__DOT__array__DOT__prd___05F_data[1U] = 0U;
        toepcore_top__DOT__array__DOT__prd___05F_data[2U] = 0U;
        toepcore_top__DOT__array__DOT__prd___05F_data[3U] = 0U;
    }
    __Vtableidx3 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02430 = Vtoepcore_top__ConstPool__TABLE_h9da7f09d_0
        [__Vtableidx3];
    __Vtableidx1 = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
    toepcore_top__DOT__array__DOT____02426 = Vtoepcore_top__ConstPool__TABLE_h71aafaa6_0
        [__Vtableidx1];
    __Vtableidx2 = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
    toepcore_top__DOT__array__DOT____02428 = Vtoepcore_top__ConstPool__TABLE_h0ad204bd_0
        [__Vtableidx2];
    __Vtableidx7 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02457 
        = Vtoepcore_top__ConstPool__TABLE_h1e3e02f6_0
        [__Vtableidx7];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02437 
        = (0x000000ffU & ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_17) 
                          + (0x0000007fU & ((IData)(3U) 
                                            * (0x0000001fU 
                                               & ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_16) 
                                                  + 
                                                  (0x0000000fU 
                                                   & ((IData)(3U) 
                                                      * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__c)))))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02428 
        = (0x000003ffU & ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_19) 
                          + (0x000001ffU & ((IData)(3U) 
                                            * (0x0000007fU 
                                               & ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_18) 
                                                  + 
                                                  (0x0000003fU 
                                                   & ((IData)(3U) 
                                                      * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__c)))))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02431 
        = (0x000003ffU & ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_21) 
                          + (0x000001ffU & ((IData)(3U) 
                                            * (0x0000007fU 
                                               & ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_20) 
                                                  + 
                                                  (0x0000003fU 
                                                   & ((IData)(3U) 
                                                      * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__c)))))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02437 
        = (0x000007ffU & ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_23) 
                          + (0x000003ffU & ((IData)(3U) 
                                            * (0x000000ffU 
                                               & ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_22) 
                                                  + 
                                                  (0x0000007fU 
                                                   & ((IData)(3U) 
                                                      * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__c)))))))));
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02416 = 1U;
        toepcore_top__DOT__array__DOT__pot_waddr__0242 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1_addr;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02419 = 1U;
        toepcore_top__DOT__array__DOT__pot_waddr__0245 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1_addr;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02420 = 1U;
        toepcore_top__DOT__array__DOT__pot_waddr__0246 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1_addr;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02417 = 1U;
        toepcore_top__DOT__array__DOT__pot_waddr__0243 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1_addr;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we = 1U;
        toepcore_top__DOT__array__DOT__pot_waddr = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1_addr;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02418 = 1U;
        toepcore_top__DOT__array__DOT__pot_waddr__0244 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1_addr;
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02416 = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02459 
                    = (0x000003ffU & ((IData)(5U) * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02460 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02461 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02462 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02415;
                toepcore_top__DOT__array__DOT__pot_waddr__0242 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word;
            }
        }
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02419 = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02459 
                    = (0x0000003fU & ((IData)(5U) * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02460 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02461 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02462 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02415;
                toepcore_top__DOT__array__DOT__pot_waddr__0245 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word;
            }
        }
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02420 = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02459 
                    = (0x0000003fU & ((IData)(5U) * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02460 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02461 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02462 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02415;
                toepcore_top__DOT__array__DOT__pot_waddr__0246 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word;
            }
        }
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02417 = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02462 
                    = (0x000003ffU & ((IData)(6U) * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02463 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02464 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02465 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02415;
                toepcore_top__DOT__array__DOT__pot_waddr__0243 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word;
            }
        }
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_we = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02468 
                    = (0x000003f8U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word) 
                                      << 3U));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02469 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02470 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02471 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02415;
                toepcore_top__DOT__array__DOT__pot_waddr 
                    = (0x0000007fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word));
            }
        }
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02418 = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02468 
                    = (0x000001f8U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word) 
                                      << 3U));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02469 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02470 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02471 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02415;
                toepcore_top__DOT__array__DOT__pot_waddr__0244 
                    = (0x0000003fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word));
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__pwr___05Faddr 
        = ((IData)(toepcore_top__DOT__array__DOT__pot_waddr__0246) 
           | ((IData)(toepcore_top__DOT__array__DOT__pot_waddr__0245) 
              | ((IData)(toepcore_top__DOT__array__DOT__pot_waddr__0244) 
                 | ((IData)(toepcore_top__DOT__array__DOT__pot_waddr__0243) 
                    | ((IData)(toepcore_top__DOT__array__DOT__pot_waddr__0242) 
                       | (IData)(toepcore_top__DOT__array__DOT__pot_waddr))))));
    toepcore_top__DOT__array__DOT__core_0_0__DOT____024101 
        = (0x0000003fU & ((IData)(9U) * (3U & ((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____0245) 
                                               >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__base_type_q) 
                                                   << 1U)))));
    toepcore_top__DOT__array__DOT__core_1_0__DOT____024106 
        = (0x0000003fU & ((IData)(9U) * (3U & ((IData)(toepcore_top__DOT__array__DOT__core_1_0__DOT____0245) 
                                               >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__base_type_q) 
                                                   << 1U)))));
    toepcore_top__DOT__array__DOT__core_1_1__DOT____024102 
        = (0x0000003fU & ((IData)(9U) * (3U & ((IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT____0245) 
                                               >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__base_type_q) 
                                                   << 1U)))));
    toepcore_top__DOT__array__DOT__core_2_0__DOT____024101 
        = (0x0000003fU & ((IData)(9U) * (3U & ((IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT____0245) 
                                               >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__base_type_q) 
                                                   << 1U)))));
    toepcore_top__DOT__array__DOT__core_3_0__DOT____024106 
        = (0x0000003fU & ((IData)(9U) * (3U & ((IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT____0245) 
                                               >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__base_type_q) 
                                                   << 1U)))));
    toepcore_top__DOT__array__DOT__core_3_1__DOT____024106 
        = (0x0000003fU & ((IData)(9U) * (3U & ((IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT____0245) 
                                               >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__base_type_q) 
                                                   << 1U)))));
    vlSelfRef.toepcore_top__DOT__array__DOT____024179 
        = (((0x0000001fU & ((IData)(1U) + (IData)(toepcore_top__DOT__array__DOT____024171))) 
            > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__best_cnt)) 
           | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_) 
               < (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__best)) 
              & ((0x0000001fU & ((IData)(1U) + (IData)(toepcore_top__DOT__array__DOT____024174))) 
                 == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__best_cnt))));
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02426 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02427 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02423 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02424 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02425 = 0U;
    __Vtableidx27 = ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02442) 
                       << 5U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02441) 
                                  << 4U) | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02440) 
                                            << 3U))) 
                     | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439) 
                         << 2U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438) 
                                    << 1U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue))));
    vlSelfRef.toepcore_top__DOT__array__DOT__lanes_now 
        = Vtoepcore_top__ConstPool__TABLE_h28478645_0
        [__Vtableidx27];
    __Vtableidx26 = ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02442) 
                       << 5U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02441) 
                                  << 4U) | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02440) 
                                            << 3U))) 
                     | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439) 
                         << 2U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438) 
                                    << 1U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue))));
    vlSelfRef.toepcore_top__DOT__array__DOT__issuing 
        = Vtoepcore_top__ConstPool__TABLE_h53f32b8b_0
        [__Vtableidx26];
    vlSelfRef.toepcore_top__DOT__array__DOT____024185 
        = ((IData)(toepcore_top__DOT__array__DOT____024184) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__tg));
    toepcore_top__DOT__array__DOT____024101 = 0U;
    toepcore_top__DOT__array__DOT____02457 = 0U;
    if ((0U == (IData)(toepcore_top__DOT__array__DOT____024100))) {
        toepcore_top__DOT__array__DOT____024101 = 0x0040U;
        toepcore_top__DOT__array__DOT____02457 = 0x0040U;
    } else if ((1U == (IData)(toepcore_top__DOT__array__DOT____024100))) {
        toepcore_top__DOT__array__DOT____024101 = 0x0080U;
        toepcore_top__DOT__array__DOT____02457 = 0x0080U;
    } else if ((2U == (IData)(toepcore_top__DOT__array__DOT____024100))) {
        toepcore_top__DOT__array__DOT____024101 = 0x00c0U;
        toepcore_top__DOT__array__DOT____02457 = 0x00c0U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__wsel = 
        (1U & (~ (IData)(toepcore_top__DOT__array__DOT____02453)));
    __Vtableidx12 = ((((((IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid__024109) 
                         << 4U) | (((IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid__024108) 
                                    << 3U) | ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid__024107) 
                                              << 2U))) 
                       | (((IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid__024106) 
                           << 1U) | (IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid__024105))) 
                      << 4U) | (((IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid) 
                                 << 3U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    toepcore_top__DOT__array__DOT____02477 = Vtoepcore_top__ConstPool__TABLE_h6d18686e_0
        [__Vtableidx12];
    __Vtableidx21 = ((((((IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid__024109) 
                         << 4U) | (((IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid__024108) 
                                    << 3U) | ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid__024107) 
                                              << 2U))) 
                       | (((IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid__024106) 
                           << 1U) | (IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid__024105))) 
                      << 4U) | (((IData)(toepcore_top__DOT__array__DOT__spikes___05Fvalid) 
                                 << 3U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT____024140 
        = Vtoepcore_top__ConstPool__TABLE_h6d18686e_0
        [__Vtableidx21];
    vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02479 
        = ((IData)(toepcore_top__DOT__array__DOT__spikes_ready) 
           & (1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02482 
        = ((IData)(toepcore_top__DOT__array__DOT__spikes_ready) 
           & (4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02483 
        = ((IData)(toepcore_top__DOT__array__DOT__spikes_ready) 
           & (5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02480 
        = ((IData)(toepcore_top__DOT__array__DOT__spikes_ready) 
           & (2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready 
        = ((~ (0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) 
           & (IData)(toepcore_top__DOT__array__DOT__spikes_ready));
    vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02481 
        = ((IData)(toepcore_top__DOT__array__DOT__spikes_ready) 
           & (3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT____024195 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497;
    vlSelfRef.toepcore_top__DOT__array__DOT____024191 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024115;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__busy) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024191 
            = ((IData)(1U) + vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024115);
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024194 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02498;
    vlSelfRef.toepcore_top__DOT__array__DOT____024203 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count0;
    vlSelfRef.toepcore_top__DOT__array__DOT____024204 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count1;
    vlSelfRef.toepcore_top__DOT__array__DOT____024205 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count2;
    vlSelfRef.toepcore_top__DOT__array__DOT____024206 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count3;
    vlSelfRef.toepcore_top__DOT__array__DOT____024207 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count4;
    vlSelfRef.toepcore_top__DOT__array__DOT____024208 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count5;
    vlSelfRef.toepcore_top__DOT__array__DOT____024209 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count6;
    vlSelfRef.toepcore_top__DOT__array__DOT____024210 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count7;
    vlSelfRef.toepcore_top__DOT__array__DOT____024211 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count8;
    vlSelfRef.toepcore_top__DOT__array__DOT____024212 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count9;
    __Vtableidx34 = ((((IData)(vlSelfRef.rst) << 7U) 
                      | (((IData)(vlSelfRef.result___05Fready) 
                          << 6U) | ((IData)(vlSelfRef.toepcore_top__DOT__pixels___05Fvalid) 
                                    << 5U))) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state) 
                                                 << 1U) 
                                                | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__busy)));
    vlSelfRef.toepcore_top__DOT__array__DOT____024196 
        = Vtoepcore_top__ConstPool__TABLE_hee8d8621_0
        [__Vtableidx34];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 = 0U;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02438 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[2U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & toepcore_top__DOT__array__DOT__prd___05F_data[2U]))));
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02430 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[0U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & toepcore_top__DOT__array__DOT__prd___05F_data[0U]))));
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02432 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[0U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02434 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[1U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & toepcore_top__DOT__array__DOT__prd___05F_data[1U]))));
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02436 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[1U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02438 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[2U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[2U]))));
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02430 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[0U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[0U]))));
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02432 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[0U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02434 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[1U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[1U]))));
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02436 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[1U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02438 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[2U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[2U]))));
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02430 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[0U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[0U]))));
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02432 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[0U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02434 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[1U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[1U]))));
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02436 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[1U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02435 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[1U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & toepcore_top__DOT__array__DOT__prd___05F_data[1U]))));
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02437 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[1U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02439 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[2U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & toepcore_top__DOT__array__DOT__prd___05F_data[2U]))));
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02441 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[2U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02431 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[0U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & toepcore_top__DOT__array__DOT__prd___05F_data[0U]))));
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02433 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[0U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02433 
        = (0x00003fffU & (VL_EXTENDS_II(14,13, (0x00001fffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[0U])) 
                          + VL_EXTENDS_II(14,13, (0x00001fffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[0U]))));
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02435 
        = (0x00003fffU & (VL_EXTENDS_II(14,13, (0x00001fffU 
                                                & (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                   >> 0x0000000dU))) 
                          + VL_EXTENDS_II(14,13, (0x00001fffU 
                                                  & (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[0U] 
                                                     >> 0x0000000dU)))));
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02437 
        = (0x00003fffU & (VL_EXTENDS_II(14,13, (0x00001fffU 
                                                & ((toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                    << 6U) 
                                                   | (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                      >> 0x0000001aU)))) 
                          + VL_EXTENDS_II(14,13, (0x00001fffU 
                                                  & ((vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[1U] 
                                                      << 6U) 
                                                     | (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[0U] 
                                                        >> 0x0000001aU))))));
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02439 
        = (0x00003fffU & (VL_EXTENDS_II(14,13, (0x00001fffU 
                                                & (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                   >> 7U))) 
                          + VL_EXTENDS_II(14,13, (0x00001fffU 
                                                  & (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[1U] 
                                                     >> 7U)))));
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02441 
        = (0x00003fffU & (VL_EXTENDS_II(14,13, (0x00001fffU 
                                                & ((toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                    << 0x0000000cU) 
                                                   | (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                      >> 0x00000014U)))) 
                          + VL_EXTENDS_II(14,13, (0x00001fffU 
                                                  & ((vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[2U] 
                                                      << 0x0000000cU) 
                                                     | (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[1U] 
                                                        >> 0x00000014U))))));
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02443 
        = (0x00003fffU & (VL_EXTENDS_II(14,13, (0x00001fffU 
                                                & (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                   >> 1U))) 
                          + VL_EXTENDS_II(14,13, (0x00001fffU 
                                                  & (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[2U] 
                                                     >> 1U)))));
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02445 
        = (0x00003fffU & (VL_EXTENDS_II(14,13, (0x00001fffU 
                                                & (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                   >> 0x0000000eU))) 
                          + VL_EXTENDS_II(14,13, (0x00001fffU 
                                                  & (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[2U] 
                                                     >> 0x0000000eU)))));
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02447 
        = (0x00003fffU & (VL_EXTENDS_II(14,13, (0x00001fffU 
                                                & ((toepcore_top__DOT__array__DOT__prd___05F_data[3U] 
                                                    << 5U) 
                                                   | (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                      >> 0x0000001bU)))) 
                          + VL_EXTENDS_II(14,13, (0x00001fffU 
                                                  & ((vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[3U] 
                                                      << 5U) 
                                                     | (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[2U] 
                                                        >> 0x0000001bU))))));
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02433 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[0U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[0U]))));
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02435 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[0U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02437 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[1U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[1U]))));
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02439 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[1U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02441 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[2U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[2U]))));
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02443 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[2U] 
                                                  >> 0x00000010U))));
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02445 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                & toepcore_top__DOT__array__DOT__prd___05F_data[3U])) 
                          + VL_EXTENDS_II(17,16, (0x0000ffffU 
                                                  & vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[3U]))));
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02447 
        = (0x0001ffffU & (VL_EXTENDS_II(17,16, (toepcore_top__DOT__array__DOT__prd___05F_data[3U] 
                                                >> 0x00000010U)) 
                          + VL_EXTENDS_II(17,16, (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[3U] 
                                                  >> 0x00000010U))));
    vlSelfRef.toepcore_top__DOT__array__DOT____024120 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__idx) 
           == ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02457)
                ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__n_events1)
                : (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__n_events0)));
    toepcore_top__DOT__array__DOT____02425 = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02457)
                                               ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__events1__DOT___0_)
                                               : (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__events0__DOT___0_));
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[3U] = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[0U] 
            = ((0xfc000000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[0U]) 
               | ((0x03ffe000U & (((0x00003fffU & VL_EXTENDS_II(14,13, 
                                                                (0x00001fffU 
                                                                 & (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                                    >> 0x0000000dU)))) 
                                   + (0x00003fffU & 
                                      VL_EXTENDS_II(14,9, 
                                                    (0x000001ffU 
                                                     & ((IData)(
                                                                ((0x0000000fffffffffULL 
                                                                  & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[2U])) 
                                                                      << 0x0000001cU) 
                                                                     | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[1U])) 
                                                                        >> 4U))) 
                                                                 >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                        & (- (IData)(
                                                                     (1U 
                                                                      & ((IData)(__VdfgRegularize_h6e95ff9d_0_10) 
                                                                         >> 1U))))))))) 
                                  << 0x0000000dU)) 
                  | (0x00001fffU & ((0x00003fffU & 
                                     VL_EXTENDS_II(14,13, 
                                                   (0x00001fffU 
                                                    & toepcore_top__DOT__array__DOT__prd___05F_data[0U]))) 
                                    + (0x00003fffU 
                                       & VL_EXTENDS_II(14,9, 
                                                       (0x000001ffU 
                                                        & ((IData)(
                                                                   ((0x0000000fffffffffULL 
                                                                     & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[1U])) 
                                                                         << 0x00000020U) 
                                                                        | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[0U])))) 
                                                                    >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                           & (- (IData)(
                                                                        (1U 
                                                                         & (IData)(__VdfgRegularize_h6e95ff9d_0_10))))))))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[0U] 
            = ((0x03ffffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[0U]) 
               | (((0x00003fffU & VL_EXTENDS_II(14,13, 
                                                (0x00001fffU 
                                                 & ((toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                     << 6U) 
                                                    | (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                       >> 0x0000001aU))))) 
                   + (0x00003fffU & VL_EXTENDS_II(14,9, 
                                                  (0x000001ffU 
                                                   & ((IData)(
                                                              ((0x0000000fffffffffULL 
                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[3U])) 
                                                                    << 0x00000018U) 
                                                                   | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[2U])) 
                                                                      >> 8U))) 
                                                               >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                      & (- (IData)(
                                                                   (1U 
                                                                    & ((IData)(__VdfgRegularize_h6e95ff9d_0_10) 
                                                                       >> 2U))))))))) 
                  << 0x0000001aU));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[1U] 
            = ((0xffffff80U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[1U]) 
               | (0x0000007fU & (((0x00003fffU & VL_EXTENDS_II(14,13, 
                                                               (0x00001fffU 
                                                                & ((toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                                    << 6U) 
                                                                   | (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                                      >> 0x0000001aU))))) 
                                  + (0x00003fffU & 
                                     VL_EXTENDS_II(14,9, 
                                                   (0x000001ffU 
                                                    & ((IData)(
                                                               ((0x0000000fffffffffULL 
                                                                 & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[3U])) 
                                                                     << 0x00000018U) 
                                                                    | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[2U])) 
                                                                       >> 8U))) 
                                                                >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                       & (- (IData)(
                                                                    (1U 
                                                                     & ((IData)(__VdfgRegularize_h6e95ff9d_0_10) 
                                                                        >> 2U))))))))) 
                                 >> 6U)));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[1U] 
            = ((0xfff0007fU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[1U]) 
               | (0x000fff80U & (((0x00003fffU & VL_EXTENDS_II(14,13, 
                                                               (0x00001fffU 
                                                                & (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                                   >> 7U)))) 
                                  + (0x00003fffU & 
                                     VL_EXTENDS_II(14,9, 
                                                   (0x000001ffU 
                                                    & ((IData)(
                                                               ((0x0000000fffffffffULL 
                                                                 & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[4U])) 
                                                                     << 0x00000014U) 
                                                                    | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[3U])) 
                                                                       >> 0x0000000cU))) 
                                                                >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                       & (- (IData)(
                                                                    (1U 
                                                                     & ((IData)(__VdfgRegularize_h6e95ff9d_0_10) 
                                                                        >> 3U))))))))) 
                                 << 7U)));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[1U] 
            = ((0x000fffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[1U]) 
               | (((0x00003fffU & VL_EXTENDS_II(14,13, 
                                                (0x00001fffU 
                                                 & ((toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                     << 0x0000000cU) 
                                                    | (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                       >> 0x00000014U))))) 
                   + (0x00003fffU & VL_EXTENDS_II(14,9, 
                                                  (0x000001ffU 
                                                   & ((IData)(
                                                              ((0x0000000fffffffffULL 
                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[5U])) 
                                                                    << 0x00000010U) 
                                                                   | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[4U])) 
                                                                      >> 0x00000010U))) 
                                                               >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                      & (- (IData)(
                                                                   (1U 
                                                                    & ((IData)(__VdfgRegularize_h6e95ff9d_0_10) 
                                                                       >> 4U))))))))) 
                  << 0x00000014U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U] 
            = ((0xfffffffeU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U]) 
               | (1U & (((0x00003fffU & VL_EXTENDS_II(14,13, 
                                                      (0x00001fffU 
                                                       & ((toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                           << 0x0000000cU) 
                                                          | (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                             >> 0x00000014U))))) 
                         + (0x00003fffU & VL_EXTENDS_II(14,9, 
                                                        (0x000001ffU 
                                                         & ((IData)(
                                                                    ((0x0000000fffffffffULL 
                                                                      & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[5U])) 
                                                                          << 0x00000010U) 
                                                                         | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[4U])) 
                                                                            >> 0x00000010U))) 
                                                                     >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                            & (- (IData)(
                                                                         (1U 
                                                                          & ((IData)(__VdfgRegularize_h6e95ff9d_0_10) 
                                                                             >> 4U))))))))) 
                        >> 0x0000000cU)));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U] 
            = ((0xffffc001U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U]) 
               | (0x00003ffeU & (((0x00003fffU & VL_EXTENDS_II(14,13, 
                                                               (0x00001fffU 
                                                                & (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                                   >> 1U)))) 
                                  + (0x00003fffU & 
                                     VL_EXTENDS_II(14,9, 
                                                   (0x000001ffU 
                                                    & ((IData)(
                                                               ((0x0000000fffffffffULL 
                                                                 & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[6U])) 
                                                                     << 0x0000000cU) 
                                                                    | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[5U])) 
                                                                       >> 0x00000014U))) 
                                                                >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                       & (- (IData)(
                                                                    (1U 
                                                                     & ((IData)(__VdfgRegularize_h6e95ff9d_0_10) 
                                                                        >> 5U))))))))) 
                                 << 1U)));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U] 
            = ((0xf8003fffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U]) 
               | (0x07ffc000U & (((0x00003fffU & VL_EXTENDS_II(14,13, 
                                                               (0x00001fffU 
                                                                & (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                                   >> 0x0000000eU)))) 
                                  + (0x00003fffU & 
                                     VL_EXTENDS_II(14,9, 
                                                   (0x000001ffU 
                                                    & ((IData)(
                                                               ((0x0000000fffffffffULL 
                                                                 & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[7U])) 
                                                                     << 8U) 
                                                                    | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[6U])) 
                                                                       >> 0x00000018U))) 
                                                                >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                       & (- (IData)(
                                                                    (1U 
                                                                     & ((IData)(__VdfgRegularize_h6e95ff9d_0_10) 
                                                                        >> 6U))))))))) 
                                 << 0x0000000eU)));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U] 
            = ((0x07ffffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U]) 
               | (((0x00003fffU & VL_EXTENDS_II(14,13, 
                                                (0x00001fffU 
                                                 & ((toepcore_top__DOT__array__DOT__prd___05F_data[3U] 
                                                     << 5U) 
                                                    | (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                       >> 0x0000001bU))))) 
                   + (0x00003fffU & VL_EXTENDS_II(14,9, 
                                                  (0x000001ffU 
                                                   & ((IData)(
                                                              ((0x0000000fffffffffULL 
                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[8U])) 
                                                                    << 4U) 
                                                                   | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[7U])) 
                                                                      >> 0x0000001cU))) 
                                                               >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                      & (- (IData)(
                                                                   (1U 
                                                                    & ((IData)(__VdfgRegularize_h6e95ff9d_0_10) 
                                                                       >> 7U))))))))) 
                  << 0x0000001bU));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[3U] 
            = (0x000000ffU & (((0x00003fffU & VL_EXTENDS_II(14,13, 
                                                            (0x00001fffU 
                                                             & ((toepcore_top__DOT__array__DOT__prd___05F_data[3U] 
                                                                 << 5U) 
                                                                | (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                                   >> 0x0000001bU))))) 
                               + (0x00003fffU & VL_EXTENDS_II(14,9, 
                                                              (0x000001ffU 
                                                               & ((IData)(
                                                                          ((0x0000000fffffffffULL 
                                                                            & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[8U])) 
                                                                                << 4U) 
                                                                               | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[7U])) 
                                                                                >> 0x0000001cU))) 
                                                                           >> (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT____024101))) 
                                                                  & (- (IData)(
                                                                               (1U 
                                                                                & ((IData)(__VdfgRegularize_h6e95ff9d_0_10) 
                                                                                >> 7U))))))))) 
                              >> 5U));
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[2U] = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[0U] 
            = ((0xffff0000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[0U]) 
               | (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                              (0x000001ffU 
                                                               & ((IData)(
                                                                          ((0x0000000fffffffffULL 
                                                                            & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[1U])) 
                                                                                << 0x00000020U) 
                                                                               | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[0U])))) 
                                                                           >> (IData)(toepcore_top__DOT__array__DOT__core_1_0__DOT____024106))) 
                                                                  & (- (IData)(
                                                                               (1U 
                                                                                & __VdfgRegularize_h6e95ff9d_0_12))))))) 
                                 + (0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                                (0x0000ffffU 
                                                                 & toepcore_top__DOT__array__DOT__prd___05F_data[0U]))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[0U] 
            = ((0x0000ffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[0U]) 
               | (((0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                (0x000001ffU 
                                                 & ((IData)(
                                                            ((0x0000000fffffffffULL 
                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[2U])) 
                                                                  << 0x0000001cU) 
                                                                 | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[1U])) 
                                                                    >> 4U))) 
                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_1_0__DOT____024106))) 
                                                    & (- (IData)(
                                                                 (1U 
                                                                  & (__VdfgRegularize_h6e95ff9d_0_12 
                                                                     >> 1U)))))))) 
                   + (0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                  (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                   >> 0x00000010U)))) 
                  << 0x00000010U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[1U] 
            = ((0xffff0000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[1U]) 
               | (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                              (0x000001ffU 
                                                               & ((IData)(
                                                                          ((0x0000000fffffffffULL 
                                                                            & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[3U])) 
                                                                                << 0x00000018U) 
                                                                               | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[2U])) 
                                                                                >> 8U))) 
                                                                           >> (IData)(toepcore_top__DOT__array__DOT__core_1_0__DOT____024106))) 
                                                                  & (- (IData)(
                                                                               (1U 
                                                                                & (__VdfgRegularize_h6e95ff9d_0_12 
                                                                                >> 2U)))))))) 
                                 + (0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                                (0x0000ffffU 
                                                                 & toepcore_top__DOT__array__DOT__prd___05F_data[1U]))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[1U] 
            = ((0x0000ffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[1U]) 
               | (((0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                (0x000001ffU 
                                                 & ((IData)(
                                                            ((0x0000000fffffffffULL 
                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[4U])) 
                                                                  << 0x00000014U) 
                                                                 | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[3U])) 
                                                                    >> 0x0000000cU))) 
                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_1_0__DOT____024106))) 
                                                    & (- (IData)(
                                                                 (1U 
                                                                  & (__VdfgRegularize_h6e95ff9d_0_12 
                                                                     >> 3U)))))))) 
                   + (0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                  (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                   >> 0x00000010U)))) 
                  << 0x00000010U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[2U] 
            = (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                           (0x000001ffU 
                                                            & ((IData)(
                                                                       ((0x0000000fffffffffULL 
                                                                         & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[5U])) 
                                                                             << 0x00000010U) 
                                                                            | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[4U])) 
                                                                               >> 0x00000010U))) 
                                                                        >> (IData)(toepcore_top__DOT__array__DOT__core_1_0__DOT____024106))) 
                                                               & (- (IData)(
                                                                            (1U 
                                                                             & (__VdfgRegularize_h6e95ff9d_0_12 
                                                                                >> 4U)))))))) 
                              + (0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                             (0x0000ffffU 
                                                              & toepcore_top__DOT__array__DOT__prd___05F_data[2U])))));
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[2U] = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[0U] 
            = ((0xffff0000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[0U]) 
               | (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                              (0x000001ffU 
                                                               & ((IData)(
                                                                          ((0x0000000fffffffffULL 
                                                                            & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[1U])) 
                                                                                << 0x00000020U) 
                                                                               | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[0U])))) 
                                                                           >> (IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT____024102))) 
                                                                  & (- (IData)(
                                                                               (1U 
                                                                                & (IData)(__VdfgRegularize_h6e95ff9d_0_11)))))))) 
                                 + (0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                                (0x0000ffffU 
                                                                 & toepcore_top__DOT__array__DOT__prd___05F_data[0U]))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[0U] 
            = ((0x0000ffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[0U]) 
               | (((0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                (0x000001ffU 
                                                 & ((IData)(
                                                            ((0x0000000fffffffffULL 
                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[2U])) 
                                                                  << 0x0000001cU) 
                                                                 | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[1U])) 
                                                                    >> 4U))) 
                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT____024102))) 
                                                    & (- (IData)(
                                                                 (1U 
                                                                  & ((IData)(__VdfgRegularize_h6e95ff9d_0_11) 
                                                                     >> 1U)))))))) 
                   + (0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                  (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                   >> 0x00000010U)))) 
                  << 0x00000010U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[1U] 
            = ((0xffff0000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[1U]) 
               | (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                              (0x000001ffU 
                                                               & ((IData)(
                                                                          ((0x0000000fffffffffULL 
                                                                            & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[3U])) 
                                                                                << 0x00000018U) 
                                                                               | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[2U])) 
                                                                                >> 8U))) 
                                                                           >> (IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT____024102))) 
                                                                  & (- (IData)(
                                                                               (1U 
                                                                                & ((IData)(__VdfgRegularize_h6e95ff9d_0_11) 
                                                                                >> 2U)))))))) 
                                 + (0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                                (0x0000ffffU 
                                                                 & toepcore_top__DOT__array__DOT__prd___05F_data[1U]))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[1U] 
            = ((0x0000ffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[1U]) 
               | (((0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                (0x000001ffU 
                                                 & ((IData)(
                                                            ((0x0000000fffffffffULL 
                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[4U])) 
                                                                  << 0x00000014U) 
                                                                 | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[3U])) 
                                                                    >> 0x0000000cU))) 
                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT____024102))) 
                                                    & (- (IData)(
                                                                 (1U 
                                                                  & ((IData)(__VdfgRegularize_h6e95ff9d_0_11) 
                                                                     >> 3U)))))))) 
                   + (0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                  (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                   >> 0x00000010U)))) 
                  << 0x00000010U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[2U] 
            = ((((0x0001ffffU & VL_EXTENDS_II(17,9, 
                                              (0x000001ffU 
                                               & ((IData)(
                                                          ((0x0000000fffffffffULL 
                                                            & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[6U])) 
                                                                << 0x0000000cU) 
                                                               | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[5U])) 
                                                                  >> 0x00000014U))) 
                                                           >> (IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT____024102))) 
                                                  & (- (IData)(
                                                               (1U 
                                                                & ((IData)(__VdfgRegularize_h6e95ff9d_0_11) 
                                                                   >> 5U)))))))) 
                 + (0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                                 >> 0x00000010U)))) 
                << 0x00000010U) | (0x0000ffffU & ((0x0001ffffU 
                                                   & VL_EXTENDS_II(17,9, 
                                                                   (0x000001ffU 
                                                                    & ((IData)(
                                                                               ((0x0000000fffffffffULL 
                                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[5U])) 
                                                                                << 0x00000010U) 
                                                                                | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[4U])) 
                                                                                >> 0x00000010U))) 
                                                                                >> (IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT____024102))) 
                                                                       & (- (IData)(
                                                                                (1U 
                                                                                & ((IData)(__VdfgRegularize_h6e95ff9d_0_11) 
                                                                                >> 4U)))))))) 
                                                  + 
                                                  (0x0001ffffU 
                                                   & VL_EXTENDS_II(17,16, 
                                                                   (0x0000ffffU 
                                                                    & toepcore_top__DOT__array__DOT__prd___05F_data[2U]))))));
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[3U] = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[0U] 
            = ((0xffff0000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[0U]) 
               | (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                              (0x0000ffffU 
                                                               & toepcore_top__DOT__array__DOT__prd___05F_data[0U]))) 
                                 + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                                (0x000001ffU 
                                                                 & ((IData)(
                                                                            ((0x0000000fffffffffULL 
                                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[1U])) 
                                                                                << 0x00000020U) 
                                                                                | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[0U])))) 
                                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT____024101))) 
                                                                    & (- (IData)(
                                                                                (1U 
                                                                                & __VdfgRegularize_h6e95ff9d_0_9))))))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[0U] 
            = ((0x0000ffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[0U]) 
               | (((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                 >> 0x00000010U))) 
                   + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                  (0x000001ffU 
                                                   & ((IData)(
                                                              ((0x0000000fffffffffULL 
                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[2U])) 
                                                                    << 0x0000001cU) 
                                                                   | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[1U])) 
                                                                      >> 4U))) 
                                                               >> (IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT____024101))) 
                                                      & (- (IData)(
                                                                   (1U 
                                                                    & (__VdfgRegularize_h6e95ff9d_0_9 
                                                                       >> 1U))))))))) 
                  << 0x00000010U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[1U] 
            = ((0xffff0000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[1U]) 
               | (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                              (0x0000ffffU 
                                                               & toepcore_top__DOT__array__DOT__prd___05F_data[1U]))) 
                                 + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                                (0x000001ffU 
                                                                 & ((IData)(
                                                                            ((0x0000000fffffffffULL 
                                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[3U])) 
                                                                                << 0x00000018U) 
                                                                                | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[2U])) 
                                                                                >> 8U))) 
                                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT____024101))) 
                                                                    & (- (IData)(
                                                                                (1U 
                                                                                & (__VdfgRegularize_h6e95ff9d_0_9 
                                                                                >> 2U)))))))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[1U] 
            = ((0x0000ffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[1U]) 
               | (((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                 >> 0x00000010U))) 
                   + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                  (0x000001ffU 
                                                   & ((IData)(
                                                              ((0x0000000fffffffffULL 
                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[4U])) 
                                                                    << 0x00000014U) 
                                                                   | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[3U])) 
                                                                      >> 0x0000000cU))) 
                                                               >> (IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT____024101))) 
                                                      & (- (IData)(
                                                                   (1U 
                                                                    & (__VdfgRegularize_h6e95ff9d_0_9 
                                                                       >> 3U))))))))) 
                  << 0x00000010U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[2U] 
            = ((((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                              (toepcore_top__DOT__array__DOT__prd___05F_data[2U] 
                                               >> 0x00000010U))) 
                 + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                (0x000001ffU 
                                                 & ((IData)(
                                                            ((0x0000000fffffffffULL 
                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[6U])) 
                                                                  << 0x0000000cU) 
                                                                 | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[5U])) 
                                                                    >> 0x00000014U))) 
                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT____024101))) 
                                                    & (- (IData)(
                                                                 (1U 
                                                                  & (__VdfgRegularize_h6e95ff9d_0_9 
                                                                     >> 5U))))))))) 
                << 0x00000010U) | (0x0000ffffU & ((0x0001ffffU 
                                                   & VL_EXTENDS_II(17,16, 
                                                                   (0x0000ffffU 
                                                                    & toepcore_top__DOT__array__DOT__prd___05F_data[2U]))) 
                                                  + 
                                                  (0x0001ffffU 
                                                   & VL_EXTENDS_II(17,9, 
                                                                   (0x000001ffU 
                                                                    & ((IData)(
                                                                               ((0x0000000fffffffffULL 
                                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[5U])) 
                                                                                << 0x00000010U) 
                                                                                | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[4U])) 
                                                                                >> 0x00000010U))) 
                                                                                >> (IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT____024101))) 
                                                                       & (- (IData)(
                                                                                (1U 
                                                                                & (__VdfgRegularize_h6e95ff9d_0_9 
                                                                                >> 4U)))))))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[3U] 
            = ((((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                              (toepcore_top__DOT__array__DOT__prd___05F_data[3U] 
                                               >> 0x00000010U))) 
                 + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                (0x000001ffU 
                                                 & ((IData)(
                                                            ((0x0000000fffffffffULL 
                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[8U])) 
                                                                  << 4U) 
                                                                 | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[7U])) 
                                                                    >> 0x0000001cU))) 
                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT____024101))) 
                                                    & (- (IData)(
                                                                 (1U 
                                                                  & (__VdfgRegularize_h6e95ff9d_0_9 
                                                                     >> 7U))))))))) 
                << 0x00000010U) | (0x0000ffffU & ((0x0001ffffU 
                                                   & VL_EXTENDS_II(17,16, 
                                                                   (0x0000ffffU 
                                                                    & toepcore_top__DOT__array__DOT__prd___05F_data[3U]))) 
                                                  + 
                                                  (0x0001ffffU 
                                                   & VL_EXTENDS_II(17,9, 
                                                                   (0x000001ffU 
                                                                    & ((IData)(
                                                                               ((0x0000000fffffffffULL 
                                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[7U])) 
                                                                                << 8U) 
                                                                                | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[6U])) 
                                                                                >> 0x00000018U))) 
                                                                                >> (IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT____024101))) 
                                                                       & (- (IData)(
                                                                                (1U 
                                                                                & (__VdfgRegularize_h6e95ff9d_0_9 
                                                                                >> 6U)))))))))));
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[2U] = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[0U] 
            = ((0xffff0000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[0U]) 
               | (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                              (0x0000ffffU 
                                                               & toepcore_top__DOT__array__DOT__prd___05F_data[0U]))) 
                                 + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                                (0x000001ffU 
                                                                 & ((IData)(
                                                                            ((0x0000000fffffffffULL 
                                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[1U])) 
                                                                                << 0x00000020U) 
                                                                                | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[0U])))) 
                                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT____024106))) 
                                                                    & (- (IData)(
                                                                                (1U 
                                                                                & (IData)(__VdfgRegularize_h6e95ff9d_0_13)))))))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[0U] 
            = ((0x0000ffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[0U]) 
               | (((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                 >> 0x00000010U))) 
                   + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                  (0x000001ffU 
                                                   & ((IData)(
                                                              ((0x0000000fffffffffULL 
                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[2U])) 
                                                                    << 0x0000001cU) 
                                                                   | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[1U])) 
                                                                      >> 4U))) 
                                                               >> (IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT____024106))) 
                                                      & (- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (__VdfgRegularize_h6e95ff9d_0_13 
                                                                               >> 1U)))))))))) 
                  << 0x00000010U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[1U] 
            = ((0xffff0000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[1U]) 
               | (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                              (0x0000ffffU 
                                                               & toepcore_top__DOT__array__DOT__prd___05F_data[1U]))) 
                                 + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                                (0x000001ffU 
                                                                 & ((IData)(
                                                                            ((0x0000000fffffffffULL 
                                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[3U])) 
                                                                                << 0x00000018U) 
                                                                                | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[2U])) 
                                                                                >> 8U))) 
                                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT____024106))) 
                                                                    & (- (IData)(
                                                                                (1U 
                                                                                & (IData)(
                                                                                (__VdfgRegularize_h6e95ff9d_0_13 
                                                                                >> 2U))))))))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[1U] 
            = ((0x0000ffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[1U]) 
               | (((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                 >> 0x00000010U))) 
                   + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                  (0x000001ffU 
                                                   & ((IData)(
                                                              ((0x0000000fffffffffULL 
                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[4U])) 
                                                                    << 0x00000014U) 
                                                                   | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[3U])) 
                                                                      >> 0x0000000cU))) 
                                                               >> (IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT____024106))) 
                                                      & (- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (__VdfgRegularize_h6e95ff9d_0_13 
                                                                               >> 3U)))))))))) 
                  << 0x00000010U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[2U] 
            = (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                           (0x0000ffffU 
                                                            & toepcore_top__DOT__array__DOT__prd___05F_data[2U]))) 
                              + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                             (0x000001ffU 
                                                              & ((IData)(
                                                                         ((0x0000000fffffffffULL 
                                                                           & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[5U])) 
                                                                               << 0x00000010U) 
                                                                              | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[4U])) 
                                                                                >> 0x00000010U))) 
                                                                          >> (IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT____024106))) 
                                                                 & (- (IData)(
                                                                              (1U 
                                                                               & (IData)(
                                                                                (__VdfgRegularize_h6e95ff9d_0_13 
                                                                                >> 4U)))))))))));
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[2U] = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[0U] 
            = ((0xffff0000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[0U]) 
               | (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                              (0x0000ffffU 
                                                               & toepcore_top__DOT__array__DOT__prd___05F_data[0U]))) 
                                 + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                                (0x000001ffU 
                                                                 & ((IData)(
                                                                            ((0x0000000fffffffffULL 
                                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[1U])) 
                                                                                << 0x00000020U) 
                                                                                | (QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[0U])))) 
                                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT____024106))) 
                                                                    & (- (IData)(
                                                                                (1U 
                                                                                & (IData)(__VdfgRegularize_h6e95ff9d_0_14)))))))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[0U] 
            = ((0x0000ffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[0U]) 
               | (((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                (toepcore_top__DOT__array__DOT__prd___05F_data[0U] 
                                                 >> 0x00000010U))) 
                   + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                  (0x000001ffU 
                                                   & ((IData)(
                                                              ((0x0000000fffffffffULL 
                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[2U])) 
                                                                    << 0x0000001cU) 
                                                                   | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[1U])) 
                                                                      >> 4U))) 
                                                               >> (IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT____024106))) 
                                                      & (- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (__VdfgRegularize_h6e95ff9d_0_14 
                                                                               >> 1U)))))))))) 
                  << 0x00000010U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[1U] 
            = ((0xffff0000U & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[1U]) 
               | (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                              (0x0000ffffU 
                                                               & toepcore_top__DOT__array__DOT__prd___05F_data[1U]))) 
                                 + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                                (0x000001ffU 
                                                                 & ((IData)(
                                                                            ((0x0000000fffffffffULL 
                                                                              & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[3U])) 
                                                                                << 0x00000018U) 
                                                                                | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[2U])) 
                                                                                >> 8U))) 
                                                                             >> (IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT____024106))) 
                                                                    & (- (IData)(
                                                                                (1U 
                                                                                & (IData)(
                                                                                (__VdfgRegularize_h6e95ff9d_0_14 
                                                                                >> 2U))))))))))));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[1U] 
            = ((0x0000ffffU & vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[1U]) 
               | (((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                (toepcore_top__DOT__array__DOT__prd___05F_data[1U] 
                                                 >> 0x00000010U))) 
                   + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                  (0x000001ffU 
                                                   & ((IData)(
                                                              ((0x0000000fffffffffULL 
                                                                & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[4U])) 
                                                                    << 0x00000014U) 
                                                                   | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[3U])) 
                                                                      >> 0x0000000cU))) 
                                                               >> (IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT____024106))) 
                                                      & (- (IData)(
                                                                   (1U 
                                                                    & (IData)(
                                                                              (__VdfgRegularize_h6e95ff9d_0_14 
                                                                               >> 3U)))))))))) 
                  << 0x00000010U));
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[2U] 
            = (0x0000ffffU & ((0x0001ffffU & VL_EXTENDS_II(17,16, 
                                                           (0x0000ffffU 
                                                            & toepcore_top__DOT__array__DOT__prd___05F_data[2U]))) 
                              + (0x0001ffffU & VL_EXTENDS_II(17,9, 
                                                             (0x000001ffU 
                                                              & ((IData)(
                                                                         ((0x0000000fffffffffULL 
                                                                           & (((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[5U])) 
                                                                               << 0x00000010U) 
                                                                              | ((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[4U])) 
                                                                                >> 0x00000010U))) 
                                                                          >> (IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT____024106))) 
                                                                 & (- (IData)(
                                                                              (1U 
                                                                               & (IData)(
                                                                                (__VdfgRegularize_h6e95ff9d_0_14 
                                                                                >> 4U)))))))))));
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024201 
        = vlSelfRef.toepcore_top__DOT__array__DOT__best;
    vlSelfRef.toepcore_top__DOT__array__DOT____024202 
        = vlSelfRef.toepcore_top__DOT__array__DOT__best_cnt;
    vlSelfRef.toepcore_top__DOT__array__DOT____024193 
        = vlSelfRef.toepcore_top__DOT__array__DOT__reads;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issuing) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024193 
            = ((IData)(1U) + vlSelfRef.toepcore_top__DOT__array__DOT__reads);
        vlSelfRef.toepcore_top__DOT__array__DOT____024192 
            = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119;
        vlSelfRef.toepcore_top__DOT__array__DOT____024192 
            = ((IData)((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__lanes_now))) 
               + vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119);
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT____024192 
            = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024219 
        = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    vlSelfRef.toepcore_top__DOT__array__DOT____024218 
        = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
    vlSelfRef.toepcore_top__DOT__array__DOT____024102 
        = ((IData)(toepcore_top__DOT__array__DOT____024101) 
           <= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02498));
    toepcore_top__DOT__array__DOT____02458 = ((IData)(toepcore_top__DOT__array__DOT____02457) 
                                              <= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02498));
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497))) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024214 
                    = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496) 
                       && (1U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496))));
                if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496)))) {
                    if ((0x1bU == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024100))) {
                        vlSelfRef.toepcore_top__DOT__array__DOT____024215 = 0U;
                        vlSelfRef.toepcore_top__DOT__array__DOT____024216 
                            = (0x0000001fU & (((IData)(1U) 
                                               + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101)) 
                                              & (- (IData)(
                                                           (0x1bU 
                                                            != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101))))));
                    } else {
                        vlSelfRef.toepcore_top__DOT__array__DOT____024215 
                            = (0x0000001fU & ((IData)(1U) 
                                              + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024100)));
                    }
                }
            }
            vlSelfRef.toepcore_top__DOT__array__DOT__wsel = 0U;
        }
    }
    toepcore_top__DOT__array__DOT____02443 = 0U;
    toepcore_top__DOT__array__DOT____02478 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024141 = 0U;
    toepcore_top__DOT__array__DOT____02445 = 0U;
    toepcore_top__DOT__array__DOT____02447 = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02423 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____Vcellinp__neurons__acc_addr;
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
            if ((0xc4U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02423 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word;
            }
        }
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
                if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 
                        = ((0x003ffc00U & toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486) 
                           | (0x000003ffU & ((IData)(toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__lowest) 
                                             + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__base))));
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 
                        = ((0x000007ffU & toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486) 
                           | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02425) 
                               << 0x00000013U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02424) 
                                                   << 0x00000010U) 
                                                  | (0x0000f800U 
                                                     & (((IData)(toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__lowest) 
                                                         + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like)) 
                                                        << 0x0000000bU)))));
                } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 
                        = (0x00000400U | toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486);
                }
            }
        }
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02441) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02426 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____Vcellinp__neurons__acc_addr;
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
            if ((0x0aU != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02426 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word;
            }
        }
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
                if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489 
                        = ((0x7fc0U & (IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489)) 
                           | (0x0000003fU & ((IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__lowest) 
                                             + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__base))));
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489 
                        = ((0x007fU & (IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489)) 
                           | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02425) 
                               << 0x0000000eU) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02424) 
                                                   << 0x0000000dU) 
                                                  | (0x00001f80U 
                                                     & (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like) 
                                                         + (IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__lowest)) 
                                                        << 7U)))));
                } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489 
                        = (0x00000040U | (IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489));
                }
            }
        }
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02442) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02427 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____Vcellinp__neurons__acc_addr;
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
            if ((0x0aU != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02427 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word;
            }
        }
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
            if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
                if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490 
                        = ((0x7fc0U & (IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490)) 
                           | (0x0000003fU & ((IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__lowest) 
                                             + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__base))));
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490 
                        = ((0x007fU & (IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490)) 
                           | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02425) 
                               << 0x0000000eU) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02424) 
                                                   << 0x0000000dU) 
                                                  | (0x00001f80U 
                                                     & (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like) 
                                                         + (IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__lowest)) 
                                                        << 7U)))));
                } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490 
                        = (0x00000040U | (IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490));
                }
            }
        }
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02424 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____Vcellinp__neurons__acc_addr;
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
            if ((0x62U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02424 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word;
            }
        }
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
            if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
                if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 
                        = ((0x001ffc00U & toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487) 
                           | (0x000003ffU & ((IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__lowest) 
                                             + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__base))));
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 
                        = ((0x000007ffU & toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487) 
                           | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02426) 
                               << 0x00000012U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02425) 
                                                   << 0x0000000fU) 
                                                  | (0x00007800U 
                                                     & (((IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__lowest) 
                                                         + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like)) 
                                                        << 0x0000000bU)))));
                } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 
                        = (0x00000400U | toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487);
                }
            }
        }
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____Vcellinp__neurons__acc_addr;
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
            if ((0x80U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr 
                    = (0x0000007fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word));
            }
        }
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
                if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload 
                        = ((0x001ffc00U & toepcore_top__DOT__array__DOT__spikes___05Fpayload) 
                           | (0x000003ffU & ((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__lowest) 
                                             + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__base))));
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload 
                        = ((0x000007ffU & toepcore_top__DOT__array__DOT__spikes___05Fpayload) 
                           | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02428) 
                               << 0x00000012U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02427) 
                                                   << 0x0000000fU) 
                                                  | (0x00007800U 
                                                     & (((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__lowest) 
                                                         + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like)) 
                                                        << 0x0000000bU)))));
                } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload 
                        = (0x00000400U | toepcore_top__DOT__array__DOT__spikes___05Fpayload);
                }
            }
        }
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02440) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02425 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____Vcellinp__neurons__acc_addr;
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
            if ((0x40U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02425 
                    = (0x0000003fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word));
            }
        }
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
                if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 
                        = ((0x0007fe00U & toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488) 
                           | (0x000001ffU & ((IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__lowest) 
                                             + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__base))));
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 
                        = ((0x000003ffU & toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488) 
                           | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02428) 
                               << 0x00000011U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02427) 
                                                   << 0x0000000fU) 
                                                  | (0x00007c00U 
                                                     & (((IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__lowest) 
                                                         + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like)) 
                                                        << 0x0000000aU)))));
                } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
                    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 
                        = (0x00000200U | toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488);
                }
            }
        }
    }
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
        toepcore_top__DOT__array__DOT____02443 = (0x0000000fU 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload 
                                                     >> 0x0bU));
        toepcore_top__DOT__array__DOT____02478 = (1U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload 
                                                     >> 0x0aU));
        vlSelfRef.toepcore_top__DOT__array__DOT____024141 
            = (1U & (toepcore_top__DOT__array__DOT__spikes___05Fpayload 
                     >> 0x0aU));
        toepcore_top__DOT__array__DOT____02445 = (7U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload 
                                                     >> 0x0fU));
        toepcore_top__DOT__array__DOT____02447 = (7U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload 
                                                     >> 0x12U));
    } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
        toepcore_top__DOT__array__DOT____02443 = (0x0000001fU 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 
                                                     >> 0x0bU));
        toepcore_top__DOT__array__DOT____02478 = (1U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 
                                                     >> 0x0aU));
        vlSelfRef.toepcore_top__DOT__array__DOT____024141 
            = (1U & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 
                     >> 0x0aU));
        toepcore_top__DOT__array__DOT____02445 = (7U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 
                                                     >> 0x10U));
        toepcore_top__DOT__array__DOT____02447 = (7U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 
                                                     >> 0x13U));
    } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
        toepcore_top__DOT__array__DOT____02443 = (0x0000000fU 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 
                                                     >> 0x0bU));
        toepcore_top__DOT__array__DOT____02478 = (1U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 
                                                     >> 0x0aU));
        vlSelfRef.toepcore_top__DOT__array__DOT____024141 
            = (1U & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 
                     >> 0x0aU));
        toepcore_top__DOT__array__DOT____02445 = (7U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 
                                                     >> 0x0fU));
        toepcore_top__DOT__array__DOT____02447 = (7U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 
                                                     >> 0x12U));
    } else if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
        toepcore_top__DOT__array__DOT____02443 = (0x0000001fU 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 
                                                     >> 0x0aU));
        toepcore_top__DOT__array__DOT____02478 = (1U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 
                                                     >> 9U));
        vlSelfRef.toepcore_top__DOT__array__DOT____024141 
            = (1U & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 
                     >> 9U));
        toepcore_top__DOT__array__DOT____02445 = (3U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 
                                                     >> 0x0fU));
        toepcore_top__DOT__array__DOT____02447 = (3U 
                                                  & (toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 
                                                     >> 0x11U));
    } else if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
        toepcore_top__DOT__array__DOT____02443 = (0x0000003fU 
                                                  & ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489) 
                                                     >> 7U));
        toepcore_top__DOT__array__DOT____02478 = (1U 
                                                  & ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489) 
                                                     >> 6U));
        vlSelfRef.toepcore_top__DOT__array__DOT____024141 
            = (1U & ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489) 
                     >> 6U));
        toepcore_top__DOT__array__DOT____02445 = (1U 
                                                  & ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489) 
                                                     >> 0x0dU));
        toepcore_top__DOT__array__DOT____02447 = (1U 
                                                  & ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489) 
                                                     >> 0x0eU));
    } else if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
        toepcore_top__DOT__array__DOT____02443 = (0x0000003fU 
                                                  & ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490) 
                                                     >> 7U));
        toepcore_top__DOT__array__DOT____02478 = (1U 
                                                  & ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490) 
                                                     >> 6U));
        vlSelfRef.toepcore_top__DOT__array__DOT____024141 
            = (1U & ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490) 
                     >> 6U));
        toepcore_top__DOT__array__DOT____02445 = (1U 
                                                  & ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490) 
                                                     >> 0x0dU));
        toepcore_top__DOT__array__DOT____02447 = (1U 
                                                  & ((IData)(toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490) 
                                                     >> 0x0eU));
    }
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u4 = 0U;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u0 = 0U;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u1 = 0U;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u2 = 0U;
    toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u3 = 0U;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u4 = 0U;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u0 = 0U;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u1 = 0U;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u2 = 0U;
    toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u3 = 0U;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u4 = 0U;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u0 = 0U;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u1 = 0U;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u2 = 0U;
    toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u3 = 0U;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u2 = 0U;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u3 = 0U;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u4 = 0U;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u5 = 0U;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u0 = 0U;
    toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u1 = 0U;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u0 = 0U;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u1 = 0U;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u2 = 0U;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u3 = 0U;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u4 = 0U;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u5 = 0U;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u6 = 0U;
    toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u7 = 0U;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u0 = 0U;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u1 = 0U;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u2 = 0U;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u3 = 0U;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u4 = 0U;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u5 = 0U;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u6 = 0U;
    toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u7 = 0U;
    toepcore_top__DOT__array__DOT____024signal = 0U;
    toepcore_top__DOT__array__DOT__Cv = (0x000000ffU 
                                         & (VL_EXTENDS_II(8,6, 
                                                          (0x0000001fU 
                                                           & ((IData)(toepcore_top__DOT__array__DOT____02425) 
                                                              >> 0x0000000aU))) 
                                            - VL_EXTENDS_II(8,7, (IData)(toepcore_top__DOT__array__DOT____02430))));
    toepcore_top__DOT__array__DOT____024signal__02456 
        = (0x000000ffU & (VL_EXTENDS_II(8,6, (0x0000001fU 
                                              & ((IData)(toepcore_top__DOT__array__DOT____02425) 
                                                 >> 5U))) 
                          - VL_EXTENDS_II(8,7, (IData)(toepcore_top__DOT__array__DOT____02426))));
    toepcore_top__DOT__array__DOT____024signal__02461 
        = (0x000000ffU & (VL_EXTENDS_II(8,6, (0x0000001fU 
                                              & (IData)(toepcore_top__DOT__array__DOT____02425))) 
                          - VL_EXTENDS_II(8,7, (IData)(toepcore_top__DOT__array__DOT____02428))));
    vlSelfRef.toepcore_top__DOT__array__DOT____024197 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024116;
    toepcore_top__DOT__array__DOT__f_ = (0x0000007fU 
                                         & ((IData)(toepcore_top__DOT__array__DOT____02444) 
                                            + (IData)(toepcore_top__DOT__array__DOT____02443)));
    vlSelfRef.toepcore_top__DOT__array__DOT____024221 
        = vlSelfRef.toepcore_top__DOT__array__DOT__drain;
    toepcore_top__DOT__array__DOT____024signal__02491 
        = (0x0000003fU & ((IData)(toepcore_top__DOT__array__DOT____02446) 
                          + (IData)(toepcore_top__DOT__array__DOT____02445)));
    toepcore_top__DOT__array__DOT__x_ = (0x0000003fU 
                                         & ((IData)(toepcore_top__DOT__array__DOT____02448) 
                                            + (IData)(toepcore_top__DOT__array__DOT____02447)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s4 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s0 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s2 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s3 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s4 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s0 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s2 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s3 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s4 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s0 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s2 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s3 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s2 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s3 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s4 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s5 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s0 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s0 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s2 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s3 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s4 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s5 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s6 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s7 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s0 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s2 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s3 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s4 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s5 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s6 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s7 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024134 
        = (VL_LTES_III(8, 0U, (IData)(toepcore_top__DOT__array__DOT____024signal__02461)) 
           & (VL_LTES_III(8, 0U, (IData)(toepcore_top__DOT__array__DOT____024signal__02456)) 
              & (VL_LTES_III(8, 0U, (IData)(toepcore_top__DOT__array__DOT__Cv)) 
                 & (VL_GTS_III(8, (0x000000ffU & VL_EXTENDS_II(8,7, (IData)(toepcore_top__DOT__array__DOT____024132))), (IData)(toepcore_top__DOT__array__DOT____024signal__02461)) 
                    & (VL_GTS_III(8, (0x000000ffU & 
                                      VL_EXTENDS_II(8,7, (IData)(toepcore_top__DOT__array__DOT____024122))), (IData)(toepcore_top__DOT__array__DOT__Cv)) 
                       & VL_GTS_III(8, (0x000000ffU 
                                        & VL_EXTENDS_II(8,7, (IData)(toepcore_top__DOT__array__DOT____024127))), (IData)(toepcore_top__DOT__array__DOT____024signal__02456)))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload 
        = ((((IData)(toepcore_top__DOT__array__DOT__axon_end) 
             << 0x0000000cU) | (0x00000c00U & ((IData)(toepcore_top__DOT__array__DOT__Cv) 
                                               << 0x0000000aU))) 
           | ((0x000003e0U & ((IData)(toepcore_top__DOT__array__DOT____024signal__02456) 
                              << 5U)) | (0x0000001fU 
                                         & (IData)(toepcore_top__DOT__array__DOT____024signal__02461))));
    vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474 
        = ((((IData)(toepcore_top__DOT__array__DOT__axon_end) 
             << 8U) | (0x000000f0U & ((IData)(toepcore_top__DOT__array__DOT__Cv) 
                                      << 4U))) | ((0x0000000cU 
                                                   & ((IData)(toepcore_top__DOT__array__DOT____024signal__02456) 
                                                      << 2U)) 
                                                  | (3U 
                                                     & (IData)(toepcore_top__DOT__array__DOT____024signal__02461))));
    __Vtableidx29 = (((VL_LTES_III(8, 0U, (IData)(toepcore_top__DOT__array__DOT____024signal__02461)) 
                       & (VL_LTES_III(8, 0U, (IData)(toepcore_top__DOT__array__DOT____024signal__02456)) 
                          & (VL_LTES_III(8, 0U, (IData)(toepcore_top__DOT__array__DOT__Cv)) 
                             & (VL_GTS_III(8, (0x000000ffU 
                                               & VL_EXTENDS_II(8,7, (IData)(toepcore_top__DOT__array__DOT____02474))), (IData)(toepcore_top__DOT__array__DOT____024signal__02461)) 
                                & (VL_GTS_III(8, (0x000000ffU 
                                                  & VL_EXTENDS_II(8,7, (IData)(toepcore_top__DOT__array__DOT____02464))), (IData)(toepcore_top__DOT__array__DOT__Cv)) 
                                   & VL_GTS_III(8, 
                                                (0x000000ffU 
                                                 & VL_EXTENDS_II(8,7, (IData)(toepcore_top__DOT__array__DOT____02469))), (IData)(toepcore_top__DOT__array__DOT____024signal__02456))))))) 
                      << 4U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state));
    toepcore_top__DOT__array__DOT____024signal__02464 
        = Vtoepcore_top__ConstPool__TABLE_h5d0236f3_0
        [__Vtableidx29];
    __VdfgRegularize_h6e95ff9d_0_39 = ((0x000000f0U 
                                        & ((IData)(toepcore_top__DOT__array__DOT____024signal__02456) 
                                           << 4U)) 
                                       | (0x0000000fU 
                                          & (IData)(toepcore_top__DOT__array__DOT____024signal__02461)));
    vlSelfRef.toepcore_top__DOT__array__DOT____02452 
        = (0x000007ffU & ((IData)(toepcore_top__DOT__array__DOT__x_) 
                          + (0x000001ffU & ((IData)(toepcore_top__DOT__array__DOT____024signal__02491) 
                                            + (IData)(toepcore_top__DOT__array__DOT__f_)))));
    toepcore_top__DOT__array__DOT____02483 = (((IData)(toepcore_top__DOT__array__DOT____02479) 
                                               > (IData)(toepcore_top__DOT__array__DOT____024signal__02491)) 
                                              & ((IData)(toepcore_top__DOT__array__DOT____02481) 
                                                 > (IData)(toepcore_top__DOT__array__DOT__x_)));
    vlSelfRef.toepcore_top__DOT__array__DOT____024146 
        = (((IData)(toepcore_top__DOT__array__DOT____024142) 
            > (IData)(toepcore_top__DOT__array__DOT____024signal__02491)) 
           & ((IData)(toepcore_top__DOT__array__DOT____024144) 
              > (IData)(toepcore_top__DOT__array__DOT__x_)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02458 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fired;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[0U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[1U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[2U] = 0U;
                toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u4 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02438 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02438);
                toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u0 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02430 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02430);
                toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u1 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02432 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02432);
                toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u2 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02434 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02434);
                toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u3 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02436 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02436);
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s4 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u4, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[2U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s0 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u0, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[0U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u1, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[0U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s2 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u2, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[1U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s3 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__u3, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[1U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02458 
                    = ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s4) 
                         << 4U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s3) 
                                    << 3U) | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s2) 
                                              << 2U))) 
                       | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1) 
                           << 1U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s0)));
            } else if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
                if (vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02479) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02458 
                        = (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02418));
                }
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02458 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fired;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[0U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[1U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[2U] = 0U;
                toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u4 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02438 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02438);
                toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u0 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02430 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02430);
                toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u1 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02432 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02432);
                toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u2 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02434 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02434);
                toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u3 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02436 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02436);
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s4 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u4, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[2U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s0 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u0, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[0U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u1, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[0U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s2 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u2, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[1U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s3 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__u3, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[1U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02458 
                    = ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s4) 
                         << 4U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s3) 
                                    << 3U) | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s2) 
                                              << 2U))) 
                       | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1) 
                           << 1U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s0)));
            } else if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
                if (vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02482) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02458 
                        = (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02418));
                }
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02458 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fired;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[0U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[1U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[2U] = 0U;
                toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u4 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02438 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02438);
                toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u0 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02430 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02430);
                toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u1 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02432 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02432);
                toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u2 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02434 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02434);
                toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u3 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02436 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02436);
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s4 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u4, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[2U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s0 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u0, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[0U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u1, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[0U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s2 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u2, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[1U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s3 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__u3, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[1U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02458 
                    = ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s4) 
                         << 4U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s3) 
                                    << 3U) | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s2) 
                                              << 2U))) 
                       | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1) 
                           << 1U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s0)));
            } else if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
                if (vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02483) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02458 
                        = (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02418));
                }
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fired;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[0U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[1U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[2U] = 0U;
                toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u2 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02435 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02435);
                toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u3 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02437 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02437);
                toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u4 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02439 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02439);
                toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u5 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02441 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02441);
                toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u0 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02431 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02431);
                toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u1 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02433 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02433);
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s2 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u2, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[1U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s3 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u3, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[1U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s4 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u4, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[2U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s5 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u5, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[2U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s0 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u0, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[0U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__u1, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[0U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02461 
                    = ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s5) 
                         << 5U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s4) 
                                    << 4U) | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s3) 
                                              << 3U))) 
                       | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s2) 
                           << 2U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1) 
                                      << 1U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s0))));
            } else if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
                if (vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02480) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02461 
                        = (0x0000003fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02418));
                }
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02467 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fired;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[0U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[1U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[3U] = 0U;
                toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u0 
                    = ((0x00004000U & ((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02433) 
                                       << 1U)) | (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02433));
                toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u1 
                    = ((0x00004000U & ((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02435) 
                                       << 1U)) | (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02435));
                toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u2 
                    = ((0x00004000U & ((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02437) 
                                       << 1U)) | (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02437));
                toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u3 
                    = ((0x00004000U & ((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02439) 
                                       << 1U)) | (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02439));
                toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u4 
                    = ((0x00004000U & ((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02441) 
                                       << 1U)) | (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02441));
                toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u5 
                    = ((0x00004000U & ((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02443) 
                                       << 1U)) | (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02443));
                toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u6 
                    = ((0x00004000U & ((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02445) 
                                       << 1U)) | (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02445));
                toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u7 
                    = ((0x00004000U & ((IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02447) 
                                       << 1U)) | (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02447));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s0 
                    = VL_GTES_III(15, (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u0), 
                                  (0x00007fffU & VL_EXTENDS_II(15,13, 
                                                               (0x00001fffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[0U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1 
                    = VL_GTES_III(15, (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u1), 
                                  (0x00007fffU & VL_EXTENDS_II(15,13, 
                                                               (0x00001fffU 
                                                                & (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[0U] 
                                                                   >> 0x0000000dU)))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s2 
                    = VL_GTES_III(15, (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u2), 
                                  (0x00007fffU & VL_EXTENDS_II(15,13, 
                                                               (0x00001fffU 
                                                                & ((vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[1U] 
                                                                    << 6U) 
                                                                   | (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[0U] 
                                                                      >> 0x0000001aU))))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s3 
                    = VL_GTES_III(15, (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u3), 
                                  (0x00007fffU & VL_EXTENDS_II(15,13, 
                                                               (0x00001fffU 
                                                                & (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[1U] 
                                                                   >> 7U)))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s4 
                    = VL_GTES_III(15, (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u4), 
                                  (0x00007fffU & VL_EXTENDS_II(15,13, 
                                                               (0x00001fffU 
                                                                & ((vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[2U] 
                                                                    << 0x0000000cU) 
                                                                   | (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[1U] 
                                                                      >> 0x00000014U))))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s5 
                    = VL_GTES_III(15, (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u5), 
                                  (0x00007fffU & VL_EXTENDS_II(15,13, 
                                                               (0x00001fffU 
                                                                & (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[2U] 
                                                                   >> 1U)))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s6 
                    = VL_GTES_III(15, (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u6), 
                                  (0x00007fffU & VL_EXTENDS_II(15,13, 
                                                               (0x00001fffU 
                                                                & (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[2U] 
                                                                   >> 0x0000000eU)))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s7 
                    = VL_GTES_III(15, (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__u7), 
                                  (0x00007fffU & VL_EXTENDS_II(15,13, 
                                                               (0x00001fffU 
                                                                & ((vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[3U] 
                                                                    << 5U) 
                                                                   | (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[2U] 
                                                                      >> 0x0000001bU))))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02467 
                    = ((((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s7) 
                           << 3U) | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s6) 
                                     << 2U)) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s5) 
                                                 << 1U) 
                                                | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s4))) 
                        << 4U) | ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s3) 
                                    << 3U) | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s2) 
                                              << 2U)) 
                                  | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1) 
                                      << 1U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s0))));
            } else if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
                if (vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02467 
                        = (0x000000ffU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02418));
                }
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02467 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fired;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[0U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[1U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[2U] = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[3U] = 0U;
                toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u0 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02433 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02433);
                toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u1 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02435 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02435);
                toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u2 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02437 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02437);
                toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u3 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02439 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02439);
                toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u4 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02441 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02441);
                toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u5 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02443 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02443);
                toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u6 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02445 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02445);
                toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u7 
                    = ((0x00020000U & (toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02447 
                                       << 1U)) | toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02447);
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s0 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u0, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[0U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u1, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[0U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s2 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u2, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[1U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s3 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u3, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[1U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s4 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u4, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[2U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s5 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u5, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[2U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s6 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u6, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (0x0000ffffU 
                                                                & vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[3U]))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s7 
                    = VL_GTES_III(18, toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__u7, 
                                  (0x0003ffffU & VL_EXTENDS_II(18,16, 
                                                               (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[3U] 
                                                                >> 0x00000010U))));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02467 
                    = ((((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s7) 
                           << 3U) | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s6) 
                                     << 2U)) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s5) 
                                                 << 1U) 
                                                | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s4))) 
                        << 4U) | ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s3) 
                                    << 3U) | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s2) 
                                              << 2U)) 
                                  | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1) 
                                      << 1U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s0))));
            } else if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
                if (vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02481) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02467 
                        = (0x000000ffU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02418));
                }
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024199 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024118;
    vlSelfRef.toepcore_top__DOT__array__DOT____024217 
        = vlSelfRef.toepcore_top__DOT__array__DOT__idx;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
        if (vlSelfRef.toepcore_top__DOT__pixels___05Fvalid) {
            vlSelfRef.toepcore_top__DOT__array__DOT____024195 = 0U;
            if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__busy)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024191 = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024203 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024204 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024205 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024206 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024207 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024208 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024209 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024210 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024211 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024212 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024201 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024202 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024193 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024192 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024197 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024199 = 0U;
            }
            vlSelfRef.toepcore_top__DOT__array__DOT____024194 
                = vlSelfRef.toepcore_top__DOT__pixels___05Fpayload;
        }
    } else {
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if ((2U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497))) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024195 
                    = (3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497)));
            }
            if (vlSelfRef.toepcore_top__DOT__array__DOT____024102) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024197 
                    = ((IData)(1U) + vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024116);
            }
        }
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if ((2U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((4U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                        if ((5U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                            if ((7U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                                if ((0x0aU > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
                                    if ((1U & (~ (0U 
                                                  != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024203 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count0)));
                                    }
                                    if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024204 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count1)));
                                    }
                                    if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024205 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count2)));
                                    }
                                    if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024206 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count3)));
                                    }
                                    if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024207 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count4)));
                                    }
                                    if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024208 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count5)));
                                    }
                                    if ((6U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024209 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count6)));
                                    }
                                    if ((7U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024210 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count7)));
                                    }
                                    if ((8U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024211 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count8)));
                                    }
                                    if ((9U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024212 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__count9)));
                                    }
                                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024179) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024201 
                                            = vlSelfRef.toepcore_top__DOT__array__DOT___0_;
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024202 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024180)));
                                    }
                                }
                            }
                        }
                    }
                }
                if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024134) {
                        if (vlSelfRef.toepcore_top__DOT__array__DOT____024135) {
                            vlSelfRef.toepcore_top__DOT__array__DOT____024199 
                                = ((IData)(1U) + vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024118);
                        }
                    }
                }
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 0U;
    if (((((((((0U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                      >> 5U))) | (1U 
                                                  == 
                                                  (0x0000001fU 
                                                   & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                                      >> 5U)))) 
              | (2U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                       >> 5U)))) | 
             (3U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                    >> 5U)))) | (4U 
                                                 == 
                                                 (0x0000001fU 
                                                  & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                                     >> 5U)))) 
           | (5U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                    >> 5U)))) | (6U 
                                                 == 
                                                 (0x0000001fU 
                                                  & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                                     >> 5U)))) 
         | (7U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                  >> 5U))))) {
        if ((0U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                   >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 0U;
        } else if ((1U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                          >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 0U;
        } else if ((2U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                          >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 0U;
        } else if ((3U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                          >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 1U;
        } else if ((4U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                          >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 1U;
        } else if ((5U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                          >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 2U;
        } else {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 4U;
            if ((6U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                       >> 5U)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 2U;
            } else {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 3U;
            }
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 4U;
        }
    } else if (((((((((8U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                             >> 5U))) 
                      | (9U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                               >> 5U)))) 
                     | (0x0aU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                                 >> 5U)))) 
                    | (0x0bU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                                >> 5U)))) 
                   | (0x0cU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                               >> 5U)))) 
                  | (0x0dU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                              >> 5U)))) 
                 | (0x0eU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                             >> 5U)))) 
                | (0x0fU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                            >> 5U))))) {
        if ((8U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                   >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 3U;
        } else if ((9U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                          >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 4U;
        } else if ((0x0aU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                             >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 4U;
        } else if ((0x0bU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                             >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 5U;
        } else if ((0x0cU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                             >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 7U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 7U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 5U;
        } else if ((0x0dU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                             >> 5U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 7U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 7U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 6U;
        } else {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 8U;
            if ((0x0eU == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                          >> 5U)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 6U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 6U;
            } else {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 7U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 7U;
            }
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 8U;
        }
    } else if ((0x10U == (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                                         >> 5U)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458 = 8U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438 = 8U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439 = 7U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 0U;
    if (((((((((0U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload))) 
               | (1U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
              | (2U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
             | (3U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
            | (4U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
           | (5U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
          | (6U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
         | (7U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload))))) {
        if ((0U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 0U;
        } else if ((1U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 0U;
        } else if ((2U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 0U;
        } else if ((3U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 1U;
        } else if ((4U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 1U;
        } else if ((5U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 2U;
        } else {
            if ((6U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 2U;
            } else {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 3U;
            }
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 4U;
        }
    } else if (((((((((8U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload))) 
                      | (9U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
                     | (0x0aU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
                    | (0x0bU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
                   | (0x0cU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
                  | (0x0dU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
                 | (0x0eU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) 
                | (0x0fU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload))))) {
        if ((8U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 3U;
        } else if ((9U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 4U;
        } else if ((0x0aU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 4U;
        } else if ((0x0bU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 5U;
        } else if ((0x0cU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 7U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 7U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 5U;
        } else if ((0x0dU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 7U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 6U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 7U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 6U;
        } else {
            if ((0x0eU == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 6U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 6U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 6U;
            } else {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 7U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 7U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 7U;
            }
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 8U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 8U;
        }
    } else if ((0x10U == (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461 = 8U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441 = 8U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442 = 7U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02473 
        = ((IData)(toepcore_top__DOT__array__DOT____024signal__02464) 
           & (4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02475 
        = ((IData)(toepcore_top__DOT__array__DOT____024signal__02464) 
           & (5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02467 
        = ((IData)(toepcore_top__DOT__array__DOT____024signal__02464) 
           & (1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02471 
        = ((IData)(toepcore_top__DOT__array__DOT____024signal__02464) 
           & (3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02469 
        = ((IData)(toepcore_top__DOT__array__DOT____024signal__02464) 
           & (2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
    vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid 
        = ((~ (0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) 
           & (IData)(toepcore_top__DOT__array__DOT____024signal__02464));
    vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472 
        = (((IData)(toepcore_top__DOT__array__DOT__axon_end) 
            << 0x0000000dU) | ((0x00001f00U & ((IData)(toepcore_top__DOT__array__DOT__Cv) 
                                               << 8U)) 
                               | (IData)(__VdfgRegularize_h6e95ff9d_0_39)));
    vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468 
        = (((IData)(toepcore_top__DOT__array__DOT__axon_end) 
            << 0x0000000cU) | ((0x00000f00U & ((IData)(toepcore_top__DOT__array__DOT__Cv) 
                                               << 8U)) 
                               | (IData)(__VdfgRegularize_h6e95ff9d_0_39)));
    __Vtableidx32 = (((IData)(toepcore_top__DOT__array__DOT____02483) 
                      << 6U) | (((IData)(toepcore_top__DOT__array__DOT____02478) 
                                 << 5U) | (((IData)(toepcore_top__DOT__array__DOT____02477) 
                                            << 4U) 
                                           | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))));
    vlSelfRef.spike_trace_valid = Vtoepcore_top__ConstPool__TABLE_hf1c94c78_0
        [__Vtableidx32];
    vlSelfRef.spike_trace = 0U;
    __Vtableidx28 = ((((4U <= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)) 
                       << 8U) | (((IData)(toepcore_top__DOT__array__DOT____02483) 
                                  << 7U) | ((IData)(toepcore_top__DOT__array__DOT____02478) 
                                            << 6U))) 
                     | (((IData)(toepcore_top__DOT__array__DOT____02477) 
                         << 5U) | (((IData)(toepcore_top__DOT__array__DOT____02458) 
                                    << 4U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))));
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02448 
        = Vtoepcore_top__ConstPool__TABLE_hfbff1bd4_0
        [__Vtableidx28];
    vlSelfRef.toepcore_top__DOT__array__DOT__wdata = 0U;
    toepcore_top__DOT__array__DOT____024signal__02446 = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024120)))) {
                    toepcore_top__DOT__array__DOT____024signal 
                        = vlSelfRef.toepcore_top__DOT__array__DOT__idx;
                }
            } else if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                toepcore_top__DOT__array__DOT____024signal 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__idx;
            }
            if ((2U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((4U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                        if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                            if (toepcore_top__DOT__array__DOT____02477) {
                                if ((1U & (~ (IData)(toepcore_top__DOT__array__DOT____02478)))) {
                                    if (toepcore_top__DOT__array__DOT____02483) {
                                        vlSelfRef.spike_trace 
                                            = ((((0x000003e0U 
                                                  & ((IData)(toepcore_top__DOT__array__DOT__x_) 
                                                     << 5U)) 
                                                 | (0x0000001fU 
                                                    & (IData)(toepcore_top__DOT__array__DOT____024signal__02491))) 
                                                << 9U) 
                                               | (((IData)(toepcore_top__DOT__array__DOT__f_) 
                                                   << 2U) 
                                                  | (IData)(toepcore_top__DOT__array__DOT____02484)));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if (toepcore_top__DOT__array__DOT____02458) {
                vlSelfRef.toepcore_top__DOT__array__DOT__wdata 
                    = (((IData)(toepcore_top__DOT__array__DOT____024100) 
                        << 0x0000000aU) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101) 
                                            << 5U) 
                                           | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024100)));
            }
        } else if ((2U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if ((4U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                        if (toepcore_top__DOT__array__DOT____02477) {
                            if ((1U & (~ (IData)(toepcore_top__DOT__array__DOT____02478)))) {
                                if (toepcore_top__DOT__array__DOT____02483) {
                                    if ((4U > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT__wdata 
                                            = ((0x00007c00U 
                                                & ((IData)(toepcore_top__DOT__array__DOT__f_) 
                                                   << 0x0000000aU)) 
                                               | ((0x000003e0U 
                                                   & ((IData)(toepcore_top__DOT__array__DOT____024signal__02491) 
                                                      << 5U)) 
                                                  | (0x0000001fU 
                                                     & (IData)(toepcore_top__DOT__array__DOT__x_))));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024148 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__wsel)
            ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__n_events1)
            : (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__n_events0));
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if (toepcore_top__DOT__array__DOT____02458) {
                toepcore_top__DOT__array__DOT____024signal__02446 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__n_events0;
            }
        } else if ((2U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if ((4U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                        if (toepcore_top__DOT__array__DOT____02477) {
                            if ((1U & (~ (IData)(toepcore_top__DOT__array__DOT____02478)))) {
                                if (toepcore_top__DOT__array__DOT____02483) {
                                    if ((4U > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
                                        toepcore_top__DOT__array__DOT____024signal__02446 
                                            = vlSelfRef.toepcore_top__DOT__array__DOT____024148;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__wsel) {
        vlSelfRef.toepcore_top__DOT__array__DOT__addr 
            = toepcore_top__DOT__array__DOT____024signal;
        vlSelfRef.toepcore_top__DOT__array__DOT__addr__02451 
            = toepcore_top__DOT__array__DOT____024signal__02446;
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__addr 
            = toepcore_top__DOT__array__DOT____024signal__02446;
        vlSelfRef.toepcore_top__DOT__array__DOT__addr__02451 
            = toepcore_top__DOT__array__DOT____024signal;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024198 
        = vlSelfRef.toepcore_top__DOT__array__DOT__spikes;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
        if (vlSelfRef.toepcore_top__DOT__pixels___05Fvalid) {
            if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__busy)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024198 = 0U;
            }
        }
    } else if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
        if ((2U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if ((4U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                        if (vlSelfRef.toepcore_top__DOT__array__DOT____024140) {
                            if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024141)))) {
                                if (vlSelfRef.toepcore_top__DOT__array__DOT____024146) {
                                    vlSelfRef.toepcore_top__DOT__array__DOT____024198 
                                        = ((IData)(1U) 
                                           + vlSelfRef.toepcore_top__DOT__array__DOT__spikes);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024213 
        = vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT____024220 
        = vlSelfRef.toepcore_top__DOT__array__DOT__n_events1;
    if (((((((((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state)) 
               | (1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
              | (2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
             | (4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
            | (3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
           | (5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
          | (7U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) 
         | (6U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state)))) {
        if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497))) {
                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024117) {
                        vlSelfRef.toepcore_top__DOT__array__DOT____024219 = 0U;
                        vlSelfRef.toepcore_top__DOT__array__DOT____024218 = 0U;
                        vlSelfRef.toepcore_top__DOT__array__DOT____024217 = 0U;
                        vlSelfRef.toepcore_top__DOT__array__DOT____024220 = 0U;
                    }
                }
            } else if ((2U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((4U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                        if ((5U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                            if ((7U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                                if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__drain))) {
                                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024185) {
                                        if ((5U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
                                            vlSelfRef.toepcore_top__DOT__array__DOT____024219 
                                                = (7U 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac)));
                                            vlSelfRef.toepcore_top__DOT__array__DOT____024218 
                                                = (0x0000000fU 
                                                   & ((IData)(1U) 
                                                      + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__tg)));
                                        }
                                    } else {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024218 
                                            = (0x0000000fU 
                                               & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__tg)));
                                    }
                                }
                            }
                        }
                        if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                            if (vlSelfRef.toepcore_top__DOT__array__DOT____024140) {
                                if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024141)))) {
                                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024146) {
                                        if ((4U > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
                                            if (vlSelfRef.toepcore_top__DOT__array__DOT__wsel) {
                                                if (vlSelfRef.toepcore_top__DOT__array__DOT__wsel) {
                                                    vlSelfRef.toepcore_top__DOT__array__DOT____024220 
                                                        = 
                                                        (0x00000fffU 
                                                         & ((IData)(1U) 
                                                            + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024148)));
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        } else if ((7U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                            if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__drain))) {
                                if (vlSelfRef.toepcore_top__DOT__array__DOT____024185) {
                                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024186) {
                                        if (vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02457) {
                                            if (vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02457) {
                                                vlSelfRef.toepcore_top__DOT__array__DOT____024220 = 0U;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024134) {
                        if (vlSelfRef.toepcore_top__DOT__array__DOT____024135) {
                            vlSelfRef.toepcore_top__DOT__array__DOT____024217 
                                = (0x00000fffU & ((IData)(1U) 
                                                  + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__idx)));
                        }
                    } else {
                        vlSelfRef.toepcore_top__DOT__array__DOT____024217 
                            = (0x00000fffU & ((IData)(1U) 
                                              + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__idx)));
                    }
                } else if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if ((5U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                        if ((7U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                            if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__drain))) {
                                vlSelfRef.toepcore_top__DOT__array__DOT____024217 = 0U;
                            }
                        }
                    }
                }
            }
            if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((2U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if ((4U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                        if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                            if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                                if (vlSelfRef.toepcore_top__DOT__array__DOT____024140) {
                                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024141) {
                                        vlSelfRef.toepcore_top__DOT__array__DOT____024221 = 0U;
                                    }
                                }
                            } else if ((7U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                                vlSelfRef.toepcore_top__DOT__array__DOT____024221 
                                    = (3U & ((IData)(1U) 
                                             + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__drain)));
                            }
                        }
                    }
                }
            }
        }
        vlSelfRef.toepcore_top__DOT__array__DOT____024200 
            = vlSelfRef.toepcore_top__DOT__array__DOT__n_events0;
        if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if (vlSelfRef.toepcore_top__DOT__pixels___05Fvalid) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024213 = 1U;
                if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__busy)))) {
                    vlSelfRef.toepcore_top__DOT__array__DOT____024200 = 0U;
                }
            }
        } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497))) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024213 
                    = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024117)
                        ? 2U : 0U);
            }
            if (vlSelfRef.toepcore_top__DOT__array__DOT____024102) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024200 
                    = (0x00000fffU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__n_events0)));
            }
        } else {
            if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024213 
                    = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024120)
                        ? 3U : 4U);
            } else if ((4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if (vlSelfRef.toepcore_top__DOT__array__DOT____024134) {
                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024135) {
                        vlSelfRef.toepcore_top__DOT__array__DOT____024213 = 2U;
                    }
                } else {
                    vlSelfRef.toepcore_top__DOT__array__DOT____024213 = 2U;
                }
            } else if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if (vlSelfRef.toepcore_top__DOT__array__DOT____024139) {
                    vlSelfRef.toepcore_top__DOT__array__DOT____024213 = 5U;
                }
            } else if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if (vlSelfRef.toepcore_top__DOT__array__DOT____024140) {
                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024141) {
                        vlSelfRef.toepcore_top__DOT__array__DOT____024213 = 6U;
                    } else if (vlSelfRef.toepcore_top__DOT__array__DOT____024146) {
                        if ((4U <= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
                            vlSelfRef.toepcore_top__DOT__array__DOT____024213 = 7U;
                        }
                    }
                }
            } else if ((7U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024213 = 5U;
            } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__drain))) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024213 
                    = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024185)
                        ? ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))
                            ? 8U : 2U) : 2U);
            }
            if ((2U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((4U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                    if ((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                        if ((5U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                            if (vlSelfRef.toepcore_top__DOT__array__DOT____024140) {
                                if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024141)))) {
                                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024146) {
                                        if ((4U > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__ac))) {
                                            if ((1U 
                                                 & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__wsel)))) {
                                                vlSelfRef.toepcore_top__DOT__array__DOT____024200 
                                                    = 
                                                    (0x00000fffU 
                                                     & ((IData)(1U) 
                                                        + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024148)));
                                            }
                                        }
                                    }
                                }
                            }
                        } else if ((7U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                            if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__drain))) {
                                if (vlSelfRef.toepcore_top__DOT__array__DOT____024185) {
                                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024186) {
                                        if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02457)))) {
                                            vlSelfRef.toepcore_top__DOT__array__DOT____024200 = 0U;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT____024200 
            = vlSelfRef.toepcore_top__DOT__array__DOT__n_events0;
        if ((8U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
            if (vlSelfRef.result___05Fready) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024213 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024220 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024200 = 0U;
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02480 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fire = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02434 = 0U;
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02473) {
            if ((0x00000100U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02480 = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fire = 1U;
            } else {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02480 = 2U;
            }
            if ((1U & (~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474) 
                          >> 8U)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02434 = 1U;
            }
        }
    } else {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state))) {
            if (((9U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g)) 
                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02437) 
                    & ((3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal))) 
                       == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__py_end))))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02480 = 0U;
            }
        } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state))) {
            if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__busy)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02480 = 0U;
            }
        }
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fire = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02434 = 0U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02480 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fire = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02434 = 0U;
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02475) {
            if ((0x00000100U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02480 = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fire = 1U;
            } else {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02480 = 2U;
            }
            if ((1U & (~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474) 
                          >> 8U)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02434 = 1U;
            }
        }
    } else {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state))) {
            if (((9U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g)) 
                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02437) 
                    & ((3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal))) 
                       == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__py_end))))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02480 = 0U;
            }
        } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state))) {
            if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__busy)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02480 = 0U;
            }
        }
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fire = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02434 = 0U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fire = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__02437 = 0U;
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid) {
            if ((0x00001000U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fire = 1U;
            } else if ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438) 
                         > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439)) 
                        & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441) 
                           > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 2U;
            }
            if ((1U & (~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                          >> 0x0cU)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__02437 = 1U;
            }
        }
    } else {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state))) {
            if (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g) 
                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02446) 
                    & ((0x0000001fU & ((IData)(1U) 
                                       + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal))) 
                       == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__py_end))))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 0U;
            }
        } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state))) {
            if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__busy)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 0U;
            }
        }
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fire = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__02437 = 0U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02458 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02461 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 0U;
    if (((((((((0U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                      >> 4U))) | (1U 
                                                  == 
                                                  (0x0000000fU 
                                                   & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                                      >> 4U)))) 
              | (2U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                       >> 4U)))) | 
             (3U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                    >> 4U)))) | (4U 
                                                 == 
                                                 (0x0000000fU 
                                                  & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                                     >> 4U)))) 
           | (5U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                    >> 4U)))) | (6U 
                                                 == 
                                                 (0x0000000fU 
                                                  & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                                     >> 4U)))) 
         | (7U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                  >> 4U))))) {
        if ((0U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                   >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02458 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 0U;
        } else if ((1U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                          >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02458 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 0U;
        } else if ((2U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                          >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02458 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 0U;
        } else if ((3U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                          >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02458 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 1U;
        } else if ((4U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                          >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02458 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 1U;
        } else if ((5U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                          >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02458 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 2U;
        } else {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02458 = 4U;
            if ((6U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                       >> 4U)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 2U;
            } else {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 3U;
            }
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438 = 4U;
        }
    } else if ((8U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                                      >> 4U)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02458 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439 = 3U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 0U;
    if (((((((((0U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472))) 
               | (1U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) 
              | (2U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) 
             | (3U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) 
            | (4U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) 
           | (5U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) 
          | (6U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) 
         | (7U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472))))) {
        if ((0U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02461 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 0U;
        } else if ((1U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02461 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 0U;
        } else if ((2U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02461 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 0U;
        } else if ((3U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02461 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 1U;
        } else if ((4U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02461 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 1U;
        } else if ((5U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02461 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 2U;
        } else {
            if ((6U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 2U;
            } else {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 3U;
            }
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02461 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441 = 4U;
        }
    } else if ((8U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02461 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442 = 3U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fire = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__02437 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 0U;
    if (((((((((0U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                      >> 4U))) | (1U 
                                                  == 
                                                  (0x0000000fU 
                                                   & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                                      >> 4U)))) 
              | (2U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                       >> 4U)))) | 
             (3U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                    >> 4U)))) | (4U 
                                                 == 
                                                 (0x0000000fU 
                                                  & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                                     >> 4U)))) 
           | (5U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                    >> 4U)))) | (6U 
                                                 == 
                                                 (0x0000000fU 
                                                  & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                                     >> 4U)))) 
         | (7U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                  >> 4U))))) {
        if ((0U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                   >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 0U;
        } else if ((1U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                          >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 0U;
        } else if ((2U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                          >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 0U;
        } else if ((3U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                          >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 1U;
        } else if ((4U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                          >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 1U;
        } else if ((5U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                          >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 2U;
        } else {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 4U;
            if ((6U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                       >> 4U)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 2U;
            } else {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 3U;
            }
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 4U;
        }
    } else if ((8U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                      >> 4U)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 3U;
    } else if ((9U == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                      >> 4U)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 4U;
    } else if ((0x0aU == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                         >> 4U)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 4U;
    } else if ((0x0bU == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                         >> 4U)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 5U;
    } else if ((0x0cU == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                         >> 4U)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 5U;
    } else if ((0x0dU == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                         >> 4U)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 6U;
    } else if ((0x0eU == (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                                         >> 4U)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433 = 6U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 0U;
    if (((((((((0U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468))) 
               | (1U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) 
              | (2U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) 
             | (3U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) 
            | (4U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) 
           | (5U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) 
          | (6U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) 
         | (7U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468))))) {
        if ((0U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 0U;
        } else if ((1U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 0U;
        } else if ((2U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 0U;
        } else if ((3U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 1U;
        } else if ((4U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 1U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 1U;
        } else if ((5U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 2U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 2U;
        } else {
            if ((6U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 2U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 2U;
            } else {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 3U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 3U;
            }
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 4U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 4U;
        }
    } else if ((8U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 3U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 3U;
    } else if ((9U == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 4U;
    } else if ((0x0aU == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 4U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 4U;
    } else if ((0x0bU == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 5U;
    } else if ((0x0cU == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 5U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 5U;
    } else if ((0x0dU == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 6U;
    } else if ((0x0eU == (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468)))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433 = 6U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435 = 7U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436 = 6U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fire = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fire = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__02434 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__02435 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02451 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02452 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02454 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02456 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02415;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02455 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02414;
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fire) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02451 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02452 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02454 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02456 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02455 = 0U;
        }
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02455 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02414;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02451 
                    = (0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02452 
                    = (0x0000000fU & (((IData)(1U) 
                                       + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__pword)) 
                                      & (- (IData)(
                                                   (9U 
                                                    != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__pword))))));
                if ((0x32U == (0x0000007fU & ((IData)(5U) 
                                              + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal))))) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02454 = 0U;
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02456 
                        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02415) 
                           && (1U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02415))));
                    if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02415)))) {
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02455 
                            = (1U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02414)));
                    }
                } else {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02454 
                        = (0x0000003fU & ((IData)(5U) 
                                          + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal)));
                }
            }
        }
    }
    __Vtableidx98 = ((((((IData)(vlSelfRef.rst) << 4U) 
                        | (((2U & ((~ (0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02418))) 
                                   << 1U)) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02482)) 
                           << 2U)) | ((2U & ((~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s4) 
                                                 | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s3) 
                                                    | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s2) 
                                                       | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1) 
                                                          | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s0)))))) 
                                             << 1U)) 
                                      | (0x0aU == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word)))) 
                      << 4U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fire) 
                                 << 3U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02457 
        = Vtoepcore_top__ConstPool__TABLE_h1e5f036c_0
        [__Vtableidx98];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__py_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02472 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02443;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02473 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__px_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02466 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02467 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__Y;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__X;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02474 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02434) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02470 = 1U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02472 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02473 = 1U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02466 
            = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474) 
                              >> 4U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02467 
            = (3U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474) 
                     >> 2U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02468 
            = (3U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02474 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02469 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02469 = 0U;
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02469 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02441) {
        if ((9U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02474 = 0U;
            if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02437) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02469 
                    = (1U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal)));
            }
        } else {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02474 
                = (0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g)));
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02471 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__0245;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02434) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02471 = 0U;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02441) {
        if ((9U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02471 
                = (1U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02437)
                          ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02443)
                          : ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__0245))));
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02451 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02452 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02454 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02456 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02415;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02455 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02414;
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fire) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02451 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02452 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02454 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02456 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02455 = 0U;
        }
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02455 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02414;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02451 
                    = (0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02452 
                    = (0x0000000fU & (((IData)(1U) 
                                       + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__pword)) 
                                      & (- (IData)(
                                                   (9U 
                                                    != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__pword))))));
                if ((0x32U == (0x0000007fU & ((IData)(5U) 
                                              + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal))))) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02454 = 0U;
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02456 
                        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02415) 
                           && (1U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02415))));
                    if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02415)))) {
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02455 
                            = (1U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02414)));
                    }
                } else {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02454 
                        = (0x0000003fU & ((IData)(5U) 
                                          + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal)));
                }
            }
        }
    }
    __Vtableidx113 = ((((((IData)(vlSelfRef.rst) << 4U) 
                         | (((2U & ((~ (0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02418))) 
                                    << 1U)) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02483)) 
                            << 2U)) | ((2U & ((~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s4) 
                                                  | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s3) 
                                                     | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s2) 
                                                        | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1) 
                                                           | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s0)))))) 
                                              << 1U)) 
                                       | (0x0aU == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word)))) 
                       << 4U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fire) 
                                  << 3U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02457 
        = Vtoepcore_top__ConstPool__TABLE_h1e5f036c_0
        [__Vtableidx113];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__py_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02472 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02443;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02473 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__px_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02466 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02467 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__Y;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__X;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02474 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02434) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02470 = 1U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02472 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02473 = 1U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02466 
            = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474) 
                              >> 4U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02467 
            = (3U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474) 
                     >> 2U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02468 
            = (3U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02474 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02469 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02469 = 0U;
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02469 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02442) {
        if ((9U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02474 = 0U;
            if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02437) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02469 
                    = (1U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal)));
            }
        } else {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02474 
                = (0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g)));
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02471 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__0245;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02434) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02471 = 0U;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02442) {
        if ((9U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02471 
                = (1U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02437)
                          ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02443)
                          : ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__0245))));
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02463 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02465 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02415;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02464 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02414;
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fire) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02460 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02463 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02465 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02464 = 0U;
        }
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02464 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02414;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02460 
                    = (0x000000ffU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word)));
                if ((0x10U == (0x0000003fU & ((IData)(8U) 
                                              + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal))))) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02463 = 0U;
                    if ((7U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02415))) {
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02465 = 0U;
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02464 
                            = (7U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02414)));
                    } else {
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02465 
                            = (7U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02415)));
                    }
                } else {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02463 
                        = (0x0000001fU & ((IData)(8U) 
                                          + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal)));
                }
            }
        }
    }
    __Vtableidx38 = ((((IData)(vlSelfRef.rst) << 7U) 
                      | (((6U & ((((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__pword)) 
                                  & (- (IData)((1U 
                                                & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__pword)))))) 
                                 << 1U)) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fire)) 
                         << 4U)) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state) 
                                     << 1U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__pword)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02461 
        = Vtoepcore_top__ConstPool__TABLE_h45b29c2e_0
        [__Vtableidx38];
    __Vtableidx39 = ((((((IData)(vlSelfRef.rst) << 4U) 
                        | (((2U & ((~ (0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02418))) 
                                   << 1U)) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready)) 
                           << 2U)) | ((2U & ((~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s7) 
                                                 | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s6) 
                                                    | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s5) 
                                                       | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s4) 
                                                          | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s3) 
                                                             | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s2) 
                                                                | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1) 
                                                                   | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s0))))))))) 
                                             << 1U)) 
                                      | (0x80U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word)))) 
                      << 4U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fire) 
                                 << 3U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02466 
        = Vtoepcore_top__ConstPool__TABLE_h1e5f036c_0
        [__Vtableidx39];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02475 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02476 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__Y;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02477 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__X;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02479 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__py_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02481 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__02446;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02482 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__px_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02483 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__02437) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02475 
            = (3U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                     >> 0x0aU));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02476 
            = (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload) 
                              >> 5U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02477 
            = (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02479 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02458;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02481 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02460;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02482 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02461;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02483 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02478 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02478 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02457;
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02478 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02483 
            = ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g))) 
               && (1U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g))));
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g) {
            if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02446) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02478 
                    = (0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal)));
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02480 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__0245;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__02437) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02480 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02459;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue) {
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02480 
                = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02446)
                                   ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__02446)
                                   : ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__0245))));
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state))) {
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02471) {
            if ((0x00002000U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fire = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 = 1U;
            } else if ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438) 
                         > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439)) 
                        & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441) 
                           > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 = 2U;
            }
            if ((1U & (~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                          >> 0x0dU)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__02437 = 1U;
            }
        }
    } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state))) {
        if (((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g)) 
             & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02446) 
                & ((0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal))) 
                   == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__py_end))))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 = 0U;
        }
    } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state))) {
        if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__busy)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 = 0U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02463 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02465 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02415;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02464 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02414;
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fire) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02460 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02461 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02463 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02465 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02464 = 0U;
        }
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02464 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02414;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02460 
                    = (0x0000007fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02461 
                    = (3U & (((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__pword)) 
                             & (- (IData)((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__pword))))));
                if ((0x20U == (0x0000007fU & ((IData)(8U) 
                                              + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal))))) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02463 = 0U;
                    if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02415))) {
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02465 = 0U;
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02464 
                            = (3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02414)));
                    } else {
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02465 
                            = (3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02415)));
                    }
                } else {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02463 
                        = (0x0000003fU & ((IData)(8U) 
                                          + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal)));
                }
            }
        }
    }
    __Vtableidx84 = ((((((IData)(vlSelfRef.rst) << 4U) 
                        | (((2U & ((~ (0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02418))) 
                                   << 1U)) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02481)) 
                           << 2U)) | ((2U & ((~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s7) 
                                                 | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s6) 
                                                    | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s5) 
                                                       | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s4) 
                                                          | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s3) 
                                                             | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s2) 
                                                                | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1) 
                                                                   | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s0))))))))) 
                                             << 1U)) 
                                      | (0x40U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word)))) 
                      << 4U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fire) 
                                 << 3U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02466 
        = Vtoepcore_top__ConstPool__TABLE_h1e5f036c_0
        [__Vtableidx84];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02475 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02476 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__Y;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02477 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__X;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02479 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__py_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02481 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__02446;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02482 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__px_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02483 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__02437) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02475 
            = (0x0000001fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                              >> 8U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02476 
            = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472) 
                              >> 4U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02477 
            = (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02479 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02458;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02481 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02460;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02482 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02461;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02483 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02478 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02478 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457;
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02478 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02440) {
        if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02483 = 0U;
            if (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02446) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02478 
                    = (7U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal)));
            }
        } else {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02483 
                = (3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g)));
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02480 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__0245;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__02437) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02480 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02459;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02440) {
        if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02480 
                = (7U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02446)
                          ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__02446)
                          : ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__0245))));
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state))) {
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02467) {
            if ((0x00001000U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fire = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 = 1U;
            } else if ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429) 
                         > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430)) 
                        & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432) 
                           > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 = 2U;
            }
            if ((1U & (~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                          >> 0x0cU)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__02434 = 1U;
            }
        }
    } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state))) {
        if (((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g)) 
             & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02437) 
                & ((0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal))) 
                   == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__py_end))))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 = 0U;
        }
    } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state))) {
        if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__busy)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 = 0U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02483 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state))) {
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02469) {
            if ((0x00001000U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fire = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02483 = 1U;
            } else if ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432) 
                         > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433)) 
                        & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435) 
                           > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02483 = 2U;
            }
            if ((1U & (~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                          >> 0x0cU)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__02435 = 1U;
            }
        }
    } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state))) {
        if (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g) 
             & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02440) 
                & ((0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal))) 
                   == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__py_end))))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02483 = 0U;
        }
    } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state))) {
        if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__busy)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02483 = 0U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02451 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02452 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02454 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02456 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02415;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02455 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02414;
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fire) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02451 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02452 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02454 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02456 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02455 = 0U;
        }
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02455 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02414;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02451 
                    = (0x000000ffU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02452 
                    = (3U & (((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__pword)) 
                             & (- (IData)((3U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__pword))))));
                if ((0x14U == (0x0000003fU & ((IData)(5U) 
                                              + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal))))) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02454 = 0U;
                    if ((6U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02415))) {
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02456 = 0U;
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02455 
                            = (7U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02414)));
                    } else {
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02456 
                            = (7U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02415)));
                    }
                } else {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02454 
                        = (0x0000001fU & ((IData)(5U) 
                                          + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal)));
                }
            }
        }
    }
    __Vtableidx52 = ((((((IData)(vlSelfRef.rst) << 4U) 
                        | (((2U & ((~ (0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02418))) 
                                   << 1U)) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02479)) 
                           << 2U)) | ((2U & ((~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s4) 
                                                 | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s3) 
                                                    | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s2) 
                                                       | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1) 
                                                          | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s0)))))) 
                                             << 1U)) 
                                      | (0xc4U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word)))) 
                      << 4U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fire) 
                                 << 3U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02457 
        = Vtoepcore_top__ConstPool__TABLE_h1e5f036c_0
        [__Vtableidx52];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02454 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02457 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02415;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02458 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02414;
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fire) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02454 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02457 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02459 = 0U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02458 = 0U;
        }
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02458 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02414;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02454 
                    = (0x0000007fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word)));
                if ((0x0cU == (0x0000001fU & ((IData)(6U) 
                                              + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal))))) {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02457 = 0U;
                    if ((6U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02415))) {
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02459 = 0U;
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02458 
                            = (7U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02414)));
                    } else {
                        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02459 
                            = (7U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02415)));
                    }
                } else {
                    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02457 
                        = (0x0000000fU & ((IData)(6U) 
                                          + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal)));
                }
            }
        }
    }
    __Vtableidx67 = ((((IData)(vlSelfRef.rst) << 7U) 
                      | (((6U & ((((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__pword)) 
                                  & (- (IData)((1U 
                                                & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__pword)))))) 
                                 << 1U)) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fire)) 
                         << 4U)) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state) 
                                     << 1U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__pword)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02455 
        = Vtoepcore_top__ConstPool__TABLE_h45b29c2e_0
        [__Vtableidx67];
    vlSelfRef.__Vtableidx68 = ((((((IData)(vlSelfRef.rst) 
                                   << 4U) | (((2U & 
                                               ((~ 
                                                 (0U 
                                                  != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02418))) 
                                                << 1U)) 
                                              | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__spikes___05Fready__02480)) 
                                             << 2U)) 
                                 | ((2U & ((~ ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s5) 
                                               | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s4) 
                                                  | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s3) 
                                                     | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s2) 
                                                        | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1) 
                                                           | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s0))))))) 
                                           << 1U)) 
                                    | (0x62U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word)))) 
                                << 4U) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fire) 
                                           << 3U) | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02460 
        = Vtoepcore_top__ConstPool__TABLE_h1e5f036c_0
        [vlSelfRef.__Vtableidx68];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02466 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02467 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__Y;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__X;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__py_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02472 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__02443;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02473 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__px_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02474 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__02434) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02466 
            = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                              >> 8U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02467 
            = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                              >> 4U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02468 
            = (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02470 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02449;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02472 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02451;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02473 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02452;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02474 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02469 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02469 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448;
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02469 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438) {
        if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02474 = 0U;
            if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02437) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02469 
                    = (7U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal)));
            }
        } else {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02474 
                = (3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g)));
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02471 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__0245;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__02434) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02471 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02450;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438) {
        if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02471 
                = (7U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02437)
                          ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__02443)
                          : ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__0245))));
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02469 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__Y;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02471 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__X;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02473 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__py_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02475 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__02444;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02476 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__px_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02477 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__02435) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02469 
            = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                              >> 8U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02470 
            = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468) 
                              >> 4U));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02471 
            = (0x0000000fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468));
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02473 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02452;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02475 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02454;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02476 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02455;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02477 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02472 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02472 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02451;
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02472 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02477 
            = ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g))) 
               && (1U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g))));
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g) {
            if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02440) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02472 
                    = (7U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal)));
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02474 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__0245;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__02435) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02474 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02453;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439) {
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02474 
                = (7U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02440)
                          ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__02444)
                          : ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__0245))));
        }
    }
    if (vlSelfRef.rst) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024214 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02459 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02462 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02462 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02463 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02464 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02465 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02459 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02462 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02459 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02462 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024215 = 0U;
        vlSelfRef.toepcore_top__DOT__feeder__DOT____0248 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024216 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024195 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024191 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024194 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024203 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024204 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024205 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024206 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024207 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024208 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024209 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024210 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024211 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024212 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024201 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024202 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024193 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024192 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024219 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024218 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024197 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024221 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02458 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02458 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02458 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02467 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02467 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024199 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024217 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024198 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024213 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024220 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024200 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02480 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02480 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02451 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02452 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02454 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02456 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02455 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02472 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02473 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02466 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02467 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02474 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02451 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02452 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02454 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02456 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02455 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02472 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02473 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02466 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02467 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02474 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02463 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02465 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02464 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02475 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02476 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02477 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02479 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02481 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02482 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02483 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02478 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02480 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02463 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02465 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02464 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02475 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02476 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02477 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02479 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02481 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02482 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02483 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02478 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02480 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02483 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02451 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02452 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02454 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02456 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02455 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02454 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02457 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02459 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02458 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02466 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02467 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02472 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02473 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02474 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02473 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02475 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02476 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02477 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02472 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02474 = 0U;
    }
}
