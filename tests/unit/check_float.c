/*
** check_float.c — unit tests for vm/float.c: repr, parsing, arithmetic corner cases,
** hashing and rounding of floats.
**
** Every expected value below was produced by python3 (CPython 3.11) evaluating the same
** expression (inputs are written as exact hexadecimal literals); none is written by
** hand. A result starting with '!' is the exception raised: "!Type: message". One
** deliberate difference: a negative number raised to a non-integral power gives a
** complex number in CPython, and a ValueError in rill, which has no complex type.
*/
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vm/int.h"
#include "vm/float.h"
#include "vm/str.h"
#include "vm/seq.h"
#include "vm/exc.h"
#include "vm/class.h"

struct repr_case { double d; const char *repr; };
struct parse_case { const char *s; size_t n; const char *result; };
struct divmod_case { double a, b; const char *floordiv, *mod, *divmod; };
struct pow_case { double a, b; const char *result; };
struct hash_case { double d; int64_t hash; };
struct round_case { double d; bool has_ndigits; int ndigits; const char *result; };

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const struct repr_case repr_cases[] = {
    {0x1.999999999999ap-4, "0.1"},
    {0x1.5555555555555p-2, "0.3333333333333333"},
    {0x1.5555555555555p-1, "0.6666666666666666"},
    {0x1.1c37937e08000p+53, "1e+16"},
    {0x1.4f8b588e368f1p-17, "1e-05"},
    {0x0.0000000000001p-1022, "5e-324"},
    {0x1.fffffffffffffp+1023, "1.7976931348623157e+308"},
    {0x1.d6f34547df3b6p+26, "123456789.123"},
    {0x1.4000000000000p+1, "2.5"},
    {-0.0, "-0.0"},
    {0.0, "0.0"},
    {0x1.0000000000000p+0, "1.0"},
    {-0x1.0000000000000p+0, "-1.0"},
    {0x1.c6bf526340000p+49, "1000000000000000.0"},
    {0x1.6345785d8a000p+56, "1e+17"},
    {0x1.a36e2eb1c432dp-14, "0.0001"},
    {0x1.0624dd2f1a9fcp-10, "0.001"},
    {0x1.02e4b6ce5dc68p-13, "0.00012345"},
    {0x1.18b54f22aeb00p+50, "1234567890123456.0"},
    {0x1.5ee2a2eb5a5c4p+53, "1.2345678901234568e+16"},
    {0x1.5ee2a2eb5a5c4p+53, "1.2345678901234568e+16"},
    {0x1.0000000000000p+53, "9007199254740992.0"},
    {0x1.0000000000000p+53, "9007199254740992.0"},
    {0x1.0000000000000p+63, "9.223372036854776e+18"},
    {0x1.0000000000000p+64, "1.8446744073709552e+19"},
    {0x1.0f0cf064dd592p+73, "1e+22"},
    {0x1.52d02c7e14af6p+76, "1e+23"},
    {0x1.249ad2594c37dp+332, "1e+100"},
    {0x1.bff2ee48e0530p-333, "1e-100"},
    {0x1.7e43c8800759cp+996, "1e+300"},
    {0x1.0000000000000p-1022, "2.2250738585072014e-308"},
    {0x0.fffffffffffffp-1022, "2.225073858507201e-308"},
    {0x0.0000000000001p-1022, "5e-324"},
    {0x0.0000000000002p-1022, "1e-323"},
    {0x1.3333333333333p-2, "0.3"},
    {0x1.6666666666666p-1, "0.7"},
    {0x1.199999999999ap+0, "1.1"},
    {0x1.5666666666666p+1, "2.675"},
    {0x1.0000000000000p-3, "0.125"},
    {0x1.9000000000000p+6, "100.0"},
    {0x1.b1ae4d6e2ef50p+69, "1e+21"},
    {0x1.edd2f1a9fbe77p+6, "123.456"},
    {-0x1.edd2f1a9fbe77p+6, "-123.456"},
    {0x1.921fb54442d18p+1, "3.141592653589793"},
    {0x1.5bf0a8b145769p+1, "2.718281828459045"},
    {INFINITY, "inf"},
    {-INFINITY, "-inf"},
    {NAN, "nan"},
    {0x1.8000000000000p+0, "1.5"},
    {0x1.0000000000000p-1, "0.5"},
    {0x1.0000000000000p-2, "0.25"},
    {0x1.52d02c7e14af6p+76, "1e+23"},
    {0x0.05c0ab9347ed7p-1022, "5e-310"},
    {0x1.ffffffffffffep+1023, "1.7976931348623155e+308"},
    {0x1.0000000000000p+1023, "8.98846567431158e+307"},
    {0x1.0000000000000p-1022, "2.2250738585072014e-308"},
    {0x0.0000000000003p-1022, "1.5e-323"},
    {0x0.0000000000001p-1022, "5e-324"},
    {0x0.0002000000000p-1022, "6.7903865311e-313"},
    {0x1.0000000000000p-1000, "9.332636185032189e-302"},
    {0x1.0000000000000p-963, "1.2826677504057426e-290"},
    {0x1.0000000000000p-926, "1.7628851326804976e-279"},
    {0x1.0000000000000p-889, "2.4228908772695546e-268"},
    {0x1.0000000000000p-852, "3.329995865487836e-257"},
    {0x1.0000000000000p-815, "4.5767114681873503e-246"},
    {0x1.0000000000000p-778, "6.290184345309701e-235"},
    {0x1.0000000000000p-741, "8.645163535653227e-224"},
    {0x1.0000000000000p-704, "1.188182228934475e-212"},
    {0x1.0000000000000p-667, "1.6330252207878255e-201"},
    {0x1.0000000000000p-630, "2.2444127733846047e-190"},
    {0x1.0000000000000p-593, "3.084697427331692e-179"},
    {0x1.0000000000000p-556, "4.239575861902385e-168"},
    {0x1.0000000000000p-519, "5.826828696250162e-157"},
    {0x1.0000000000000p-482, "8.008332380732404e-146"},
    {0x1.0000000000000p-445, "1.1006568214637918e-134"},
    {0x1.0000000000000p-408, "1.512731216738015e-123"},
    {0x1.0000000000000p-371, "2.07908195312898e-112"},
    {0x1.0000000000000p-334, "2.8574684782056875e-101"},
    {0x1.0000000000000p-297, "3.9272747722381812e-90"},
    {0x1.0000000000000p-260, "5.397605346934028e-79"},
    {0x1.0000000000000p-223, "7.418412301374843e-68"},
    {0x1.0000000000000p-186, "1.0195788231247695e-56"},
    {0x1.0000000000000p-149, "1.401298464324817e-45"},
    {0x1.0000000000000p-112, "1.925929944387236e-34"},
    {0x1.0000000000000p-75, "2.6469779601696886e-23"},
    {0x1.0000000000000p-38, "3.637978807091713e-12"},
    {0x1.0000000000000p-1, "0.5"},
    {0x1.0000000000000p+36, "68719476736.0"},
    {0x1.0000000000000p+73, "9.44473296573929e+21"},
    {0x1.0000000000000p+110, "1.298074214633707e+33"},
    {0x1.0000000000000p+147, "1.78405961588245e+44"},
    {0x1.0000000000000p+184, "2.4519928653854222e+55"},
    {0x1.0000000000000p+221, "3.36999333339383e+66"},
    {0x1.0000000000000p+258, "4.631683569492648e+77"},
    {0x1.0000000000000p+295, "6.365737426045269e+88"},
    {0x1.0000000000000p+332, "8.749002899132048e+99"},
    {0x1.0000000000000p+369, "1.2024538023802026e+111"},
    {0x1.0000000000000p+406, "1.6526399219756215e+122"},
    {0x1.0000000000000p+443, "2.2713710134237715e+133"},
    {0x1.0000000000000p+480, "3.1217485503159922e+144"},
    {0x1.0000000000000p+517, "4.290498537581631e+155"},
    {0x1.0000000000000p+554, "5.896816288783659e+166"},
    {0x1.0000000000000p+591, "8.10452259547069e+177"},
    {0x1.0000000000000p+628, "1.1138771039116688e+189"},
    {0x1.0000000000000p+665, "1.5309010345804195e+200"},
    {0x1.0000000000000p+702, "2.1040543606193494e+211"},
    {0x1.0000000000000p+739, "2.891790293717215e+222"},
    {0x1.0000000000000p+776, "3.974446316289815e+233"},
    {0x1.0000000000000p+813, "5.462437423415177e+244"},
    {0x1.0000000000000p+850, "7.5075168288047e+255"},
    {0x1.0000000000000p+887, "1.0318252561243462e+267"},
    {0x1.0000000000000p+924, "1.418129833677085e+278"},
    {0x1.0000000000000p+961, "1.94906280228e+289"},
    {0x1.0000000000000p+998, "2.6787715179656683e+300"},
    {0x1.c809a676b1b69p-244, "6.3014694601329325e-74"},
    {0x1.a6bad333824fep+204, "4.2456285889912927e+61"},
    {0x1.93fc02dc5fd3dp-552, "1.0704516186909695e-166"},
    {0x1.e27003f9931eep-751, "1.5910154753035357e-226"},
    {0x1.500efc28753f8p-846, "2.797683831331431e-255"},
    {0x1.0e378404b6eafp+470, "3.217884389225797e+141"},
    {0x1.1aad96210b784p+64, "2.036910175833714e+19"},
    {0x1.998e7af2ed9ddp+411, "8.460619090412986e+123"},
    {0x1.fc17189e3995ap-840, "2.707101327791622e-253"},
    {0x1.c996af0397722p+254, "5.174330169117728e+76"},
    {0x1.82be57d411fabp-615, "1.1110555052707166e-185"},
    {0x1.1e38f6bf08d62p+456, "2.0803760770264376e+137"},
    {0x1.0ed169cfbba43p+182, "6.484803269833295e+54"},
    {0x1.4603b377925b3p+600, "5.284383069659419e+180"},
    {0x1.78ac6e6e96d45p+591, "1.1924841322694903e+178"},
    {0x1.1f59d5fbd238ep+661, "1.073988825271014e+199"},
    {0x1.5605d635b4c41p+741, "1.5454034574752254e+223"},
    {0x1.62d66aeafb905p-588, "1.3682081700284408e-177"},
    {0x1.1e26e26fb984fp-78, "3.698426528778551e-24"},
    {0x1.980e4a91afa5cp-657, "2.665461817038995e-198"},
    {0x1.0abc2d9977338p+138, "3.6306096492075435e+41"},
    {0x1.e9d1f56bc09cbp-854, "1.5928701932766131e-257"},
    {0x1.c2b94f2655b19p+444, "7.998133747662971e+133"},
    {0x1.44e7c8759f153p+364, "4.76908858242621e+109"},
    {0x1.d1a68c643e653p-844, "1.5506145051811983e-254"},
    {0x1.f19407812f170p-376, "1.2628246313940684e-113"},
    {0x1.59a7c67124890p-936, "2.3244885096021088e-282"},
    {0x1.af81b44f758cdp+119, "1.1202553312640297e+36"},
    {0x1.d266501f35efep-153, "1.5956179868371514e-46"},
    {0x1.76e3b3429e79cp-281, "3.769072371828044e-85"},
    {0x1.0f910fd547512p+888, "2.1891353591148655e+267"},
    {0x1.8315788c88ad1p-858, "7.867356500032296e-259"},
    {0x1.34948764b5018p+39, "662670914138.5029"},
    {0x1.aae9ae67646f1p-618, "1.5330697289413495e-186"},
    {0x1.9c4b39b02a56dp-76, "2.1315092410543815e-23"},
    {0x1.194ecfa09ca46p-918, "4.959134364184833e-277"},
    {0x1.7a6865b86c0efp-759, "4.874761898192617e-229"},
    {0x1.9139d37403227p+927, "1.7780949824957976e+279"},
    {0x1.9da63ebb7344dp+441, "9.175305125804335e+132"},
    {0x1.e5a21292af8f3p+507, "7.948334075035139e+152"},
    {0x1.a1ac8cab5f7c4p-119, "2.4548672634696802e-36"},
    {0x1.162af986d4842p+871, "1.7107762913852737e+262"},
    {0x1.c6e25fb9e8ddap-660, "3.7141874530993976e-199"},
    {0x1.8b557f1a41fe5p+7, "197.6669853406485"},
    {0x1.7eb6ca90965f5p-663, "3.9061353794740355e-200"},
    {0x1.dad99097ce80cp-799, "5.5635220778595226e-241"},
    {0x1.9768e05f73dbap-673, "4.060731642313985e-203"},
    {0x1.8e0f379462a34p+377, "4.786480893992414e+113"},
    {0x1.28c9bd1d5c42fp-165, "2.4788893899921314e-50"},
    {0x1.5361d14c6e95ep+895, "3.5018302214571565e+269"},
    {0x1.5db916ce8571bp+271, "5.1833801365509216e+81"},
    {0x1.aed0b16055583p-731, "1.4897871657000235e-220"},
    {0x1.6aa124f4f81b0p+241, "5.005553241937127e+72"},
    {0x1.69fa10173745fp-243, "1.0003496726828133e-73"},
    {0x1.26c275467115bp-745, "6.221301178698739e-225"},
    {0x1.1dcff85fdadc4p-193, "8.893074150064175e-59"},
    {0x1.238c133674334p+820, "7.962790810313196e+246"},
    {0x1.67b58c986fa9fp+971, "2.804383102737149e+292"},
    {0x1.9bb070e2eb028p+288, "7.997758458342726e+86"},
    {0x1.354fa36209dbcp-116, "1.45437374060835e-35"},
    {0x1.1fdc041f089dcp+94, "2.227204524024428e+28"},
    {0x1.dfc106770fa78p+666, "5.7379367378475536e+200"},
    {0x1.c442bc3881083p-765, "9.103369848858571e-231"},
    {0x1.e3cad5a9331f6p+904, "2.5558483829161258e+272"},
    {0x1.24412b1eb72c8p-48, "4.055846827953867e-15"},
    {0x1.508baec154269p-909, "3.037651440350423e-274"},
    {0x1.8f0a721846d9ep+489, "2.491410099367445e+147"},
    {0x1.35672dd2a7afep+448, "8.784613790315076e+134"},
    {0x1.45f579983d819p+572, "1.9682505443317693e+172"},
    {0x1.19e65bf49e557p-715, "6.388633365178448e-216"},
    {0x1.a02389ba8272cp+904, "2.198438629687987e+272"},
    {0x1.b419a68865042p-769, "5.486301268573173e-232"},
    {0x1.20bb318b3205ep-780, "1.773606083771597e-235"},
    {0x1.2785024c70f48p-417, "3.410657296256551e-126"},
    {0x1.d12682c941da5p+1006, "1.2460317318606585e+303"},
    {0x1.6c5112d7a2d12p-184, "5.803899779213439e-56"},
    {0x1.a04ff25403cfdp+869, "6.400965700829925e+261"},
    {0x1.1f3e73523eb0dp+780, "7.13522279798882e+234"},
    {0x1.87b0c8f9b7341p-370, "6.36216240872107e-112"},
    {0x1.39b8cc543e396p-1, "0.6127380230747004"},
    {0x1.7474fe5c91d15p+12, "5959.3121"},
    {-0x1.de7bc0e1719f8p+12, "-7655.73459"},
    {-0x1.8890000000000p+12, "-6281.0"},
    {0x1.9000000000000p+4, "25.0"},
    {0x1.ac80000000000p+10, "1714.0"},
    {-0x1.9669a1f080304p+11, "-3251.301018"},
    {-0x1.f87eee568a505p+10, "-2017.983297"},
    {-0x1.1d2669835158cp+11, "-2281.20038"},
    {0x1.57ae147ae147bp+9, "687.36"},
    {0x1.da75e02214270p+12, "7591.36722"},
    {0x1.151334959e625p+12, "4433.200338"},
    {0x1.5286e978d4fdfp+12, "5416.432"},
    {-0x1.d774000000000p+11, "-3771.625"},
    {0x1.7f68bc6a7ef9ep+11, "3067.273"},
    {-0x1.ecd068e608073p+12, "-7885.02561"},
    {-0x1.5fbebc6a7ef9ep+12, "-5627.921"},
    {-0x1.231d12d3e26acp+11, "-2328.9085483"},
    {0x1.3a6199999999ap+12, "5030.1"},
    {0x1.de272b020c49cp+12, "7650.448"},
    {0x1.21e110624dd2fp+13, "9276.133"},
    {-0x1.0cf3bcd35a858p+13, "-8606.4672"},
    {0x1.fd01cf2cf95d5p+12, "8144.11308"},
    {0x1.684154bd4bfb5p+12, "5764.08318834"},
    {-0x1.d1e643fe5c91dp+12, "-7454.3916"},
    {-0x1.5963ec56d5cfbp+10, "-1381.5613"},
    {-0x1.c556666666666p+10, "-1813.35"},
    {-0x1.1022ed0b813d8p+12, "-4354.1828723"},
    {-0x1.7de8fd75e2047p+12, "-6110.56188"},
    {0x1.e459df266ba49p+12, "7749.61698"},
    {-0x1.35ce304ff4342p+13, "-9913.77359"},
    {0x1.e5d8000000000p+11, "3886.75"},
    {0x1.e92947ae147aep+12, "7826.58"},
    {0x1.69dd9c0ebedfap+12, "5789.8506"},
    {0x1.88ea9fbe76c8bp+11, "3143.332"},
    {-0x1.cac55158b8280p+10, "-1835.08309"},
    {0x1.8760000000000p+11, "3131.0"},
    {-0x1.e495b5f01ee17p+12, "-7753.35691845"},
    {-0x1.73e0ac11cc055p+12, "-5950.04200916"},
    {-0x1.d9a999999999ap+11, "-3789.3"},
    {0x1.bca36c050bd88p+7, "222.3191835"},
    {0x1.0eaea7bb2fec5p+13, "8661.8319"},
    {0x1.36b89e2691644p+12, "4971.538611"},
    {-0x1.3fc153c792d13p+9, "-639.51036925"},
    {0x1.3af116872b021p+11, "2519.534"},
    {-0x1.76a0000000000p+12, "-5994.0"},
    {0x1.38362fec56d5dp+13, "9990.7734"},
    {-0x1.0948000000000p+13, "-8489.0"},
    {0x1.203610f0e90bcp+13, "9222.758272"},
    {-0x1.f4b2e7991bc56p+11, "-4005.59077125"},
    {0x1.3bffc91d14e3cp+11, "2527.9933"},
    {-0x1.7e7e666666666p+12, "-6119.9"},
    {0x1.33635816aceabp+13, "9836.418012"},
    {-0x1.fbc47ae147ae1p+10, "-2031.07"},
    {-0x1.25ff644fa0514p+12, "-4703.96199"},
    {-0x1.d06a147ae147bp+12, "-7430.63"},
    {0x1.f635a265f0f5ap+12, "8035.352148"},
    {-0x1.992f5c28f5c29p+10, "-1636.74"},
    {-0x1.5e66f1a9fbe77p+11, "-2803.217"},
    {-0x1.1b070cc250721p+12, "-4528.440615"},
    {-0x1.8b6b53a995902p+12, "-6326.7079254"},
    {0x1.8d7548361ea19p+65, "5.727975360522375e+19"},
    {0x1.09059f2769a61p+33, "8892661326.82538"},
    {0x1.32aec65af158bp-54, "6.650121299138788e-17"},
    {0x1.fb08ac92982c3p+28, "531663561.1621515"},
    {0x1.d73bec4b8014cp-45, "5.231749193028582e-14"},
    {0x1.eb5c42d142837p+34, "32974637893.039272"},
    {0x1.f499d6e502e75p+65, "7.214419793897053e+19"},
    {0x1.a1136b4172e62p+52, "7337276041801314.0"},
    {0x1.64d88e3769569p-11, "0.000680629577733666"},
    {0x1.c222596ca861dp+55, "6.335075349510167e+16"},
    {0x1.0bab11c8480c3p-15, "3.190854073609327e-05"},
    {0x1.d7c16bf30ef16p+53, "1.65984229267779e+16"},
    {0x1.675f6c3c3d9b0p+16, "91999.42279419932"},
    {0x1.72172a3d20cc8p-2, "0.3614164924440044"},
    {0x1.d10eb91b8aa6cp+48, "511336142047910.75"},
    {0x1.4c47df9f424c2p-34, "7.555189675998361e-11"},
    {0x1.351b2b0d9213dp-57, "8.378338324955186e-18"},
    {0x1.539e2a3a1bdb9p+19, "695537.3195933617"},
    {0x1.3b8f613af5c1ep-29, "2.2960017476494853e-09"},
    {0x1.9c3ef4019b603p-37, "1.1716733488933418e-11"},
    {0x1.27c59c0bb2c22p+71, "2.7280143853642727e+21"},
    {0x1.4c1e77e61dd11p+48, "365168721010129.06"},
    {0x1.a1d3363ee71e5p+49, "918806993948220.6"},
    {0x1.15d2f6ac5d27ep+4, "17.364004777237362"},
    {0x1.dad3f49d2e1a5p+45, "65259856700867.29"},
    {0x1.b99ca2008fba7p+72, "8.146300720739364e+21"},
    {0x1.ff735873533d7p-44, "1.1356483939847283e-13"},
    {0x1.224bf288510bbp-37, "8.250727589201424e-12"},
    {0x1.41e6e73a53417p-61, "5.453231415637472e-19"},
    {0x1.493e50a795753p+69, "7.591836341674111e+20"},
    {0x1.2f65686ca808ep+5, "37.92451558006097"},
    {0x1.cd092fe455f47p+82, "8.708721681109171e+24"},
    {0x1.9b53b5947bd1cp+57, "2.315565095468164e+17"},
    {0x1.a631377516e2fp+62, "7.605539483474771e+18"},
    {0x1.db825b8fef80bp-60, "1.6110878691145692e-18"},
    {0x1.35d9d7017d4e0p+66, "8.930845211625259e+19"},
    {0x1.65487a13400d0p-5, "0.04361366122066246"},
    {0x1.437e88da7e9ffp-46, "1.795753966186182e-14"},
    {0x1.fc8088793d2b2p+66, "1.4656574649034005e+20"},
    {0x1.6d2fbf6945ff8p-67, "9.666406551095942e-21"},
    {0x1.0000000000000p+574, "6.183260036827614e+172"},
};
static const struct parse_case parse_cases[] = {
    {"0", 1, "0.0"},
    {"-0", 2, "-0.0"},
    {"+0.0", 4, "0.0"},
    {"1", 1, "1.0"},
    {"1.", 2, "1.0"},
    {".5", 2, "0.5"},
    {"-.5", 3, "-0.5"},
    {"1e5", 3, "100000.0"},
    {"1E5", 3, "100000.0"},
    {"1e+05", 5, "100000.0"},
    {"1e-05", 5, "1e-05"},
    {"  3.25  ", 8, "3.25"},
    {"\011-2.5\012", 6, "-2.5"},
    {"1_000.000_1", 11, "1000.0001"},
    {"1_e5", 4, "!ValueError: could not convert string to float: '1_e5'"},
    {"1e_5", 4, "!ValueError: could not convert string to float: '1e_5'"},
    {"_1", 2, "!ValueError: could not convert string to float: '_1'"},
    {"1_", 2, "!ValueError: could not convert string to float: '1_'"},
    {"1__0", 4, "!ValueError: could not convert string to float: '1__0'"},
    {"1._5", 4, "!ValueError: could not convert string to float: '1._5'"},
    {"1_.5", 4, "!ValueError: could not convert string to float: '1_.5'"},
    {"inf", 3, "inf"},
    {"-inf", 4, "-inf"},
    {"+Infinity", 9, "inf"},
    {"iNfInItY", 8, "inf"},
    {"nan", 3, "nan"},
    {"-NaN", 4, "nan"},
    {"NAN", 3, "nan"},
    {"infinit", 7, "!ValueError: could not convert string to float: 'infinit'"},
    {"infinityy", 9, "!ValueError: could not convert string to float: 'infinityy'"},
    {"in f", 4, "!ValueError: could not convert string to float: 'in f'"},
    {"nan1", 4, "!ValueError: could not convert string to float: 'nan1'"},
    {"1e", 2, "!ValueError: could not convert string to float: '1e'"},
    {"1e+", 3, "!ValueError: could not convert string to float: '1e+'"},
    {"e5", 2, "!ValueError: could not convert string to float: 'e5'"},
    {".", 1, "!ValueError: could not convert string to float: '.'"},
    {"-", 1, "!ValueError: could not convert string to float: '-'"},
    {"", 0, "!ValueError: could not convert string to float: ''"},
    {"   ", 3, "!ValueError: could not convert string to float: '   '"},
    {"1.5.5", 5, "!ValueError: could not convert string to float: '1.5.5'"},
    {"0x1p3", 5, "!ValueError: could not convert string to float: '0x1p3'"},
    {"1,5", 3, "!ValueError: could not convert string to float: '1,5'"},
    {"12\000", 3, "!ValueError: could not convert string to float: '12\\x00'"},
    {"1e400", 5, "inf"},
    {"-1e400", 6, "-inf"},
    {"1e-400", 6, "0.0"},
    {"4.9e-324", 8, "5e-324"},
    {"2.4e-324", 8, "0.0"},
    {"2.5e-324", 8, "5e-324"},
    {"0.1e1_0", 7, "1000000000.0"},
    {"11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
     "11111111111111111111111111111111111111111111",
     400,
     "inf"},
    {"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000001",
     403,
     "0.0"},
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000000000000000000000000000000000e-330",
     336,
     "1.0"},
    {"\331\241.\331\245", 5, "1.5"},
    {"\302\2401.5\342\200\203", 8, "1.5"},
    {"1.5\303\251", 5, "!ValueError: could not convert string to float: '1.5\303\251'"},
    {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
     50,
     "!ValueError: could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     "xxxxxxxxxx'"},
    {"9007199254740993", 16, "9007199254740992.0"},
    {"179769313486231580793728971405301e276", 37, "1.7976931348623157e+308"},
    {"1e-5_0", 6, "1e-50"},
    {"- 1", 3, "!ValueError: could not convert string to float: '- 1'"},
};
static const struct divmod_case divmod_cases[] = {
    {0x1.7e43c8800759cp+996,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {0x1.7e43c8800759cp+996, 0x1.0000000000000p-1, "2e+300", "0.0", "2e+300 0.0"},
    {-0x1.d000000000000p+2, 0x1.8000000000000p+1, "-3.0", "1.75", "-3.0 1.75"},
    {0.0, -0x1.8000000000000p+1, "-0.0", "-0.0", "-0.0 -0.0"},
    {0x1.7e43c8800759cp+996,
     -0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {-0x1.56e1fc2f8f359p-997, 0x1.8000000000000p+1, "-1.0", "3.0", "-1.0 3.0"},
    {-0x1.8000000000000p+1, INFINITY, "-1.0", "inf", "-1.0 inf"},
    {0.0, 0x1.8000000000000p+1, "0.0", "0.0", "0.0 0.0"},
    {0x1.0000000000000p-1, -INFINITY, "-1.0", "-inf", "-1.0 -inf"},
    {0.0,
     -0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {0x0.00000000007e8p-1022, 0x1.8000000000000p+1, "0.0", "1e-320", "0.0 1e-320"},
    {INFINITY, -INFINITY, "nan", "nan", "nan nan"},
    {0x1.8000000000000p+1, -0x1.8000000000000p+1, "-1.0", "-0.0", "-1.0 -0.0"},
    {-0x1.4000000000000p+2, -0x1.8000000000000p+1, "1.0", "-2.0", "1.0 -2.0"},
    {INFINITY, 0x1.8000000000000p+1, "nan", "nan", "nan nan"},
    {0x1.0000000000000p+60,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {-0x1.4000000000000p+2, 0x1.8000000000000p+1, "-2.0", "1.0", "-2.0 1.0"},
    {0x1.0000000000000p+60,
     -0x1.8000000000000p+1,
     "-3.843071682022823e+17",
     "-2.0",
     "-3.843071682022823e+17 -2.0"},
    {-0x1.d000000000000p+2, -INFINITY, "0.0", "-7.25", "0.0 -7.25"},
    {0x1.0000000000000p-1, 0x1.8000000000000p+1, "0.0", "0.5", "0.0 0.5"},
    {0x1.4000000000000p+2,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {0.0,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {-0x1.d000000000000p+2, 0x1.0000000000000p-1, "-15.0", "0.25", "-15.0 0.25"},
    {-0x1.0000000000000p-1, 0x1.0000000000000p-1, "-1.0", "0.0", "-1.0 0.0"},
    {0x1.8000000000000p+1, -INFINITY, "-1.0", "-inf", "-1.0 -inf"},
    {-0x1.4000000000000p+2,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {-0.0, -0x1.8000000000000p+1, "0.0", "-0.0", "0.0 -0.0"},
    {0x0.00000000007e8p-1022,
     -0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {0x1.d000000000000p+2, -0x1.8000000000000p+1, "-3.0", "-1.75", "-3.0 -1.75"},
    {-0x1.d000000000000p+2,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {-0x1.0000000000000p-1, -0x1.8000000000000p+1, "0.0", "-0.5", "0.0 -0.5"},
    {-0x1.56e1fc2f8f359p-997, INFINITY, "-1.0", "inf", "-1.0 inf"},
    {0x1.d000000000000p+2,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {0x1.d000000000000p+2, 0x1.8000000000000p+1, "2.0", "1.25", "2.0 1.25"},
    {0x1.7e43c8800759cp+996,
     -0x1.8000000000000p+1,
     "-3.3333333333333335e+299",
     "-0.0",
     "-3.3333333333333335e+299 -0.0"},
    {0x0.00000000007e8p-1022, INFINITY, "0.0", "1e-320", "0.0 1e-320"},
    {-0.0, -INFINITY, "0.0", "-0.0", "0.0 -0.0"},
    {-0x1.56e1fc2f8f359p-997, 0x1.0000000000000p-1, "-1.0", "0.5", "-1.0 0.5"},
    {-0.0,
     -0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {-0x1.4000000000000p+2, -INFINITY, "0.0", "-5.0", "0.0 -5.0"},
    {NAN, -0x1.8000000000000p+1, "nan", "nan", "nan nan"},
    {0.0, 0x1.0000000000000p-1, "0.0", "0.0", "0.0 0.0"},
    {0x1.0000000000000p-1, 0x1.0000000000000p-1, "1.0", "0.0", "1.0 0.0"},
    {-0x1.8000000000000p+1, -0x1.8000000000000p+1, "1.0", "-0.0", "1.0 -0.0"},
    {-0x1.0000000000000p-1,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {-INFINITY, INFINITY, "nan", "nan", "nan nan"},
    {-0x1.0000000000000p-1,
     -0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {0x1.0000000000000p+60, INFINITY, "0.0", "1.152921504606847e+18", "0.0 1.152921504606847e+18"},
    {0x1.0000000000000p-1, -0x1.8000000000000p+1, "-1.0", "-2.5", "-1.0 -2.5"},
    {-0x1.0000000000000p-1, -INFINITY, "0.0", "-0.5", "0.0 -0.5"},
    {INFINITY,
     -0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {INFINITY, -0x1.8000000000000p+1, "nan", "nan", "nan nan"},
    {-0x1.56e1fc2f8f359p-997, -0x1.8000000000000p+1, "0.0", "-1e-300", "0.0 -1e-300"},
    {NAN,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {0x1.8000000000000p+1,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {INFINITY, 0x1.0000000000000p-1, "nan", "nan", "nan nan"},
    {0x1.4000000000000p+2, -INFINITY, "-1.0", "-inf", "-1.0 -inf"},
    {-INFINITY, -0x1.8000000000000p+1, "nan", "nan", "nan nan"},
    {NAN, 0x1.8000000000000p+1, "nan", "nan", "nan nan"},
    {0x0.00000000007e8p-1022, -0x1.8000000000000p+1, "-1.0", "-3.0", "-1.0 -3.0"},
    {-0x1.4000000000000p+2, INFINITY, "-1.0", "inf", "-1.0 inf"},
    {-0x1.56e1fc2f8f359p-997,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {0x0.00000000007e8p-1022, -INFINITY, "-1.0", "-inf", "-1.0 -inf"},
    {0x1.4000000000000p+2, 0x1.0000000000000p-1, "10.0", "0.0", "10.0 0.0"},
    {-0.0, INFINITY, "-0.0", "0.0", "-0.0 0.0"},
    {NAN, 0x1.0000000000000p-1, "nan", "nan", "nan nan"},
    {0x1.d000000000000p+2, -INFINITY, "-1.0", "-inf", "-1.0 -inf"},
    {NAN, INFINITY, "nan", "nan", "nan nan"},
    {INFINITY,
     0.0,
     "!ZeroDivisionError: float floor division by zero",
     "!ZeroDivisionError: float modulo",
     "!ZeroDivisionError: float divmod()"},
    {-0x1.8000000000000p+1, -INFINITY, "0.0", "-3.0", "0.0 -3.0"},
};
static const struct pow_case pow_cases[] = {
    {0x1.0000000000000p+1, 0x1.4000000000000p+3, "1024.0"},
    {0x1.0000000000000p+1, -0x1.0000000000000p+0, "0.5"},
    {0x1.0000000000000p+1, 0x1.0000000000000p-1, "1.4142135623730951"},
    {-0x1.0000000000000p+3, 0x1.8000000000000p+1, "-512.0"},
    {-0x1.0000000000000p+3,
     0x1.5555555555555p-2,
     "!ValueError: negative number cannot be raised to a fractional power"},
    {0.0, -0x1.0000000000000p+0, "!ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {-0.0, -0x1.0000000000000p+0, "!ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {0.0, 0.0, "1.0"},
    {NAN, 0.0, "1.0"},
    {NAN, 0x1.0000000000000p+0, "nan"},
    {0x1.0000000000000p+0, NAN, "1.0"},
    {0x1.0000000000000p+1, NAN, "nan"},
    {0x1.0000000000000p-1, INFINITY, "0.0"},
    {0x1.0000000000000p+1, INFINITY, "inf"},
    {0x1.0000000000000p+1, -INFINITY, "0.0"},
    {-0x1.0000000000000p+0, INFINITY, "1.0"},
    {INFINITY, 0x1.8000000000000p+1, "inf"},
    {-INFINITY, 0x1.8000000000000p+1, "-inf"},
    {-INFINITY, 0x1.0000000000000p+1, "inf"},
    {-INFINITY, -0x1.8000000000000p+1, "-0.0"},
    {-INFINITY, -0x1.0000000000000p+1, "0.0"},
    {-0.0, 0x1.8000000000000p+1, "-0.0"},
    {-0.0, 0x1.0000000000000p+1, "0.0"},
    {-0.0, 0x1.0000000000000p-1, "0.0"},
    {0x1.4000000000000p+3,
     0x1.9000000000000p+8,
     "!OverflowError: (34, 'Numerical result out of range')"},
    {0x1.4000000000000p+3, -0x1.9000000000000p+8, "0.0"},
    {-0x1.4000000000000p+3,
     0x1.9100000000000p+8,
     "!OverflowError: (34, 'Numerical result out of range')"},
    {0x1.00068db8bac71p+0,
     0x1.2a05f20000000p+33,
     "!OverflowError: (34, 'Numerical result out of range')"},
    {-0x1.0000000000000p+0, 0x1.7e43c8800759cp+996, "1.0"},
    {-0x1.0000000000000p+0, 0x1.8000000000000p+1, "-1.0"},
    {-0x1.0000000000000p+1, 0x1.ff80000000000p+9, "-8.98846567431158e+307"},
    {-0x1.0000000000000p+1,
     0x1.0000000000000p+10,
     "!OverflowError: (34, 'Numerical result out of range')"},
    {-0x1.0000000000000p+1,
     0x1.0000000000000p-1,
     "!ValueError: negative number cannot be raised to a fractional power"},
    {0x1.7e43c8800759cp+996,
     0x1.0000000000000p+1,
     "!OverflowError: (34, 'Numerical result out of range')"},
    {0x1.8000000000000p+1, 0x1.8000000000000p+0, "5.196152422706632"},
    {0x1.4000000000000p+1, -0x1.0000000000000p+1, "0.16"},
};
static const struct hash_case hash_cases[] = {
    {0.0, INT64_C(0)},
    {-0.0, INT64_C(0)},
    {0x1.0000000000000p+0, INT64_C(1)},
    {-0x1.0000000000000p+0, INT64_C(-2)},
    {0x1.8000000000000p+0, INT64_C(1152921504606846977)},
    {-0x1.8000000000000p+0, INT64_C(-1152921504606846977)},
    {0x1.999999999999ap-4, INT64_C(230584300921369408)},
    {0x1.7e43c8800759cp+996, INT64_C(1224995262755759164)},
    {-0x1.56e1fc2f8f359p-997, INT64_C(-482449582752280463)},
    {0x1.0000000000000p+70, INT64_C(512)},
    {0x1.0000000000000p+61, INT64_C(1)},
    {0x1.fffffffffffffp+60, INT64_C(2305843009213693696)},
    {INFINITY, INT64_C(314159)},
    {-INFINITY, INT64_C(-314159)},
    {0x0.0000000000001p-1022, INT64_C(16777216)},
    {0x1.fffffffffffffp+1023, INT64_C(2234066890152476671)},
    {0x1.921fb54442d18p+1, INT64_C(326490430436040707)},
    {-0x1.0000000000000p-1, INT64_C(-1152921504606846976)},
    {0x1.b7cdfd9d7bdbbp-34, INT64_C(2124533198426632172)},
    {0x1.d6f34547df3b6p+26, INT64_C(283618680910892309)},
    {0x1.0000000000000p+62, INT64_C(2)},
};
static const struct round_case round_cases[] = {
    {0x1.4000000000000p+1, false, 0, "2"},
    {-0x1.4000000000000p+1, false, 0, "-2"},
    {0x1.0000000000000p-1, false, 0, "0"},
    {0x1.8000000000000p+0, false, 0, "2"},
    {-0x1.0000000000000p-1, false, 0, "0"},
    {-0x1.999999999999ap-2, false, 0, "0"},
    {0x1.d99999999999ap+1, false, 0, "4"},
    {0x1.7e43c8800759cp+996,
     false,
     0,
     "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863713"
     "75080447864043704443832883878176942523235360430575644792184786706982848387200926575803737"
     "83023379478809005936895323497079994508111903896764088007465274278014249457925878882005684"
     "2838115669472196386865459400540160"},
    {-0x1.5af1d78b58c40p+66, false, 0, "-100000000000000000000"},
    {0x1.0000000000000p+62, false, 0, "4611686018427387904"},
    {0x1.ffffffffffffep+61, false, 0, "4611686018427386880"},
    {INFINITY, false, 0, "!OverflowError: cannot convert float infinity to integer"},
    {-INFINITY, false, 0, "!OverflowError: cannot convert float infinity to integer"},
    {NAN, false, 0, "!ValueError: cannot convert float NaN to integer"},
    {0x1.0000000000000p-3, true, 2, "0.12"},
    {0x1.8000000000000p-2, true, 2, "0.38"},
    {0x1.5666666666666p+1, true, 2, "2.67"},
    {0x1.34a0000000000p+10, true, -1, "1230.0"},
    {0x1.3880000000000p+10, true, -2, "1200.0"},
    {0x1.5180000000000p+10, true, -2, "1400.0"},
    {0x1.389999999999ap+10, true, -2, "1300.0"},
    {-0x1.0624dd2f1a9fcp-10, true, 2, "-0.0"},
    {0x0.0000000000001p-1022, true, 400, "5e-324"},
    {0x1.7e43c8800759cp+996, true, -400, "0.0"},
    {-0x1.7e43c8800759cp+996, true, -400, "-0.0"},
    {0x1.0000000000000p-1, true, 0, "0.0"},
    {-0x1.0000000000000p-1, true, 0, "-0.0"},
    {0x1.8000000000000p+0, true, 0, "2.0"},
    {0x1.4000000000000p+1, true, 1, "2.5"},
    {0x1.e000000000000p+3, true, -1, "20.0"},
    {0x1.9000000000000p+4, true, -1, "20.0"},
    {-0x1.9000000000000p+4, true, -1, "-20.0"},
    {0x1.0f0cf064dd592p+73, true, -22, "1e+22"},
    {0x1.edd2f1a9fbe77p+6, true, -2, "100.0"},
    {0x1.02c9dedbc309dp-13, true, 6, "0.000123"},
    {0x1.fffffffffffffp+1023, true, -308, "!OverflowError: rounded value too large to represent"},
    {0x1.1ccf385ebc8a0p+1023, true, -308, "1e+308"},
    {0x1.1ccf385ebc8a0p+1022, true, -308, "1e+308"},
    {0x1.edd2f1a9fbe77p+6, true, 1, "123.5"},
    {-0x1.edd2f1a9fbe77p+6, true, 1, "-123.5"},
    {0x1.999999999999ap-4, true, 20, "0.1"},
    {0x1.5555555555555p-2, true, 5, "0.33333"},
    {0x0.0000000000001p-1022, true, 323, "0.0"},
    {0x0.0000000000001p-1022, true, 324, "5e-324"},
    {0x1.1c37937e08001p+53, true, -1, "1e+16"},
    {INFINITY, true, 2, "inf"},
    {NAN, true, 2, "nan"},
    {-0.0, true, 3, "-0.0"},
    {0x1.f3fffcb923a2ap+9, true, 3, "1000.0"},
    {0x1.3e66666666666p+3, true, 1, "9.9"},
    {0x1.8e00000000000p+6, true, 0, "100.0"},
    {-0x1.8e00000000000p+6, true, -2, "-100.0"},
    {0x1.c000000000000p+2, true, -5, "0.0"},
    {-0x1.c000000000000p+2, true, -5, "-0.0"},
    {0x1.0c6f7a0b5ed8dp-21, true, 6, "0.0"},
};

static rill_vm *vm;
static size_t base_bytes;

static void setup(void)
{
    vm = rill_vm_new(NULL);
    ck_assert_ptr_nonnull(vm);
    /* the VM keeps the one-character strings it makes (reprs of inputs in messages
       produce some): create them all now so that the leak check below sees only ours */
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        RStr *s = str_new(vm, &ch, 1);
        ck_assert_ptr_nonnull(s);
        obj_decref(vm, s);
    }
    base_bytes = vm->bytes;
}

static void teardown(void)
{
    ck_assert_msg(!vm_exc_pending(vm), "exception left pending");
    ck_assert_msg(vm->bytes == base_bytes, "leaked %zd bytes",
                  (ssize_t)(vm->bytes - base_bytes));
    rill_vm_free(vm);
    vm = NULL;
}

/* r (new reference or V_NULL with an exception) as text: a float's repr, an int in
   base 10, a 2-tuple as "a b", an exception as "!Type: message". Releases r. */
static void text_of(Value r, char *out, size_t cap)
{
    if (!r) {
        RExc *e = exc_fetch(vm);
        ck_assert_ptr_nonnull(e);
        RStr *m = exc_str(vm, e);
        ck_assert_ptr_nonnull(m);
        snprintf(out, cap, "!%s: %s", e->h.cls->name->data, m->data);
        obj_decref(vm, m);
        obj_decref(vm, e);
        return;
    }
    if (v_is_float(r)) {
        char buf[40];
        int n = float_repr(v_float(r), buf);
        ck_assert_int_eq(n, (int)strlen(buf));
        snprintf(out, cap, "%s", buf);
    } else if (v_is_tuple(r)) {
        char a[64], b[64];
        text_of(v_incref(v_tuple(r)->items[0]), a, sizeof a);
        text_of(v_incref(v_tuple(r)->items[1]), b, sizeof b);
        snprintf(out, cap, "%s %s", a, b);
    } else {
        ck_assert(int_check(r));
        RStr *s = int_to_str(vm, r, 10, false);
        ck_assert_ptr_nonnull(s);
        snprintf(out, cap, "%s", s->data);
        obj_decref(vm, s);
    }
    v_decref(vm, r);
}

static void expect(Value r, const char *expected, const char *what, double x, double y)
{
    char got[1024];
    text_of(r, got, sizeof got);
    ck_assert_msg(strcmp(got, expected) == 0, "%s(%a, %a): expected %s, got %s", what, x, y,
                  expected, got);
}

START_TEST(test_repr_table)
{
    for (size_t i = 0; i < NELEM(repr_cases); i++) {
        char buf[40];
        int n = float_repr(repr_cases[i].d, buf);
        ck_assert_msg(strcmp(buf, repr_cases[i].repr) == 0, "repr(%a): expected %s, got %s",
                      repr_cases[i].d, repr_cases[i].repr, buf);
        ck_assert_int_eq(n, (int)strlen(repr_cases[i].repr));
        ck_assert_int_le(n, 31);
    }
}
END_TEST

START_TEST(test_repr_round_trip)
{
    /* every repr reads back as the same double (bit patterns spread over the range) */
    uint64_t bits = 0x9E3779B97F4A7C15u;
    for (int i = 0; i < 20000; i++) {
        bits = bits * 6364136223846793005u + 1442695040888963407u;
        double d;
        uint64_t b = bits & 0x7FFFFFFFFFFFFFFFu;
        memcpy(&d, &b, sizeof d);
        if (!isfinite(d)) continue;
        char buf[40];
        int n = float_repr(d, buf);
        Value v = float_parse(vm, buf, (size_t)n);
        ck_assert_msg(v && v_float(v) == d, "%a -> %s", d, buf);
        v_decref(vm, v);
    }
}
END_TEST

START_TEST(test_parse_table)
{
    for (size_t i = 0; i < NELEM(parse_cases); i++) {
        const struct parse_case *c = &parse_cases[i];
        char got[1024];
        text_of(float_parse(vm, c->s, c->n), got, sizeof got);
        ck_assert_msg(strcmp(got, c->result) == 0, "float(%s): expected %s, got %s", c->s,
                      c->result, got);
    }
    Value v = float_parse(vm, "-nan", 4);
    ck_assert(isnan(v_float(v)) && signbit(v_float(v)));
    v_decref(vm, v);
}
END_TEST

START_TEST(test_divmod_table)
{
    for (size_t i = 0; i < NELEM(divmod_cases); i++) {
        const struct divmod_case *c = &divmod_cases[i];
        expect(float_floordiv(vm, c->a, c->b), c->floordiv, "floordiv", c->a, c->b);
        expect(float_mod(vm, c->a, c->b), c->mod, "mod", c->a, c->b);
        expect(float_divmod(vm, c->a, c->b), c->divmod, "divmod", c->a, c->b);
    }
    expect(float_truediv(vm, 1.0, 0.0), "!ZeroDivisionError: float division by zero",
           "truediv", 1.0, 0.0);
    expect(float_truediv(vm, -1.0, 4.0), "-0.25", "truediv", -1.0, 4.0);
}
END_TEST

START_TEST(test_pow_table)
{
    for (size_t i = 0; i < NELEM(pow_cases); i++)
        expect(float_pow(vm, pow_cases[i].a, pow_cases[i].b), pow_cases[i].result, "pow",
               pow_cases[i].a, pow_cases[i].b);
}
END_TEST

START_TEST(test_hash_table)
{
    for (size_t i = 0; i < NELEM(hash_cases); i++) {
        ck_assert_msg(float_hash(hash_cases[i].d) == hash_cases[i].hash, "hash(%a) = %lld",
                      hash_cases[i].d, (long long)float_hash(hash_cases[i].d));
    }
    /* integral floats hash like the equal int */
    double ds[] = { 0x1p62, -0x1p62, 0x1p100, -0x1.5p200, 0x1.fffffffffffffp+1023, 12345.0 };
    for (size_t i = 0; i < NELEM(ds); i++) {
        Value v = int_from_double(vm, ds[i]);
        ck_assert_msg(int_hash(v) == float_hash(ds[i]), "hash(%a)", ds[i]);
        v_decref(vm, v);
    }
    ck_assert(float_hash(NAN) == 0);
}
END_TEST

START_TEST(test_round_table)
{
    for (size_t i = 0; i < NELEM(round_cases); i++) {
        const struct round_case *c = &round_cases[i];
        Value nd = c->has_ndigits ? v_int(c->ndigits) : V_NONE;
        expect(float_round(vm, c->d, nd), c->result, "round", c->d, c->ndigits);
        if (!c->has_ndigits) expect(float_round(vm, c->d, V_NULL), c->result, "round", c->d, 0);
    }
    /* ndigits far outside the range: x itself, or a zero with x's sign */
    Value huge = int_lshift(vm, v_int(1), v_int(100));
    Value nhuge = int_neg(vm, huge);
    expect(float_round(vm, 2.5, huge), "2.5", "round huge", 2.5, 0);
    expect(float_round(vm, -2.5, nhuge), "-0.0", "round -huge", -2.5, 0);
    v_decref(vm, huge);
    v_decref(vm, nhuge);
    Value f = float_new(vm, 1.5);
    expect(float_round(vm, 2.5, f),
           "!TypeError: 'float' object cannot be interpreted as an integer",
           "round float ndigits", 2.5, 1.5);
    v_decref(vm, f);
}
END_TEST

static Suite *float_suite(void)
{
    Suite *s = suite_create("float");
    TCase *tc = tcase_create("float");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_repr_table);
    tcase_add_test(tc, test_repr_round_trip);
    tcase_add_test(tc, test_parse_table);
    tcase_add_test(tc, test_divmod_table);
    tcase_add_test(tc, test_pow_table);
    tcase_add_test(tc, test_hash_table);
    tcase_add_test(tc, test_round_table);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(float_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
