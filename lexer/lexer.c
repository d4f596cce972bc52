/*
** lexer.c — the tokenizer: indentation, brackets, names, numbers, string delimiting,
** operators, and the tokenizer's SyntaxErrors.
**
** It follows CPython 3.11's Parser/tokenizer.c closely, down to where each error is
** placed, because CPython is the oracle for every message, line and column. The
** source is read through nextc()/peekc(), which turn "\r\n" and "\r" into "\n" and
** add the implicit newline CPython appends to a last line that lacks one.
*/
#include "lexer/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define EOFC (-1)

static const char *const kind_text[T__COUNT] = {
#define X(n, s) s,
    LEX_BASIC_TOKENS(X)
    LEX_OPERATORS(X)
    LEX_KEYWORDS(X)
#undef X
};

const char *lex_kind_text(TokKind k)
{
    return (unsigned)k < T__COUNT ? kind_text[k] : "?";
}

TokKind lex_keyword(const char *s, size_t n)
{
    if (n < 2 || n > 8)
        return T_NAME;
    for (int k = T_FIRST_KEYWORD; k < T__COUNT; k++) {
        const char *kw = kind_text[k];
        if (kw[0] == s[0] && strlen(kw) == n && memcmp(kw, s, n) == 0)
            return (TokKind)k;
    }
    return T_NAME;
}

/* ---- characters ----------------------------------------------------------------- */

static int peekc(const Lexer *lx)
{
    if (lx->cur < lx->end) {
        unsigned char c = (unsigned char)*lx->cur;
        return c == '\r' ? '\n' : c;
    }
    return lx->need_nl ? '\n' : EOFC;
}

