/*
** check_lexer.c — unit tests of lexer/: token kinds, indentation, line joining,
** numbers, strings and their escapes, positions, and the tokenizer's errors (messages
** and positions as CPython 3.11 reports them).
*/
#include "lexer/lexer.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ----------------------------------------------------------------------- */

static Lexer lx;                /* big: keep it off the stack */

static const char *kind_name(TokKind k)
{
    switch (k) {
    case T_NAME: return "NAME";
    case T_NUMBER: return "NUMBER";
    case T_STRING: return "STRING";
    case T_NEWLINE: return "NEWLINE";
    case T_INDENT: return "INDENT";
    case T_DEDENT: return "DEDENT";
    case T_ENDMARKER: return "END";
    case T_ERROR: return "ERROR";
    case T_OP_OTHER: return "OP";
    default: return lex_kind_text(k);
    }
}

/* The kinds of all tokens of src, space-separated, up to END or ERROR. */
static const char *kinds(const char *src)
{
    static char buf[4096];
    Token t;
    size_t n = 0;
    lex_init(&lx, src, strlen(src));
    buf[0] = '\0';
    for (int i = 0; i < 500; i++) {
        TokKind k = lex_next(&lx, &t);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", n ? " " : "", kind_name(k));
        if (k == T_ENDMARKER || k == T_ERROR || n >= sizeof buf - 1)
            break;
    }
    return buf;
}

/* The i-th token of src (0-based). */
static Token nth(const char *src, int i)
{
    Token t;
    lex_init(&lx, src, strlen(src));
    for (int k = 0; k <= i; k++)
        if (lex_next(&lx, &t) == T_ENDMARKER || t.kind == T_ERROR)
            break;
    return t;
}

/* Lexes src to its end; returns the error (msg empty when there is none). */
static LexError lex_error(const char *src, size_t len)
{
    Token t;
    lex_init(&lx, src, len);
    for (int i = 0; i < 100000; i++) {
        TokKind k = lex_next(&lx, &t);
        if (k == T_ERROR)
            return lx.err;
        if (k == T_ENDMARKER)
            break;
    }
    LexError none;
    memset(&none, 0, sizeof none);
    return none;
}

#define ck_error(src, k, m, l, c, el, ec) do { \
        LexError e_ = lex_error(src, strlen(src)); \
        ck_assert_str_eq(e_.msg, m); \
        ck_assert_int_eq(e_.kind, k); \
        ck_assert_int_eq(e_.line, l); \
        ck_assert_int_eq(e_.col, c); \
        ck_assert_int_eq(e_.end_line, el); \
        ck_assert_int_eq(e_.end_col, ec); \
    } while (0)

static const char *unescape(const char *s, bool raw, int *rc)
{
    static char out[1024], msg[256];
    size_t n;
    *rc = lex_unescape(s, strlen(s), raw, out, &n, msg, sizeof msg);
    if (*rc < 0)
        return msg;
    out[n] = '\0';
    return out;
}

/* ---- token kinds -------------------------------------------------------------------------- */

START_TEST(test_operators)
{
    ck_assert_str_eq(kinds("( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >> "
                           "** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :="),
                     "( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >> ** += "
                     "-= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... := NEWLINE END");
    /* maximal munch, and no spaces needed */
    ck_assert_str_eq(kinds("a**=b//c->d"), "NAME **= NAME // NAME -> NAME NEWLINE END");
    ck_assert_str_eq(kinds("x[...]"), "NAME [ ... ] NEWLINE END");
    ck_assert_str_eq(kinds("a..b"), "NAME . . NAME NEWLINE END");
    ck_assert_str_eq(kinds("a.5"), "NAME NUMBER NEWLINE END");
    /* characters no token starts with; <> is not != */
    ck_assert_str_eq(kinds("$ ? ! `"), "OP OP OP OP NEWLINE END");
    ck_assert_str_eq(kinds("a <> b"), "NAME OP NAME NEWLINE END");
    ck_assert_int_eq(nth("a <> b", 1).len, 2);
}
END_TEST

