/*
** random.c — the random module: CPython's Mersenne Twister (MT19937) with its exact
** seeding (init_by_array over the 32-bit chunks of abs(int), the hash of a float, and for
** a str the version 2 rule: its UTF-8 bytes followed by their SHA-512 digest, read as a
** big-endian int — SHA-512 is implemented here) and the algorithms of random.py on top
** of it (_randbelow by rejection on getrandbits, shuffle, sample's pool-or-set choice,
** choices, the distributions), so that seeded sequences are CPython's.
**
** The generator state is a Random object (a K_NATIVE class, also usable as
** random.Random(seed)); the module keeps one in its dict and the module functions are
** that object's bound methods, so every VM has its own state and there is none global.
*/
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "stdlib.h"
#include "builtins.h"
#include "../vm/ops.h"
#include "../vm/str.h"
#include "../vm/int.h"
#include "../vm/float.h"
#include "../vm/seq.h"
#include "../vm/dict.h"
#include "../vm/class.h"
#include "../vm/iter.h"

/* ---- SHA-512 (FIPS 180-4) ------------------------------------------------------------- */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t rotr64(uint64_t x, unsigned n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int j = 0; j < 8; j++) w[i] = (w[i] << 8) | p[8 * i + j];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t s1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = k + s1 + ch + sha512_k[i] + w[i];
        uint64_t s0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = s0 + maj;
        k = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += k;
}

static void sha512(const unsigned char *msg, size_t len, unsigned char out[64])
{
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t i = 0;
    for (; len - i >= 128; i += 128) sha512_block(h, msg + i);
    /* the tail, a 1 bit, zeros, and the length in bits as a 128-bit big-endian number */
    unsigned char last[256] = { 0 };
    size_t rest = len - i;
    memcpy(last, msg + i, rest);
    last[rest] = 0x80;
    size_t total = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;
    for (int j = 0; j < 8; j++) last[total - 1 - j] = (unsigned char)(bits >> (8 * j));
    last[total - 9] |= (unsigned char)((uint64_t)len >> 61);
    for (size_t off = 0; off < total; off += 128) sha512_block(h, last + off);
    for (int j = 0; j < 8; j++)
        for (int b = 0; b < 8; b++) out[8 * j + b] = (unsigned char)(h[j] >> (56 - 8 * b));
}

/* ---- the Mersenne Twister ---------------------------------------------------------------- */

#define MT_N 624
#define MT_M 397

typedef struct RRandom {
    RObj h;
    int index;
    uint32_t state[MT_N];
    bool has_gauss;             /* gauss() keeps its second value for the next call */
    double gauss_next;
} RRandom;

