// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vtoepcore_top.h for the primary calling header

#include "Vtoepcore_top__pch.h"

void Vtoepcore_top___024root___eval_triggers_vec__ico(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_triggers_vec__ico\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    vlSelfRef.__VicoTriggered[0U] = ((0xfffffffffffffffeULL 
                                      & vlSelfRef.__VicoTriggered[0U]) 
                                     | (IData)((IData)(vlSelfRef.__VicoFirstIteration)));
}

bool Vtoepcore_top___024root___trigger_anySet__ico(const VlUnpacked<QData/*63:0*/, 1> &in) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___trigger_anySet__ico\n"); );
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

extern const VlUnpacked<CData/*0:0*/, 256> Vtoepcore_top__ConstPool__TABLE_h45b29c2e_0;
extern const VlUnpacked<CData/*0:0*/, 256> Vtoepcore_top__ConstPool__TABLE_hee8d8621_0;
extern const VlUnpacked<CData/*1:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h86ace615_0;
extern const VlUnpacked<CData/*2:0*/, 512> Vtoepcore_top__ConstPool__TABLE_h1e5f036c_0;

void Vtoepcore_top___024root___ico_sequent__TOP__0(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___ico_sequent__TOP__0\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Locals
    CData/*7:0*/ __Vtableidx34;
    __Vtableidx34 = 0;
    CData/*7:0*/ __Vtableidx38;
    __Vtableidx38 = 0;
    SData/*8:0*/ __Vtableidx39;
    __Vtableidx39 = 0;
    SData/*8:0*/ __Vtableidx52;
    __Vtableidx52 = 0;
    CData/*7:0*/ __Vtableidx67;
    __Vtableidx67 = 0;
    SData/*8:0*/ __Vtableidx84;
    __Vtableidx84 = 0;
    SData/*8:0*/ __Vtableidx98;
    __Vtableidx98 = 0;
    SData/*8:0*/ __Vtableidx113;
    __Vtableidx113 = 0;
    CData/*5:0*/ __Vtableidx119;
    __Vtableidx119 = 0;
    // Body
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__py_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02472 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02443;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02473 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__px_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__py_end;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02472 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02443;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02473 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__px_end;
    vlSelfRef.toepcore_top__DOT__array__DOT____024195 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497;
    vlSelfRef.toepcore_top__DOT__array__DOT____024214 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496;
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02463 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02469 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02427;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02471 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02428;
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02451 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02452 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02454 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02424;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02425;
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02454 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02457 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02463 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02464 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02425;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02465 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02426;
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02463 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02469 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02427;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02471 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02428;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02466 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02467 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__Y;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__X;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02474 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02451 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02452 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02454 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02424;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02425;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02466 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02467 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__Y;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__X;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02474 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02451 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02452 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__pword;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02454 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02424;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02425;
    vlSelfRef.toepcore_top__DOT__array__DOT____024191 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024115;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__busy) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024191 
            = ((IData)(1U) + vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024115);
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024194 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02498;
    vlSelfRef.toepcore_top__DOT__array__DOT____024215 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024100;
    vlSelfRef.toepcore_top__DOT__array__DOT____024221 
        = vlSelfRef.toepcore_top__DOT__array__DOT__drain;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02465 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02415;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02456 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02415;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02415;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02465 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02415;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02456 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02415;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02456 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02415;
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
    vlSelfRef.toepcore_top__DOT__array__DOT____024193 
        = vlSelfRef.toepcore_top__DOT__array__DOT__reads;
    vlSelfRef.toepcore_top__DOT__array__DOT____024197 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024116;
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
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issuing) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024193 
            = ((IData)(1U) + vlSelfRef.toepcore_top__DOT__array__DOT__reads);
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024212 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count9;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024216 
            = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101;
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
        }
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT____024216 
            = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101;
    }
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
    vlSelfRef.toepcore_top__DOT__array__DOT____024192 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issuing) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024192 
            = ((IData)((QData)((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__lanes_now))) 
               + vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119);
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024199 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024118;
    vlSelfRef.toepcore_top__DOT__array__DOT____024201 
        = vlSelfRef.toepcore_top__DOT__array__DOT__best;
    vlSelfRef.toepcore_top__DOT__array__DOT____024219 
        = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02469 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__02434) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02469 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02448;
    }
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02478 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__02437) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02478 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02457;
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
    __Vtableidx34 = ((((IData)(vlSelfRef.rst) << 7U) 
                      | (((IData)(vlSelfRef.result___05Fready) 
                          << 6U) | ((IData)(vlSelfRef.toepcore_top__DOT__pixels___05Fvalid) 
                                    << 5U))) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state) 
                                                 << 1U) 
                                                | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__busy)));
    vlSelfRef.toepcore_top__DOT__array__DOT____024196 
        = Vtoepcore_top__ConstPool__TABLE_hee8d8621_0
        [__Vtableidx34];
    vlSelfRef.toepcore_top__DOT__array__DOT____024198 
        = vlSelfRef.toepcore_top__DOT__array__DOT__spikes;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024202 
            = vlSelfRef.toepcore_top__DOT__array__DOT__best_cnt;
        if (vlSelfRef.toepcore_top__DOT__pixels___05Fvalid) {
            vlSelfRef.toepcore_top__DOT__array__DOT____024195 = 0U;
            if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__busy)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT____024191 = 1U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024193 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024197 = 0U;
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
                vlSelfRef.toepcore_top__DOT__array__DOT____024192 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024199 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024201 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024198 = 0U;
                vlSelfRef.toepcore_top__DOT__array__DOT____024202 = 0U;
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
        vlSelfRef.toepcore_top__DOT__array__DOT____024202 
            = vlSelfRef.toepcore_top__DOT__array__DOT__best_cnt;
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
    vlSelfRef.toepcore_top__DOT__array__DOT____024217 
        = vlSelfRef.toepcore_top__DOT__array__DOT__idx;
    vlSelfRef.toepcore_top__DOT__array__DOT____024218 
        = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
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
    __Vtableidx119 = ((((IData)(vlSelfRef.rst) << 5U) 
                       | (((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state)) 
                           << 4U) | ((0x0310U == (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i)) 
                                     << 3U))) | (((IData)(vlSelfRef.start) 
                                                  << 2U) 
                                                 | (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state)));
    vlSelfRef.toepcore_top__DOT__feeder__DOT____0249 
        = Vtoepcore_top__ConstPool__TABLE_h86ace615_0
        [__Vtableidx119];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02480 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state))) {
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02473) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02480 
                = ((0x00000100U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474))
                    ? 1U : 2U);
        }
    } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state))) {
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02480 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state))) {
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02475) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02480 
                = ((0x00000100U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02474))
                    ? 1U : 2U);
        }
    } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state))) {
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
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02458 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fired;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02459 
                    = (0x000003ffU & ((IData)(5U) * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02460 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02461 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02462 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02415;
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
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02458 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fired;
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02458 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fired;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02459 
                    = (0x0000003fU & ((IData)(5U) * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02460 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02461 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02462 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02415;
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
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02458 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fired;
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02458 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fired;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02459 
                    = (0x0000003fU & ((IData)(5U) * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02460 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02461 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02462 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02415;
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
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02458 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fired;
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02461 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fired;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02462 
                    = (0x000003ffU & ((IData)(6U) * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word)));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02463 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02464 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02465 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02415;
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
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02461 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fired;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state))) {
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid) {
            if ((0x00001000U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 1U;
            } else if ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02438) 
                         > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02439)) 
                        & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02441) 
                           > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02442)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 2U;
            }
        }
    } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state))) {
        if (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g) 
             & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02446) 
                & ((0x0000001fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal))) 
                   == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__py_end))))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 0U;
        }
    } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state))) {
        if ((1U & (~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__busy)))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 0U;
        }
    }
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02467 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fired;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02468 
                    = (0x000003f8U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word) 
                                      << 3U));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02469 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02470 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02471 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02415;
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
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02467 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fired;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state))) {
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02467) {
            if ((0x00001000U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02468))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 = 1U;
            } else if ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02429) 
                         > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02430)) 
                        & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02432) 
                           > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02433)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 = 2U;
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
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02483 = 1U;
            } else if ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02432) 
                         > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02433)) 
                        & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02435) 
                           > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02436)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02483 = 2U;
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state))) {
        if (vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fvalid__02471) {
            if ((0x00002000U & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__axons___05Fpayload__02472))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 = 1U;
            } else if ((((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02438) 
                         > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02439)) 
                        & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02441) 
                           > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02442)))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 = 2U;
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
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02467 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fired;
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02468 
                    = (0x000001f8U & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word) 
                                      << 3U));
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02469 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02470 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02414;
                vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02471 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02415;
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
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02467 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fired;
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
            if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state))) {
                if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497))) {
                    if (vlSelfRef.toepcore_top__DOT__array__DOT____024117) {
                        vlSelfRef.toepcore_top__DOT__array__DOT____024219 = 0U;
                        vlSelfRef.toepcore_top__DOT__array__DOT____024217 = 0U;
                        vlSelfRef.toepcore_top__DOT__array__DOT____024218 = 0U;
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
    if (vlSelfRef.rst) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02472 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02473 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02472 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02473 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024195 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024214 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02475 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02476 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02477 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02479 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02481 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02482 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02483 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02463 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02466 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02467 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02472 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02473 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02474 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02451 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02452 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02454 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02459 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02462 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02473 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02475 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02476 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02477 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02454 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02457 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02462 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02463 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02464 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02465 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02475 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02476 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02477 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02479 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02481 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02482 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02483 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02463 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02466 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02467 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02474 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02451 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02452 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02454 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02459 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02462 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02466 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02467 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02474 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02451 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02452 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02454 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02459 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02462 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024191 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024194 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024215 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024221 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02465 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02456 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02459 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02465 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02456 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02456 = 0U;
        vlSelfRef.toepcore_top__DOT__feeder__DOT____0248 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024193 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024197 = 0U;
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
        vlSelfRef.toepcore_top__DOT__array__DOT____024216 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02464 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02455 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02458 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02464 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02455 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02455 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024192 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024199 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024201 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024219 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02478 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02472 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02478 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024198 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024202 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024217 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024218 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02480 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02474 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02480 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02480 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02480 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02458 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02458 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02458 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02467 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02483 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02467 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024213 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024220 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024200 = 0U;
    }
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
}

