// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Design implementation internals
// See Vtoepcore_top.h for the primary calling header

#include "Vtoepcore_top__pch.h"

extern const VlUnpacked<CData/*2:0*/, 512> Vtoepcore_top__ConstPool__TABLE_h1e5f036c_0;

void Vtoepcore_top___024root___nba_sequent__TOP__1(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___nba_sequent__TOP__1\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
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

void Vtoepcore_top___024root___nba_sequent__TOP__0(Vtoepcore_top___024root* vlSelf);

void Vtoepcore_top___024root___eval_nba(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_nba\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    if ((1ULL & vlSelfRef.__VnbaTriggered[0U])) {
        Vtoepcore_top___024root___nba_sequent__TOP__0(vlSelf);
        Vtoepcore_top___024root___nba_sequent__TOP__1(vlSelf);
    }
}

void Vtoepcore_top___024root___trigger_orInto__act_vec_vec(VlUnpacked<QData/*63:0*/, 1> &out, const VlUnpacked<QData/*63:0*/, 1> &in) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___trigger_orInto__act_vec_vec\n"); );
    // Locals
    IData/*31:0*/ n;
    // Body
    n = 0U;
    do {
        out[n] = (out[n] | in[n]);
        n = ((IData)(1U) + n);
    } while ((0U >= n));
}

void Vtoepcore_top___024root___eval_triggers_vec__act(Vtoepcore_top___024root* vlSelf);
#ifdef VL_DEBUG
VL_ATTR_COLD void Vtoepcore_top___024root___dump_triggers__act(const VlUnpacked<QData/*63:0*/, 1> &triggers, const std::string &tag);
#endif  // VL_DEBUG

bool Vtoepcore_top___024root___eval_phase__act(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_phase__act\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    Vtoepcore_top___024root___eval_triggers_vec__act(vlSelf);
#ifdef VL_DEBUG
    if (VL_UNLIKELY(vlSymsp->_vm_contextp__->debug())) {
        Vtoepcore_top___024root___dump_triggers__act(vlSelfRef.__VactTriggered, "act"s);
    }
#endif
    Vtoepcore_top___024root___trigger_orInto__act_vec_vec(vlSelfRef.__VnbaTriggered, vlSelfRef.__VactTriggered);
    return (0U);
}

void Vtoepcore_top___024root___trigger_clear__act(VlUnpacked<QData/*63:0*/, 1> &out) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___trigger_clear__act\n"); );
    // Locals
    IData/*31:0*/ n;
    // Body
    n = 0U;
    do {
        out[n] = 0ULL;
        n = ((IData)(1U) + n);
    } while ((1U > n));
}

bool Vtoepcore_top___024root___trigger_anySet__act(const VlUnpacked<QData/*63:0*/, 1> &in);

bool Vtoepcore_top___024root___eval_phase__nba(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_phase__nba\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Locals
    CData/*0:0*/ __VnbaExecute;
    // Body
    __VnbaExecute = Vtoepcore_top___024root___trigger_anySet__act(vlSelfRef.__VnbaTriggered);
    if (__VnbaExecute) {
        Vtoepcore_top___024root___eval_nba(vlSelf);
        Vtoepcore_top___024root___trigger_clear__act(vlSelfRef.__VnbaTriggered);
    }
    return (__VnbaExecute);
}

#ifdef VL_DEBUG
VL_ATTR_COLD void Vtoepcore_top___024root___dump_triggers__ico(const VlUnpacked<QData/*63:0*/, 1> &triggers, const std::string &tag);
#endif  // VL_DEBUG
bool Vtoepcore_top___024root___eval_phase__ico(Vtoepcore_top___024root* vlSelf);