static uint32_t genrand_uint32(RRandom *r)
{
    static const uint32_t mag01[2] = { 0x0U, 0x9908b0dfU };
    uint32_t y, *mt = r->state;
    if (r->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

/* [0, 1) with 53 random bits */
static double genrand_res53(RRandom *r)
{
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static void init_genrand(RRandom *r, uint32_t s)
{
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RRandom *r, const uint32_t *key, size_t key_length)
{
    uint32_t *mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0, k = MT_N > key_length ? MT_N : key_length;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_length) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;    /* MSB is 1, assuring a non-zero initial array */
}

static void seed_u64(RRandom *r, uint64_t n)
{
    uint32_t key[2] = { (uint32_t)n, (uint32_t)(n >> 32) };
    init_by_array(r, key, key[1] ? 2 : 1);
}

/* No seed: the system's entropy, else the time and the process id. */
static void seed_urandom(RRandom *r)
{
    uint32_t key[MT_N];
    size_t got = 0;
    int fd = open("/dev/urandom", O_RDONLY);
    if (fd >= 0) {
        while (got < sizeof key) {
            ssize_t n = read(fd, (char *)key + got, sizeof key - got);
            if (n <= 0) {
                if (n < 0 && errno == EINTR) continue;
                break;
            }
            got += (size_t)n;
        }
        close(fd);
    }
    if (got == sizeof key) {
        init_by_array(r, key, MT_N);
        return;
    }
    struct timespec rt, mono;
    clock_gettime(CLOCK_REALTIME, &rt);
    clock_gettime(CLOCK_MONOTONIC, &mono);
    uint64_t now = (uint64_t)rt.tv_sec * 1000000000ULL + (uint64_t)rt.tv_nsec;
    uint64_t mnow = (uint64_t)mono.tv_sec * 1000000000ULL + (uint64_t)mono.tv_nsec;
    uint32_t k5[5] = { (uint32_t)now, (uint32_t)(now >> 32), (uint32_t)getpid(), (uint32_t)mnow,
                       (uint32_t)(mnow >> 32) };
    init_by_array(r, k5, 5);
}

/* init_by_array over the 32-bit chunks of a big-endian byte string read as an int. */
static int seed_bytes(rill_vm *vm, RRandom *r, const unsigned char *b, size_t n)
{
    while (n > 0 && b[0] == 0) {
        b++;
        n--;
    }
    size_t words = n == 0 ? 1 : (n + 3) / 4;
    uint32_t *key = mem_calloc(vm, words * sizeof(uint32_t));
    if (!key) return -1;
    for (size_t i = 0; i < n; i++) key[i / 4] |= (uint32_t)b[n - 1 - i] << (8 * (i % 4));
    init_by_array(r, key, words);
    mem_free(vm, key, words * sizeof(uint32_t));
    return 0;
}

/* random.seed(a, version): None, int (abs value), float (hash), str (version 2: UTF-8
   plus SHA-512; version 1: the old string hash). */
static int random_seed(rill_vm *vm, RRandom *r, Value a, Value version)
{
    r->has_gauss = false;
    if (a == V_NULL || a == V_NONE) {
        seed_urandom(r);
        return 0;
    }
    if (v_is_str(a)) {
        RStr *s = v_str(a);
        int v1 = version != V_NULL ? obj_eq(vm, version, v_int(1)) : 0;
        if (v1 < 0) return -1;
        if (v1) {
            /* x = ord(a[0]) << 7; x = ((1000003 * x) ^ c) & mask64 for each c; x ^= len */
            uint64_t x = 0;
            size_t off = 0;
            for (size_t i = 0; i < s->nchars; i++) {
                size_t next;
                uint32_t c = str_codepoint_at(s, off, &next);
                if (i == 0) x = (uint64_t)c << 7;
                x = (1000003ULL * x) ^ c;
                off = next;
            }
            x ^= s->nchars;
            seed_u64(r, x);
            return 0;
        }
        size_t n = s->len;
        unsigned char *buf = mem_alloc(vm, n + 64);
        if (!buf) return -1;
        memcpy(buf, s->data, n);
        sha512((const unsigned char *)s->data, n, buf + n);
        int rc = seed_bytes(vm, r, buf, n + 64);
        mem_free(vm, buf, n + 64);
        return rc;
    }
    if (v_is_float(a)) {
        seed_u64(r, (uint64_t)float_hash(v_float(a)));
        return 0;
    }
    if (!int_check(a))
        return exc_raisef_i(vm, vm->exc_TypeError,
                            "The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.");
    if (!v_is_big(a)) {
        int64_t i = v_is_int(a) ? v_as_int(a) : a == V_TRUE;
        seed_u64(r, i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i);
        return 0;
    }
    const RBig *b = (const RBig *)a;
    size_t nd = (size_t)(b->size < 0 ? -(int64_t)b->size : b->size);
    if (nd == 0) seed_u64(r, 0);
    else init_by_array(r, b->digits, nd);
    return 0;
}

/* An int from 32-bit words, least significant first. */
static Value int_from_words(rill_vm *vm, const uint32_t *w, size_t n)
{
    while (n > 0 && w[n - 1] == 0) n--;
    if (n <= 2) return int_from_u64(vm, n == 0 ? 0 : w[0] | (n > 1 ? (uint64_t)w[1] << 32 : 0));
    RBig *b = obj_alloc(vm, K_INT, vm->cls_int, offsetof(RBig, digits) + n * sizeof(uint32_t),
                        false);
    if (!b) return V_NULL;
    b->h.aux = 0;
    b->size = (int32_t)n;
    memcpy(b->digits, w, n * sizeof(uint32_t));
    return v_from_obj(b);
}

static Value getrandbits(rill_vm *vm, RRandom *r, uint64_t k)
{
    if (k == 0) return v_int(0);
    if (k <= 32) return v_int(genrand_uint32(r) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    if (words > (size_t)INT32_MAX) return exc_nomem(vm);
    uint32_t *w = mem_alloc(vm, words * sizeof(uint32_t));
    if (!w) return V_NULL;
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand_uint32(r);
        if (k < 32) x >>= 32 - k;   /* drop the least significant bits */
        w[i] = x;
    }
    Value v = int_from_words(vm, w, words);
    mem_free(vm, w, words * sizeof(uint32_t));
    return v;
}

/* _randbelow_with_getrandbits: a random int in [0, n) for n > 0. */
static Value randbelow(rill_vm *vm, RRandom *r, Value n)
{
    uint64_t k = int_bit_length(n);
    if (v_is_int(n)) {
        uint64_t lim = (uint64_t)v_as_int(n);
        for (;;) {
            uint64_t x;
            if (k <= 32) {
                x = genrand_uint32(r) >> (32 - k);
            } else {
                uint32_t lo = genrand_uint32(r), hi = genrand_uint32(r) >> (64 - k);
                x = lo | (uint64_t)hi << 32;
            }
            if (x < lim) return int_from_u64(vm, x);
        }
    }
    for (;;) {
        Value x = getrandbits(vm, r, k);
        if (x == V_NULL || int_cmp(x, n) < 0) return x;
        v_decref(vm, x);
        if (vm_check_interrupt(vm) < 0) return V_NULL;
    }
}

static intptr_t randbelow_small(RRandom *r, uintptr_t n)
{
    unsigned k = 64 - (unsigned)__builtin_clzll((unsigned long long)n);
    for (;;) {
        uint64_t x;
        if (k <= 32) {
            x = genrand_uint32(r) >> (32 - k);
        } else {
            uint32_t lo = genrand_uint32(r), hi = genrand_uint32(r) >> (64 - k);
            x = lo | (uint64_t)hi << 32;
        }
        if (x < n) return (intptr_t)x;
    }
}

static const NativeOps random_ops = { sizeof(RRandom), false, NULL, NULL, NULL, NULL };

static RRandom *self_of(rill_vm *vm, const Value *args, size_t nargs, const char *meth)
{
    if (nargs < 1 || !v_is_kind(args[0], K_NATIVE) || v_obj(args[0])->cls->native != &random_ops) {
        if (nargs < 1)
            exc_raisef(vm, vm->exc_TypeError, "unbound method Random.%s() needs an argument",
                       meth);
        else
            bi_bad_self(vm, meth, "_random.Random", args[0]);
        return NULL;
    }
    return (RRandom *)args[0];
}

/* A float argument (as a Python float expression would convert it). 0 / -1. */
static int as_double(rill_vm *vm, Value v, double *out)
{
    if (v_is_float(v)) {
        *out = v_float(v);
        return 0;
    }
    if (int_check(v)) {
        bool err = false;
        *out = int_to_double(vm, v, &err);
        return err ? -1 : 0;
    }
    return exc_raisef_i(vm, vm->exc_TypeError, "must be real number, not %T", v);
}

/* An int argument for a C integer ("'float' object cannot be interpreted as an
   integer"); OverflowError "Python int too large to convert to C int" beyond int32 when
   c_int, else clamped to the int64 range. 0 / -1. */
static int index_arg(rill_vm *vm, Value v, int64_t *out, bool c_int)
{
    Value i = v;
    if (!int_check(v)) {
        bool found;
        i = bi_call_special(vm, v, "__index__", NULL, 0, &found);
        if (!found)
            return exc_raisef_i(vm, vm->exc_TypeError,
                                "'%T' object cannot be interpreted as an integer", v);
        if (i == V_NULL) return -1;
        if (!int_check(i)) {
            exc_raisef(vm, vm->exc_TypeError, "__index__ returned non-int (type %T)", i);
            v_decref(vm, i);
            return -1;
        }
    } else {
        v_incref(i);
    }
    if (!int_to_i64(i, out)) *out = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    v_decref(vm, i);
    if (c_int && (*out > INT32_MAX || *out < INT32_MIN))
        return exc_raisef_i(vm, vm->exc_OverflowError, "Python int too large to convert to C int");
    return 0;
}

/* ---- the generator's own methods ------------------------------------------------------- */

static Value r_random(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RRandom *r = self_of(vm, args, nargs, "random");
    if (!r) return V_NULL;
    if (nargs != 1)
        return exc_raisef(vm, vm->exc_TypeError, "Random.random() takes no arguments (%zu given)",
                          nargs - 1);
    return float_new(vm, genrand_res53(r));
}

static Value r_seed(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "a", "version" };
    RRandom *r = self_of(vm, args, nargs, "seed");
    Value p[2];
    if (!r || stdlib_bind_args(vm, "Random.seed", args, nargs, kw, true, names, 2, 0, 0, p) < 0)
        return V_NULL;
    return random_seed(vm, r, p[0], p[1]) < 0 ? V_NULL : V_NONE;
}

static Value r_getrandbits(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RRandom *r = self_of(vm, args, nargs, "getrandbits");
    if (!r) return V_NULL;
    if (kw && kw->n)
        return exc_raisef(vm, vm->exc_TypeError,
                          "Random.getrandbits() takes no keyword arguments");
    if (nargs != 2)
        return exc_raisef(vm, vm->exc_TypeError,
                          "Random.getrandbits() takes exactly one argument (%zu given)",
                          nargs - 1);
    int64_t k;
    if (index_arg(vm, args[1], &k, true) < 0) return V_NULL;
    if (k < 0) return exc_raisef(vm, vm->exc_ValueError, "number of bits must be non-negative");
    return getrandbits(vm, r, (uint64_t)k);
}

static Value r_getstate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    RRandom *r = self_of(vm, args, nargs, "getstate");
    static const char *const names[] = { "" };
    Value p[1];
    if (!r ||
        stdlib_bind_args(vm, "Random.getstate", args, nargs, kw, true, names, 0, 0, 0, p) < 0)
        return V_NULL;
    RTuple *st = tuple_new(vm, MT_N + 1);
    if (!st) return V_NULL;
    for (int i = 0; i < MT_N; i++) tuple_init_item(st, (size_t)i, int_from_u64(vm, r->state[i]));
    tuple_init_item(st, MT_N, v_int(r->index));
    Value g = r->has_gauss ? float_new(vm, r->gauss_next) : V_NONE;
    RTuple *t = g == V_NULL ? NULL : tuple_pack(vm, 3, v_int(3), v_from_obj(st), g);
    obj_decref(vm, st);
    v_decref(vm, g);
    return t ? v_from_obj(t) : V_NULL;
}