void Vtoepcore_top___024root___eval_ico(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_ico\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    if ((1ULL & vlSelfRef.__VicoTriggered[0U])) {
        Vtoepcore_top___024root___ico_sequent__TOP__0(vlSelf);
    }
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vtoepcore_top___024root___dump_triggers__ico(const VlUnpacked<QData/*63:0*/, 1> &triggers, const std::string &tag);
#endif  // VL_DEBUG

bool Vtoepcore_top___024root___eval_phase__ico(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_phase__ico\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Locals
    CData/*0:0*/ __VicoExecute;
    // Body
    Vtoepcore_top___024root___eval_triggers_vec__ico(vlSelf);
#ifdef VL_DEBUG
    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->debug())) {
        Vtoepcore_top___024root___dump_triggers__ico(vlSelfRef.__VicoTriggered, "ico"s);
    }
#endif
    __VicoExecute = Vtoepcore_top___024root___trigger_anySet__ico(vlSelfRef.__VicoTriggered);
    if (__VicoExecute) {
        Vtoepcore_top___024root___eval_ico(vlSelf);
    }
    return (__VicoExecute);
}

void Vtoepcore_top___024root___eval_triggers_vec__act(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_triggers_vec__act\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    vlSelfRef.__VactTriggered[0U] = (QData)((IData)(
                                                    ((IData)(vlSelfRef.clk) 
                                                     & (~ (IData)(vlSelfRef.__Vtrigprevexpr___TOP__clk__0)))));
    vlSelfRef.__Vtrigprevexpr___TOP__clk__0 = vlSelfRef.clk;
}

bool Vtoepcore_top___024root___trigger_anySet__act(const VlUnpacked<QData/*63:0*/, 1> &in) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___trigger_anySet__act\n"); );
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

extern const VlUnpacked<VlWide<3>/*79:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h26fecffe_0;
extern const VlUnpacked<VlWide<4>/*127:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h63417d20_0;
extern const VlUnpacked<CData/*1:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hb45958eb_0;
extern const VlUnpacked<CData/*1:0*/, 32> Vtoepcore_top__ConstPool__TABLE_h064f1556_0;
extern const VlUnpacked<VlWide<3>/*79:0*/, 16> Vtoepcore_top__ConstPool__TABLE_ha6c72ca2_0;
extern const VlUnpacked<VlWide<3>/*79:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hdbba59cd_0;
extern const VlUnpacked<VlWide<3>/*79:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h42c456ce_0;
extern const VlUnpacked<CData/*7:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h464a4983_0;
extern const VlUnpacked<CData/*7:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h3a98d7b1_0;
extern const VlUnpacked<CData/*2:0*/, 32> Vtoepcore_top__ConstPool__TABLE_hec1e610b_0;
extern const VlUnpacked<CData/*2:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h06b2f4e9_0;
extern const VlUnpacked<CData/*2:0*/, 256> Vtoepcore_top__ConstPool__TABLE_h6a77b677_0;
extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0;
extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0;
extern const VlUnpacked<CData/*0:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hed02f65f_0;
extern const VlWide<8>/*255:0*/ Vtoepcore_top__ConstPool__CONST_hc7cd7ce2_0;
extern const VlUnpacked<CData/*0:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h4914ac2f_0;
extern const VlUnpacked<CData/*0:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hc9964422_0;
extern const VlUnpacked<CData/*4:0*/, 16> Vtoepcore_top__ConstPool__TABLE_heb320b7b_0;
extern const VlUnpacked<CData/*4:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h499f2c03_0;
extern const VlUnpacked<CData/*6:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h71aafaa6_0;
extern const VlUnpacked<CData/*6:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h0ad204bd_0;
extern const VlUnpacked<CData/*1:0*/, 8> Vtoepcore_top__ConstPool__TABLE_he274a1d1_0;
extern const VlUnpacked<CData/*0:0*/, 512> Vtoepcore_top__ConstPool__TABLE_h6d18686e_0;
extern const VlUnpacked<CData/*5:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h22666e58_0;
extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_hd3208f7a_0;
extern const VlUnpacked<CData/*6:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h352abde6_0;
extern const VlUnpacked<CData/*6:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h964846d6_0;
extern const VlUnpacked<CData/*4:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h4ab268f4_0;
extern const VlUnpacked<CData/*3:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h412ae6d3_0;
extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h1e3e02f6_0;
extern const VlUnpacked<CData/*6:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h9da7f09d_0;
extern const VlUnpacked<CData/*3:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h28478645_0;
extern const VlUnpacked<CData/*0:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h53f32b8b_0;
extern const VlUnpacked<VlWide<6>/*179:0*/, 16> Vtoepcore_top__ConstPool__TABLE_ha690166a_0;
extern const VlUnpacked<VlWide<6>/*179:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hcd00c81a_0;
extern const VlUnpacked<VlWide<9>/*287:0*/, 2> Vtoepcore_top__ConstPool__TABLE_h438f347a_0;
extern const VlUnpacked<VlWide<6>/*179:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h8a324bcc_0;
extern const VlUnpacked<VlWide<7>/*215:0*/, 2> Vtoepcore_top__ConstPool__TABLE_hbed9e83c_0;
extern const VlUnpacked<VlWide<9>/*287:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0;
extern const VlUnpacked<CData/*0:0*/, 32> Vtoepcore_top__ConstPool__TABLE_h5d0236f3_0;
extern const VlUnpacked<CData/*0:0*/, 128> Vtoepcore_top__ConstPool__TABLE_hf1c94c78_0;
extern const VlUnpacked<CData/*0:0*/, 512> Vtoepcore_top__ConstPool__TABLE_hfbff1bd4_0;

