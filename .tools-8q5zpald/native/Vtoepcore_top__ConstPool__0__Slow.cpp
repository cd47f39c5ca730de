// Verilated -*- C++ -*-
// DESCRIPTION: Verilator output: Constant pool

#include "verilated.h"

extern const VlWide<9>/*287:0*/ Vtoepcore_top__ConstPool__CONST_h9a2fc1c8_0 = VlWide<9>{{
        0x00000000, 0x00000000, 0x00000000, 0x00000000,
        0x00000000, 0x00000000, 0x00000000, 0x00000000,
        0x00000000
}};

extern const VlWide<8>/*255:0*/ Vtoepcore_top__ConstPool__CONST_hc7cd7ce2_0 = VlWide<8>{{
        0x00000000, 0x00000000, 0x00000000, 0x00000000,
        0x00000000, 0x00000000, 0x00000000, 0x00000000
}};

extern const VlUnpacked<CData/*1:0*/, 32> Vtoepcore_top__ConstPool__TABLE_h064f1556_0 = {{
    0U, 1U, 2U, 3U, 0U, 1U, 2U, 3U,
    0U, 1U, 2U, 3U, 0U, 1U, 2U, 3U,
    0U, 1U, 2U, 3U, 0U, 1U, 2U, 3U,
    0U, 1U, 2U, 3U, 0U, 1U, 2U, 3U
}};