static int nextc(Lexer *lx)
{
    int c;
    if (lx->cur < lx->end) {
        c = (unsigned char)*lx->cur++;
        if (c == '\r') {
            if (lx->cur < lx->end && *lx->cur == '\n')
                lx->cur++;
            c = '\n';
        }
    } else if (lx->need_nl) {
        lx->need_nl = false;
        c = '\n';
    } else {
        return EOFC;
    }
    if (c == '\n') {
        lx->last_line_start = lx->line_start;
        lx->last_line = lx->line;
        lx->line++;
        lx->line_start = lx->cur;
    }
    return c;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static bool id_start_byte(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
static bool id_byte(int c) { return id_start_byte(c) || is_digit(c); }

/* Length of the line starting at ls, without its newline. */
static const char *line_end(const Lexer *lx, const char *ls)
{
    const char *p = ls;
    while (p < lx->end && *p != '\n' && *p != '\r')
        p++;
    return p;
}

/* ---- Unicode classes for identifiers (an approximation of XID_Start/XID_Continue:
   every code point is a letter except the symbol, punctuation and space blocks
   below; marks and digits may only continue a name) ---------------------------- */

typedef struct { unsigned lo, hi; } Range;

static const Range nonprintable[] = {
    {0x80, 0xA0}, {0xAD, 0xAD}, {0x600, 0x605}, {0x61C, 0x61C}, {0x6DD, 0x6DD},
    {0x70F, 0x70F}, {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F},
    {0x2028, 0x202F}, {0x205F, 0x2064}, {0x2066, 0x206F}, {0x3000, 0x3000},
    {0xD800, 0xF8FF}, {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB}, {0x110BD, 0x110BD},
    {0x1D173, 0x1D17A}, {0xE0001, 0xE007F}, {0xF0000, 0x10FFFF},
};

static const Range symbols[] = {
    {0xA1, 0xA9}, {0xAB, 0xAC}, {0xAE, 0xB4}, {0xB6, 0xB6}, {0xB8, 0xB9},
    {0xBB, 0xBF}, {0xD7, 0xD7}, {0xF7, 0xF7}, {0x2C2, 0x2C5}, {0x2D2, 0x2DF},
    {0x2E5, 0x2EB}, {0x2ED, 0x2ED}, {0x2EF, 0x2FF}, {0x375, 0x375}, {0x37E, 0x37E},
    {0x384, 0x385}, {0x3F6, 0x3F6}, {0x482, 0x482}, {0x55A, 0x55F}, {0x589, 0x58A},
    {0x5BE, 0x5BE}, {0x5C0, 0x5C0}, {0x5C3, 0x5C3}, {0x5C6, 0x5C6}, {0x5F3, 0x5F4},
    {0x606, 0x60F}, {0x61B, 0x61B}, {0x61D, 0x61F}, {0x66A, 0x66D}, {0x6D4, 0x6D4},
    {0x964, 0x965}, {0x970, 0x970}, {0xE3F, 0xE3F}, {0xE4F, 0xE4F}, {0xE5A, 0xE5B},
    {0x2010, 0x2027}, {0x2030, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x205E},
    {0x2070, 0x2070}, {0x2074, 0x207E}, {0x2080, 0x208E}, {0x20A0, 0x20CF},
    {0x2100, 0x2101}, {0x2103, 0x2106}, {0x2108, 0x2109}, {0x2114, 0x2114},
    {0x2116, 0x2118}, {0x211E, 0x2123}, {0x2125, 0x2125}, {0x2127, 0x2127},
    {0x2129, 0x2129}, {0x212E, 0x212E}, {0x213A, 0x213B}, {0x2140, 0x2144},
    {0x214A, 0x214D}, {0x214F, 0x215F}, {0x2189, 0x2BFF}, {0x2CE5, 0x2CEA},
    {0x2CF9, 0x2CFF}, {0x2E00, 0x2E7F}, {0x2E80, 0x2FFF}, {0x3001, 0x3004},
    {0x3008, 0x3020}, {0x3030, 0x3030}, {0x303D, 0x303F}, {0x309B, 0x309C},
    {0x30A0, 0x30A0}, {0x30FB, 0x30FB}, {0x3190, 0x319F}, {0x31C0, 0x31EF},
    {0x3200, 0x33FF}, {0x4DC0, 0x4DFF}, {0xA490, 0xA4CF}, {0xA4FE, 0xA4FF},
    {0xA60D, 0xA60F}, {0xA700, 0xA716}, {0xA720, 0xA721}, {0xA789, 0xA78A},
    {0xFD3E, 0xFD3F}, {0xFDFC, 0xFDFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE32},
    {0xFE35, 0xFE4C}, {0xFE50, 0xFE6F}, {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20},
    {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF65}, {0xFFE0, 0xFFEF},
    {0xFFFC, 0xFFFF}, {0x10100, 0x1013F}, {0x1D000, 0x1D24F}, {0x1D300, 0x1D35F},
    {0x1F000, 0x1FAFF}, {0x1FB00, 0x1FBEF},
};

static const Range continue_only[] = {
    {0xB7, 0xB7}, {0x300, 0x36F}, {0x387, 0x387}, {0x483, 0x489}, {0x591, 0x5BD},
    {0x5BF, 0x5BF}, {0x5C1, 0x5C2}, {0x5C4, 0x5C5}, {0x5C7, 0x5C7}, {0x610, 0x61A},
    {0x64B, 0x669}, {0x670, 0x670}, {0x6D6, 0x6DC}, {0x6DF, 0x6E4}, {0x6E7, 0x6E8},
    {0x6EA, 0x6ED}, {0x6F0, 0x6F9}, {0x900, 0x903}, {0x93A, 0x93C}, {0x93E, 0x94F},
    {0x951, 0x957}, {0x962, 0x963}, {0x966, 0x96F}, {0xE31, 0xE31}, {0xE34, 0xE3A},
    {0xE47, 0xE4E}, {0xE50, 0xE59}, {0x1369, 0x1371}, {0x19DA, 0x19DA},
    {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200C, 0x200D}, {0x203F, 0x2040},
    {0x2054, 0x2054}, {0x20D0, 0x20F0}, {0x302A, 0x302F}, {0x3099, 0x309A},
    {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFE33, 0xFE34}, {0xFE4D, 0xFE4F},
    {0xFF10, 0xFF19}, {0xFF3F, 0xFF3F}, {0xE0100, 0xE01EF},
};

static bool in_ranges(const Range *r, size_t n, unsigned cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid].lo)
            hi = mid;
        else if (cp > r[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

#define IN(tab, cp) in_ranges(tab, sizeof(tab) / sizeof(tab[0]), cp)

static bool printable(unsigned cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return !IN(nonprintable, cp);
}

/* 1: may start a name; 2: may only continue one; 0: no */
static int id_class(unsigned cp)
{
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_')
            return 1;
        return is_digit((int)cp) ? 2 : 0;
    }
    if (IN(continue_only, cp))
        return 2;
    if (!printable(cp) || IN(symbols, cp))
        return 0;
    return 1;
}

/* ---- errors ------------------------------------------------------------------------ */

/* Column as CPython reports it from the lexer: code points from the line start to p.
   In an f-string expression the line starts at the '(' the expression is wrapped in. */
static int errcol(const Lexer *lx, const char *ls, const char *p)
{
    if (p > lx->end)
        p = lx->end;
    if (lx->fexpr && ls < lx->src)
        return 1 + lex_cpcount(lx->src, p);
    return lex_cpcount(ls, p);
}

static TokKind lerror(Lexer *lx, Token *t, LexErrKind kind, int line, int col, int end_line,
                      int end_col, const char *fmt, ...)
{
    va_list ap;
    LexError *e = &lx->err;
    e->kind = kind;
    e->bare_text = kind == LEXE_SYNTAX;     /* the callers that are not clear it */
    e->line = line;
    e->col = col;
    e->end_line = end_line;
    e->end_col = end_col;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    lx->failed = lx->done = true;
    t->kind = T_ERROR;
    return T_ERROR;
}

/* CPython's syntaxerror(tok, ...): placed at the lexer's position p on the current line */
#define SYNERR_AT(p, ...) \
    lerror(lx, t, LEXE_SYNTAX, lx->line, errcol(lx, lx->line_start, p), lx->line, \
           errcol(lx, lx->line_start, p), __VA_ARGS__)

/* Errors placed at "the whole current line" (CPython moves its position to the end of
   the line it has read): the code points of the line plus its newline. */
static int whole_line_col(const Lexer *lx, const char *ls)
{
    return lex_cpcount(ls, line_end(lx, ls)) + 1;
}

/* ---- init ------------------------------------------------------------------------- */

static void init_common(Lexer *lx, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = src;
    lx->end = src + len;
    lx->line = lx->last_line = 1;
    lx->line_start = lx->last_line_start = src;
}

void lex_init(Lexer *lx, const char *src, size_t len)
{
    if (!src) {
        src = "";
        len = 0;
    }
    init_common(lx, src, len);
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0)
        lx->cur = lx->line_start = lx->last_line_start = src + 3;
    lx->need_nl = lx->cur < lx->end && lx->end[-1] != '\n' && lx->end[-1] != '\r';
    lx->atbol = true;
    const char *nul = len ? memchr(src, '\0', len) : NULL;
    if (nul) {
        Token dummy;
        int line = 1;
        for (const char *p = src; p < nul; p++)
            if (*p == '\n' || (*p == '\r' && (p + 1 >= nul || p[1] != '\n')))
                line++;
        lerror(lx, &dummy, LEXE_SYNTAX, line, 0, line, 0,
               "source code cannot contain null bytes");
        lx->err.bare_text = false;
    }
}

void lex_init_fexpr(Lexer *lx, const char *expr, size_t len, const char *line_start,
                    int line)
{
    init_common(lx, expr, len);
    lx->line_start = lx->last_line_start = line_start;
    lx->line = lx->last_line = line;
    lx->fexpr = 1;
    lx->level = 1;              /* inside the implicit parentheses */
    lx->parenstack[0] = '(';
    lx->parenline[0] = line;
    lx->parencol[0] = (int)(expr - line_start) - 1;
    lx->parenls[0] = line_start;
}

/* ---- pieces of lex_next ------------------------------------------------------------ */

/* The input ended inside brackets. */
static TokKind unclosed_error(Lexer *lx, Token *t)
{
    int i = lx->level - 1;
    lerror(lx, t, LEXE_SYNTAX, lx->parenline[i],
           errcol(lx, lx->parenls[i], lx->parenls[i] + lx->parencol[i]) + 1,
           lx->parenline[i], 0, "'%c' was never closed", lx->parenstack[i]);
    lx->err.incomplete = true;
    lx->err.unclosed = true;
    lx->err.bare_text = false;
    return T_ERROR;
}

/* After a '\' outside a string: the next character must end the line. */
static int continuation(Lexer *lx, Token *t)
{
    int c = nextc(lx);
    if (c != '\n' && c != EOFC) {
        SYNERR_AT(lx->cur, "unexpected character after line continuation character");
        lx->err.end_col = 0;
        lx->err.quiet = true;
        lx->err.bare_text = false;
        return -1;
    }
    if ((c == EOFC || peekc(lx) == EOFC) && lx->level > 0)
        return unclosed_error(lx, t), -1;
    if (c == EOFC || peekc(lx) == EOFC) {
        const char *ls = c == EOFC ? lx->line_start : lx->last_line_start;
        int line = c == EOFC ? lx->line : lx->last_line;
        lerror(lx, t, LEXE_SYNTAX, line, whole_line_col(lx, ls), line, -1,
               "unexpected EOF while parsing");
        lx->err.bare_text = false;
        lx->err.incomplete = true;
        lx->err.quiet = true;
        return -1;
    }
    return 0;
}

/* Position of tokens made at the end of the input (DEDENT, ENDMARKER). */
static void eof_position(const Lexer *lx, Token *t)
{
    t->flags |= LEXF_EOF;
    t->col = t->end_col = -1;
    if (lx->fexpr) {
        t->line = t->end_line = lx->line;
        t->ecol = (int)(lx->end - lx->line_start);
    } else if (lx->line_start >= lx->end && lx->line > 1) {
        t->line = t->end_line = lx->last_line;
        t->ecol = (int)(line_end(lx, lx->last_line_start) - lx->last_line_start) + 1;
    } else {
        t->line = t->end_line = lx->line;
        t->ecol = (int)(lx->cur - lx->line_start);
    }
}

/* Processes the indentation at the start of a line (CPython's atbol block). Returns
   -1 on error, else sets *blank for blank and comment-only lines. */
static int indentation(Lexer *lx, Token *t, bool *blank)
{
    int col = 0, altcol = 0, cont_line_col = 0, c;
    for (;;) {
        c = peekc(lx);
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / LEX_TABSIZE + 1) * LEX_TABSIZE;
            altcol++;
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            /* the first backslash's column is the line's indentation */
            cont_line_col = cont_line_col ? cont_line_col : col;
            nextc(lx);
            if (continuation(lx, t) < 0)
                return -1;
            continue;
        } else {
            break;
        }
        nextc(lx);
    }
    *blank = c == '#' || c == '\n';
    if (*blank || lx->level != 0)
        return 0;
    if (cont_line_col) {
        col = cont_line_col;
        altcol = cont_line_col;
    }
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent])
            goto tab_error;
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= LEX_MAXINDENT) {
            lerror(lx, t, LEXE_INDENTATION, lx->line, 1, lx->line, 0,
                   "too many levels of indentation");
            lx->err.quiet = true;
            return -1;
        }
        if (altcol <= lx->altindstack[lx->indent])
            goto tab_error;
        lx->pendin++;
        lx->indstack[++lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pendin--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            lerror(lx, t, LEXE_INDENTATION, lx->line, whole_line_col(lx, lx->line_start),
                   lx->line, -1, "unindent does not match any outer indentation level");
            lx->err.quiet = true;
            return -1;
        }
        if (altcol != lx->altindstack[lx->indent])
            goto tab_error;
    }
    return 0;