START_TEST(test_keywords_and_names)
{
    ck_assert_str_eq(kinds("False None True and as assert async await break class continue"),
                     "False None True and as assert async await break class continue "
                     "NEWLINE END");
    ck_assert_str_eq(kinds("def del elif else except finally for from global if import in"),
                     "def del elif else except finally for from global if import in "
                     "NEWLINE END");
    ck_assert_str_eq(kinds("is lambda nonlocal not or pass raise return try while with yield"),
                     "is lambda nonlocal not or pass raise return try while with yield "
                     "NEWLINE END");
    /* soft keywords and near-keywords are names */
    ck_assert_str_eq(kinds("match case _ print iff true none Trues"),
                     "NAME NAME NAME NAME NAME NAME NAME NAME NEWLINE END");
    ck_assert_int_eq(lex_keyword("while", 5), T_WHILE);
    ck_assert_int_eq(lex_keyword("whil", 4), T_NAME);
    /* non-ASCII identifiers */
    ck_assert_str_eq(kinds("\xc3\xa9t\xc3\xa9 = \xce\xbb_1 + \xe5\x90\x8d"),
                     "NAME = NAME + NAME NEWLINE END");
    ck_assert_str_eq(kinds("ab\xc2\xb7" "c"), "NAME NEWLINE END");   /* middle dot continues */
    Token t = nth("  \xc3\xa9t\xc3\xa9 x", 1);
    ck_assert_int_eq(t.kind, T_NAME);
    ck_assert_int_eq(t.col, 2);
    ck_assert_int_eq(t.end_col, 7);     /* bytes */
    ck_assert_int_eq((int)t.len, 5);
    ck_assert_str_eq(lex_kind_text(T_DOUBLESLASHEQUAL), "//=");
    ck_assert_str_eq(lex_kind_text(T_NONLOCAL), "nonlocal");
}
END_TEST

/* ---- indentation ------------------------------------------------------------------------ */

START_TEST(test_indentation)
{
    ck_assert_str_eq(kinds("if x:\n    y\nz\n"),
                     "if NAME : NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE END");
    /* blank lines and comments at odd indents change nothing */
    ck_assert_str_eq(kinds("if x:\n\n    y\n  # c\n        \n# d\n    z\n"),
                     "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT END");
    /* dedent to an outer level: several DEDENTs at once */
    ck_assert_str_eq(kinds("a:\n b:\n  c:\n   d\ne\n"),
                     "NAME : NEWLINE INDENT NAME : NEWLINE INDENT NAME : NEWLINE INDENT NAME "
                     "NEWLINE DEDENT DEDENT DEDENT NAME NEWLINE END");
    ck_assert_str_eq(kinds("a:\n b:\n  c\n d\n"),
                     "NAME : NEWLINE INDENT NAME : NEWLINE INDENT NAME NEWLINE DEDENT NAME "
                     "NEWLINE DEDENT END");
    /* at the end of input: NEWLINE (implicit), then the DEDENTs */
    ck_assert_str_eq(kinds("a:\n  b"), "NAME : NEWLINE INDENT NAME NEWLINE DEDENT END");
    ck_assert_str_eq(kinds(""), "END");
    ck_assert_str_eq(kinds("\n\n  \n# c\n"), "END");
    /* tabs go to the next multiple of 8: a tab and 8 spaces are the same only when the
       tab-size-1 comparison agrees */
    ck_assert_str_eq(kinds("if x:\n\ty\n\tz\n"),
                     "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT END");
    ck_assert_str_eq(kinds("if x:\n  \ty\n  \tz\n"),
                     "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT END");
    /* a form feed resets the column */
    ck_assert_str_eq(kinds("if 1:\n  a = 1\n\x0c  b = 2\n"),
                     "if NUMBER : NEWLINE INDENT NAME = NUMBER NEWLINE NAME = NUMBER NEWLINE "
                     "DEDENT END");
    /* CRLF and CR line ends */
    ck_assert_str_eq(kinds("if x:\r\n  y\r\nz\r"),
                     "if NAME : NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE END");
}
END_TEST