static Value r_setstate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "state" };
    RRandom *r = self_of(vm, args, nargs, "setstate");
    Value p[1];
    if (!r ||
        stdlib_bind_args(vm, "Random.setstate", args, nargs, kw, true, names, 1, 1, 0, p) < 0)
        return V_NULL;
    Value st = p[0];
    if (!v_is_tuple(st) || v_tuple(st)->n != 3 || v_tuple(st)->items[0] != v_int(3)) {
        Value version = v_is_tuple(st) && v_tuple(st)->n ? v_tuple(st)->items[0] : st;
        return exc_raisef(vm, vm->exc_ValueError,
                          "state with version %S passed to Random.setstate() of version 3",
                          version);
    }
    Value inner = v_tuple(st)->items[1], g = v_tuple(st)->items[2];
    if (!v_is_tuple(inner))
        return exc_raisef(vm, vm->exc_TypeError, "state vector must be a tuple");
    if (v_tuple(inner)->n != MT_N + 1)
        return exc_raisef(vm, vm->exc_ValueError, "state vector is the wrong size");
    uint32_t ns[MT_N];
    for (int i = 0; i < MT_N; i++) {
        int64_t x;
        Value e = v_tuple(inner)->items[i];
        if (!int_check(e) || !int_to_i64(e, &x) || x < 0 || x > UINT32_MAX)
            return exc_raisef(vm, vm->exc_OverflowError, "state vector item out of range");
        ns[i] = (uint32_t)x;
    }
    int64_t index;
    Value iv = v_tuple(inner)->items[MT_N];
    if (!int_check(iv) || !int_to_i64(iv, &index) || index < 0 || index > MT_N)
        return exc_raisef(vm, vm->exc_ValueError, "invalid state");
    double gn = 0.0;
    if (g != V_NONE && as_double(vm, g, &gn) < 0) return V_NULL;
    memcpy(r->state, ns, sizeof ns);
    r->index = (int)index;
    r->has_gauss = g != V_NONE;
    r->gauss_next = gn;
    return V_NONE;
}

/* ---- integers --------------------------------------------------------------------------- */

/* randrange's conversion of an argument: __index__, else an integral float (CPython
   also warns then), else ValueError "non-integer arg 1 for randrange()". */
static Value range_arg(rill_vm *vm, Value v, const char *what)
{
    if (v_is_bool(v)) return v_int(v == V_TRUE);
    if (int_check(v)) return v_incref(v);
    bool found;
    Value r = bi_call_special(vm, v, "__index__", NULL, 0, &found);
    if (found) {
        if (r != V_NULL && !int_check(r)) {
            exc_raisef(vm, vm->exc_TypeError, "__index__ returned non-int (type %T)", r);
            v_decref(vm, r);
            return V_NULL;
        }
        return r;
    }
    if (v_is_str(v)) {
        /* int(v): a literal that parses is still not the int it would have to equal */
        Value i = int_parse(vm, v_str(v)->data, v_str(v)->len, 10);
        if (i == V_NULL) return V_NULL;
        v_decref(vm, i);
        return exc_raisef(vm, vm->exc_ValueError, "non-integer %s for randrange()", what);
    }
    if (v_is_float(v)) {
        double d = v_float(v);
        Value i = int_from_double(vm, d);
        if (i == V_NULL || floor(d) == d) return i;
        v_decref(vm, i);
        return exc_raisef(vm, vm->exc_ValueError, "non-integer %s for randrange()", what);
    }
    return exc_raisef(vm, vm->exc_TypeError, "int() argument must be a string, a bytes-like "
                      "object or a real number, not '%T'", v);
}