tab_error:
    lerror(lx, t, LEXE_TAB, lx->line, 1, lx->line, 0,
           "inconsistent use of tabs and spaces in indentation");
    lx->err.quiet = true;
    return -1;
}

/* Checks the non-ASCII characters of the name start..end (CPython's
   verify_identifier). */
static int verify_identifier(Lexer *lx, Token *t, const char *start, const char *end)
{
    const char *p = start;
    bool first = true;
    while (p < end) {
        unsigned cp;
        int n = lex_utf8_decode((const unsigned char *)p, (size_t)(end - p), &cp);
        if (n == 0) {
            return SYNERR_AT(p + 1, "(unicode error) 'utf-8' codec can't decode byte 0x%02x "
                             "in position %d: invalid start byte", (unsigned char)*p,
                             (int)(p - start)), -1;
        }
        int cls = id_class(cp);
        if (cls == 0 || (first && cls != 1)) {
            if (printable(cp))
                SYNERR_AT(p + n, "invalid character '%.*s' (U+%04X)", n, p, cp);
            else
                SYNERR_AT(p + n, "invalid non-printable character U+%04X", cp);
            return -1;
        }
        first = false;
        p += n;
    }
    return 0;
}

/* ---- numbers ---------------------------------------------------------------------- */

typedef struct NumScan {
    Lexer *lx;
    Token *t;
    const char *p;              /* CPython's tok->cur */
} NumScan;

