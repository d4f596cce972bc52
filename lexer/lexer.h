/*
** lexer.h — UTF-8 source text to tokens, as CPython 3.11's tokenizer cuts them.
**
** The lexer works on demand: lex_next() returns one token at a time, with its
** position (line 1-based, col 0-based in bytes, end just past it) and its text in the
** source. It produces NEWLINE/INDENT/DEDENT/ENDMARKER with Python's rules (blank and
** comment-only lines ignored, implicit joining inside brackets, explicit joining with
** '\', tabs to the next multiple of 8 and the tab-size-1 consistency check), keywords
** as their own kinds, and every operator. Literals are only delimited here (and their
** syntax checked); their values are decoded by the parser with lex_unescape().
**
** Errors come back as T_ERROR with lx->err filled in, worded and placed as CPython
** places them (line, 1-based column in code points). Every lexer error is final: after
** T_ERROR, lex_next keeps returning T_ERROR.
**
** All state lives in the Lexer struct: no globals, no allocation.
*/
#ifndef rill_lexer_h
#define rill_lexer_h

#include <stddef.h>
#include <stdbool.h>

#define LEX_MAXINDENT 100       /* as CPython: "too many levels of indentation" */
#define LEX_MAXLEVEL  200       /* as CPython: "too many nested parentheses" */
#define LEX_TABSIZE   8

/* X(NAME, text): the token kinds without fixed text, then operators, then keywords. */
#define LEX_BASIC_TOKENS(X) \
    X(ENDMARKER, "end of input") X(NAME, "name") X(NUMBER, "number") \
    X(STRING, "string") X(NEWLINE, "newline") X(INDENT, "indent") \
    X(DEDENT, "dedent") X(ERROR, "error") \
    X(OP_OTHER, "character")    /* a character no token starts with: $ ? ! ` <> */

#define LEX_OPERATORS(X) \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}") \
    X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") \
    X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">") \
    X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") X(EQEQUAL, "==") X(NOTEQUAL, "!=") \
    X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") \
    X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") \
    X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") \
    X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") \
    X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") \
    X(DOUBLESLASH, "//") X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") \
    X(RARROW, "->") X(ELLIPSIS, "...") X(COLONEQUAL, ":=")

/* Hard keywords only: the soft ones (match, case, _) are NAMEs. */
#define LEX_KEYWORDS(X) \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and") X(AS, "as") \
    X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await") X(BREAK, "break") \
    X(CLASS, "class") X(CONTINUE, "continue") X(DEF, "def") X(DEL, "del") \
    X(ELIF, "elif") X(ELSE, "else") X(EXCEPT, "except") X(FINALLY, "finally") \
    X(FOR, "for") X(FROM, "from") X(GLOBAL, "global") X(IF, "if") X(IMPORT, "import") \
    X(IN, "in") X(IS, "is") X(LAMBDA, "lambda") X(NONLOCAL, "nonlocal") X(NOT, "not") \
    X(OR, "or") X(PASS, "pass") X(RAISE, "raise") X(RETURN, "return") X(TRY, "try") \
    X(WHILE, "while") X(WITH, "with") X(YIELD, "yield")

typedef enum TokKind {
#define X(n, s) T_##n,
    LEX_BASIC_TOKENS(X)
    LEX_OPERATORS(X)
    LEX_KEYWORDS(X)
#undef X
    T__COUNT
} TokKind;

#define T_FIRST_KEYWORD T_FALSE

/* Token flags. */
enum {
    LEXF_FLOAT   = 1 << 0,  /* NUMBER: has a '.' or an exponent */
    LEXF_IMAG    = 1 << 1,  /* NUMBER: ends in j/J */
    LEXF_RAW     = 1 << 2,  /* STRING: r prefix */
    LEXF_BYTES   = 1 << 3,  /* STRING: b prefix */
    LEXF_FSTRING = 1 << 4,  /* STRING: f prefix */
    LEXF_TRIPLE  = 1 << 5,  /* STRING: triple-quoted */
    LEXF_EOF     = 1 << 6,  /* DEDENT/ENDMARKER: produced at the end of the input */
    LEXF_SYNTH   = 1 << 7   /* the '(' and ')' an f-string expression is wrapped in */
};