/* start + step * randbelow(n), all ints (steals nothing). */
static Value randrange_impl(rill_vm *vm, RRandom *r, Value start, Value stop, Value step)
{
    Value istart = range_arg(vm, start, "arg 1"), istop = V_NULL, istep = V_NULL, width = V_NULL;
    Value n = V_NULL, res = V_NULL;
    if (istart == V_NULL) return V_NULL;
    if (stop == V_NULL || stop == V_NONE) {
        if (step != V_NULL && step != v_int(1)) {
            exc_raisef(vm, vm->exc_TypeError, "Missing a non-None stop argument");
        } else if (int_sign(istart) > 0) {
            res = randbelow(vm, r, istart);
        } else {
            exc_raisef(vm, vm->exc_ValueError, "empty range for randrange()");
        }
        goto done;
    }
    if ((istop = range_arg(vm, stop, "stop")) == V_NULL) goto done;
    if ((width = int_sub(vm, istop, istart)) == V_NULL) goto done;
    if ((istep = range_arg(vm, step == V_NULL ? v_int(1) : step, "step")) == V_NULL) goto done;
    if (istep == v_int(1)) {
        if (int_sign(width) > 0) {
            Value b = randbelow(vm, r, width);
            if (b != V_NULL) res = int_add(vm, istart, b);
            v_decref(vm, b);
        } else {
            exc_raisef(vm, vm->exc_ValueError, "empty range for randrange() (%S, %S, %S)", istart,
                       istop, width);
        }
        goto done;
    }
    int sg = int_sign(istep);
    if (sg == 0) {
        exc_raisef(vm, vm->exc_ValueError, "zero step for randrange()");
        goto done;
    }
    /* n = (width + step - 1) // step, or (width + step + 1) // step for a negative step */
    Value t = int_add(vm, width, istep);
    Value t2 = t == V_NULL ? V_NULL : int_add(vm, t, v_int(sg > 0 ? -1 : 1));
    v_decref(vm, t);
    n = t2 == V_NULL ? V_NULL : int_floordiv(vm, t2, istep);
    v_decref(vm, t2);
    if (n == V_NULL) goto done;
    if (int_sign(n) <= 0) {
        exc_raisef(vm, vm->exc_ValueError, "empty range for randrange()");
        goto done;
    }
    Value b = randbelow(vm, r, n);
    Value m = b == V_NULL ? V_NULL : int_mul(vm, istep, b);
    v_decref(vm, b);
    if (m != V_NULL) res = int_add(vm, istart, m);
    v_decref(vm, m);
done:
    v_decref(vm, istart);
    v_decref(vm, istop);
    v_decref(vm, istep);
    v_decref(vm, width);
    v_decref(vm, n);
    return res;
}

static Value r_randrange(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "start", "stop", "step" };
    RRandom *r = self_of(vm, args, nargs, "randrange");
    Value p[3];
    if (!r ||
        stdlib_bind_args(vm, "Random.randrange", args, nargs, kw, true, names, 3, 1, 0, p) < 0)
        return V_NULL;
    return randrange_impl(vm, r, p[0], p[1], p[2]);
}

static Value r_randint(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "a", "b" };
    RRandom *r = self_of(vm, args, nargs, "randint");
    Value p[2];
    if (!r || stdlib_bind_args(vm, "Random.randint", args, nargs, kw, true, names, 2, 2, 0, p) < 0)
        return V_NULL;
    Value b1 = obj_binop(vm, BINOP_ADD, p[1], v_int(1));
    if (b1 == V_NULL) return V_NULL;
    Value res = randrange_impl(vm, r, p[0], b1, V_NULL);
    v_decref(vm, b1);
    return res;
}

/* ---- sequences ---------------------------------------------------------------------------- */

static Value r_choice(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "seq" };
    RRandom *r = self_of(vm, args, nargs, "choice");
    Value p[1];
    if (!r || stdlib_bind_args(vm, "Random.choice", args, nargs, kw, true, names, 1, 1, 0, p) < 0)
        return V_NULL;
    intptr_t n = obj_len(vm, p[0]);
    if (n < 0) return V_NULL;
    if (n == 0) return exc_raisef(vm, vm->exc_IndexError, "Cannot choose from an empty sequence");
    return obj_getitem(vm, p[0], v_int(randbelow_small(r, (uintptr_t)n)));
}

static Value r_shuffle(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "x" };
    RRandom *r = self_of(vm, args, nargs, "shuffle");
    Value p[1];
    if (!r || stdlib_bind_args(vm, "Random.shuffle", args, nargs, kw, true, names, 1, 1, 0, p) < 0)
        return V_NULL;
    Value x = p[0];
    intptr_t n = obj_len(vm, x);
    if (n < 0) return V_NULL;
    for (intptr_t i = n - 1; i > 0; i--) {
        intptr_t j = randbelow_small(r, (uintptr_t)i + 1);
        if (v_is_list(x) && (size_t)i < v_list(x)->n) {
            /* no script code can run between these reads and writes */
            Value *items = v_list(x)->items, t = items[i];
            items[i] = items[j];
            items[j] = t;
            continue;
        }
        /* x[i], x[j] = x[j], x[i] */
        Value a = obj_getitem(vm, x, v_int(j));
        Value b = a == V_NULL ? V_NULL : obj_getitem(vm, x, v_int(i));
        int rc = b == V_NULL ? -1 : obj_setitem(vm, x, v_int(i), a);
        if (rc == 0) rc = obj_setitem(vm, x, v_int(j), b);
        v_decref(vm, a);
        v_decref(vm, b);
        if (rc < 0) return V_NULL;
    }
    return V_NONE;
}

static bool is_sequence(Value v)
{
    return v_is_list(v) || v_is_tuple(v) || v_is_str(v) || v_is_kind(v, K_RANGE);
}