extern const VlUnpacked<CData/*2:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h06b2f4e9_0 = {{
    0U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    5U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U
}};

extern const VlUnpacked<CData/*6:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h0ad204bd_0 = {{
    0x7fU, 0x0fU, 0x7fU, 0x0fU, 0x7fU, 0x7fU, 0x7fU, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h1e3e02f6_0 = {{
    0U, 1U, 1U, 0U, 1U, 1U, 0U, 0U
}};

extern const VlUnpacked<CData/*2:0*/, 512> Vtoepcore_top__ConstPool__TABLE_h1e5f036c_0 = {{
    0U, 3U, 2U, 4U, 4U, 5U, 6U, 7U,
    1U, 3U, 2U, 4U, 4U, 5U, 6U, 7U,
    0U, 2U, 2U, 4U, 4U, 5U, 6U, 7U,
    1U, 2U, 2U, 4U, 4U, 5U, 6U, 7U,
    0U, 3U, 2U, 1U, 4U, 5U, 6U, 7U,
    1U, 3U, 2U, 1U, 4U, 5U, 6U, 7U,
    0U, 2U, 2U, 1U, 4U, 5U, 6U, 7U,
    1U, 2U, 2U, 1U, 4U, 5U, 6U, 7U,
    0U, 3U, 0U, 4U, 4U, 5U, 6U, 7U,
    1U, 3U, 0U, 4U, 4U, 5U, 6U, 7U,
    0U, 2U, 0U, 4U, 4U, 5U, 6U, 7U,
    1U, 2U, 0U, 4U, 4U, 5U, 6U, 7U,
    0U, 3U, 0U, 1U, 4U, 5U, 6U, 7U,
    1U, 3U, 0U, 1U, 4U, 5U, 6U, 7U,
    0U, 2U, 0U, 1U, 4U, 5U, 6U, 7U,
    1U, 2U, 0U, 1U, 4U, 5U, 6U, 7U,
    0U, 3U, 2U, 4U, 4U, 5U, 6U, 7U,
    1U, 3U, 2U, 4U, 4U, 5U, 6U, 7U,
    0U, 2U, 2U, 4U, 4U, 5U, 6U, 7U,
    1U, 2U, 2U, 4U, 4U, 5U, 6U, 7U,
    0U, 3U, 2U, 1U, 4U, 5U, 6U, 7U,
    1U, 3U, 2U, 1U, 4U, 5U, 6U, 7U,
    0U, 2U, 2U, 1U, 4U, 5U, 6U, 7U,
    1U, 2U, 2U, 1U, 4U, 5U, 6U, 7U,
    0U, 3U, 0U, 4U, 1U, 5U, 6U, 7U,
    1U, 3U, 0U, 4U, 1U, 5U, 6U, 7U,
    0U, 2U, 0U, 4U, 1U, 5U, 6U, 7U,
    1U, 2U, 0U, 4U, 1U, 5U, 6U, 7U,
    0U, 3U, 0U, 1U, 1U, 5U, 6U, 7U,
    1U, 3U, 0U, 1U, 1U, 5U, 6U, 7U,
    0U, 2U, 0U, 1U, 1U, 5U, 6U, 7U,
    1U, 2U, 0U, 1U, 1U, 5U, 6U, 7U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*5:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h22666e58_0 = {{
    0U, 0U, 0x14U, 0U, 0U, 0x32U, 0U, 0U
}};

extern const VlUnpacked<VlWide<3>/*79:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h26fecffe_0 = {{
    VlWide<3>{{0xfa3ceb29, 0xf74aebed, 0x0000e84a}},
    VlWide<3>{{0xf9270035, 0xec3b041a, 0x0000f3c8}},
    VlWide<3>{{0x08450bb9, 0xf2b00340, 0x0000fe2c}},
    VlWide<3>{{0x2105fd2e, 0xdfa6f1ba, 0x00000b85}}
}};

extern const VlUnpacked<CData/*3:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h28478645_0 = {{
    0U, 8U, 5U, 5U, 6U, 6U, 6U, 6U,
    8U, 8U, 8U, 8U, 8U, 8U, 8U, 8U,
    5U, 5U, 5U, 5U, 5U, 5U, 5U, 5U,
    5U, 5U, 5U, 5U, 5U, 5U, 5U, 5U,
    5U, 5U, 5U, 5U, 5U, 5U, 5U, 5U,
    5U, 5U, 5U, 5U, 5U, 5U, 5U, 5U,
    5U, 5U, 5U, 5U, 5U, 5U, 5U, 5U,
    5U, 5U, 5U, 5U, 5U, 5U, 5U, 5U
}};

extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h2d51dcae_0 = {{
    0U, 0U, 1U, 0U, 1U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*6:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h352abde6_0 = {{
    3U, 0x10U, 0x10U, 0x20U, 0x10U, 0x10U, 0U, 0U
}};

extern const VlUnpacked<CData/*7:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h3a98d7b1_0 = {{
    0xe4U, 0xb1U, 0xe4U, 0x4eU, 0x1bU, 0x4eU, 0xe4U, 0xb1U,
    0xe4U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*3:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h412ae6d3_0 = {{
    3U, 4U, 5U, 6U, 7U, 8U, 0U, 0U
}};

extern const VlUnpacked<VlWide<3>/*79:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h42c456ce_0 = {{
    VlWide<3>{{0x207bfdc5, 0x149dfdcc, 0x00000f3b}},
    VlWide<3>{{0x0cc90314, 0xe68e07d9, 0x00002175}},
    VlWide<3>{{0x0a52f0e1, 0x21b1f126, 0x0000ef4f}},
    VlWide<3>{{0xefa3ec0f, 0x2197f683, 0x0000f6af}},
    VlWide<3>{{0xf87307c2, 0xf63bfd46, 0x00000419}},
    VlWide<3>{{0xe8880478, 0xd81d1617, 0x0000252e}},
    VlWide<3>{{0xfffe2008, 0xd74af7ef, 0x00001b8f}},
    VlWide<3>{{0x16b52538, 0x176ee675, 0x00000da2}},
    VlWide<3>{{0x06850012, 0x1364070b, 0x0000f3fe}},
    VlWide<3>{{0x02bb0f7f, 0x13640e91, 0x0000fc6e}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}}
}};

extern const VlUnpacked<VlWide<9>/*287:0*/, 2> Vtoepcore_top__ConstPool__TABLE_h438f347a_0 = {{
    VlWide<9>{{
            0x0cc3437c, 0x404bbff8, 0x160275c1, 0x510ff138,
            0x4f01bc8f, 0x0af3c97a, 0x2e7ff52e, 0xfab407a6,
            0xba9ed12f
    }},
    VlWide<9>{{
            0x1404733e, 0x3fd2600b, 0x05557413, 0x9fe38f04,
            0xff65d7e2, 0xf9f5abfc, 0x4f809c68, 0x17fab8f9,
            0xba192510
    }}
}};

extern const VlUnpacked<VlWide<9>/*287:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h456f5dfb_0 = {{
    VlWide<9>{{
            0x1c81ff60, 0xae12cba8, 0x39693c7f, 0xdf72e80c,
            0xc4c458bf, 0x544973fe, 0xff7fb8df, 0xf87b2db8,
            0x80d297f7
    }},
    VlWide<9>{{
            0x1525f0ff, 0xc6ac8ffb, 0x6602a15c, 0xe670146c,
            0x6301add2, 0xd019aace, 0x52723cd8, 0x16dc2dff,
            0x3451e670
    }},
    VlWide<9>{{
            0xfae17d64, 0x56a029d7, 0x46953277, 0x638d87fc,
            0xff497fbe, 0xf0184bf9, 0xff95b823, 0x0a260b0c,
            0x723fe5ec
    }},
    VlWide<9>{{
            0x7aa5c4ff, 0xc1202e6a, 0x86210163, 0x6908c4d3,
            0x36cc51c0, 0x335b4405, 0xc658c059, 0x67fddaac,
            0xb6c06b10
    }}
}};

extern const VlUnpacked<CData/*0:0*/, 256> Vtoepcore_top__ConstPool__TABLE_h45b29c2e_0 = {{
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 0U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 0U, 0U, 1U, 0U, 1U, 0U, 0U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 1U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 0U, 0U, 1U, 0U, 1U, 1U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 0U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 0U, 0U, 1U, 0U, 1U, 0U, 0U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 1U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 0U, 0U, 1U, 0U, 1U, 1U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*7:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h464a4983_0 = {{
    0xe4U, 0xb1U, 0xe4U, 0xb1U, 0x4eU, 0x1bU, 0x4eU, 0x1bU,
    0xe4U, 0xb1U, 0xe4U, 0xb1U, 0x4eU, 0x1bU, 0x4eU, 0x1bU
}};

extern const VlUnpacked<CData/*0:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h4914ac2f_0 = {{
    0U, 0U, 0U, 0U, 0U, 1U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*4:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h499f2c03_0 = {{
    0U, 8U, 0U, 8U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*4:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h4ab268f4_0 = {{
    0x0eU, 7U, 7U, 4U, 1U, 1U, 0U, 0U
}};

extern const VlUnpacked<CData/*0:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h53f32b8b_0 = {{
    0U, 1U, 1U, 1U, 1U, 1U, 1U, 1U,
    1U, 1U, 1U, 1U, 1U, 1U, 1U, 1U,
    1U, 1U, 1U, 1U, 1U, 1U, 1U, 1U,
    1U, 1U, 1U, 1U, 1U, 1U, 1U, 1U,
    1U, 1U, 1U, 1U, 1U, 1U, 1U, 1U,
    1U, 1U, 1U, 1U, 1U, 1U, 1U, 1U,
    1U, 1U, 1U, 1U, 1U, 1U, 1U, 1U,
    1U, 1U, 1U, 1U, 1U, 1U, 1U, 1U
}};

extern const VlUnpacked<CData/*0:0*/, 32> Vtoepcore_top__ConstPool__TABLE_h5d0236f3_0 = {{
    0U, 0U, 0U, 1U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 1U, 1U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<VlWide<4>/*127:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h63417d20_0 = {{
    VlWide<4>{{0x1c0ff049, 0x0b8eee0e, 0x10de0557, 0xf7b40b7c}},
    VlWide<4>{{0xff94084c, 0xe44bf682, 0x0bdbf16e, 0xebdcfe0c}},
    VlWide<4>{{0xfb2f0dba, 0x10f6ec7b, 0xee390457, 0x0f02fa4d}},
    VlWide<4>{{0xfda3121c, 0xfd4cf788, 0xfb1ffed4, 0xe7c107c9}}
}};

extern const VlUnpacked<CData/*2:0*/, 256> Vtoepcore_top__ConstPool__TABLE_h6a77b677_0 = {{
    0U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    5U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    6U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    5U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    7U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    5U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    6U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    5U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U
}};

extern const VlUnpacked<CData/*0:0*/, 512> Vtoepcore_top__ConstPool__TABLE_h6d18686e_0 = {{
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    1U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    1U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 1U, 0U, 0U, 0U, 0U, 0U,
    1U, 0U, 1U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 1U, 0U, 0U, 0U, 0U, 0U,
    1U, 1U, 1U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 1U, 0U, 0U, 0U, 0U,
    1U, 0U, 0U, 1U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 1U, 0U, 0U, 0U, 0U,
    1U, 1U, 0U, 1U, 0U, 0U, 0U, 0U,
    0U, 0U, 1U, 1U, 0U, 0U, 0U, 0U,
    1U, 0U, 1U, 1U, 0U, 0U, 0U, 0U,
    0U, 1U, 1U, 1U, 0U, 0U, 0U, 0U,
    1U, 1U, 1U, 1U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 1U, 0U, 0U, 0U,
    1U, 0U, 0U, 0U, 1U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 1U, 0U, 0U, 0U,
    1U, 1U, 0U, 0U, 1U, 0U, 0U, 0U,
    0U, 0U, 1U, 0U, 1U, 0U, 0U, 0U,
    1U, 0U, 1U, 0U, 1U, 0U, 0U, 0U,
    0U, 1U, 1U, 0U, 1U, 0U, 0U, 0U,
    1U, 1U, 1U, 0U, 1U, 0U, 0U, 0U,
    0U, 0U, 0U, 1U, 1U, 0U, 0U, 0U,
    1U, 0U, 0U, 1U, 1U, 0U, 0U, 0U,
    0U, 1U, 0U, 1U, 1U, 0U, 0U, 0U,
    1U, 1U, 0U, 1U, 1U, 0U, 0U, 0U,
    0U, 0U, 1U, 1U, 1U, 0U, 0U, 0U,
    1U, 0U, 1U, 1U, 1U, 0U, 0U, 0U,
    0U, 1U, 1U, 1U, 1U, 0U, 0U, 0U,
    1U, 1U, 1U, 1U, 1U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 1U, 0U, 0U,
    1U, 0U, 0U, 0U, 0U, 1U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 1U, 0U, 0U,
    1U, 1U, 0U, 0U, 0U, 1U, 0U, 0U,
    0U, 0U, 1U, 0U, 0U, 1U, 0U, 0U,
    1U, 0U, 1U, 0U, 0U, 1U, 0U, 0U,
    0U, 1U, 1U, 0U, 0U, 1U, 0U, 0U,
    1U, 1U, 1U, 0U, 0U, 1U, 0U, 0U,
    0U, 0U, 0U, 1U, 0U, 1U, 0U, 0U,
    1U, 0U, 0U, 1U, 0U, 1U, 0U, 0U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 0U,
    1U, 1U, 0U, 1U, 0U, 1U, 0U, 0U,
    0U, 0U, 1U, 1U, 0U, 1U, 0U, 0U,
    1U, 0U, 1U, 1U, 0U, 1U, 0U, 0U,
    0U, 1U, 1U, 1U, 0U, 1U, 0U, 0U,
    1U, 1U, 1U, 1U, 0U, 1U, 0U, 0U,
    0U, 0U, 0U, 0U, 1U, 1U, 0U, 0U,
    1U, 0U, 0U, 0U, 1U, 1U, 0U, 0U,
    0U, 1U, 0U, 0U, 1U, 1U, 0U, 0U,
    1U, 1U, 0U, 0U, 1U, 1U, 0U, 0U,
    0U, 0U, 1U, 0U, 1U, 1U, 0U, 0U,
    1U, 0U, 1U, 0U, 1U, 1U, 0U, 0U,
    0U, 1U, 1U, 0U, 1U, 1U, 0U, 0U,
    1U, 1U, 1U, 0U, 1U, 1U, 0U, 0U,
    0U, 0U, 0U, 1U, 1U, 1U, 0U, 0U,
    1U, 0U, 0U, 1U, 1U, 1U, 0U, 0U,
    0U, 1U, 0U, 1U, 1U, 1U, 0U, 0U,
    1U, 1U, 0U, 1U, 1U, 1U, 0U, 0U,
    0U, 0U, 1U, 1U, 1U, 1U, 0U, 0U,
    1U, 0U, 1U, 1U, 1U, 1U, 0U, 0U,
    0U, 1U, 1U, 1U, 1U, 1U, 0U, 0U,
    1U, 1U, 1U, 1U, 1U, 1U, 0U, 0U
}};

extern const VlUnpacked<CData/*6:0*/, 16> Vtoepcore_top__ConstPool__TABLE_h71aafaa6_0 = {{
    0x7fU, 0x7fU, 0x0fU, 0x0fU, 0x7fU, 0x7fU, 0x7fU, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*1:0*/, 64> Vtoepcore_top__ConstPool__TABLE_h86ace615_0 = {{
    0U, 2U, 2U, 3U, 1U, 2U, 2U, 3U,
    0U, 0U, 2U, 3U, 1U, 0U, 2U, 3U,
    0U, 2U, 1U, 3U, 1U, 2U, 1U, 3U,
    0U, 0U, 1U, 3U, 1U, 0U, 1U, 3U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<VlWide<6>/*179:0*/, 4> Vtoepcore_top__ConstPool__TABLE_h8a324bcc_0 = {{
    VlWide<6>{{
            0x1c378301, 0xd9e2133a, 0xa76f017f, 0x22c14ad5,
            0x3101809a, 0x00000d72
    }},
    VlWide<6>{{
            0x0a98c082, 0xd7dcd018, 0x048c905c, 0x6fb4778c,
            0xccd78a40, 0x00080cc2
    }},
    VlWide<6>{{
            0x6bfd94d9, 0x9f2549f9, 0xf5ecff7f, 0x20367afd,
            0xff09932b, 0x00070cbd
    }},
    VlWide<6>{{
            0x6648c6ff, 0x3d5feadb, 0x3d2f015d, 0xa490343c,
            0xfeb980c3, 0x000c1a49
    }}
}};

extern const VlUnpacked<CData/*6:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h964846d6_0 = {{
    0x11U, 0x0fU, 0x0fU, 9U, 4U, 4U, 0U, 0U
}};

extern const VlUnpacked<CData/*6:0*/, 8> Vtoepcore_top__ConstPool__TABLE_h9da7f09d_0 = {{
    0U, 0U, 0U, 0U, 0U, 0x10U, 0U, 0U
}};

extern const VlUnpacked<VlWide<6>/*179:0*/, 16> Vtoepcore_top__ConstPool__TABLE_ha690166a_0 = {{
    VlWide<6>{{
            0x7a7202ff, 0x2ddfeb64, 0x1dfe7bdb, 0xd80939f5,
            0xfecf5abf, 0x0006a24d
    }},
    VlWide<6>{{
            0x0595ff6f, 0x405c8c44, 0x4f30665d, 0x549327fe,
            0x03818098, 0x0008a586
    }},
    VlWide<6>{{
            0xcbfd72c7, 0xb92954a5, 0xfe8ad17f, 0x9ff404c3,
            0x26a5673f, 0x00080949
    }},
    VlWide<6>{{
            0x13fda4d7, 0xd523e946, 0xff009880, 0x603637b3,
            0x52bc43df, 0x000963fd
    }},
    VlWide<6>{{
            0x86823d01, 0xc05d6dca, 0x06414497, 0xe02a36d4,
            0x86a4c749, 0x0004d405
    }},
    VlWide<6>{{
            0xc3fe898c, 0x3fd8ec43, 0x0cc67fb9, 0x610f07fe,
            0x16ff8096, 0x00057dee
    }},
    VlWide<6>{{
            0x3e02027d, 0xa47029cc, 0x5dfe837f, 0xd794062b,
            0x9b7a7fa5, 0x00080d3a
    }},
    VlWide<6>{{
            0xf4073adb, 0xc8ee6a43, 0xb31f4580, 0x63d2880c,
            0x414b60c0, 0x0007fe3a
    }},
    VlWide<6>{{
            0x0ca996b3, 0xb7603258, 0xfe1904bb, 0x58736853,
            0xdd7e7fb9, 0x00080d84
    }},
    VlWide<6>{{
            0xfc053997, 0x411c301a, 0x154ea651, 0x58d017fa,
            0xd3e77eb5, 0x000a7c05
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }}
}};

extern const VlUnpacked<VlWide<3>/*79:0*/, 16> Vtoepcore_top__ConstPool__TABLE_ha6c72ca2_0 = {{
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}}
}};

extern const VlUnpacked<CData/*1:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hb45958eb_0 = {{
    0U, 1U, 2U, 3U, 0U, 1U, 2U, 3U,
    0U, 1U, 2U, 3U, 0U, 1U, 2U, 3U
}};

extern const VlUnpacked<VlWide<7>/*215:0*/, 2> Vtoepcore_top__ConstPool__TABLE_hbed9e83c_0 = {{
    VlWide<7>{{
            0x0d363156, 0xde584a58, 0x0675647f, 0x203469fc,
            0x6ecedbc2, 0x3726bbfe, 0x00a932a0
    }},
    VlWide<7>{{
            0x33fdfaf2, 0xc052cc1b, 0x72031b5b, 0x1ffe0a72,
            0xb72e7ec2, 0x0c880c5a, 0x0030406b
    }}
}};

extern const VlUnpacked<CData/*0:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hc9964422_0 = {{
    0U, 0U, 0U, 1U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<VlWide<6>/*179:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hcd00c81a_0 = {{
    VlWide<6>{{
            0x5ab90d01, 0x4a1e2ffc, 0xf4a76457, 0xd534d80b,
            0x39827c3f, 0x0007f9c5
    }},
    VlWide<6>{{
            0x0beb2e8d, 0x3fec8ee8, 0x3d790113, 0xe3d1443d,
            0x20ff8cbf, 0x00062b9e
    }},
    VlWide<6>{{
            0x7e2e027f, 0xd02ec9fc, 0x66f9017f, 0x168f352c,
            0xb1c17fe7, 0x000c6c07
    }},
    VlWide<6>{{
            0x0a7b4519, 0xe92c5018, 0xfe5b2a47, 0xdc0e0a9b,
            0x9630a03f, 0x000da406
    }},
    VlWide<6>{{
            0x4ab50901, 0xd95ff4e4, 0x311f0190, 0x9ff23694,
            0x069299c5, 0x000bcc05
    }},
    VlWide<6>{{
            0x9baac8ff, 0xd924b018, 0x3202dc3c, 0x2bd01573,
            0xfe65944c, 0x000602bd
    }},
    VlWide<6>{{
            0x8395fef4, 0x2b2b301c, 0xfee13a41, 0x6074095b,
            0x56b680db, 0x000aa3fd
    }},
    VlWide<6>{{
            0xfb7d88c6, 0xbc1fea47, 0xb603328a, 0x952efb04,
            0xff647fd5, 0x0009ea35
    }},
    VlWide<6>{{
            0xd5bd2b01, 0xb533f015, 0x9dff4a7f, 0xeb0d0b13,
            0x73576cbf, 0x000b2405
    }},
    VlWide<6>{{
            0xfbd5ad2f, 0x572b6ff7, 0x3dfe9d53, 0xd950db0d,
            0x610b78bf, 0x00080aed
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }},
    VlWide<6>{{
            0x00000000, 0x00000000, 0x00000000, 0x00000000,
            0x00000000, 0x00000000
    }}
}};

extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_hd3208f7a_0 = {{
    1U, 0U, 1U, 1U, 0U, 1U, 0U, 0U
}};

extern const VlUnpacked<VlWide<3>/*79:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hdbba59cd_0 = {{
    VlWide<3>{{0x260314c8, 0x235a0a5b, 0x0000340d}},
    VlWide<3>{{0x15f500dd, 0x06d304d8, 0x0000e940}},
    VlWide<3>{{0x03e027df, 0x163a1711, 0x00001026}},
    VlWide<3>{{0xeefa2ca7, 0xeabc15a5, 0x000025ba}},
    VlWide<3>{{0x0444db85, 0xf068eabc, 0x0000145a}},
    VlWide<3>{{0x1a4f0316, 0x063c0e9b, 0x00001474}},
    VlWide<3>{{0x1d53f1e9, 0x11492794, 0x0000e13f}},
    VlWide<3>{{0xf2430257, 0xf152dd78, 0x0000f747}},
    VlWide<3>{{0xeee5035d, 0x19cbefaf, 0x0000f566}},
    VlWide<3>{{0xf7fff5c9, 0x17cb2290, 0x000002d9}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}},
    VlWide<3>{{0x00000000, 0x00000000, 0x00000000}}
}};

extern const VlUnpacked<CData/*1:0*/, 8> Vtoepcore_top__ConstPool__TABLE_he274a1d1_0 = {{
    0U, 1U, 1U, 2U, 3U, 3U, 0U, 0U
}};

extern const VlUnpacked<CData/*4:0*/, 16> Vtoepcore_top__ConstPool__TABLE_heb320b7b_0 = {{
    0U, 0U, 8U, 8U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*2:0*/, 32> Vtoepcore_top__ConstPool__TABLE_hec1e610b_0 = {{
    0U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    4U, 0U, 1U, 0U, 2U, 0U, 1U, 0U,
    3U, 0U, 1U, 0U, 2U, 0U, 1U, 0U
}};

extern const VlUnpacked<CData/*0:0*/, 16> Vtoepcore_top__ConstPool__TABLE_hed02f65f_0 = {{
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    1U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*0:0*/, 256> Vtoepcore_top__ConstPool__TABLE_hee8d8621_0 = {{
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    1U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 0U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    1U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 0U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 1U, 0U, 1U, 0U, 1U, 0U, 1U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*0:0*/, 128> Vtoepcore_top__ConstPool__TABLE_hf1c94c78_0 = {{
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 1U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*0:0*/, 512> Vtoepcore_top__ConstPool__TABLE_hfbff1bd4_0 = {{
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 1U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 1U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 1U, 0U, 0U, 0U, 0U, 0U, 0U,
    0U, 0U, 0U, 0U, 0U, 0U, 0U, 0U
}};

extern const VlUnpacked<CData/*0:0*/, 8> Vtoepcore_top__ConstPool__TABLE_hfe14fb62_0 = {{
    0U, 1U, 1U, 1U, 1U, 0U, 0U, 0U
}};