void Vtoepcore_top___024root___nba_sequent__TOP__0(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___nba_sequent__TOP__0\n"); );
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
    VlWide<4>/*127:0*/ __VdlyVal__toepcore_top__DOT__array__DOT__potentials__v0;
    VL_ZERO_W(128, __VdlyVal__toepcore_top__DOT__array__DOT__potentials__v0);
    CData/*7:0*/ __VdlyDim0__toepcore_top__DOT__array__DOT__potentials__v0;
    __VdlyDim0__toepcore_top__DOT__array__DOT__potentials__v0 = 0;
    CData/*0:0*/ __VdlySet__toepcore_top__DOT__array__DOT__potentials__v0;
    __VdlySet__toepcore_top__DOT__array__DOT__potentials__v0 = 0;
    SData/*14:0*/ __VdlyVal__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0;
    __VdlyVal__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0 = 0;
    SData/*11:0*/ __VdlyDim0__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0;
    __VdlyDim0__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0 = 0;
    CData/*0:0*/ __VdlySet__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0;
    __VdlySet__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0 = 0;
    SData/*14:0*/ __VdlyVal__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0;
    __VdlyVal__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0 = 0;
    SData/*11:0*/ __VdlyDim0__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0;
    __VdlyDim0__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0 = 0;
    CData/*0:0*/ __VdlySet__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0;
    __VdlySet__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0 = 0;
    VlWide<4>/*127:0*/ __VdlyVal__toepcore_top__DOT__feeder__DOT__frame__v0;
    VL_ZERO_W(128, __VdlyVal__toepcore_top__DOT__feeder__DOT__frame__v0);
    CData/*5:0*/ __VdlyDim0__toepcore_top__DOT__feeder__DOT__frame__v0;
    __VdlyDim0__toepcore_top__DOT__feeder__DOT__frame__v0 = 0;
    CData/*0:0*/ __VdlySet__toepcore_top__DOT__feeder__DOT__frame__v0;
    __VdlySet__toepcore_top__DOT__feeder__DOT__frame__v0 = 0;
    VlWide<4>/*127:0*/ __Vtemp_34;
    // Body
    __VdlySet__toepcore_top__DOT__feeder__DOT__frame__v0 = 0U;
    __VdlySet__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0 = 0U;
    __VdlySet__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0 = 0U;
    __VdlySet__toepcore_top__DOT__array__DOT__potentials__v0 = 0U;
    if (vlSelfRef.load_en) {
        vlSelfRef.toepcore_top__DOT__feeder__DOT____Vlvbound_h9649d154__0[0U] 
            = vlSelfRef.load_data[0U];
        vlSelfRef.toepcore_top__DOT__feeder__DOT____Vlvbound_h9649d154__0[1U] 
            = vlSelfRef.load_data[1U];
        vlSelfRef.toepcore_top__DOT__feeder__DOT____Vlvbound_h9649d154__0[2U] 
            = vlSelfRef.load_data[2U];
        vlSelfRef.toepcore_top__DOT__feeder__DOT____Vlvbound_h9649d154__0[3U] 
            = vlSelfRef.load_data[3U];
        if ((0x30U >= (IData)(vlSelfRef.load_addr))) {
            __VdlyVal__toepcore_top__DOT__feeder__DOT__frame__v0[0U] 
                = vlSelfRef.toepcore_top__DOT__feeder__DOT____Vlvbound_h9649d154__0[0U];
            __VdlyVal__toepcore_top__DOT__feeder__DOT__frame__v0[1U] 
                = vlSelfRef.toepcore_top__DOT__feeder__DOT____Vlvbound_h9649d154__0[1U];
            __VdlyVal__toepcore_top__DOT__feeder__DOT__frame__v0[2U] 
                = vlSelfRef.toepcore_top__DOT__feeder__DOT____Vlvbound_h9649d154__0[2U];
            __VdlyVal__toepcore_top__DOT__feeder__DOT__frame__v0[3U] 
                = vlSelfRef.toepcore_top__DOT__feeder__DOT____Vlvbound_h9649d154__0[3U];
            __VdlyDim0__toepcore_top__DOT__feeder__DOT__frame__v0 
                = vlSelfRef.load_addr;
            __VdlySet__toepcore_top__DOT__feeder__DOT__frame__v0 = 1U;
        }
    }
    if (((~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__wsel)) 
         & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02448))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__events0__DOT____Vlvbound_h517076e3__0 
            = vlSelfRef.toepcore_top__DOT__array__DOT__wdata;
        if ((0x0c3fU >= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__addr))) {
            __VdlyVal__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0 
                = vlSelfRef.toepcore_top__DOT__array__DOT__events0__DOT____Vlvbound_h517076e3__0;
            __VdlyDim0__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0 
                = vlSelfRef.toepcore_top__DOT__array__DOT__addr;
            __VdlySet__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0 = 1U;
        }
    }
    if (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__wsel) 
         & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02448))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__events1__DOT____Vlvbound_h517076e3__0 
            = vlSelfRef.toepcore_top__DOT__array__DOT__wdata;
        if ((0x0c3fU >= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__addr__02451))) {
            __VdlyVal__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0 
                = vlSelfRef.toepcore_top__DOT__array__DOT__events1__DOT____Vlvbound_h517076e3__0;
            __VdlyDim0__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0 
                = vlSelfRef.toepcore_top__DOT__array__DOT__addr__02451;
            __VdlySet__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0 = 1U;
        }
    }
    if (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02420) 
         | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02419) 
            | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02418) 
               | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02417) 
                  | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_we) 
                     | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02416))))))) {
        vlSelfRef.toepcore_top__DOT__array__DOT____Vlvbound_h43166354__0[0U] 
            = (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[0U] 
               | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[0U] 
                  | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[0U] 
                     | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[0U] 
                        | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[0U] 
                           | vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[0U])))));
        vlSelfRef.toepcore_top__DOT__array__DOT____Vlvbound_h43166354__0[1U] 
            = (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[1U] 
               | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[1U] 
                  | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[1U] 
                     | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[1U] 
                        | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[1U] 
                           | vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[1U])))));
        vlSelfRef.toepcore_top__DOT__array__DOT____Vlvbound_h43166354__0[2U] 
            = (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02413[2U] 
               | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02412[2U] 
                  | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[2U] 
                     | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02410[2U] 
                        | (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[2U] 
                           | vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__0249[2U])))));
        vlSelfRef.toepcore_top__DOT__array__DOT____Vlvbound_h43166354__0[3U] 
            = (vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata__02411[3U] 
               | vlSelfRef.toepcore_top__DOT__array__DOT__pot_wdata[3U]);
        if ((0xc3U >= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pwr___05Faddr))) {
            __VdlyVal__toepcore_top__DOT__array__DOT__potentials__v0[0U] 
                = vlSelfRef.toepcore_top__DOT__array__DOT____Vlvbound_h43166354__0[0U];
            __VdlyVal__toepcore_top__DOT__array__DOT__potentials__v0[1U] 
                = vlSelfRef.toepcore_top__DOT__array__DOT____Vlvbound_h43166354__0[1U];
            __VdlyVal__toepcore_top__DOT__array__DOT__potentials__v0[2U] 
                = vlSelfRef.toepcore_top__DOT__array__DOT____Vlvbound_h43166354__0[2U];
            __VdlyVal__toepcore_top__DOT__array__DOT__potentials__v0[3U] 
                = vlSelfRef.toepcore_top__DOT__array__DOT____Vlvbound_h43166354__0[3U];
            __VdlyDim0__toepcore_top__DOT__array__DOT__potentials__v0 
                = vlSelfRef.toepcore_top__DOT__array__DOT__pwr___05Faddr;
            __VdlySet__toepcore_top__DOT__array__DOT__potentials__v0 = 1U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__Y 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02467;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__X 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02468;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__Y 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02467;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__X 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02468;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__pword 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02452;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__pword 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02461;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT___0_ 
        = ((0x1aU >= (0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02437)))
            ? vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__generators
           [(0x0000001fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02437))]
            : 0U);
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT___0_ 
        = ((0x8fU >= (0x000000ffU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02428)))
            ? vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__generators
           [(0x000000ffU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02428))]
            : 0U);
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT___0_ 
        = ((0x8fU >= (0x000000ffU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02431)))
            ? vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__generators
           [(0x000000ffU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02431))]
            : 0U);
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT___0_ 
        = ((0x011fU >= (0x000001ffU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02437)))
            ? vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__generators
           [(0x000001ffU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02437))]
            : 0U);
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__02443 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02472;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__02443 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02472;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__c 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02475;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__Y 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02476;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__X 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02477;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02414 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02464;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__Y 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02467;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__X 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02468;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02414 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02455;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__Y 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02470;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__X 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02471;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02414 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02458;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__Y 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02476;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__X 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02477;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02414 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02464;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02414 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02455;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02414 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02455;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__py_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02470;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__py_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02470;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__02446 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02481;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__02443 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02472;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__02444 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02475;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__02446 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02481;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__c 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02466;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__c 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02469;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__c 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02475;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__pword 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02452;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__pword 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02452;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__py_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02479;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__py_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02470;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__py_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02473;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__py_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02479;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal__02415 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02465;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal__02415 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02456;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal__02415 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02459;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal__02415 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02465;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal__02415 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02456;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal__02415 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02456;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02463;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02454;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02457;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02463;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02454;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02454;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024115 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024191;
    vlSelfRef.toepcore_top__DOT__array__DOT__reads 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024193;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024116 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024197;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024119 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024192;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024118 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024199;
    vlSelfRef.toepcore_top__DOT__array__DOT__spikes 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024198;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02469;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02469;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__px_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02473;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__px_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02473;
    vlSelfRef.toepcore_top__DOT__array__DOT__best_cnt 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024202;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__px_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02482;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__px_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02473;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__px_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02476;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__px_end 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02482;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02478;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02469;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02472;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02478;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02451;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT___0_ 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__generators
        [(0x000000ffU & ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_25) 
                         + (0x000003fcU & (((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_24) 
                                            + ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__c) 
                                               << 2U)) 
                                           << 2U))))];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__word 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02451;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT___0_ 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__generators
        [(0x000000ffU & ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_27) 
                         + (0x000003fcU & (((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_26) 
                                            + ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__c) 
                                               << 2U)) 
                                           << 2U))))];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__word 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02451;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02454;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__word 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02460;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__word 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02460;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__base_type_q 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02456) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__base_type_q 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02447) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__base_type_q 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02450) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__base_type_q 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02456) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__base_type_q 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02447) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__base_type_q 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02447) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__best = vlSelfRef.toepcore_top__DOT__array__DOT____024201;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__0245 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02471;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__0245 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02471;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1_addr 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____Vcellinp__neurons__acc_addr) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1_addr 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____Vcellinp__neurons__acc_addr) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1_addr 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____Vcellinp__neurons__acc_addr) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1_addr 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____Vcellinp__neurons__acc_addr) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1_addr 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____Vcellinp__neurons__acc_addr) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1_addr 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____Vcellinp__neurons__acc_addr) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__idx = vlSelfRef.toepcore_top__DOT__array__DOT____024217;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__s1_q 
        = (0x0000000fU & (((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_25) 
                           + ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_24) 
                              << 2U)) & (- (IData)(
                                                   (1U 
                                                    & (~ (IData)(vlSelfRef.rst)))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__s1_q 
        = (0x0000000fU & (((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_27) 
                           + ((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_26) 
                              << 2U)) & (- (IData)(
                                                   (1U 
                                                    & (~ (IData)(vlSelfRef.rst)))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__s1_q 
        = (0x0000000fU & (((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_17) 
                           + ((IData)(3U) * (IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_16))) 
                          & (- (IData)((1U & (~ (IData)(vlSelfRef.rst)))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__s1_q 
        = (0x0000000fU & (((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_19) 
                           + ((IData)(3U) * (IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_18))) 
                          & (- (IData)((1U & (~ (IData)(vlSelfRef.rst)))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__s1_q 
        = (0x0000000fU & (((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_21) 
                           + ((IData)(3U) * (IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_20))) 
                          & (- (IData)((1U & (~ (IData)(vlSelfRef.rst)))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__s1_q 
        = (0x0000000fU & (((IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_23) 
                           + ((IData)(3U) * (IData)(vlSelfRef.__VdfgRegularize_h6e95ff9d_0_22))) 
                          & (- (IData)((1U & (~ (IData)(vlSelfRef.rst)))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__0245 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02480;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__0245 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02471;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__0245 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02474;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__0245 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02480;
    if (vlSelfRef.toepcore_top__DOT__feeder__DOT__rd___05Fen) {
        if ((0x30U >= (0x0000003fU & ((IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i) 
                                      >> 4U)))) {
            vlSelfRef.toepcore_top__DOT__feeder__DOT___0_[0U] 
                = vlSelfRef.toepcore_top__DOT__feeder__DOT__frame
                [(0x0000003fU & ((IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i) 
                                 >> 4U))][0U];
            vlSelfRef.toepcore_top__DOT__feeder__DOT___0_[1U] 
                = vlSelfRef.toepcore_top__DOT__feeder__DOT__frame
                [(0x0000003fU & ((IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i) 
                                 >> 4U))][1U];
            vlSelfRef.toepcore_top__DOT__feeder__DOT___0_[2U] 
                = vlSelfRef.toepcore_top__DOT__feeder__DOT__frame
                [(0x0000003fU & ((IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i) 
                                 >> 4U))][2U];
            vlSelfRef.toepcore_top__DOT__feeder__DOT___0_[3U] 
                = vlSelfRef.toepcore_top__DOT__feeder__DOT__frame
                [(0x0000003fU & ((IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i) 
                                 >> 4U))][3U];
        } else {
            vlSelfRef.toepcore_top__DOT__feeder__DOT___0_[0U] = 0U;
            vlSelfRef.toepcore_top__DOT__feeder__DOT___0_[1U] = 0U;
            vlSelfRef.toepcore_top__DOT__feeder__DOT___0_[2U] = 0U;
            vlSelfRef.toepcore_top__DOT__feeder__DOT___0_[3U] = 0U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02498 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024194;
    vlSelfRef.toepcore_top__DOT__array__DOT__drain 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024221;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024216;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024100 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024215;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1_valid 
        = ((~ (IData)(vlSelfRef.rst)) & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02441));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1_valid 
        = ((~ (IData)(vlSelfRef.rst)) & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02442));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1_valid 
        = ((~ (IData)(vlSelfRef.rst)) & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1_valid 
        = ((~ (IData)(vlSelfRef.rst)) & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1_valid 
        = ((~ (IData)(vlSelfRef.rst)) & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1_valid 
        = ((~ (IData)(vlSelfRef.rst)) & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__issue__02440));
    vlSelfRef.toepcore_top__DOT__array__DOT__n_events1 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024220;
    vlSelfRef.toepcore_top__DOT__array__DOT__count0 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024203;
    vlSelfRef.toepcore_top__DOT__array__DOT__count1 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024204;
    vlSelfRef.toepcore_top__DOT__array__DOT__count2 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024205;
    vlSelfRef.toepcore_top__DOT__array__DOT__count3 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024206;
    vlSelfRef.toepcore_top__DOT__array__DOT__count4 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024207;
    vlSelfRef.toepcore_top__DOT__array__DOT__count5 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024208;
    vlSelfRef.toepcore_top__DOT__array__DOT__count6 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024209;
    vlSelfRef.toepcore_top__DOT__array__DOT__count7 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024210;
    vlSelfRef.toepcore_top__DOT__array__DOT__count8 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024211;
    vlSelfRef.toepcore_top__DOT__array__DOT__count9 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024212;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__s1_g 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__s1_g 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__n_events0 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024200;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__s1_g 
        = ((~ (IData)(vlSelfRef.rst)) & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__s1_g 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__s1_g 
        = ((~ (IData)(vlSelfRef.rst)) & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__s1_g 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g) 
           & (- (IData)((1U & (~ (IData)(vlSelfRef.rst))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__busy = vlSelfRef.toepcore_top__DOT__array__DOT____024196;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024214;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024195;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__bias_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT___0_ = 
        ((0x63U >= (0x0000007fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____02452)))
          ? vlSelfRef.toepcore_top__DOT__array__DOT__population
         [(0x0000007fU & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____02452))]
          : 0U);
    vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__feeder__DOT____0249;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__bias_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02480;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02480;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02480;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02489;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02483;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02489;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__bias_q[3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[0U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[1U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[2U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__bias_q[3U] = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__base 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02468;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02469;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02427 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02470;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02428 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02471;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__base 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02459;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02460;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02424 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02461;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02425 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02462;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__base 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02462;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02463;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02425 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02464;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02426 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02465;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__base 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02468;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02469;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02427 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02470;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02428 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02471;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__base 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02459;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02460;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02424 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02461;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02425 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02462;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__base 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02459;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02460;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02424 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02461;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02425 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02462;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fired 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02458;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fired 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02458;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fired 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02458;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fired 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02461;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fired 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02467;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fired 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02467;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02457;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02457;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02457;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02460;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02466;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02466;
    vlSelfRef.toepcore_top__DOT__array__DOT___1_ = 
        ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02427) 
         | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02426) 
            | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02425) 
               | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02424) 
                  | ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02423) 
                     | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr))))));
    vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024213;
    vlSelfRef.toepcore_top__DOT__array__DOT__tg = vlSelfRef.toepcore_top__DOT__array__DOT____024218;
    vlSelfRef.toepcore_top__DOT__array__DOT__events0__DOT___0_ 
        = ((0x0c3fU >= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__addr))
            ? vlSelfRef.toepcore_top__DOT__array__DOT__events0__DOT__mem
           [vlSelfRef.toepcore_top__DOT__array__DOT__addr]
            : 0U);
    vlSelfRef.toepcore_top__DOT__array__DOT__events1__DOT___0_ 
        = ((0x0c3fU >= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__addr__02451))
            ? vlSelfRef.toepcore_top__DOT__array__DOT__events1__DOT__mem
           [vlSelfRef.toepcore_top__DOT__array__DOT__addr__02451]
            : 0U);
    vlSelfRef.toepcore_top__DOT__array__DOT__ac = vlSelfRef.toepcore_top__DOT__array__DOT____024219;
    if (__VdlySet__toepcore_top__DOT__array__DOT__potentials__v0) {
        vlSelfRef.toepcore_top__DOT__array__DOT__potentials[__VdlyDim0__toepcore_top__DOT__array__DOT__potentials__v0][0U] 
            = __VdlyVal__toepcore_top__DOT__array__DOT__potentials__v0[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__potentials[__VdlyDim0__toepcore_top__DOT__array__DOT__potentials__v0][1U] 
            = __VdlyVal__toepcore_top__DOT__array__DOT__potentials__v0[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__potentials[__VdlyDim0__toepcore_top__DOT__array__DOT__potentials__v0][2U] 
            = __VdlyVal__toepcore_top__DOT__array__DOT__potentials__v0[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__potentials[__VdlyDim0__toepcore_top__DOT__array__DOT__potentials__v0][3U] 
            = __VdlyVal__toepcore_top__DOT__array__DOT__potentials__v0[3U];
    }
    if (__VdlySet__toepcore_top__DOT__feeder__DOT__frame__v0) {
        vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[__VdlyDim0__toepcore_top__DOT__feeder__DOT__frame__v0][0U] 
            = __VdlyVal__toepcore_top__DOT__feeder__DOT__frame__v0[0U];
        vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[__VdlyDim0__toepcore_top__DOT__feeder__DOT__frame__v0][1U] 
            = __VdlyVal__toepcore_top__DOT__feeder__DOT__frame__v0[1U];
        vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[__VdlyDim0__toepcore_top__DOT__feeder__DOT__frame__v0][2U] 
            = __VdlyVal__toepcore_top__DOT__feeder__DOT__frame__v0[2U];
        vlSelfRef.toepcore_top__DOT__feeder__DOT__frame[__VdlyDim0__toepcore_top__DOT__feeder__DOT__frame__v0][3U] 
            = __VdlyVal__toepcore_top__DOT__feeder__DOT__frame__v0[3U];
    }
    if (__VdlySet__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0) {
        vlSelfRef.toepcore_top__DOT__array__DOT__events0__DOT__mem[__VdlyDim0__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0] 
            = __VdlyVal__toepcore_top__DOT__array__DOT__events0__DOT__mem__v0;
    }
    if (__VdlySet__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0) {
        vlSelfRef.toepcore_top__DOT__array__DOT__events1__DOT__mem[__VdlyDim0__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0] 
            = __VdlyVal__toepcore_top__DOT__array__DOT__events1__DOT__mem__v0;
    }
    __Vtableidx56 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__pword;
    if (vlSelfRef.rst) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[3U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[4U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[5U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[6U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[7U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[8U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[3U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[4U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[5U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[3U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[4U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[5U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[6U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[3U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[4U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[5U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[6U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[7U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[8U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[3U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[4U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[5U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[3U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[4U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[5U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[2U] = 0U;
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[3U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[3U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[4U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[4U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[5U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[5U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[6U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[6U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[7U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[7U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__table_q[8U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02455[8U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[3U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[3U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[4U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[4U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__table_q[5U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02446[5U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[3U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[3U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[4U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[4U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[5U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[5U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__table_q[6U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02449[6U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[3U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[3U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[4U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[4U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[5U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[5U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[6U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[6U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[7U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[7U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__table_q[8U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02455[8U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[3U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[3U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[4U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[4U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__table_q[5U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02446[5U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[3U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[3U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[4U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[4U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__table_q[5U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02446[5U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____0242[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____0242[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__threshold_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____0242[2U];
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____0242[0U] 
        = Vtoepcore_top__ConstPool__TABLE_h26fecffe_0
        [__Vtableidx56][0U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____0242[1U] 
        = Vtoepcore_top__ConstPool__TABLE_h26fecffe_0
        [__Vtableidx56][1U];
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____0242[2U] 
        = Vtoepcore_top__ConstPool__TABLE_h26fecffe_0
        [__Vtableidx56][2U];
    __Vtableidx88 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__pword;
    if (vlSelfRef.rst) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[3U] = 0U;
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0242[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0242[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__threshold_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0242[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0242[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0242[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__threshold_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0242[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0241[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0241[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__bias_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____0241[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0241[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0241[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__bias_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____0241[2U];
        if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__pword) {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[0U] = 0x04a81584U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[1U] = 0x053fecc5U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[2U] = 0xff23e3e8U;
        } else {
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[0U] = 0x0b8adfd3U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[1U] = 0xe47be934U;
            vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__threshold_q[2U] = 0xf3490898U;
        }
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[0U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____0242[0U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[1U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____0242[1U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[2U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____0242[2U];
        vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__threshold_q[3U] 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____0242[3U];
    }
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02456 = 0U;
    if ((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__c))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02456 = 0U;
    } else if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__c))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02456 = 1U;
    } else if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__c))) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02456 = 2U;
    }
    __Vtableidx44 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02447 
        = Vtoepcore_top__ConstPool__TABLE_hb45958eb_0
        [__Vtableidx44];
    __Vtableidx58 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02450 
        = Vtoepcore_top__ConstPool__TABLE_hb45958eb_0
        [__Vtableidx58];
    __Vtableidx73 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02456 
        = Vtoepcore_top__ConstPool__TABLE_h064f1556_0
        [__Vtableidx73];
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
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_24 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__Y) 
                                                    - (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_26 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__Y) 
                                                    - (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_16 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__Y) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal) 
                                                     << 1U)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_18 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__Y) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal) 
                                                     << 1U)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_20 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__Y) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal) 
                                                     << 1U)));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_22 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__Y) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal) 
                                                     << 1U)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__c 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02466;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__c 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02466;
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_25 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__X) 
                                                    - (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__0245)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02437 
        = ((3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__px_end));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_27 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__X) 
                                                    - (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__0245)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02437 
        = ((3U & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__px_end));
    __Vtableidx92 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__s1_q;
    toepcore_top__DOT__array__DOT__core_3_0__DOT____0245 
        = Vtoepcore_top__ConstPool__TABLE_h464a4983_0
        [__Vtableidx92];
    __Vtableidx107 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__s1_q;
    toepcore_top__DOT__array__DOT__core_3_1__DOT____0245 
        = Vtoepcore_top__ConstPool__TABLE_h464a4983_0
        [__Vtableidx107];
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
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_17 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__X) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__0245) 
                                                     << 1U)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02446 
        = ((0x0000001fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__px_end));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_19 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__X) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__0245) 
                                                     << 1U)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02437 
        = ((0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__px_end));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_21 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__X) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__0245) 
                                                     << 1U)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02440 
        = ((0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__px_end));
    vlSelfRef.__VdfgRegularize_h6e95ff9d_0_23 = (3U 
                                                 & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__X) 
                                                    - 
                                                    ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__0245) 
                                                     << 1U)));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02446 
        = ((0x0000000fU & ((IData)(1U) + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__0245))) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__px_end));
    vlSelfRef.toepcore_top__DOT__feeder__DOT__i = vlSelfRef.toepcore_top__DOT__feeder__DOT____0248;
    __VdfgRegularize_h6e95ff9d_0_13 = VL_SHIFTR_QQI(50,50,7, vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT___0_, 
                                                    (0x0000007fU 
                                                     & ((IData)(5U) 
                                                        * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__s1_g))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02474;
    __VdfgRegularize_h6e95ff9d_0_14 = VL_SHIFTR_QQI(50,50,7, vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT___0_, 
                                                    (0x0000007fU 
                                                     & ((IData)(5U) 
                                                        * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__s1_g))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02474;
    __VdfgRegularize_h6e95ff9d_0_10 = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT___0_) 
                                       >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__s1_g) 
                                           << 3U));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____02483;
    __VdfgRegularize_h6e95ff9d_0_12 = (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT___0_ 
                                       >> (0x0000001fU 
                                           & ((IData)(5U) 
                                              * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__s1_g))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____02474;
    __VdfgRegularize_h6e95ff9d_0_11 = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT___0_) 
                                       >> (0x0000000fU 
                                           & ((IData)(6U) 
                                              * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__s1_g))));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____02477;
    __VdfgRegularize_h6e95ff9d_0_9 = (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT___0_ 
                                      >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__s1_g) 
                                          << 3U));
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____02483;
    vlSelfRef.toepcore_top__DOT__array__DOT____024117 
        = ((0x1bU == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101)) 
           & ((~ (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496)) 
              & (0x1bU == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024100))));
    toepcore_top__DOT__array__DOT____024100 = (0x0000000fU 
                                               & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497) 
                                                  + 
                                                  (7U 
                                                   & ((IData)(3U) 
                                                      * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496)))));
    vlSelfRef.toepcore_top__DOT__array__DOT____024180 = 0U;
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
    vlSelfRef.toepcore_top__DOT__feeder__DOT__rd___05Fen = 1U;
    vlSelfRef.toepcore_top__DOT__pixels___05Fvalid = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__pword 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02455;
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
    vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438 = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__fsm_state))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438 = 1U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__issue__02440 = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__fsm_state))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__issue__02440 = 1U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439 = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__fsm_state))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439 = 1U;
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__issue = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state))) {
        if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__fsm_state))) {
            vlSelfRef.toepcore_top__DOT__array__DOT__issue = 1U;
        }
    }
    if (vlSelfRef.rst) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[0U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[1U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[2U] = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[3U] = 0U;
    } else if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__pword) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[0U] = 0xf412de74U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[1U] = 0x081ffcffU;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[2U] = 0x1000bee8U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[3U] = 0x000000fcU;
    } else {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[0U] = 0x47dc9f25U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[1U] = 0xfda03800U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[2U] = 0xf7b6c2bdU;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__threshold_q[3U] = 2U;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__pword 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02461;
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
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02419 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02424;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____024like__02425;
    toepcore_top__DOT__array__DOT__pot_waddr__0245 = 0U;
    __Vtableidx100 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx100];
    __Vtableidx101 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024108 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx101];
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02420 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02424;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____024like__02425;
    toepcore_top__DOT__array__DOT__pot_waddr__0246 = 0U;
    __Vtableidx115 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx115];
    __Vtableidx116 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024109 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx116];
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02416 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02459 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02460 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02461 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02424;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____024like__02425;
    toepcore_top__DOT__array__DOT__pot_waddr__0242 = 0U;
    __Vtableidx54 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx54];
    __Vtableidx55 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024105 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx55];
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02417 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02462 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02463 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02464 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02425;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02465 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____024like__02426;
    toepcore_top__DOT__array__DOT__pot_waddr__0243 = 0U;
    __Vtableidx70 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx70];
    __Vtableidx71 = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024106 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx71];
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02418 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02469 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02427;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02471 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____024like__02428;
    toepcore_top__DOT__array__DOT__pot_waddr__0244 = 0U;
    __Vtableidx86 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx86];
    __Vtableidx87 = vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid__024107 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx87];
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_we = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02468 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__base;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02469 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02470 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02427;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02471 
        = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____024like__02428;
    toepcore_top__DOT__array__DOT__pot_waddr = 0U;
    __Vtableidx41 = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__busy 
        = Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0
        [__Vtableidx41];
    __Vtableidx42 = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes___05Fvalid 
        = Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0
        [__Vtableidx42];
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
    __Vtableidx33 = vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state;
    vlSelfRef.result___05Fvalid = Vtoepcore_top__ConstPool__TABLE_hed02f65f_0
        [__Vtableidx33];
    vlSelfRef.toepcore_top__DOT__array__DOT____024214 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02496;
    vlSelfRef.toepcore_top__DOT__array__DOT____024215 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024100;
    vlSelfRef.toepcore_top__DOT__array__DOT____024216 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024101;
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
    __Vtableidx31 = vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__spikes_ready = Vtoepcore_top__ConstPool__TABLE_h4914ac2f_0
        [__Vtableidx31];
    __Vtableidx30 = vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state;
    toepcore_top__DOT__array__DOT__axon_end = Vtoepcore_top__ConstPool__TABLE_hc9964422_0
        [__Vtableidx30];
    __Vtableidx5 = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
    toepcore_top__DOT__array__DOT____02446 = Vtoepcore_top__ConstPool__TABLE_heb320b7b_0
        [__Vtableidx5];
    __Vtableidx6 = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
    toepcore_top__DOT__array__DOT____02448 = Vtoepcore_top__ConstPool__TABLE_h499f2c03_0
        [__Vtableidx6];
    __Vtableidx1 = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
    toepcore_top__DOT__array__DOT____02426 = Vtoepcore_top__ConstPool__TABLE_h71aafaa6_0
        [__Vtableidx1];
    __Vtableidx2 = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
    toepcore_top__DOT__array__DOT____02428 = Vtoepcore_top__ConstPool__TABLE_h0ad204bd_0
        [__Vtableidx2];
    __Vtableidx15 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02484 = Vtoepcore_top__ConstPool__TABLE_he274a1d1_0
        [__Vtableidx15];
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
    __Vtableidx4 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02444 = Vtoepcore_top__ConstPool__TABLE_h22666e58_0
        [__Vtableidx4];
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
    __Vtableidx24 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____024184 = Vtoepcore_top__ConstPool__TABLE_h412ae6d3_0
        [__Vtableidx24];
    __Vtableidx8 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02453 = Vtoepcore_top__ConstPool__TABLE_h1e3e02f6_0
        [__Vtableidx8];
    __Vtableidx9 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02464 = Vtoepcore_top__ConstPool__TABLE_h352abde6_0
        [__Vtableidx9];
    __Vtableidx10 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02469 = Vtoepcore_top__ConstPool__TABLE_h964846d6_0
        [__Vtableidx10];
    __Vtableidx11 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02474 = Vtoepcore_top__ConstPool__TABLE_h964846d6_0
        [__Vtableidx11];
    __Vtableidx3 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    toepcore_top__DOT__array__DOT____02430 = Vtoepcore_top__ConstPool__TABLE_h9da7f09d_0
        [__Vtableidx3];
    __Vtableidx7 = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02457 
        = Vtoepcore_top__ConstPool__TABLE_h1e3e02f6_0
        [__Vtableidx7];
    toepcore_top__DOT__array__DOT__core_3_0__DOT____024106 
        = (0x0000003fU & ((IData)(9U) * (3U & ((IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT____0245) 
                                               >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__base_type_q) 
                                                   << 1U)))));
    toepcore_top__DOT__array__DOT__core_3_1__DOT____024106 
        = (0x0000003fU & ((IData)(9U) * (3U & ((IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT____0245) 
                                               >> ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__base_type_q) 
                                                   << 1U)))));
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
    vlSelfRef.toepcore_top__DOT__array__DOT____024179 
        = (((0x0000001fU & ((IData)(1U) + (IData)(toepcore_top__DOT__array__DOT____024171))) 
            > (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__best_cnt)) 
           | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT___0_) 
               < (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__best)) 
              & ((0x0000001fU & ((IData)(1U) + (IData)(toepcore_top__DOT__array__DOT____024174))) 
                 == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__best_cnt))));
    vlSelfRef.toepcore_top__DOT__array__DOT____024195 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02497;
    vlSelfRef.toepcore_top__DOT__array__DOT____024191 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024115;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__busy) {
        vlSelfRef.toepcore_top__DOT__array__DOT____024191 
            = ((IData)(1U) + vlSelfRef.toepcore_top__DOT__array__DOT____024signal__024115);
    }
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
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
            if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
                vlSelfRef.toepcore_top__DOT__feeder__DOT__rd___05Fen = 0U;
                vlSelfRef.toepcore_top__DOT__pixels___05Fvalid = 1U;
            }
        }
    }
    vlSelfRef.toepcore_top__DOT__array__DOT____024212 
        = vlSelfRef.toepcore_top__DOT__array__DOT__count9;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02419 = 1U;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02420 = 1U;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02416 = 1U;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02417 = 1U;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we__02418 = 1U;
    }
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1_valid) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_we = 1U;
    }
    __Vtableidx34 = ((((IData)(vlSelfRef.rst) << 7U) 
                      | (((IData)(vlSelfRef.result___05Fready) 
                          << 6U) | ((IData)(vlSelfRef.toepcore_top__DOT__pixels___05Fvalid) 
                                    << 5U))) | (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state) 
                                                 << 1U) 
                                                | (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__busy)));
    vlSelfRef.toepcore_top__DOT__array__DOT____024196 
        = Vtoepcore_top__ConstPool__TABLE_hee8d8621_0
        [__Vtableidx34];
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02486 = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1_valid) {
        toepcore_top__DOT__array__DOT__pot_waddr__0242 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__s1_addr;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02489 = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1_valid) {
        toepcore_top__DOT__array__DOT__pot_waddr__0245 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__s1_addr;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02490 = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1_valid) {
        toepcore_top__DOT__array__DOT__pot_waddr__0246 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__s1_addr;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02487 = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1_valid) {
        toepcore_top__DOT__array__DOT__pot_waddr__0243 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__s1_addr;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1_valid) {
        toepcore_top__DOT__array__DOT__pot_waddr = vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__s1_addr;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT____02418 
        = ((~ ((IData)(1U) << (IData)(toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__lowest))) 
           & (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fired));
    toepcore_top__DOT__array__DOT__spikes___05Fpayload__02488 = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__s1_valid) {
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
    vlSelfRef.toepcore_top__DOT__array__DOT____024185 
        = ((IData)(toepcore_top__DOT__array__DOT____024184) 
           == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__tg));
    vlSelfRef.toepcore_top__DOT__array__DOT__wsel = 
        (1U & (~ (IData)(toepcore_top__DOT__array__DOT____02453)));
    vlSelfRef.toepcore_top__DOT__array__DOT____024120 
        = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__idx) 
           == ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02457)
                ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__n_events1)
                : (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__n_events0)));
    toepcore_top__DOT__array__DOT____02425 = ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02457)
                                               ? (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__events1__DOT___0_)
                                               : (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__events0__DOT___0_));
    __Vtableidx90 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____02447 
        = Vtoepcore_top__ConstPool__TABLE_hb45958eb_0
        [__Vtableidx90];
    __Vtableidx105 = vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__c;
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____02447 
        = Vtoepcore_top__ConstPool__TABLE_hb45958eb_0
        [__Vtableidx105];
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
    __Vtableidx119 = ((((IData)(vlSelfRef.rst) << 5U) 
                       | (((0U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__fsm_state)) 
                           << 4U) | ((0x0310U == (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i)) 
                                     << 3U))) | (((IData)(vlSelfRef.start) 
                                                  << 2U) 
                                                 | (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state)));
    vlSelfRef.toepcore_top__DOT__feeder__DOT____0249 
        = Vtoepcore_top__ConstPool__TABLE_h86ace615_0
        [__Vtableidx119];
    vlSelfRef.toepcore_top__DOT__pixels___05Fpayload = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
        if ((1U != (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
            if ((2U == (IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__fsm_state))) {
                VL_SHIFTR_WWI(128,128,7, __Vtemp_34, vlSelfRef.toepcore_top__DOT__feeder__DOT___0_, 
                              (0x00000078U & ((IData)(vlSelfRef.toepcore_top__DOT__feeder__DOT__i) 
                                              << 3U)));
                vlSelfRef.toepcore_top__DOT__pixels___05Fpayload 
                    = (0x000000ffU & __Vtemp_34[0U]);
            }
        }
    }
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____Vcellinp__neurons__acc_addr 
        = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__g) 
                          + (0x0000007fU & ((IData)(0x0aU) 
                                            * (7U & 
                                               ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal__0245) 
                                                + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT____024signal)))))));
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____Vcellinp__neurons__acc_addr 
        = (0x0000000fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__g) 
                          + (0x0000007fU & ((IData)(0x0aU) 
                                            * (7U & 
                                               ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal__0245) 
                                                + (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT____024signal)))))));
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____Vcellinp__neurons__acc_addr 
        = (0x0000007fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__g) 
                          + (0x000003feU & (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal__0245) 
                                             + ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT____024signal) 
                                                << 3U)) 
                                            << 1U))));
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____Vcellinp__neurons__acc_addr 
        = (0x000000ffU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__g) 
                          + (0x000001fcU & (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal__0245) 
                                             + (0x0000003fU 
                                                & ((IData)(7U) 
                                                   * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____024signal)))) 
                                            << 2U))));
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____Vcellinp__neurons__acc_addr 
        = (0x0000007fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__g) 
                          + (0x000000feU & (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal__0245) 
                                             + (0x0000003fU 
                                                & ((IData)(7U) 
                                                   * (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____024signal)))) 
                                            << 1U))));
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
    vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____Vcellinp__neurons__acc_addr 
        = (0x0000003fU & ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__g) 
                          + (0x000001fcU & (((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal__0245) 
                                             + ((IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT____024signal) 
                                                << 2U)) 
                                            << 2U))));
    vlSelfRef.toepcore_top__DOT__array__DOT____024102 
        = ((IData)(toepcore_top__DOT__array__DOT____024101) 
           <= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02498));
    toepcore_top__DOT__array__DOT____02458 = ((IData)(toepcore_top__DOT__array__DOT____02457) 
                                              <= (IData)(vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02498));
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
    toepcore_top__DOT__array__DOT____02443 = 0U;
    toepcore_top__DOT__array__DOT____02478 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT____024141 = 0U;
    toepcore_top__DOT__array__DOT____02445 = 0U;
    toepcore_top__DOT__array__DOT____02447 = 0U;
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
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
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
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
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
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
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
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
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
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
    if ((0U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
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
    vlSelfRef.toepcore_top__DOT__array__DOT____024219 
        = vlSelfRef.toepcore_top__DOT__array__DOT__ac;
    vlSelfRef.toepcore_top__DOT__array__DOT____024218 
        = vlSelfRef.toepcore_top__DOT__array__DOT__tg;
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
    vlSelfRef.toepcore_top__DOT__array__DOT____024194 
        = vlSelfRef.toepcore_top__DOT__array__DOT____024signal__02498;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02426 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02427 = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr = 0U;
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02423 = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02438) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02423 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT____Vcellinp__neurons__acc_addr;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02424 = 0U;
    if (vlSelfRef.toepcore_top__DOT__array__DOT__issue__02439) {
        vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02424 
            = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT____Vcellinp__neurons__acc_addr;
    }
    vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02425 = 0U;
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
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__fsm_state))) {
            if ((0xc4U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02423 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_0__DOT__neurons__DOT__word;
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
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT__fsm_state))) {
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
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT__fsm_state))) {
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
        if ((1U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__fsm_state))) {
            if ((0x62U != (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word))) {
                vlSelfRef.toepcore_top__DOT__array__DOT__pot_raddr__02424 
                    = vlSelfRef.toepcore_top__DOT__array__DOT__core_1_1__DOT__neurons__DOT__word;
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
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT__fsm_state))) {
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
            if ((3U == (IData)(vlSelfRef.toepcore_top__DOT__array__DOT__core_2_0__DOT__neurons__DOT__fsm_state))) {
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
    if (vlSelfRef.rst) {
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02459 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_0__DOT__neurons__DOT____02462 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02459 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02460 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02461 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_3_1__DOT__neurons__DOT____02462 = 0U;
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
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02468 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02469 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02470 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT__core_0_0__DOT__neurons__DOT____02471 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024214 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024215 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024216 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024195 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024191 = 0U;
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
        vlSelfRef.toepcore_top__DOT__feeder__DOT____0248 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024201 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024202 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024193 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024192 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024219 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024218 = 0U;
        vlSelfRef.toepcore_top__DOT__array__DOT____024194 = 0U;
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
}