/* bisect_right(a, x, 0, hi) on a list, comparing with x < a[mid]. */
static intptr_t bisect_right(rill_vm *vm, RList *a, Value x, intptr_t hi)
{
    intptr_t lo = 0;
    while (lo < hi) {
        intptr_t mid = (lo + hi) / 2;
        if ((size_t)mid >= a->n)
            return exc_raisef_i(vm, vm->exc_IndexError, "list index out of range");
        Value m = v_incref(a->items[mid]);
        int lt = obj_compare_bool(vm, x, m, CMP_LT);
        v_decref(vm, m);
        if (lt < 0) return -1;
        if (lt) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* list(itertools.accumulate(iterable)) */
static RList *accumulate(rill_vm *vm, Value iterable)
{
    Value it = iter_get(vm, iterable);
    if (it == V_NULL) return NULL;
    RList *l = list_new(vm, 0);
    Value total = V_NULL, item;
    while (l && (item = iter_next(vm, it)) != V_NULL) {
        Value t = total == V_NULL ? v_incref(item) : obj_binop(vm, BINOP_ADD, total, item);
        v_decref(vm, item);
        if (t == V_NULL || list_append(vm, l, t) < 0) {
            v_decref(vm, t);
            break;
        }
        v_store(vm, &total, t);
    }
    v_decref(vm, total);
    v_decref(vm, it);
    if (l && vm_exc_pending(vm)) obj_store(vm, &l, NULL);
    return l;
}

static Value sample_impl(rill_vm *vm, RRandom *r, Value population, Value kv);

/* sample(population, k, counts=...): a sample of range(total) mapped through the
   cumulative counts. */
static Value sample_counts(rill_vm *vm, RRandom *r, Value population, Value kv, Value counts)
{
    intptr_t n = obj_len(vm, population);
    if (n < 0) return V_NULL;
    RList *cum = accumulate(vm, counts);
    if (!cum) return V_NULL;
    Value res = V_NULL, rng = V_NULL, sel = V_NULL, total = V_NULL;
    if ((intptr_t)cum->n != n) {
        exc_raisef(vm, vm->exc_ValueError, "The number of counts does not match the population");
        goto done;
    }
    if (cum->n == 0) {
        exc_raisef(vm, vm->exc_IndexError, "pop from empty list");
        goto done;
    }
    total = list_pop_at(vm, cum, cum->n - 1);
    if (!int_check(total)) {
        exc_raisef(vm, vm->exc_TypeError, "Counts must be integers");
        goto done;
    }
    if (int_sign(total) <= 0) {
        exc_raisef(vm, vm->exc_ValueError, "Total of counts must be greater than zero");
        goto done;
    }
    if ((rng = range_new(vm, v_int(0), total, v_int(1))) == V_NULL) goto done;
    if ((sel = sample_impl(vm, r, rng, kv)) == V_NULL) goto done;
    RList *out = list_new(vm, v_list(sel)->n);
    for (size_t i = 0; out && i < v_list(sel)->n; i++) {
        intptr_t idx = bisect_right(vm, cum, v_list(sel)->items[i], (intptr_t)cum->n);
        Value item = idx < 0 ? V_NULL : obj_getitem(vm, population, v_int(idx));
        if (item == V_NULL || list_append_steal(vm, out, item) < 0) obj_store(vm, &out, NULL);
    }
    res = out ? v_from_obj(out) : V_NULL;
done:
    obj_decref(vm, cum);
    v_decref(vm, total);
    v_decref(vm, rng);
    v_decref(vm, sel);
    return res;
}

static Value sample_impl(rill_vm *vm, RRandom *r, Value population, Value kv)
{
    if (!is_sequence(population))
        return exc_raisef(vm, vm->exc_TypeError, "Population must be a sequence.  "
                          "For dicts or sets, use sorted(d).");
    intptr_t n = obj_len(vm, population), k;
    if (n < 0) return V_NULL;
    if (!int_check(kv)) {
        /* not 0 <= k <= n: ValueError, else [None] * k fails */
        int ok = obj_compare_bool(vm, v_int(0), kv, CMP_LE);
        if (ok > 0) ok = obj_compare_bool(vm, kv, v_int(n), CMP_LE);
        if (ok < 0) return V_NULL;
        if (!ok)
            return exc_raisef(vm, vm->exc_ValueError,
                              "Sample larger than population or is negative");
        return exc_raisef(vm, vm->exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                          kv);
    }
    int64_t k64;
    if (!int_to_i64(kv, &k64) || k64 < 0 || k64 > n)
        return exc_raisef(vm, vm->exc_ValueError, "Sample larger than population or is negative");
    k = (intptr_t)k64;
    RList *result = list_new(vm, (size_t)k);
    if (!result) return V_NULL;
    /* an n-long pool list when that is smaller than a k-element set */
    double setsize = 21;
    if (k > 5) setsize += pow(4.0, ceil(log((double)k * 3) / log(4.0)));
    if ((double)n <= setsize) {
        RList *pool = list_from_iter(vm, population);
        if (!pool) goto fail;
        for (intptr_t i = 0; i < k; i++) {
            intptr_t j = randbelow_small(r, (uintptr_t)(n - i));
            if ((size_t)j >= pool->n || (size_t)(n - i - 1) >= pool->n) continue;
            if (list_append(vm, result, pool->items[j]) < 0) {
                obj_decref(vm, pool);
                goto fail;
            }
            Value moved = v_incref(pool->items[n - i - 1]);
            v_store(vm, &pool->items[j], moved);
        }
        obj_decref(vm, pool);
    } else {
        RSet *selected = set_new(vm, false);
        if (!selected) goto fail;
        for (intptr_t i = 0; i < k; i++) {
            intptr_t j;
            int in;
            do {
                j = randbelow_small(r, (uintptr_t)n);
                in = set_contains(vm, selected, v_int(j));
            } while (in > 0);
            Value item = in < 0 || set_add(vm, selected, v_int(j)) < 0 ? V_NULL
                         : obj_getitem(vm, population, v_int(j));
            if (item == V_NULL || list_append_steal(vm, result, item) < 0) {
                obj_decref(vm, selected);
                goto fail;
            }
        }
        obj_decref(vm, selected);
    }
    return v_from_obj(result);
fail:
    obj_decref(vm, result);
    return V_NULL;
}

static Value r_sample(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "population", "k", "counts" };
    RRandom *r = self_of(vm, args, nargs, "sample");
    Value p[3];
    if (!r || stdlib_bind_args(vm, "Random.sample", args, nargs, kw, true, names, 2, 2, 1, p) < 0)
        return V_NULL;
    if (!is_sequence(p[0]))
        return exc_raisef(vm, vm->exc_TypeError, "Population must be a sequence.  "
                          "For dicts or sets, use sorted(d).");
    if (p[2] != V_NULL && p[2] != V_NONE) return sample_counts(vm, r, p[0], p[1], p[2]);
    return sample_impl(vm, r, p[0], p[1]);
}

static Value r_choices(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "population", "weights", "cum_weights", "k" };
    RRandom *r = self_of(vm, args, nargs, "choices");
    Value p[4];
    if (!r || stdlib_bind_args(vm, "Random.choices", args, nargs, kw, true, names, 2, 1, 2, p) < 0)
        return V_NULL;
    Value pop = p[0], weights = p[1] == V_NULL ? V_NONE : p[1];
    Value cumw = p[2] == V_NULL ? V_NONE : p[2], kv = p[3] == V_NULL ? v_int(1) : p[3];
    intptr_t n = obj_len(vm, pop);
    int64_t k;
    if (n < 0) return V_NULL;
    RList *cum = NULL, *out = NULL;
    if (cumw == V_NONE && weights == V_NONE) {
        if (index_arg(vm, kv, &k, false) < 0) return V_NULL;
        out = list_new(vm, k > 0 ? (size_t)k : 0);
        for (int64_t i = 0; out && i < k; i++) {
            intptr_t idx = (intptr_t)floor(genrand_res53(r) * (double)n);
            Value item = obj_getitem(vm, pop, v_int(idx));
            if (item == V_NULL || list_append_steal(vm, out, item) < 0) obj_store(vm, &out, NULL);
        }
        return out ? v_from_obj(out) : V_NULL;
    }
    if (cumw == V_NONE) {
        cum = accumulate(vm, weights);
        if (!cum) {
            if (int_check(weights) && exc_matches(vm, vm->exc_TypeError)) {
                exc_clear(vm);
                return exc_raisef(vm, vm->exc_TypeError, "The number of choices must be a "
                                  "keyword argument: k=%S", weights);
            }
            return V_NULL;
        }
    } else if (weights != V_NONE) {
        return exc_raisef(vm, vm->exc_TypeError,
                          "Cannot specify both weights and cumulative weights");
    } else {
        cum = list_from_iter(vm, cumw);
        if (!cum) return V_NULL;
    }
    Value total = V_NULL;
    if ((intptr_t)cum->n != n) {
        exc_raisef(vm, vm->exc_ValueError, "The number of weights does not match the population");
        goto done;
    }
    if (cum->n == 0) {
        exc_raisef(vm, vm->exc_IndexError, "list index out of range");
        goto done;
    }
    Value zero = float_new(vm, 0.0);
    total = zero == V_NULL ? V_NULL : obj_binop(vm, BINOP_ADD, cum->items[cum->n - 1], zero);
    v_decref(vm, zero);
    double t;
    if (total == V_NULL || as_double(vm, total, &t) < 0) goto done;
    if (t <= 0.0) {
        exc_raisef(vm, vm->exc_ValueError, "Total of weights must be greater than zero");
        goto done;
    }
    if (!isfinite(t)) {
        exc_raisef(vm, vm->exc_ValueError, "Total of weights must be finite");
        goto done;
    }
    if (index_arg(vm, kv, &k, false) < 0) goto done;
    out = list_new(vm, k > 0 ? (size_t)k : 0);
    for (int64_t i = 0; out && i < k; i++) {
        Value x = float_new(vm, genrand_res53(r) * t);
        intptr_t idx = x == V_NULL ? -1 : bisect_right(vm, cum, x, n - 1);
        v_decref(vm, x);
        Value item = idx < 0 ? V_NULL : obj_getitem(vm, pop, v_int(idx));
        if (item == V_NULL || list_append_steal(vm, out, item) < 0) obj_store(vm, &out, NULL);
    }
done:
    obj_decref(vm, cum);
    v_decref(vm, total);
    return out ? v_from_obj(out) : V_NULL;
}