void Vtoepcore_top___024root___eval(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Locals
    IData/*31:0*/ __VicoIterCount;
    IData/*31:0*/ __VnbaIterCount;
    // Body
    __VicoIterCount = 0U;
    vlSelfRef.__VicoFirstIteration = 1U;
    do {
        if (VL_UNLIKELY(((0x00002710U < __VicoIterCount)))) {
#ifdef VL_DEBUG
            Vtoepcore_top___024root___dump_triggers__ico(vlSelfRef.__VicoTriggered, "ico"s);
#endif
            VL_FATAL_MT("/work/main/.tools-8q5zpald/rtl/toepcore_top.v", 5, "", "DIDNOTCONVERGE: Input combinational region did not converge after '--converge-limit' of 10000 tries");
        }
        __VicoIterCount = ((IData)(1U) + __VicoIterCount);
        vlSelfRef.__VicoPhaseResult = Vtoepcore_top___024root___eval_phase__ico(vlSelf);
        vlSelfRef.__VicoFirstIteration = 0U;
    } while (vlSelfRef.__VicoPhaseResult);
    __VnbaIterCount = 0U;
    do {
        if (VL_UNLIKELY(((0x00002710U < __VnbaIterCount)))) {
#ifdef VL_DEBUG
            Vtoepcore_top___024root___dump_triggers__act(vlSelfRef.__VnbaTriggered, "nba"s);
#endif
            VL_FATAL_MT("/work/main/.tools-8q5zpald/rtl/toepcore_top.v", 5, "", "DIDNOTCONVERGE: NBA region did not converge after '--converge-limit' of 10000 tries");
        }
        __VnbaIterCount = ((IData)(1U) + __VnbaIterCount);
        vlSelfRef.__VactIterCount = 0U;
        do {
            if (VL_UNLIKELY(((0x00002710U < vlSelfRef.__VactIterCount)))) {
#ifdef VL_DEBUG
                Vtoepcore_top___024root___dump_triggers__act(vlSelfRef.__VactTriggered, "act"s);
#endif
                VL_FATAL_MT("/work/main/.tools-8q5zpald/rtl/toepcore_top.v", 5, "", "DIDNOTCONVERGE: Active region did not converge after '--converge-limit' of 10000 tries");
            }
            vlSelfRef.__VactIterCount = ((IData)(1U) 
                                         + vlSelfRef.__VactIterCount);
            vlSelfRef.__VactPhaseResult = Vtoepcore_top___024root___eval_phase__act(vlSelf);
        } while (vlSelfRef.__VactPhaseResult);
        vlSelfRef.__VnbaPhaseResult = Vtoepcore_top___024root___eval_phase__nba(vlSelf);
    } while (vlSelfRef.__VnbaPhaseResult);
}

#ifdef VL_DEBUG
void Vtoepcore_top___024root___eval_debug_assertions(Vtoepcore_top___024root* vlSelf) {
    VL_DEBUG_IF(VL_DBG_MSGF("+    Vtoepcore_top___024root___eval_debug_assertions\n"); );
    Vtoepcore_top__Syms* const __restrict vlSymsp VL_ATTR_UNUSED = vlSelf->vlSymsp;
    auto& vlSelfRef = std::ref(*vlSelf).get();
    // Body
    if (VL_UNLIKELY(((vlSelfRef.load_en & 0xfeU)))) {
        Verilated::overWidthError("load_en");
    }
    if (VL_UNLIKELY(((vlSelfRef.start & 0xfeU)))) {
        Verilated::overWidthError("start");
    }
    if (VL_UNLIKELY(((vlSelfRef.result___05Fready & 0xfeU)))) {
        Verilated::overWidthError("result__ready");
    }
    if (VL_UNLIKELY(((vlSelfRef.clk & 0xfeU)))) {
        Verilated::overWidthError("clk");
    }
    if (VL_UNLIKELY(((vlSelfRef.rst & 0xfeU)))) {
        Verilated::overWidthError("rst");
    }
    if (VL_UNLIKELY(((vlSelfRef.load_addr & 0xc0U)))) {
        Verilated::overWidthError("load_addr");
    }
}
#endif  // VL_DEBUG
