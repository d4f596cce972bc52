/*
** fstring.c — string literals: adjacent-literal concatenation, decoding, and
** f-strings (literal parts, {expression!conversion:spec} fields, the '=' specifier).
**
** This follows CPython 3.11's Parser/string_parser.c: the f-string text is scanned
** here, and each field's expression is parsed by a nested Parser over the same source
** bytes (a field cannot contain a backslash, so its text is the source text). Errors
** from the scan are placed, as in CPython, at the token after the strings; errors in a
** field's expression get CPython's "f-string: " prefix and columns relative to "(expr)".
*/
#include "parser/parse_int.h"

#include <string.h>

typedef struct StrBuild {
    Parser *p;
    Vec parts;                  /* E_CONST and E_FORMATTED parts (f-strings) */
    char *buf;                  /* literal text not yet made a part */
    size_t len, cap;
    bool fmode;                 /* an f-string took part */
    int line, col, end_line, end_col;   /* the whole concatenation */
    const Token *spec_tok;      /* a format spec: the token it is in (see joined) */
} StrBuild;

static char *reserve(StrBuild *b, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 32;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *nb = parse_alloc(b->p, cap);
        if (b->len)
            memcpy(nb, b->buf, b->len);
        b->buf = nb;
        b->cap = cap;
    }
    return b->buf + b->len;
}

static void add_text(StrBuild *b, const char *s, size_t n)
{
    memcpy(reserve(b, n), s, n);
    b->len += n;
}

/* Decodes a literal piece (escapes unless raw) onto the text. */
static void add_decoded(StrBuild *b, const char *s, size_t n, bool raw)
{
    char msg[256];
    size_t outn;
    char *out = reserve(b, n);
    int r = lex_unescape(s, n, raw, out, &outn, msg, sizeof msg);
    if (r < 0)
        err_last(b->p, SE_SYNTAX, "%s", msg);
    if (r > 0)
        parse_refuse_range(b->p, b->line, b->col, b->end_line, b->end_col,
                           "\\N{...} escapes are not supported");
    b->len += outn;
}

static Expr *span_node(StrBuild *b, ExprKind k)
{
    Expr *e = new_expr(b->p, k, b->line, b->col);
    e->end_line = b->end_line;
    e->end_col = b->end_col;
    return e;
}

static Expr *str_const(StrBuild *b)
{
    Expr *e = span_node(b, E_CONST);
    e->u.cons.kind = CONST_STR;
    reserve(b, 0);
    b->buf[b->len] = '\0';
    e->u.cons.s = b->buf;
    e->u.cons.slen = b->len;
    b->buf = NULL;
    b->len = b->cap = 0;
    return e;
}

static void flush(StrBuild *b)
{
    if (b->len)
        vpush(b->p, &b->parts, str_const(b));
}

/* The JoinedStr of a format spec, and the text that ends it, span only the token
   the spec is in (CPython 3.11 places them so); the parts before its fields span the
   whole concatenation, like the other parts. */
static Expr *joined(StrBuild *b)
{
    if (b->spec_tok) {
        b->line = b->spec_tok->line;
        b->col = b->spec_tok->col;
        b->end_line = b->spec_tok->end_line;
        b->end_col = b->spec_tok->end_col;
    }
    flush(b);
    Expr *e = span_node(b, E_JOINEDSTR);
    e->u.joined.values = vexprs(&b->parts);
    return e;
}

/* ---- f-strings ------------------------------------------------------------------------- */

static void fstring_parse(StrBuild *b, Token *t, const char **str, const char *end, bool raw,
                          int level);

/* The literal text up to the next field ('{') or, in a format spec, its end ('}').
   Returns true when a doubled brace ended it (CPython decodes the text up to and
   including one brace, then scans on after the other). */
static bool find_literal(StrBuild *b, const char **str, const char *end, bool raw, int level)
{
    const char *s = *str, *start = s;
    bool doubled = false;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                /* skip \N{...}, whose braces are not fields */
                if (s < end && *s++ == '{')
                    while (s < end && *s++ != '}')
                        ;
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (level == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    doubled = true;
                    break;
                }
                if (ch == '}') {
                    *str = s - 1;
                    err_last(b->p, SE_SYNTAX, "f-string: single '}' is not allowed");
                }
            }
            s--;
            break;
        }
    }
    if (!doubled)
        *str = s;
    if (s > start)
        add_decoded(b, start, (size_t)(s - start), raw);
    return doubled;
}

