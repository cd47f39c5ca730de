// Behavioural model of the iCE40UP5K single-port RAM (16,384 x 16 bits), for simulating
// designs that instantiate it (hw/event_list.py with spram=True) in Verilator or Icarus.
// Follows the vendor cell: a registered read when not writing; nibble write masks; the
// output holds its value during a write and is 0 while powered off or asleep.
module SB_SPRAM256KA (
    input  [13:0] ADDRESS,
    input  [15:0] DATAIN,
    input  [3:0]  MASKWREN,
    input         WREN,
    input         CHIPSELECT,
    input         CLOCK,
    input         STANDBY,
    input         SLEEP,
    input         POWEROFF,
    output reg [15:0] DATAOUT
);
    reg [15:0] mem [0:16383];
    wire off = SLEEP || !POWEROFF;
    integer i;
    always @(posedge CLOCK) begin
        if (off)
            DATAOUT <= 16'd0;
        else if (CHIPSELECT && !STANDBY) begin
            if (!WREN)
                DATAOUT <= mem[ADDRESS];
            else
                for (i = 0; i < 4; i = i + 1)
                    if (MASKWREN[i]) mem[ADDRESS][4 * i +: 4] <= DATAIN[4 * i +: 4];
        end
    end
endmodule