/* ---- distributions ---------------------------------------------------------------------- */

/* Binds the method's float parameters: names[i] defaults to dflt[i] (NAN: required). */
static RRandom *float_params(rill_vm *vm, const char *meth, const Value *args, size_t nargs,
                             RTuple *kw, const char *const *names, const double *dflt, size_t np,
                             double *out)
{
    char qual[64];
    snprintf(qual, sizeof qual, "Random.%s", meth);
    RRandom *r = self_of(vm, args, nargs, meth);
    Value p[3];
    size_t nreq = 0;
    while (nreq < np && isnan(dflt[nreq])) nreq++;
    if (!r || stdlib_bind_args(vm, qual, args, nargs, kw, true, names, np, nreq, 0, p) < 0)
        return NULL;
    for (size_t i = 0; i < np; i++) {
        out[i] = dflt[i];
        if (p[i] != V_NULL && as_double(vm, p[i], &out[i]) < 0) return NULL;
    }
    return r;
}

/* a + (b - a) * x with Python's operators (ints stay exact until the float product). */
static Value affine(rill_vm *vm, Value a, Value b, double x)
{
    Value d = obj_binop(vm, BINOP_SUB, b, a);
    if (d == V_NULL) return V_NULL;
    Value xf = float_new(vm, x);
    Value m = xf == V_NULL ? V_NULL : obj_binop(vm, BINOP_MUL, d, xf);
    v_decref(vm, d);
    v_decref(vm, xf);
    if (m == V_NULL) return V_NULL;
    Value r = obj_binop(vm, BINOP_ADD, a, m);
    v_decref(vm, m);
    return r;
}

static Value r_uniform(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "a", "b" };
    RRandom *r = self_of(vm, args, nargs, "uniform");
    Value p[2];
    if (!r || stdlib_bind_args(vm, "Random.uniform", args, nargs, kw, true, names, 2, 2, 0, p) < 0)
        return V_NULL;
    return affine(vm, p[0], p[1], genrand_res53(r));
}