/* Where ptr lies in the source: its line and that line's start. */
static void locate(const Token *t, const char *ptr, int *line, const char **ls)
{
    *line = t->line;
    *ls = t->start - t->col;
    for (const char *s = t->start; s < ptr; s++) {
        if (*s == '\n' || (*s == '\r' && !(s + 1 < ptr && s[1] == '\n'))) {
            (*line)++;
            *ls = s + 1;
        }
    }
}

static Expr *compile_expr(StrBuild *b, Token *t, const char *start, const char *end)
{
    Parser *p = b->p;
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r'))
        s++;
    if (s == end) {
        if (*end == '!' || *end == ':' || *end == '=')
            err_last(p, SE_SYNTAX, "f-string: expression required before '%c'", *end);
        err_last(p, SE_SYNTAX, "f-string: empty expression not allowed");
    }
    int line;
    const char *ls;
    locate(t, start, &line, &ls);
    return parse_fstring_expr(p, start, (size_t)(end - start), line, (int)(start - ls), ls);
}

/* A field: *str is at its '{'. */
static void find_expr(StrBuild *b, Token *t, const char **str, const char *end, bool raw,
                      int level)
{
    Parser *p = b->p;
    char quote = 0, stack[LEX_MAXLEVEL];
    int string_type = 0, depth = 0;
    if (level >= 2)
        err_last(p, SE_SYNTAX, "f-string: expressions nested too deeply");
    (*str)++;
    const char *start = *str;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\')
            err_last(p, SE_SYNTAX, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote = 0;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= LEX_MAXLEVEL)
                err_last(p, SE_SYNTAX, "f-string: too many nested parenthesis");
            stack[depth++] = ch;
        } else if (ch == '#') {
            err_last(p, SE_SYNTAX, "f-string expression part cannot include '#'");
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char nx = (*str)[1];
                if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && nx == '=') {
                    (*str)++;   /* != == <= >= */
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth)
                err_last(p, SE_SYNTAX, "f-string: unmatched '%c'", ch);
            int open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}')))
                err_last(p, SE_SYNTAX, "f-string: closing parenthesis '%c' does not match "
                         "opening parenthesis '%c'", ch, open);
        }
    }
    const char *expr_end = *str;
    if (quote)
        err_last(p, SE_SYNTAX, "f-string: unterminated string");
    if (depth)
        err_last(p, SE_SYNTAX, "f-string: unmatched '%c'", stack[depth - 1]);
    if (*str >= end)
        goto unexpected_end;

    Expr *value = compile_expr(b, t, start, expr_end);
    bool debug = false;
    int conversion = -1;
    Expr *spec = NULL;
    if (**str == '=') {
        (*str)++;
        while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' ||
                              **str == '\r' || **str == '\f' || **str == '\v'))
            (*str)++;
        if (*str >= end)
            goto unexpected_end;
        add_text(b, start, (size_t)(*str - start));
        debug = true;
    }
    if (**str == '!') {
        (*str)++;
        if (*str >= end)
            goto unexpected_end;
        conversion = (unsigned char)**str;
        (*str)++;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
            err_last(p, SE_SYNTAX, "f-string: invalid conversion character: expected 's', "
                     "'r', or 'a'");
    }
    if (*str < end && **str == ':') {
        (*str)++;
        if (*str >= end)
            goto unexpected_end;
        StrBuild sb = { p, {0}, NULL, 0, 0, true, b->line, b->col, b->end_line, b->end_col,
                        t };
        fstring_parse(&sb, t, str, end, raw, level + 1);
        spec = joined(&sb);
    }
    if (*str >= end || **str != '}')
        goto unexpected_end;
    (*str)++;
    if (debug && !spec && conversion == -1)
        conversion = 'r';
    flush(b);
    Expr *f = span_node(b, E_FORMATTED);
    f->u.formatted.value = value;
    f->u.formatted.conversion = conversion;
    f->u.formatted.spec = spec;
    vpush(p, &b->parts, f);
    return;
