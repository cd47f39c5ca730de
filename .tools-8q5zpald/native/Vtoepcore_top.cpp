// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Model implementation (design independent parts)

#include "Vtoepcore_top__pch.h"

//============================================================
// Constructors

Vtoepcore_top::Vtoepcore_top(VerilatedContext* _vcontextp__, const char* _vcname__)
    : VerilatedModel{*_vcontextp__}
    , vlSymsp{new Vtoepcore_top__Syms(contextp(), _vcname__, this)}
    , clk{vlSymsp->TOP.clk}
    , load_en{vlSymsp->TOP.load_en}
    , start{vlSymsp->TOP.start}
    , result___05Fready{vlSymsp->TOP.result___05Fready}
    , rst{vlSymsp->TOP.rst}
    , result___05Fvalid{vlSymsp->TOP.result___05Fvalid}
    , spike_trace_valid{vlSymsp->TOP.spike_trace_valid}
    , load_addr{vlSymsp->TOP.load_addr}
    , load_data{vlSymsp->TOP.load_data}
    , result___05Fpayload{vlSymsp->TOP.result___05Fpayload}
    , spike_trace{vlSymsp->TOP.spike_trace}
    , rootp{&(vlSymsp->TOP)}
{
    // Register model with the context
    contextp()->addModel(this);
}

Vtoepcore_top::Vtoepcore_top(const char* _vcname__)
    : Vtoepcore_top(Verilated::threadContextp(), _vcname__)
{
}

//============================================================
// Destructor

Vtoepcore_top::~Vtoepcore_top() {
    delete vlSymsp;
}

//============================================================
// Evaluation function

#ifdef VL_DEBUG
void Vtoepcore_top___024root___eval_debug_assertions(Vtoepcore_top___024root* vlSelf);
#endif  // VL_DEBUG
void Vtoepcore_top___024root___eval_static(Vtoepcore_top___024root* vlSelf);
void Vtoepcore_top___024root___eval_initial(Vtoepcore_top___024root* vlSelf);
void Vtoepcore_top___024root___eval_settle(Vtoepcore_top___024root* vlSelf);
void Vtoepcore_top___024root___eval(Vtoepcore_top___024root* vlSelf);

void Vtoepcore_top::eval_step() {
    VL_DEBUG_IF(VL_DBG_MSGF("+++++TOP Evaluate Vtoepcore_top::eval_step\n"); );
#ifdef VL_DEBUG
    // Debug assertions
    Vtoepcore_top___024root___eval_debug_assertions(&(vlSymsp->TOP));
#endif  // VL_DEBUG
    vlSymsp->__Vm_deleter.deleteAll();
    if (VL_UNLIKELY(!vlSymsp->__Vm_didInit)) {
        VL_DEBUG_IF(VL_DBG_MSGF("+ Initial\n"););
        Vtoepcore_top___024root___eval_static(&(vlSymsp->TOP));
        Vtoepcore_top___024root___eval_initial(&(vlSymsp->TOP));
        Vtoepcore_top___024root___eval_settle(&(vlSymsp->TOP));
        vlSymsp->__Vm_didInit = true;
    }
    VL_DEBUG_IF(VL_DBG_MSGF("+ Eval\n"););
    Vtoepcore_top___024root___eval(&(vlSymsp->TOP));
    // Evaluate cleanup
    Verilated::endOfEval(vlSymsp->__Vm_evalMsgQp);
}

//============================================================
// Events and timing
bool Vtoepcore_top::eventsPending() { return false; }

uint64_t Vtoepcore_top::nextTimeSlot() {
    VL_FATAL_MT(__FILE__, __LINE__, "", "No delays in the design");
    return 0;
}

//============================================================
// Utilities

const char* Vtoepcore_top::name() const {
    return vlSymsp->name();
}

//============================================================
// Invoke final blocks

void Vtoepcore_top___024root___eval_final(Vtoepcore_top___024root* vlSelf);

VL_ATTR_COLD void Vtoepcore_top::final() {
    contextp()->executingFinal(true);
    Vtoepcore_top___024root___eval_final(&(vlSymsp->TOP));
    contextp()->executingFinal(false);
}

//============================================================
// Implementations of abstract methods from VerilatedModel

const char* Vtoepcore_top::hierName() const { return vlSymsp->name(); }
const char* Vtoepcore_top::modelName() const { return "Vtoepcore_top"; }
unsigned Vtoepcore_top::threads() const { return 1; }
void Vtoepcore_top::prepareClone() const { contextp()->prepareClone(); }
void Vtoepcore_top::atClone() const {
    contextp()->threadPoolpOnClone();
}