static Value r_triangular(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "low", "high", "mode" };
    RRandom *r = self_of(vm, args, nargs, "triangular");
    Value p[3];
    if (!r ||
        stdlib_bind_args(vm, "Random.triangular", args, nargs, kw, true, names, 3, 0, 0, p) < 0)
        return V_NULL;
    Value fl[2] = { V_NULL, V_NULL };
    if (p[0] == V_NULL && (p[0] = fl[0] = float_new(vm, 0.0)) == V_NULL) return V_NULL;
    if (p[1] == V_NULL && (p[1] = fl[1] = float_new(vm, 1.0)) == V_NULL) {
        v_decref(vm, fl[0]);
        return V_NULL;
    }
    Value low = p[0], high = p[1], res = V_NULL;
    double u = genrand_res53(r), c = 0.5;
    if (p[2] != V_NULL && p[2] != V_NONE) {
        /* c = (mode - low) / (high - low); a zero width returns low itself */
        Value num = obj_binop(vm, BINOP_SUB, p[2], low);
        Value den = num == V_NULL ? V_NULL : obj_binop(vm, BINOP_SUB, high, low);
        Value cv = den == V_NULL ? V_NULL : obj_binop(vm, BINOP_TRUEDIV, num, den);
        v_decref(vm, num);
        v_decref(vm, den);
        if (cv == V_NULL) {
            if (exc_matches(vm, vm->exc_ZeroDivisionError)) {
                exc_clear(vm);
                res = v_incref(low);
            }
            goto done;
        }
        int rc = as_double(vm, cv, &c);
        v_decref(vm, cv);
        if (rc < 0) goto done;
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        low = p[1];
        high = p[0];
    }
    res = affine(vm, low, high, sqrt(u * c));
done:
    v_decref(vm, fl[0]);
    v_decref(vm, fl[1]);
    return res;
}

/* Kinderman and Monahan's ratio of uniforms */
static double normal(RRandom *r, double mu, double sigma)
{
    const double nv_magicconst = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = genrand_res53(r), u2 = 1.0 - genrand_res53(r);
        z = nv_magicconst * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) break;
    }
    return mu + z * sigma;
}

static Value r_normalvariate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "mu", "sigma" };
    static const double dflt[] = { 0.0, 1.0 };
    double v[2];
    RRandom *r = float_params(vm, "normalvariate", args, nargs, kw, names, dflt, 2, v);
    return r ? float_new(vm, normal(r, v[0], v[1])) : V_NULL;
}

static Value r_gauss(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "mu", "sigma" };
    static const double dflt[] = { 0.0, 1.0 };
    double v[2];
    RRandom *r = float_params(vm, "gauss", args, nargs, kw, names, dflt, 2, v);
    if (!r) return V_NULL;
    double z = r->gauss_next;
    bool had = r->has_gauss;
    r->has_gauss = false;
    if (!had) {
        double x2pi = genrand_res53(r) * (2.0 * 3.141592653589793);
        double g2rad = sqrt(-2.0 * log(1.0 - genrand_res53(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss = true;
    }
    return float_new(vm, v[0] + z * v[1]);
}

static Value r_lognormvariate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "mu", "sigma" };
    static const double dflt[] = { NAN, NAN };
    double v[2];
    RRandom *r = float_params(vm, "lognormvariate", args, nargs, kw, names, dflt, 2, v);
    if (!r) return V_NULL;
    double x = exp(normal(r, v[0], v[1]));
    if (isinf(x)) return exc_raisef(vm, vm->exc_OverflowError, "math range error");
    return float_new(vm, x);
}

static Value r_expovariate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "lambd" };
    static const double dflt[] = { NAN };
    double v[1];
    RRandom *r = float_params(vm, "expovariate", args, nargs, kw, names, dflt, 1, v);
    if (!r) return V_NULL;
    return float_truediv(vm, -log(1.0 - genrand_res53(r)), v[0]);
}

static Value r_vonmisesvariate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "mu", "kappa" };
    static const double dflt[] = { NAN, NAN };
    const double pi = 3.141592653589793, twopi = 2.0 * pi;
    double v[2];
    RRandom *r = float_params(vm, "vonmisesvariate", args, nargs, kw, names, dflt, 2, v);
    if (!r) return V_NULL;
    double mu = v[0], kappa = v[1];
    if (kappa <= 1e-6) return float_new(vm, twopi * genrand_res53(r));
    double s = 0.5 / kappa, rr = s + sqrt(1.0 + s * s), z;
    for (;;) {
        double u1 = genrand_res53(r);
        z = cos(pi * u1);
        double d = z / (rr + z), u2 = genrand_res53(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    double q = 1.0 / rr, f = (q + z) / (1.0 + q * z), u3 = genrand_res53(r);
    return float_mod(vm, u3 > 0.5 ? mu + acos(f) : mu - acos(f), twopi);
}

static Value gammavariate(rill_vm *vm, RRandom *r, double alpha, double beta)
{
    const double LOG4 = log(4.0), SG_MAGICCONST = 1.0 + log(4.5), e = 2.718281828459045;
    if (alpha <= 0.0 || beta <= 0.0)
        return exc_raisef(vm, vm->exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
        /* R.C.H. Cheng, "The generation of Gamma variables with non-integral shape
           parameters", Applied Statistics (1977) */
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - LOG4, ccc = alpha + ainv;
        for (;;) {
            double u1 = genrand_res53(r);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - genrand_res53(r);
            double vv = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(vv);
            double z = u1 * u1 * u2, rr = bbb + ccc * vv - x;
            if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= log(z))
                return float_new(vm, x * beta);
        }
    }
    if (alpha == 1.0) return float_new(vm, -log(1.0 - genrand_res53(r)) * beta);
    /* ALGORITHM GS of Statistical Computing - Kennedy & Gentle */
    double x;
    for (;;) {
        double u = genrand_res53(r), b = (e + alpha) / e, p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = genrand_res53(r);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0)) break;
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    return float_new(vm, x * beta);
}

static Value r_gammavariate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "alpha", "beta" };
    static const double dflt[] = { NAN, NAN };
    double v[2];
    RRandom *r = float_params(vm, "gammavariate", args, nargs, kw, names, dflt, 2, v);
    return r ? gammavariate(vm, r, v[0], v[1]) : V_NULL;
}

