// Native Verilator driver of the simulation top (hw/frame_feeder.py: SimTop): runs many
// frames with no Python in the loop, for long runs such as the whole MNIST test set.
//
// usage: Vtoepcore_top IMAGES.bin N PIXELS RESULTS.bin
//   IMAGES.bin   N frames of PIXELS bytes each (row-major, channels innermost)
//   RESULTS.bin  written: per frame, the result payload as little-endian 32-bit words
//                (bit i of the payload is bit i % 32 of word i / 32), then the frame's
//                per-layer spike counts and spike digests (layer_spikes, layer_digests:
//                one 32-bit word per layer each)
// (Verilator spells the ports result__valid etc. as result___05Fvalid.)
// Progress: one line "done K" on stdout every 10 frames and at the end.
// Exit status 2 when a frame takes more than MAX_CYCLES cycles (a hang).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
#include "Vtoepcore_top.h"
#include "verilated.h"

static const unsigned long MAX_CYCLES = 50000000UL;
static const int WORD_BYTES = 16;  // the feeder's load_data width, in bytes

int main(int argc, char **argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s IMAGES.bin N PIXELS RESULTS.bin\n", argv[0]);
        return 1;
    }
    const long n = std::atol(argv[2]);
    const long pixels = std::atol(argv[3]);
    std::vector<unsigned char> images(n * pixels);
    FILE *fi = std::fopen(argv[1], "rb");
    if (!fi || std::fread(images.data(), 1, images.size(), fi) != images.size()) {
        std::fprintf(stderr, "cannot read %ld frames of %ld bytes from %s\n", n, pixels, argv[1]);
        return 1;
    }
    std::fclose(fi);
    FILE *fo = std::fopen(argv[4], "wb");
    if (!fo) {
        std::fprintf(stderr, "cannot write %s\n", argv[4]);
        return 1;
    }

    VerilatedContext ctx;
    Vtoepcore_top top(&ctx);
    auto tick = [&]() {  // one clock; inputs are written while the clock is low
        top.clk = 1;
        top.eval();
        top.clk = 0;
        top.eval();
    };
    top.clk = 0;
    top.rst = 1;
    top.load_en = 0;
    top.start = 0;
    top.result___05Fready = 0;
    top.eval();
    for (int i = 0; i < 4; i++) tick();
    top.rst = 0;
    tick();

    const int words = (pixels + WORD_BYTES - 1) / WORD_BYTES;
    const size_t result_words = sizeof(top.result___05Fpayload) / sizeof(EData);
    std::vector<EData> out(result_words);
    for (long k = 0; k < n; k++) {
        const unsigned char *img = &images[k * pixels];
        top.load_en = 1;
        for (int w = 0; w < words; w++) {
            top.load_addr = w;
            for (int i = 0; i < WORD_BYTES / 4; i++) {
                EData v = 0;
                for (int b = 0; b < 4; b++) {
                    long p = (long)w * WORD_BYTES + i * 4 + b;
                    v |= (EData)(p < pixels ? img[p] : 0) << (8 * b);
                }
                top.load_data[i] = v;
            }
            tick();
        }
        top.load_en = 0;
        top.start = 1;
        tick();
        top.start = 0;
        unsigned long cycles = 0;
        while (!top.result___05Fvalid) {
            tick();
            if (++cycles > MAX_CYCLES) {
                std::fprintf(stderr, "frame %ld: no result after %lu cycles\n", k, MAX_CYCLES);
                return 2;
            }
        }
        for (size_t i = 0; i < result_words; i++) out[i] = top.result___05Fpayload[i];
        std::fwrite(out.data(), sizeof(EData), result_words, fo);
        // IData, QData or VlWide: 32 bits per layer, little-endian either way
        std::fwrite(&top.layer_spikes, sizeof(top.layer_spikes), 1, fo);
        std::fwrite(&top.layer_digests, sizeof(top.layer_digests), 1, fo);
        top.result___05Fready = 1;
        tick();
        top.result___05Fready = 0;
        if ((k + 1) % 10 == 0 || k + 1 == n) {
            std::printf("done %ld\n", k + 1);
            std::fflush(stdout);
        }
    }
    std::fclose(fo);
    top.final();
    return 0;
}