static int rd(NumScan *s)
{
    const char *p = s->p++;
    return p < s->lx->end ? (unsigned char)*p : '\n';
}

static int num_error(NumScan *s, const char *fmt, ...)
{
    Lexer *lx = s->lx;
    Token *t = s->t;
    char msg[128];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    SYNERR_AT(s->p, "%s", msg);
    return -1;
}

/* True when the chars at p spell test followed by a non-name char. */
static bool lookahead(NumScan *s, const char *test)
{
    const char *p = s->p;
    for (; *test; test++, p++)
        if (p >= s->lx->end || *p != *test)
            return false;
    return p >= s->lx->end || !id_byte((unsigned char)*p);
}

/* CPython's verify_end_of_number: c was just read. */
static int verify_end(NumScan *s, int c, const char *kind)
{
    bool r = false;
    if (c == 'a')
        r = lookahead(s, "nd");
    else if (c == 'e')
        r = lookahead(s, "lse");
    else if (c == 'f')
        r = lookahead(s, "or");
    else if (c == 'i')
        r = s->p < s->lx->end && (*s->p == 'f' || *s->p == 'n' || *s->p == 's');
    else if (c == 'o')
        r = lookahead(s, "r");
    else if (c == 'n')
        r = lookahead(s, "ot");
    if (r)
        return 0;               /* CPython only warns here */
    if (id_byte(c) && c < 128) {   /* a non-ASCII char: "invalid character" next */
        s->p--;
        Lexer *lx = s->lx;
        Token *t = s->t;
        SYNERR_AT(s->p, "invalid %s literal", kind);
        return -1;
    }
    return 0;
}