unexpected_end:
    err_last(p, SE_SYNTAX, "f-string: expecting '}'");
}

/* CPython's _PyPegen_FstringParser_ConcatFstring */
static void fstring_parse(StrBuild *b, Token *t, const char **str, const char *end, bool raw,
                          int level)
{
    b->fmode = true;
    for (;;) {
        if (find_literal(b, str, end, raw, level))
            continue;
        if (*str >= end || **str == '}')
            break;
        find_expr(b, t, str, end, raw, level);
    }
    if (level == 0 && *str < end - 1)
        err_last(b->p, SE_SYNTAX, "f-string: unexpected end of string");
    if (level != 0 && (*str >= end || **str != '}'))
        err_last(b->p, SE_SYNTAX, "f-string: expecting '}'");
}

Expr *parse_fstring_expr(Parser *p, const char *text, size_t len, int line, int col,
                         const char *line_start)
{
    Parser sp;
    memset(&sp, 0, sizeof sp);
    sp.a = p->a;
    sp.mode = PARSE_EVAL;
    sp.err = p->err;
    sp.jb = p->jb;
    sp.src = p->src;
    sp.srclen = p->srclen;
    sp.outer = p;
    sp.fx_line = line;
    sp.fx_col = col;
    sp.depth = p->depth;
    sp.stack_base = p->stack_base;
    p->generic = false;
    lex_init_fexpr(&sp.lx, text, len, line_start, line);
    Expr *e = parse_star_expressions(&sp);
    if (!at(&sp, T_ENDMARKER))
        syntax_error(&sp);
    if (sp.have_compile_err && !p->have_compile_err) {
        p->compile_err = sp.compile_err;
        p->have_compile_err = true;
    }
    if (sp.have_refused && !p->have_refused) {
        p->refused = sp.refused;
        p->have_refused = true;
    }
    return e;
}

/* ---- adjacent literals ----------------------------------------------------------------- */

Expr *parse_strings(Parser *p)
{
    Vec toks = {0};
    while (at(p, T_STRING))
        vpush(p, &toks, next(p));
    tok(p, 0);                  /* errors below are placed at the token after the strings */
    Token *first = toks.items[0], *last = toks.items[toks.n - 1];
    StrBuild b = { p, {0}, NULL, 0, 0, false, first->line, first->col, last->end_line,
                   last->end_col, NULL };
    bool bytes = false, saved = p->in_strings;
    p->in_strings = true;
    for (int i = 0; i < toks.n; i++) {
        Token *t = toks.items[i];
        bool tbytes = (t->flags & LEXF_BYTES) != 0, raw = (t->flags & LEXF_RAW) != 0;
        const char *body;
        size_t n;
        lex_string_body(t, &body, &n);
        if (tbytes) {
            for (size_t k = 0; k < n; k++)
                if ((unsigned char)body[k] >= 0x80)
                    err_tok(p, t, "bytes can only contain ASCII literal characters");
        }
        if (i != 0 && bytes != tbytes)
            err_last(p, SE_SYNTAX, "cannot mix bytes and nonbytes literals");
        bytes = tbytes;
        if (tbytes) {
            parse_refuse_range(p, t->line, t->col, t->end_line, t->end_col,
                               "bytes literals are not supported");
        } else if (t->flags & LEXF_FSTRING) {
            const char *s = body;
            fstring_parse(&b, t, &s, body + n, raw, 0);
        } else {
            add_decoded(&b, body, n, raw);
        }
    }
    p->in_strings = saved;
    if (!b.fmode)
        return str_const(&b);
    flush(&b);
    for (int i = 0; i < b.parts.n; i++)
        if (((Expr *)b.parts.items[i])->kind == E_FORMATTED)
            return joined(&b);
    /* no field: a plain string */
    Expr *e = b.parts.n == 1 ? b.parts.items[0] : str_const(&b);
    vpush(p, &p->fstr_consts, e);
    return e;
}