START_TEST(test_indentation_errors)
{
    ck_error("if x:\n    a\n  b\n", LEXE_INDENTATION,
             "unindent does not match any outer indentation level", 3, 4, 3, -1);
    ck_error("if x:\n    a\n  b = 1  # c\n", LEXE_INDENTATION,
             "unindent does not match any outer indentation level", 3, 13, 3, -1);
    ck_error("if x:\n  if y:\n      a\n    b = 1\n", LEXE_INDENTATION,
             "unindent does not match any outer indentation level", 4, 10, 4, -1);
    ck_error("if x:\n\ta\n        b\n", LEXE_TAB,
             "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0);
    ck_error("if x:\n        a\n\tb = 123\n", LEXE_TAB,
             "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0);
    ck_error("if 1:\n\tif 2:\n\t\ta\n  \t\tb\n", LEXE_TAB,
             "inconsistent use of tabs and spaces in indentation", 4, 1, 4, 0);
    /* 100 levels is one too many */
    char buf[12000];
    size_t n = 0;
    for (int i = 0; i < 100; i++) {
        memset(buf + n, ' ', (size_t)i);
        n += (size_t)i;
        memcpy(buf + n, "if x:\n", 6);
        n += 6;
    }
    memset(buf + n, ' ', 100);
    n += 100;
    memcpy(buf + n, "pass\n", 6);
    ck_error(buf, LEXE_INDENTATION, "too many levels of indentation", 101, 1, 101, 0);
    /* a quiet error: CPython only records these */
    LexError e = lex_error("if x:\n    a\n  b\n", 16);
    ck_assert(e.quiet);
    ck_assert(!e.incomplete);
}
END_TEST

/* ---- joining ------------------------------------------------------------------------------ */

START_TEST(test_line_joining)
{
    /* implicit inside brackets: no NEWLINE, no INDENT */
    ck_assert_str_eq(kinds("x = (1,\n        2,\n\n  3)\ny\n"),
                     "NAME = ( NUMBER , NUMBER , NUMBER ) NEWLINE NAME NEWLINE END");
    ck_assert_str_eq(kinds("f(a, # c\n  b)\n"), "NAME ( NAME , NAME ) NEWLINE END");
    /* explicit */
    ck_assert_str_eq(kinds("x = 1 + \\\n    2\n"), "NAME = NUMBER + NUMBER NEWLINE END");
    ck_assert_str_eq(kinds("x\\\n= 1\n"), "NAME = NUMBER NEWLINE END");
    /* a backslash in the indentation: the first one fixes the line's indentation */
    ck_assert_str_eq(kinds("if 1:\n  x = 1\n\\\n  y = 2\n"),
                     "if NUMBER : NEWLINE INDENT NAME = NUMBER NEWLINE NAME = NUMBER NEWLINE "
                     "DEDENT END");
    /* bracket depth on tokens */
    ck_assert_int_eq(nth("(a[b])", 0).level, 1);
    ck_assert_int_eq(nth("(a[b])", 3).level, 2);
    ck_assert_int_eq(nth("(a[b])", 5).level, 0);
}
END_TEST

START_TEST(test_joining_errors)
{
    ck_error("x = 1 \\ 2\n", LEXE_SYNTAX,
             "unexpected character after line continuation character", 1, 8, 1, 0);
    ck_error("x = 1\ny = 2 \\ 3\n", LEXE_SYNTAX,
             "unexpected character after line continuation character", 2, 8, 2, 0);
    ck_error("x = 1 \\\n", LEXE_SYNTAX, "unexpected EOF while parsing", 1, 8, 1, -1);
    ck_error("x = 1 \\", LEXE_SYNTAX, "unexpected EOF while parsing", 1, 8, 1, -1);
    LexError e = lex_error("x = 1 \\\n", 8);
    ck_assert(e.incomplete);
    /* brackets */
    ck_error("x = )\n", LEXE_SYNTAX, "unmatched ')'", 1, 5, 1, 5);
    ck_error("x = (]\n", LEXE_SYNTAX,
             "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 1, 6);
    ck_error("x = (\n]\n", LEXE_SYNTAX,
             "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
             2, 1, 2, 1);
    ck_error("x = [1,\n 2,\n", LEXE_SYNTAX, "'[' was never closed", 1, 5, 1, 0);
    ck_error("f(a, {b: (c\n", LEXE_SYNTAX, "'(' was never closed", 1, 10, 1, 0);
    ck_error("x = ( \\\n", LEXE_SYNTAX, "'(' was never closed", 1, 5, 1, 0);
    e = lex_error("x = (1,\n", 8);
    ck_assert(e.incomplete && e.unclosed);
    char deep[300];
    memset(deep, '(', 201);
    deep[201] = '\0';
    ck_error(deep, LEXE_SYNTAX, "too many nested parentheses", 1, 201, 1, 201);
    deep[200] = '\0';
    e = lex_error(deep, 200);           /* 200 is allowed (then never closed) */
    ck_assert_str_eq(e.msg, "'(' was never closed");
}
END_TEST

/* ---- numbers ------------------------------------------------------------------------------ */

START_TEST(test_numbers)
{
    ck_assert_str_eq(kinds("0 7 00 0_0 123 1_000 0x1F 0X_ff 0o17 0O_7 0b1010 0B_1_0"),
                     "NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER "
                     "NUMBER NUMBER NEWLINE END");
    Token t = nth("1.5 1. .5 1e10 1E-3 1_000.5 1.5e+3_0 0.0 00.5", 0);
    ck_assert_int_eq(t.flags & LEXF_FLOAT, LEXF_FLOAT);
    const char *floats[] = { "1.5", "1.", ".5", "1e10", "1E-3", "1_000.5", "1.5e+3_0",
                             "0.0", "00.5", "0e0", "09.5", "1_0e1_0" };
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        t = nth(floats[i], 0);
        ck_assert_int_eq(t.kind, T_NUMBER);
        ck_assert_int_eq((int)t.len, (int)strlen(floats[i]));
        ck_assert_msg(t.flags & LEXF_FLOAT, "%s", floats[i]);
    }
    t = nth("0x1f", 0);
    ck_assert_int_eq(t.flags, 0);
    ck_assert_int_eq((int)t.len, 4);
    /* imaginary literals are lexed (the parser refuses them) */
    t = nth("1j 1.5J 1e3j 0j", 1);
    ck_assert_int_eq(t.flags & LEXF_IMAG, LEXF_IMAG);
    ck_assert_int_eq((int)t.len, 4);
    /* a number before a keyword that may follow one: CPython only warns */
    ck_assert_str_eq(kinds("1if x else 2"), "NUMBER if NAME else NUMBER NEWLINE END");
    ck_assert_str_eq(kinds("0x1for"), "NUMBER or NEWLINE END");
    ck_assert_str_eq(kinds("1 .real"), "NUMBER . NAME NEWLINE END");
    ck_assert_str_eq(kinds("1else"), "NUMBER else NEWLINE END");
}
END_TEST

START_TEST(test_number_errors)
{
    ck_error("1_\n", LEXE_SYNTAX, "invalid decimal literal", 1, 2, 1, 2);
    ck_error("1__0\n", LEXE_SYNTAX, "invalid decimal literal", 1, 2, 1, 2);
    ck_error("1a\n", LEXE_SYNTAX, "invalid decimal literal", 1, 1, 1, 1);
    ck_error("1e\n", LEXE_SYNTAX, "invalid decimal literal", 1, 1, 1, 1);
    ck_error("1e+\n", LEXE_SYNTAX, "invalid decimal literal", 1, 3, 1, 3);
    ck_error("1e5x\n", LEXE_SYNTAX, "invalid decimal literal", 1, 3, 1, 3);
    ck_error("0.5_\n", LEXE_SYNTAX, "invalid decimal literal", 1, 4, 1, 4);
    ck_error("1.real\n", LEXE_SYNTAX, "invalid decimal literal", 1, 2, 1, 2);
    ck_error("1_e5\n", LEXE_SYNTAX, "invalid decimal literal", 1, 2, 1, 2);
    ck_error("0_\n", LEXE_SYNTAX, "invalid decimal literal", 1, 2, 1, 2);
    ck_error("0x\n", LEXE_SYNTAX, "invalid hexadecimal literal", 1, 2, 1, 2);
    ck_error("0x_\n", LEXE_SYNTAX, "invalid hexadecimal literal", 1, 3, 1, 3);
    ck_error("0xg\n", LEXE_SYNTAX, "invalid hexadecimal literal", 1, 2, 1, 2);
    ck_error("0b\n", LEXE_SYNTAX, "invalid binary literal", 1, 2, 1, 2);
    ck_error("0o\n", LEXE_SYNTAX, "invalid octal literal", 1, 2, 1, 2);
    ck_error("0b2\n", LEXE_SYNTAX, "invalid digit '2' in binary literal", 1, 3, 1, 3);
    ck_error("0b1_2\n", LEXE_SYNTAX, "invalid digit '2' in binary literal", 1, 5, 1, 5);
    ck_error("0o8\n", LEXE_SYNTAX, "invalid digit '8' in octal literal", 1, 3, 1, 3);
    ck_error("x = 0o1238\n", LEXE_SYNTAX, "invalid digit '8' in octal literal", 1, 10, 1, 10);
    ck_error("012\n", LEXE_SYNTAX, "leading zeros in decimal integer literals are not "
             "permitted; use an 0o prefix for octal integers", 1, 1, 1, 2);
    ck_error("x = 0777\n", LEXE_SYNTAX, "leading zeros in decimal integer literals are not "
             "permitted; use an 0o prefix for octal integers", 1, 5, 1, 6);
    /* a non-ASCII character after a number is an invalid character, not literal */
    ck_error("1\xc2\xb7" "c = 1\n", LEXE_SYNTAX, "invalid character '\xc2\xb7' (U+00B7)",
             1, 2, 1, 2);
}
END_TEST

/* ---- strings ------------------------------------------------------------------------------- */

START_TEST(test_strings)
{
    ck_assert_str_eq(kinds("'a' \"b\" '''c''' \"\"\"d\"\"\" '' \"\""),
                     "STRING STRING STRING STRING STRING STRING NEWLINE END");
    struct { const char *src; unsigned flags; } cases[] = {
        { "r'a'", LEXF_RAW }, { "R'a'", LEXF_RAW }, { "f'a'", LEXF_FSTRING },
        { "F'a'", LEXF_FSTRING }, { "rf'a'", LEXF_RAW | LEXF_FSTRING },
        { "fR'a'", LEXF_RAW | LEXF_FSTRING }, { "Rf'a'", LEXF_RAW | LEXF_FSTRING },
        { "u'a'", 0 }, { "U'a'", 0 }, { "b'a'", LEXF_BYTES },
        { "Br'a'", LEXF_BYTES | LEXF_RAW }, { "rb'a'", LEXF_BYTES | LEXF_RAW },
        { "'''a'''", LEXF_TRIPLE }, { "f'''a\n'''", LEXF_FSTRING | LEXF_TRIPLE },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Token t = nth(cases[i].src, 0);
        ck_assert_msg(t.kind == T_STRING, "%s", cases[i].src);
        ck_assert_msg((t.flags & ~0u) == cases[i].flags, "%s: %x", cases[i].src, t.flags);
        ck_assert_int_eq((int)t.len, (int)strlen(cases[i].src));
    }
    /* ur, fb are no prefixes: a name, then a string */
    ck_assert_str_eq(kinds("ur'a' fb'a' bu'a'"), "NAME STRING NAME STRING NAME STRING "
                     "NEWLINE END");
    /* quotes and escapes inside */
    ck_assert_str_eq(kinds("'a\\'b' \"a'b\" '''a''b''' 'a\\\nb'"),
                     "STRING STRING STRING STRING NEWLINE END");
    /* a multi-line string: positions span its lines */
    Token t = nth("x = '''a\nbc\nd''' + 1", 2);
    ck_assert_int_eq(t.kind, T_STRING);
    ck_assert_int_eq(t.line, 1);
    ck_assert_int_eq(t.col, 4);
    ck_assert_int_eq(t.end_line, 3);
    ck_assert_int_eq(t.end_col, 4);
    const char *body;
    size_t n;
    lex_string_body(&t, &body, &n);
    ck_assert_int_eq((int)n, 6);
    ck_assert(memcmp(body, "a\nbc\nd", 6) == 0);
    t = nth("rb'xy'", 0);
    lex_string_body(&t, &body, &n);
    ck_assert_int_eq((int)n, 2);
    ck_assert(memcmp(body, "xy", 2) == 0);
}
END_TEST

START_TEST(test_string_errors)
{
    ck_error("x = 'abc\n", LEXE_SYNTAX, "unterminated string literal (detected at line 1)",
             1, 5, 1, 5);
    ck_error("x = \"abc", LEXE_SYNTAX, "unterminated string literal (detected at line 1)",
             1, 5, 1, 5);
    ck_error("x = 'ab\\\ncd\n", LEXE_SYNTAX,
             "unterminated string literal (detected at line 2)", 1, 5, 1, 5);
    ck_error("x = '''abc\n\n", LEXE_SYNTAX,
             "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5);
    ck_error("x = '''\n\na\n", LEXE_SYNTAX,
             "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5);
    ck_error("y = rb'ab", LEXE_SYNTAX, "unterminated string literal (detected at line 1)",
             1, 5, 1, 5);
    /* only an open triple-quoted string, or a line ending in '\', may continue */
    LexError e = lex_error("x = '''abc\n", 11);
    ck_assert(e.incomplete);
    e = lex_error("x = 'abc\n", 9);
    ck_assert(!e.incomplete);
    e = lex_error("x = 'abc\\\n", 10);
    ck_assert(e.incomplete);
}
END_TEST

START_TEST(test_escapes)
{
    int rc;
    ck_assert_str_eq(unescape("a\\nb\\tc\\\\d\\'e\\\"f", false, &rc), "a\nb\tc\\d'e\"f");
    ck_assert_str_eq(unescape("\\a\\b\\f\\v\\r", false, &rc), "\a\b\f\v\r");
    ck_assert_str_eq(unescape("\\101\\60\\7", false, &rc), "A0\7");
    ck_assert_str_eq(unescape("\\777", false, &rc), "\xc7\xbf");   /* U+01FF */
    ck_assert_str_eq(unescape("\\x41\\u00e9\\U0001F600", false, &rc),
                     "A\xc3\xa9\xf0\x9f\x98\x80");
    ck_assert_str_eq(unescape("a\\\nb", false, &rc), "ab");       /* line continuation */
    ck_assert_str_eq(unescape("\\q\\d\\ ", false, &rc), "\\q\\d\\ ");   /* kept verbatim */
    ck_assert_str_eq(unescape("a\r\nb\rc", false, &rc), "a\nb\nc");
    ck_assert_str_eq(unescape("\\n\\x41", true, &rc), "\\n\\x41");   /* raw */
    ck_assert_str_eq(unescape("\xc3\xa9\\x\xc3\xa9", true, &rc), "\xc3\xa9\\x\xc3\xa9");
    ck_assert_int_eq(rc, 0);
    /* \0 makes a NUL byte */
    char out[16], msg[128];
    size_t n;
    ck_assert_int_eq(lex_unescape("a\\0b", 4, false, out, &n, msg, sizeof msg), 0);
    ck_assert_int_eq((int)n, 3);
    ck_assert(memcmp(out, "a\0b", 3) == 0);
    /* \N{...} is kept as written, and flagged */
    ck_assert_str_eq(unescape("\\N{BULLET}", false, &rc), "\\N{BULLET}");
    ck_assert_int_eq(rc, 1);
    /* errors, worded and counted as CPython does */
    ck_assert_str_eq(unescape("\\x4", false, &rc), "(unicode error) 'unicodeescape' codec "
                     "can't decode bytes in position 0-2: truncated \\xXX escape");
    ck_assert_int_eq(rc, -1);
    ck_assert_str_eq(unescape("ab\\xg", false, &rc), "(unicode error) 'unicodeescape' codec "
                     "can't decode bytes in position 2-3: truncated \\xXX escape");
    ck_assert_str_eq(unescape("\\u12", false, &rc), "(unicode error) 'unicodeescape' codec "
                     "can't decode bytes in position 0-3: truncated \\uXXXX escape");
    ck_assert_str_eq(unescape("\\U00110000", false, &rc), "(unicode error) 'unicodeescape' "
                     "codec can't decode bytes in position 0-9: illegal Unicode character");
    ck_assert_str_eq(unescape("\xc3\xa9\\x", false, &rc), "(unicode error) 'unicodeescape' "
                     "codec can't decode bytes in position 10-11: truncated \\xXX escape");
    ck_assert_str_eq(unescape("a\xffz", false, &rc), "(unicode error) 'utf-8' codec can't "
                     "decode byte 0xff in position 0: invalid start byte");
    ck_assert_str_eq(unescape("\xc3(", false, &rc), "(unicode error) 'utf-8' codec can't "
                     "decode byte 0xc3 in position 0: invalid continuation byte");
    ck_assert_str_eq(unescape("\xed\xa0\x80", false, &rc), "(unicode error) 'utf-8' codec "
                     "can't decode byte 0xed in position 0: invalid continuation byte");
    ck_assert_str_eq(unescape("a\xe2\x82", true, &rc), "(unicode error) 'utf-8' codec can't "
                     "decode bytes in position 1-2: unexpected end of data");
}
END_TEST

/* ---- other errors, positions ------------------------------------------------------------- */

START_TEST(test_character_errors)
{
    ck_error("a = 1 \xe2\x82\xac 2\n", LEXE_SYNTAX, "invalid character '\xe2\x82\xac' (U+20AC)",
             1, 7, 1, 7);
    ck_error("x = ab\xe2\x82\xac" "c\n", LEXE_SYNTAX,
             "invalid character '\xe2\x82\xac' (U+20AC)", 1, 7, 1, 7);
    ck_error("\xcc\x81" "ab = 1\n", LEXE_SYNTAX, "invalid character '\xcc\x81' (U+0301)",
             1, 1, 1, 1);
    ck_error("a = \xe2\x80\x8b\n", LEXE_SYNTAX, "invalid non-printable character U+200B",
             1, 5, 1, 5);
    ck_error("\xc2\xa0x = 1\n", LEXE_SYNTAX, "invalid non-printable character U+00A0",
             1, 1, 1, 1);
    ck_error("x = 1\x01\n", LEXE_SYNTAX, "invalid non-printable character U+0001", 1, 6, 1, 6);
    LexError e = lex_error("x = 1\ny = 2\x00\n", 12);
    ck_assert_str_eq(e.msg, "source code cannot contain null bytes");
    ck_assert_int_eq(e.line, 2);
    /* after an error, the lexer keeps returning it */
    Token t;
    lex_init(&lx, "x = $\n)", 7);
    while (lex_next(&lx, &t) != T_ERROR)
        ;
    ck_assert_int_eq(lex_next(&lx, &t), T_ERROR);
}
END_TEST

START_TEST(test_positions)
{
    const char *src = "def f(x):\n    return x  # c\n";
    struct { int kind, line, col, end_line, end_col; } want[] = {
        { T_DEF, 1, 0, 1, 3 }, { T_NAME, 1, 4, 1, 5 }, { T_LPAR, 1, 5, 1, 6 },
        { T_NAME, 1, 6, 1, 7 }, { T_RPAR, 1, 7, 1, 8 }, { T_COLON, 1, 8, 1, 9 },
        { T_NEWLINE, 1, 9, 1, 9 }, { T_INDENT, 2, -1, 2, -1 }, { T_RETURN, 2, 4, 2, 10 },
        { T_NAME, 2, 11, 2, 12 }, { T_NEWLINE, 2, 14, 2, 17 },  /* from the comment */
        { T_DEDENT, 2, -1, 2, -1 }, { T_ENDMARKER, 2, -1, 2, -1 },
    };
    Token t;
    lex_init(&lx, src, strlen(src));
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        lex_next(&lx, &t);
        ck_assert_msg((int)t.kind == want[i].kind, "token %d: %s", (int)i, kind_name(t.kind));
        ck_assert_int_eq(t.line, want[i].line);
        ck_assert_int_eq(t.col, want[i].col);
        ck_assert_int_eq(t.end_line, want[i].end_line);
        ck_assert_int_eq(t.end_col, want[i].end_col);
    }
    /* where CPython reports errors at INDENT/DEDENT/ENDMARKER */
    t = nth("x\n  y = 1\n", 2);
    ck_assert_int_eq(t.kind, T_INDENT);
    ck_assert_int_eq(t.ecol, 2);
    t = nth("if x:", 4);
    ck_assert_int_eq(t.kind, T_ENDMARKER);
    ck_assert_int_eq(t.line, 1);
    ck_assert_int_eq(t.ecol, 6);
    ck_assert(t.flags & LEXF_EOF);
    /* an implicit newline at the end has the line's length as its column */
    t = nth("x = ", 2);
    ck_assert_int_eq(t.kind, T_NEWLINE);
    ck_assert_int_eq(t.col, 4);
    /* after a UTF-8 BOM, columns start at 0 */
    t = nth("\xef\xbb\xbfx = 1", 0);
    ck_assert_int_eq(t.kind, T_NAME);
    ck_assert_int_eq(t.col, 0);
}
END_TEST

START_TEST(test_fexpr)
{
    /* an f-string's expression, lexed in place: synthetic parentheses around it */
    const char *src = "f'{a + b!r}'";
    Token t;
    lex_init_fexpr(&lx, src + 3, 5, src, 1);
    const int want[] = { T_LPAR, T_NAME, T_PLUS, T_NAME, T_RPAR, T_ENDMARKER };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        ck_assert_int_eq(lex_next(&lx, &t), want[i]);
        if (i == 0) {
            ck_assert(t.flags & LEXF_SYNTH);
            ck_assert_int_eq(t.col, 2);
        }
        if (i == 1)
            ck_assert_int_eq(t.col, 3);
        if (i == 1)
            ck_assert_int_eq(t.level, 1);
    }
    /* newlines inside are ignored, as inside brackets */
    const char *src2 = "f'''{a\n+ b}'''";
    lex_init_fexpr(&lx, src2 + 5, 5, src2, 1);
    const int want2[] = { T_LPAR, T_NAME, T_PLUS, T_NAME, T_RPAR, T_ENDMARKER };
    for (size_t i = 0; i < sizeof want2 / sizeof want2[0]; i++)
        ck_assert_int_eq(lex_next(&lx, &t), want2[i]);
}
END_TEST

START_TEST(test_garbage)
{
    /* any bytes: the lexer ends, with a token or an error */
    unsigned seed = 12345;
    char buf[64];
    Token t;
    for (int round = 0; round < 5000; round++) {
        size_t n = (size_t)(round % 64);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (char)(seed >> 16);
        }
        lex_init(&lx, buf, n);
        int count = 0;
        TokKind k;
        do {
            k = lex_next(&lx, &t);
            ck_assert(count++ < 1000);
        } while (k != T_ENDMARKER && k != T_ERROR);
    }
}
END_TEST

static Suite *lexer_suite(void)
{
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_operators);
    tcase_add_test(tc, test_keywords_and_names);
    tcase_add_test(tc, test_indentation);
    tcase_add_test(tc, test_indentation_errors);
    tcase_add_test(tc, test_line_joining);
    tcase_add_test(tc, test_joining_errors);
    tcase_add_test(tc, test_numbers);
    tcase_add_test(tc, test_number_errors);
    tcase_add_test(tc, test_strings);
    tcase_add_test(tc, test_string_errors);
    tcase_add_test(tc, test_escapes);
    tcase_add_test(tc, test_character_errors);
    tcase_add_test(tc, test_positions);
    tcase_add_test(tc, test_fexpr);
    tcase_add_test(tc, test_garbage);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(lexer_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