static Value r_betavariate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "alpha", "beta" };
    static const double dflt[] = { NAN, NAN };
    double v[2];
    RRandom *r = float_params(vm, "betavariate", args, nargs, kw, names, dflt, 2, v);
    if (!r) return V_NULL;
    Value y = gammavariate(vm, r, v[0], 1.0);
    if (y == V_NULL) return V_NULL;
    double yd = v_float(y);
    v_decref(vm, y);
    if (yd == 0.0) return float_new(vm, 0.0);
    Value g = gammavariate(vm, r, v[1], 1.0);
    if (g == V_NULL) return V_NULL;
    double gd = v_float(g);
    v_decref(vm, g);
    return float_new(vm, yd / (yd + gd));
}

static Value r_paretovariate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "alpha" };
    static const double dflt[] = { NAN };
    double v[1];
    RRandom *r = float_params(vm, "paretovariate", args, nargs, kw, names, dflt, 1, v);
    if (!r) return V_NULL;
    double u = 1.0 - genrand_res53(r);
    Value ex = float_truediv(vm, -1.0, v[0]);
    if (ex == V_NULL) return V_NULL;
    Value res = float_pow(vm, u, v_float(ex));
    v_decref(vm, ex);
    return res;
}

static Value r_weibullvariate(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "alpha", "beta" };
    static const double dflt[] = { NAN, NAN };
    double v[2];
    RRandom *r = float_params(vm, "weibullvariate", args, nargs, kw, names, dflt, 2, v);
    if (!r) return V_NULL;
    double u = 1.0 - genrand_res53(r);
    Value ex = float_truediv(vm, 1.0, v[1]);
    if (ex == V_NULL) return V_NULL;
    Value p = float_pow(vm, -log(u), v_float(ex));
    v_decref(vm, ex);
    if (p == V_NULL) return V_NULL;
    double res = v[0] * v_float(p);
    v_decref(vm, p);
    return float_new(vm, res);
}

/* ---- the class and the module ----------------------------------------------------------- */

static Value random_ctor(rill_vm *vm, const Value *args, size_t nargs, RTuple *kw)
{
    static const char *const names[] = { "x" };
    Value p[1];
    if (stdlib_bind_args(vm, "Random.__init__", args, nargs, kw, true, names, 1, 0, 0, p) < 0)
        return V_NULL;
    RRandom *r = obj_alloc(vm, K_NATIVE, v_class_obj(args[0]), sizeof(RRandom), false);
    if (!r) return V_NULL;
    r->has_gauss = false;
    r->gauss_next = 0.0;
    if (random_seed(vm, r, p[0], V_NULL) < 0) {
        obj_decref(vm, r);
        return V_NULL;
    }
    return v_from_obj(r);
}

#define METHODS(X) \
    X(seed, "Initialize internal state from a seed.") \
    X(random, "random() -> x in the interval [0, 1).") \
    X(getrandbits, "getrandbits(k) -> x.  Generates an int with k random bits.") \
    X(getstate, "Return internal state; can be passed to setstate() later.") \
    X(setstate, "Restore internal state from object returned by getstate().") \
    X(randrange, "Choose a random item from range(stop) or range(start, stop[, step]).") \
    X(randint, "Return random integer in range [a, b], including both end points.") \
    X(choice, "Choose a random element from a non-empty sequence.") \
    X(shuffle, "Shuffle list x in place, and return None.") \
    X(sample, "Chooses k unique random elements from a population sequence.") \
    X(choices, "Return a k sized list of population elements chosen with replacement.") \
    X(uniform, "Get a random number in the range [a, b) or [a, b] depending on rounding.") \
    X(triangular, "Triangular distribution.") \
    X(normalvariate, "Normal distribution.") \
    X(gauss, "Gaussian distribution.") \
    X(lognormvariate, "Log normal distribution.") \
    X(expovariate, "Exponential distribution.") \
    X(vonmisesvariate, "Circular data distribution.") \
    X(gammavariate, "Gamma distribution.  Not the gamma function!") \
    X(betavariate, "Beta distribution.") \
    X(paretovariate, "Pareto distribution.  alpha is the shape parameter.") \
    X(weibullvariate, "Weibull distribution.")

static const CFuncDef random_methods[] = {
#define X(name, doc) { #name, r_##name, CF_METHOD | CF_KEYWORDS, -1, -1, doc },
    METHODS(X)
#undef X
    { NULL, NULL, 0, 0, 0, NULL }
};

static int set_item(rill_vm *vm, RDict *d, const char *name, Value v)
{
    RStr *k = str_intern_cstr(vm, name);
    int r = k ? dict_set_str(vm, d, k, v) : -1;
    obj_xdecref(vm, k);
    return r;
}

int stdlib_random_init(rill_vm *vm, RModule *m)
{
    RClass *c = class_new_builtin(vm, "Random", vm->cls_object, K_NATIVE, 0);
    if (!c) return -1;
    c->native = &random_ops;
    c->ctor = random_ctor;
    RStr *modname = str_from_cstr(vm, "random");
    int rc = modname ? dict_set_str(vm, c->dict, vm->s___module__, v_from_obj(modname)) : -1;
    obj_xdecref(vm, modname);
    if (rc < 0 || cfunc_add_all(vm, c->dict, random_methods, c) < 0 ||
        set_item(vm, m->dict, "Random", v_from_obj(c)) < 0) {
        obj_decref(vm, c);
        return -1;
    }
    /* the module's generator and its bound methods as the module's functions */
    Value ctor_args[1] = { v_from_obj(c) };
    Value inst = random_ctor(vm, ctor_args, 1, NULL);
    obj_decref(vm, c);
    if (inst == V_NULL) return -1;
    rc = set_item(vm, m->dict, "_inst", inst);
    for (const CFuncDef *def = random_methods; rc == 0 && def->name; def++) {
        RCFunc *f = cfunc_new(vm, def, inst, v_obj(inst)->cls);
        rc = f ? set_item(vm, m->dict, def->name, v_from_obj(f)) : -1;
        obj_xdecref(vm, f);
    }
    v_decref(vm, inst);
    return rc;
}
