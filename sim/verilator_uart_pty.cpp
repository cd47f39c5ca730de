// The board top (hw/board_top.py) in Verilator behind a pseudo-terminal: a host program
// opens the pty's slave like a board's USB serial port, and its bytes reach the design's
// rx line as 8N1 frames at the design's bit time (DIVISOR clock cycles per bit); what the
// design sends on tx comes back to the host. Time is the design's: clock cycles.
//
// usage: Vtoepcore_top DIVISOR
// stdout: "pty PATH" once the slave can be opened; on SIGTERM or SIGINT: "cycles N busy M"
//         (N: cycles simulated while the link or the design had work; M: of those, cycles
//         with an answer to a frame owed) and exit 0.
//
// The clock stops while there is nothing to do (no byte arriving or leaving, no answer
// owed, no command partly received, and a quiet spell of 64 bit times has passed), so the
// host's own delays are not board time; a host that stops mid-frame still meets the
// design's timeout.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#include "Vtoepcore_top.h"
#include "verilated.h"

static volatile std::sig_atomic_t stop = 0;
static void on_signal(int) { stop = 1; }

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIVISOR\n", argv[0]);
        return 1;
    }
    const long divisor = std::atol(argv[1]);
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) || unlockpt(master)) {
        std::perror("pty");
        return 1;
    }
    // keep a slave descriptor open ourselves so the master never reads EIO before the host opens it
    int keep = open(ptsname(master), O_RDWR | O_NOCTTY);
    struct termios raw;
    if (keep < 0 || tcgetattr(keep, &raw)) {
        std::perror("pty slave");
        return 1;
    }
    cfmakeraw(&raw);  // no echo or newline translation before the host sets its own mode
    tcsetattr(keep, TCSANOW, &raw);
    std::signal(SIGTERM, on_signal);
    std::signal(SIGINT, on_signal);
    std::printf("pty %s\n", ptsname(master));
    std::fflush(stdout);
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);

    VerilatedContext ctx;
    Vtoepcore_top top(&ctx);
    unsigned long long cycles = 0, busy_cycles = 0;
    auto tick = [&]() {
        top.clk = 1;
        top.eval();
        top.clk = 0;
        top.eval();
    };
    top.clk = 0;
    top.rst = 1;
    top.rx = 1;
    top.eval();
    for (int i = 0; i < 4; i++) tick();
    top.rst = 0;
    tick();

    std::deque<unsigned char> to_board;
    int rx_bit = -1;        // the bit of the byte on rx being sent (-1: line idle)
    long rx_timer = 0;
    unsigned rx_frame = 0;  // start, 8 data bits, stop
    int tx_bit = -1;        // the bit of the byte on tx being received (-1: waiting for a start bit)
    long tx_timer = 0;
    unsigned tx_byte = 0;
    long quiet = 0;         // cycles since the link or the design last had work
    const long quiet_limit = 64 * divisor;
    while (!stop) {
        // host -> design: take the bytes the host wrote
        unsigned char buf[4096];
        ssize_t got = read(master, buf, sizeof buf);
        if (got > 0) {
            to_board.insert(to_board.end(), buf, buf + got);
        }
        bool idle = to_board.empty() && rx_bit < 0 && tx_bit < 0 && !top.busy && !top.receiving &&
                    quiet >= quiet_limit;
        if (idle) {
            struct pollfd p = {master, POLLIN, 0};
            poll(&p, 1, 100);
            continue;
        }
        // drive rx
        if (rx_bit < 0 && !to_board.empty()) {
            rx_frame = (1u << 9) | ((unsigned)to_board.front() << 1);  // start 0, data, stop 1
            to_board.pop_front();
            rx_bit = 0;
            rx_timer = divisor;
        }
        top.rx = rx_bit < 0 ? 1 : (rx_frame >> rx_bit) & 1;
        // sample tx: a falling edge starts a byte; bits are read in their middles
        if (tx_bit < 0) {
            if (!top.tx) {
                tx_bit = 0;
                tx_timer = divisor + divisor / 2;
                tx_byte = 0;
            }
        } else if (--tx_timer == 0) {
            if (tx_bit < 8) {
                tx_byte |= (unsigned)top.tx << tx_bit;
                tx_bit++;
                tx_timer = divisor;
            } else {  // the stop bit's middle
                unsigned char b = tx_byte;
                while (write(master, &b, 1) != 1) {
                    if (stop) break;
                    usleep(100);
                }
                tx_bit = -1;
            }
        }
        tick();
        cycles++;
        if (top.busy) busy_cycles++;
        if (rx_bit >= 0 && --rx_timer == 0) {
            rx_timer = divisor;
            if (++rx_bit == 10) rx_bit = -1;
        }
        quiet = (to_board.empty() && rx_bit < 0 && tx_bit < 0 && !top.busy && !top.receiving) ? quiet + 1 : 0;
    }
    std::printf("cycles %llu busy %llu\n", cycles, busy_cycles);
    std::fflush(stdout);
    close(keep);
    close(master);
    return 0;
}