typedef struct Token {
    TokKind kind;
    unsigned flags;
    const char *start;          /* text in the source; len bytes (0 for INDENT...) */
    size_t len;
    int line, col;              /* col: 0-based byte column; -1 for INDENT, DEDENT and
                                   ENDMARKER, which have no text (as in CPython) */
    int end_line, end_col;      /* just past the token; -1 where col is -1 */
    int level;                  /* bracket depth after this token */
    int ecol;                   /* where col is -1: the column CPython reports for an
                                   error at this token (bytes from the line start to
                                   the lexer's position) */
} Token;

typedef enum LexErrKind { LEXE_SYNTAX, LEXE_INDENTATION, LEXE_TAB } LexErrKind;

typedef struct LexError {
    LexErrKind kind;            /* SyntaxError, IndentationError, TabError */
    char msg[256];
    int line, col;              /* CPython's lineno and offset (1-based code points) */
    int end_line, end_col;      /* CPython's end_lineno and end_offset (may be 0/-1) */
    bool incomplete;            /* only that the input ended early */
    bool unclosed;              /* input ended inside brackets ("'(' was never closed") */
    bool bare_text;             /* an error CPython's tokenizer raises itself (its
                                   syntaxerror()): SyntaxError.text is the line without
                                   its newline */
    bool quiet;                 /* an error CPython's tokenizer only records (bad
                                   indentation, a bad line continuation, end of input):
                                   it does not replace a parse error found before it */
} LexError;

typedef struct Lexer {
    const char *src, *end;      /* the whole buffer */
    const char *cur;            /* next byte to read */
    const char *line_start;     /* start of the line being read */
    int line;
    const char *last_line_start;/* the line before line (for positions at EOF) */
    int last_line;
    bool need_nl;               /* an implicit '\n' is still to come at the end */
    bool atbol;                 /* at the beginning of a line */
    bool done;                  /* ENDMARKER or an error was returned */
    bool failed;                /* an error was returned */
    int indent;                 /* index into indstack */
    int pendin;                 /* pending INDENTs (> 0) or DEDENTs (< 0) */
    int indstack[LEX_MAXINDENT + 1];
    int altindstack[LEX_MAXINDENT + 1];
    int level;                  /* bracket depth */
    char parenstack[LEX_MAXLEVEL];
    int parenline[LEX_MAXLEVEL];
    int parencol[LEX_MAXLEVEL];         /* byte column of the bracket */
    const char *parenls[LEX_MAXLEVEL];  /* start of its line */
    int fexpr;                  /* f-string expression: 0 no, 1 '(' to give, 2 in it,
                                   3 ')' given */
    LexError err;
} Lexer;

/* A module's source (len bytes; NUL bytes and a UTF-8 BOM handled). */
void lex_init(Lexer *lx, const char *src, size_t len);

/* The expression part of an f-string: expr..expr+len lies inside the source buffer,
   on line `line` that starts at line_start. Tokens are given as for "(expr)": a
   synthetic '(' first, a synthetic ')' at the end (both flagged LEXF_SYNTH), then
   ENDMARKER; newlines inside are ignored, as inside brackets. */
void lex_init_fexpr(Lexer *lx, const char *expr, size_t len, const char *line_start,
                    int line);

/* The next token into *t; returns its kind. */
TokKind lex_next(Lexer *lx, Token *t);

/* "(" for T_LPAR, "if" for T_IF, "name" for T_NAME ... */
const char *lex_kind_text(TokKind k);

/* Keyword kind of a name, or T_NAME. */
TokKind lex_keyword(const char *s, size_t n);

/* The body of a STRING token (without prefix and quotes). */
void lex_string_body(const Token *t, const char **body, size_t *n);

/* Decodes a string literal body (after its prefix and quotes) into out, which must
   hold n bytes (decoding never grows the text): escapes unless raw, "\r\n" and "\r" to
   "\n", unknown escapes kept verbatim. Returns 0; 1 when the text has a \N{...}
   escape, which rill does not support (it is kept as written); or -1 with CPython's
   message in msg (e.g. "(unicode error) 'unicodeescape' codec can't decode bytes in
   position 0-2: truncated \xXX escape"). */
int lex_unescape(const char *s, size_t n, bool raw, char *out, size_t *outn,
                 char *msg, size_t msgsize);

/* Number of code points in p..q (UTF-8; a stray byte counts as one). */
int lex_cpcount(const char *p, const char *q);

/* Decodes one UTF-8 sequence at s (n bytes available) into *cp; returns its length,
   or 0 when the bytes are not valid UTF-8. */
int lex_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);

/* Encodes cp as UTF-8 into out (4 bytes); returns the length. */
int lex_utf8_encode(unsigned cp, char *out);

#endif