/* Reads the rest of a run of digits with single underscores; returns the char after
   it, or 0 on error. */
static int decimal_tail(NumScan *s)
{
    int c;
    for (;;) {
        do
            c = rd(s);
        while (is_digit(c));
        if (c != '_')
            break;
        c = rd(s);
        if (!is_digit(c)) {
            s->p--;
            num_error(s, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* Radix literal after 0x/0o/0b: digits with single underscores. */
static int radix_digits(NumScan *s, int base, const char *kind)
{
    int c = rd(s);
    do {
        if (c == '_')
            c = rd(s);
        bool ok = base == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + base);
        if (!ok) {
            if (base != 16 && is_digit(c))
                return num_error(s, base == 8 ? "invalid digit '%c' in octal literal"
                                              : "invalid digit '%c' in binary literal", c);
            s->p--;
            return num_error(s, "invalid %s literal", kind);
        }
        do
            c = rd(s);
        while (base == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + base));
    } while (c == '_');
    if (base != 16 && is_digit(c))
        return num_error(s, base == 8 ? "invalid digit '%c' in octal literal"
                                      : "invalid digit '%c' in binary literal", c);
    if (verify_end(s, c, kind) < 0)
        return -1;
    s->p--;
    return 0;
}

/* Scans a number starting at start (a digit, or '.' followed by a digit). Sets the
   token's end and flags; -1 on error. */
static int scan_number(Lexer *lx, Token *t, const char *start)
{
    NumScan s = { lx, t, start };
    int c = rd(&s);
    bool frac = false, expo = false, imag = false;
    if (c == '.') {
        c = rd(&s);
        frac = true;
    } else if (c == '0') {
        c = rd(&s);
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int base = (c | 0x20) == 'x' ? 16 : (c | 0x20) == 'o' ? 8 : 2;
            if (radix_digits(&s, base, base == 16 ? "hexadecimal" : base == 8 ? "octal"
                                                                         : "binary") < 0)
                return -1;
            goto done;
        }
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                c = rd(&s);
                if (!is_digit(c)) {
                    s.p--;
                    return num_error(&s, "invalid decimal literal");
                }
            }
            if (c != '0')
                break;
            c = rd(&s);
        }
        const char *zeros_end = s.p;
        if (is_digit(c)) {
            nonzero = true;
            if ((c = decimal_tail(&s)) == 0)
                return -1;
        }
        if (c == '.') {
            c = rd(&s);
            frac = true;
        } else if (c == 'e' || c == 'E') {
            expo = true;
        } else if (c == 'j' || c == 'J') {
            imag = true;
        } else if (nonzero) {
            s.p--;
            /* CPython gives this range in bytes */
            return lerror(lx, t, LEXE_SYNTAX, lx->line, (int)(start + 1 - lx->line_start),
                          lx->line, (int)(zeros_end - lx->line_start),
                          "leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers"), -1;
        } else {
            if (verify_end(&s, c, "decimal") < 0)
                return -1;
            s.p--;
            goto done;
        }
    } else {
        if ((c = decimal_tail(&s)) == 0)
            return -1;
        if (c == '.') {
            c = rd(&s);
            frac = true;
        } else if (c == 'e' || c == 'E') {
            expo = true;
        } else if (c == 'j' || c == 'J') {
            imag = true;
        }
    }
    if (frac) {
        t->flags |= LEXF_FLOAT;
        if (is_digit(c) && (c = decimal_tail(&s)) == 0)
            return -1;
        if (c == 'e' || c == 'E')
            expo = true;
        else if (c == 'j' || c == 'J')
            imag = true;
    }
    if (expo) {
        int e = c;
        c = rd(&s);
        if (c == '+' || c == '-') {
            c = rd(&s);
            if (!is_digit(c)) {
                s.p--;
                return num_error(&s, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            s.p--;
            if (verify_end(&s, e, "decimal") < 0)
                return -1;
            s.p--;              /* the 'e' is not part of the number */
            goto done;
        }
        t->flags |= LEXF_FLOAT;
        if ((c = decimal_tail(&s)) == 0)
            return -1;
        if (c == 'j' || c == 'J')
            imag = true;
    }
    if (imag) {
        t->flags |= LEXF_IMAG;
        c = rd(&s);
        if (verify_end(&s, c, "imaginary") < 0)
            return -1;
    } else if (verify_end(&s, c, "decimal") < 0) {
        return -1;
    }
    s.p--;
done:
    lx->cur = s.p;
    return 0;
}

/* ---- strings ---------------------------------------------------------------------- */

/* The opening quote is at lx->cur; prefix flags already in t->flags. */
static int scan_string(Lexer *lx, Token *t, const char *tstart, const char *tls)
{
    int quote = nextc(lx);
    int quote_size = 1, end_quote_size = 0;
    int first_line = lx->line;
    if (peekc(lx) == quote) {
        nextc(lx);
        if (peekc(lx) == quote) {
            nextc(lx);
            quote_size = 3;
        } else {
            end_quote_size = 1;
        }
    }
    while (end_quote_size != quote_size) {
        int c = nextc(lx);
        if (c == EOFC || (quote_size == 1 && c == '\n')) {
            int col = errcol(lx, tls, tstart) + 1;
            lerror(lx, t, LEXE_SYNTAX, first_line, col, first_line, col,
                   quote_size == 3 ? "unterminated triple-quoted string literal (detected at "
                                     "line %d)"
                                   : "unterminated string literal (detected at line %d)",
                   c == EOFC && lx->fexpr ? lx->line : lx->last_line);
            lx->err.incomplete = c == EOFC;
            return -1;
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\')
                nextc(lx);
        }
    }
    if (quote_size == 3)
        t->flags |= LEXF_TRIPLE;
    return 0;
}

void lex_string_body(const Token *t, const char **body, size_t *n)
{
    const char *s = t->start, *e = t->start + t->len;
    while (*s != '\'' && *s != '"')
        s++;
    size_t q = (t->flags & LEXF_TRIPLE) ? 3 : 1;
    *body = s + q;
    *n = (size_t)(e - s) >= 2 * q ? (size_t)(e - s) - 2 * q : 0;
}

/* ---- operators ---------------------------------------------------------------------- */

typedef struct OpDef { const char *s; TokKind k; } OpDef;

static const OpDef ops3[] = {
    {"**=", T_DOUBLESTAREQUAL}, {"//=", T_DOUBLESLASHEQUAL}, {">>=", T_RIGHTSHIFTEQUAL},
    {"<<=", T_LEFTSHIFTEQUAL}, {"...", T_ELLIPSIS},
};
static const OpDef ops2[] = {
    {"!=", T_NOTEQUAL}, {"%=", T_PERCENTEQUAL}, {"&=", T_AMPEREQUAL}, {"**", T_DOUBLESTAR},
    {"*=", T_STAREQUAL}, {"+=", T_PLUSEQUAL}, {"-=", T_MINEQUAL}, {"->", T_RARROW},
    {"//", T_DOUBLESLASH}, {"/=", T_SLASHEQUAL}, {":=", T_COLONEQUAL},
    {"<<", T_LEFTSHIFT}, {"<=", T_LESSEQUAL}, {"<>", T_OP_OTHER}, {"==", T_EQEQUAL},
    {">=", T_GREATEREQUAL}, {">>", T_RIGHTSHIFT}, {"@=", T_ATEQUAL}, {"^=", T_CIRCUMFLEXEQUAL},
    {"|=", T_VBAREQUAL},
};
static const char ops1_chars[] = "()[]{}:,;+-*/|&<>=.%~^@";
static const TokKind ops1_kinds[] = {
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE, T_COLON, T_COMMA, T_SEMI, T_PLUS,
    T_MINUS, T_STAR, T_SLASH, T_VBAR, T_AMPER, T_LESS, T_GREATER, T_EQUAL, T_DOT,
    T_PERCENT, T_TILDE, T_CIRCUMFLEX, T_AT,
};

/* The operator at p (len bytes available): its kind and length, or 0. */
static int match_op(const char *p, size_t avail, TokKind *k)
{
    for (size_t i = 0; avail >= 3 && i < sizeof ops3 / sizeof ops3[0]; i++)
        if (memcmp(p, ops3[i].s, 3) == 0)
            return *k = ops3[i].k, 3;
    for (size_t i = 0; avail >= 2 && i < sizeof ops2 / sizeof ops2[0]; i++)
        if (memcmp(p, ops2[i].s, 2) == 0)
            return *k = ops2[i].k, 2;
    const char *c = *p ? strchr(ops1_chars, *p) : NULL;
    if (c)
        return *k = ops1_kinds[c - ops1_chars], 1;
    return 0;
}

/* ---- the tokenizer -------------------------------------------------------------------- */

static TokKind finish(Lexer *lx, Token *t, TokKind k, const char *tstart, int tline,
                      const char *tls)
{
    t->kind = k;
    t->start = tstart;
    t->len = (size_t)(lx->cur - tstart);
    t->line = tline;
    t->col = (int)(tstart - tls);
    t->end_line = lx->line;
    t->end_col = (int)(lx->cur - lx->line_start);
    t->level = lx->level;
    return k;
}

/* The synthetic parentheses around an f-string expression. */
static TokKind synth_paren(Lexer *lx, Token *t, TokKind k)
{
    t->kind = k;
    t->flags |= LEXF_SYNTH;
    t->start = k == T_LPAR ? "(" : ")";
    t->len = 1;
    t->line = t->end_line = lx->line;
    t->col = (int)(lx->cur - lx->line_start) - (k == T_LPAR ? 1 : 0);
    t->end_col = t->col + 1;
    if (k == T_RPAR)
        lx->level--;
    t->level = lx->level;
    return k;
}

TokKind lex_next(Lexer *lx, Token *t)
{
    int c;
    bool blankline;
    memset(t, 0, sizeof *t);
    t->col = t->end_col = -1;
    if (lx->failed) {
        t->kind = T_ERROR;
        return T_ERROR;
    }
    if (lx->fexpr == 1) {
        lx->fexpr = 2;
        return synth_paren(lx, t, T_LPAR);
    }
    if (lx->done) {
        t->kind = T_ENDMARKER;
        eof_position(lx, t);
        return T_ENDMARKER;
    }

nextline:
    blankline = false;
    if (lx->atbol) {
        lx->atbol = false;
        if (indentation(lx, t, &blankline) < 0)
            return T_ERROR;
    }
    if (lx->pendin != 0) {
        TokKind k = lx->pendin < 0 ? T_DEDENT : T_INDENT;
        lx->pendin += lx->pendin < 0 ? 1 : -1;
        t->kind = k;
        if (peekc(lx) == EOFC) {
            eof_position(lx, t);
        } else {
            t->line = t->end_line = lx->line;
            t->ecol = (int)(lx->cur - lx->line_start);
        }
        t->level = lx->level;
        return k;
    }

again:
    while ((c = peekc(lx)) == ' ' || c == '\t' || c == '\f')
        nextc(lx);
    const char *tstart = lx->cur;
    const char *tls = lx->line_start;
    int tline = lx->line;
    if (c == '#') {
        while (c != EOFC && c != '\n') {
            nextc(lx);
            c = peekc(lx);
        }
    }

    if (c == EOFC) {
        if (lx->fexpr == 2 && lx->level == 1) {
            lx->fexpr = 3;
            return synth_paren(lx, t, T_RPAR);
        }
        if (lx->level > 0)
            return unclosed_error(lx, t);
        lx->done = true;
        t->kind = T_ENDMARKER;
        eof_position(lx, t);
        t->level = lx->level;
        return T_ENDMARKER;
    }

    /* names, and the prefixes of strings */
    if (id_start_byte(c)) {
        bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
                saw_b = true;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
                saw_u = true;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
                saw_r = true;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
                saw_f = true;
            else
                break;
            nextc(lx);
            c = peekc(lx);
            if (c == '"' || c == '\'') {
                t->flags = (saw_b ? LEXF_BYTES : 0) | (saw_r ? LEXF_RAW : 0) |
                           (saw_f ? LEXF_FSTRING : 0);
                if (scan_string(lx, t, tstart, tls) < 0)
                    return T_ERROR;
                return finish(lx, t, T_STRING, tstart, tline, tls);
            }
        }
        bool nonascii = false;
        while (id_byte(c = peekc(lx))) {
            nonascii |= c >= 128;
            nextc(lx);
        }
        if (nonascii && verify_identifier(lx, t, tstart, lx->cur) < 0)
            return T_ERROR;
        TokKind k = lex_keyword(tstart, (size_t)(lx->cur - tstart));
        return finish(lx, t, k, tstart, tline, tls);
    }

    if (c == '\n') {
        const char *nl = lx->cur;
        nextc(lx);
        lx->atbol = true;
        if (blankline || lx->level > 0)
            goto nextline;
        t->kind = T_NEWLINE;
        t->start = tstart;
        t->len = (size_t)(nl - tstart);
        t->line = t->end_line = tline;
        t->col = (int)(tstart - tls);
        t->end_col = (int)(nl - tls);
        t->level = lx->level;
        return T_NEWLINE;
    }

    if (is_digit(c) || (c == '.' && lx->cur + 1 < lx->end && is_digit(lx->cur[1]))) {
        if (scan_number(lx, t, tstart) < 0)
            return T_ERROR;
        return finish(lx, t, T_NUMBER, tstart, tline, tls);
    }

    if (c == '\'' || c == '"') {
        if (scan_string(lx, t, tstart, tls) < 0)
            return T_ERROR;
        return finish(lx, t, T_STRING, tstart, tline, tls);
    }

    if (c == '\\') {
        nextc(lx);
        if (continuation(lx, t) < 0)
            return T_ERROR;
        goto again;
    }

    TokKind k;
    int n = match_op(lx->cur, (size_t)(lx->end - lx->cur), &k);
    if (n == 0) {
        nextc(lx);
        if (c < 0x20 || c == 0x7F)
            return SYNERR_AT(lx->cur, "invalid non-printable character U+%04X", c);
        return finish(lx, t, T_OP_OTHER, tstart, tline, tls);
    }
    lx->cur += n;
    switch (k) {
    case T_LPAR: case T_LSQB: case T_LBRACE:
        if (lx->level >= LEX_MAXLEVEL)
            return SYNERR_AT(lx->cur, "too many nested parentheses");
        lx->parenstack[lx->level] = (char)c;
        lx->parenline[lx->level] = lx->line;
        lx->parencol[lx->level] = (int)(tstart - lx->line_start);
        lx->parenls[lx->level] = lx->line_start;
        lx->level++;
        break;
    case T_RPAR: case T_RSQB: case T_RBRACE: {
        if (lx->level == 0 || (lx->fexpr && lx->level == 1))
            return SYNERR_AT(lx->cur, "unmatched '%c'", c);
        lx->level--;
        int open = lx->parenstack[lx->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
              (open == '{' && c == '}'))) {
            if (lx->parenline[lx->level] != lx->line)
                return SYNERR_AT(lx->cur, "closing parenthesis '%c' does not match opening "
                                 "parenthesis '%c' on line %d", c, open,
                                 lx->parenline[lx->level]);
            return SYNERR_AT(lx->cur, "closing parenthesis '%c' does not match opening "
                             "parenthesis '%c'", c, open);
        }
        break;
    }
    default:
        break;
    }
    return finish(lx, t, k, tstart, tline, tls);
}
