/*
** check_parser.c — unit tests of parser/parse*.c, fstring.c, ast.c and ast_dump.c:
** trees for expressions (precedence) and statements, f-strings, positions, every
** SyntaxError with CPython 3.11's message, line and columns, the incomplete flag the
** REPL relies on, the constructs rill refuses, and robustness on bad input.
**
** The expected trees and errors in the tables below are literal values taken from
** CPython 3.11 (ast.parse, compile) by a throwaway script, not written by hand; only
** the messages for the constructs rill refuses (test_refused) and the incomplete flag
** are rill's own.
*/
#include "parser/parser.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ----------------------------------------------------------------------- */

static char result[1 << 16];

/* Parses src: the tree's dump, or "ERR <kind> <msg> <line> <col> <eline> <ecol>". */
static const char *parse(const char *src, size_t len, ParseMode mode, SyntaxErr *errp)
{
    Arena a;
    SyntaxErr err;
    arena_init(&a, NULL, NULL);
    Module *m = parse_source(&a, src, len, mode, &err);
    if (m) {
        const char *d = ast_dump_module(&a, m);
        snprintf(result, sizeof result, "%s", d ? d : "(null dump)");
    } else {
        snprintf(result, sizeof result, "ERR %d %s %d %d %d %d", (int)err.kind, err.msg,
                 err.line, err.col, err.end_line, err.end_col);
    }
    if (errp)
        *errp = err;
    arena_free(&a);
    return result;
}

static const char *dump(const char *src)
{
    return parse(src, strlen(src), PARSE_FILE, NULL);
}

/* The expression's dump in eval mode, without the (Module (Expr ...)) around it. */
static const char *dump_expr(const char *src)
{
    static char buf[1 << 16];
    const char *r = parse(src, strlen(src), PARSE_EVAL, NULL);
    size_t n = strlen(r);
    if (strncmp(r, "(Module (Expr ", 14) == 0 && n >= 16) {
        memcpy(buf, r + 14, n - 16);
        buf[n - 16] = '\0';
        return buf;
    }
    return r;
}

static SyntaxErr error_of(const char *src, ParseMode mode)
{
    SyntaxErr err;
    Arena a;
    arena_init(&a, NULL, NULL);
    Module *m = parse_source(&a, src, strlen(src), mode, &err);
    arena_free(&a);
    if (m)
        memset(&err, 0, sizeof err);
    return err;
}

/* ---- expressions ------------------------------------------------------------------------ */

static const struct { const char *src, *tree; } exprs[] = {
    { "1 + 2 * 3", "(BinOp + (Const 1) (BinOp * (Const 2) (Const 3)))" },
    { "(1 + 2) * 3", "(BinOp * (BinOp + (Const 1) (Const 2)) (Const 3))" },
    { "1 - 2 - 3", "(BinOp - (BinOp - (Const 1) (Const 2)) (Const 3))" },
    { "2 ** 3 ** 2", "(BinOp ** (Const 2) (BinOp ** (Const 3) (Const 2)))" },
    { "-2 ** 2", "(UnaryOp - (BinOp ** (Const 2) (Const 2)))" },
    { "-2 ** -1", "(UnaryOp - (BinOp ** (Const 2) (UnaryOp - (Const 1))))" },
    { "~a ** b", "(UnaryOp ~ (BinOp ** (Name a) (Name b)))" },
    { "not a == b", "(UnaryOp not (Compare (Name a) == (Name b)))" },
    { "not not a", "(UnaryOp not (UnaryOp not (Name a)))" },
    { "a or b and c", "(BoolOp or (Name a) (BoolOp and (Name b) (Name c)))" },
    { "(a or b) and c", "(BoolOp and (BoolOp or (Name a) (Name b)) (Name c))" },
    { "a and b or c and d",
      "(BoolOp or (BoolOp and (Name a) (Name b)) (BoolOp and (Name c) (Name d"
      ")))" },
    { "a or b or c", "(BoolOp or (Name a) (Name b) (Name c))" },
    { "a if b else c if d else e",
      "(IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e)))" },
    { "(a if b else c) if d else e",
      "(IfExp (Name d) (IfExp (Name b) (Name a) (Name c)) (Name e))" },
    { "lambda: a if b else c", "(Lambda (arguments) (IfExp (Name b) (Name a) (Name c)))" },
    { "lambda x, y=1: x + y",
      "(Lambda (arguments (args x y) (defaults (Const 1))) (BinOp + (Name x) "
      "(Name y)))" },
    { "a < b < c", "(Compare (Name a) < (Name b) < (Name c))" },
    { "a < b == c != d >= e <= f > g",
      "(Compare (Name a) < (Name b) == (Name c) != (Name d) >= (Name e) <= (N"
      "ame f) > (Name g))" },
    { "a is not b", "(Compare (Name a) is not (Name b))" },
    { "a not in b", "(Compare (Name a) not in (Name b))" },
    { "a in b is c", "(Compare (Name a) in (Name b) is (Name c))" },
    { "a | b ^ c & d", "(BinOp | (Name a) (BinOp ^ (Name b) (BinOp & (Name c) (Name d))))" },
    { "a << b >> c", "(BinOp >> (BinOp << (Name a) (Name b)) (Name c))" },
    { "a + b << c", "(BinOp << (BinOp + (Name a) (Name b)) (Name c))" },
    { "a & b + c", "(BinOp & (Name a) (BinOp + (Name b) (Name c)))" },
    { "a @ b * c // d % e / f",
      "(BinOp / (BinOp % (BinOp // (BinOp * (BinOp @ (Name a) (Name b)) (Name"
      " c)) (Name d)) (Name e)) (Name f))" },
    { "a * -b", "(BinOp * (Name a) (UnaryOp - (Name b)))" },
    { "-a * b", "(BinOp * (UnaryOp - (Name a)) (Name b))" },
    { "+a - -b", "(BinOp - (UnaryOp + (Name a)) (UnaryOp - (Name b)))" },
    { "a ** -b ** c", "(BinOp ** (Name a) (UnaryOp - (BinOp ** (Name b) (Name c))))" },
    { "a.b.c(d)[e]", "(Subscript (Call (Attribute (Attribute (Name a) b) c) (Name d)) (Name e))" },
    { "a(b)(c)", "(Call (Call (Name a) (Name b)) (Name c))" },
    { "a[b][c]", "(Subscript (Subscript (Name a) (Name b)) (Name c))" },
    { "a[1:2]", "(Subscript (Name a) (Slice (Const 1) (Const 2) _))" },
    { "a[::]", "(Subscript (Name a) (Slice _ _ _))" },
    { "a[1:2:3, ::4]",
      "(Subscript (Name a) (Tuple (Slice (Const 1) (Const 2) (Const 3)) (Slic"
      "e _ _ (Const 4))))" },
    { "a[:, 1]", "(Subscript (Name a) (Tuple (Slice _ _ _) (Const 1)))" },
    { "a[1,]", "(Subscript (Name a) (Tuple (Const 1)))" },
    { "a[*b]", "(Subscript (Name a) (Tuple (Starred (Name b))))" },
    { "a[x := 1]", "(Subscript (Name a) (NamedExpr (Name x Store) (Const 1)))" },
    { "f(a, *b, c=1, **d)",
      "(Call (Name f) (Name a) (Starred (Name b)) (keyword c (Const 1)) (keyw"
      "ord ** (Name d)))" },
    { "f(x for x in y)",
      "(Call (Name f) (GeneratorExp (Name x) (comprehension (Name x Store) (N"
      "ame y))))" },
    { "f((x for x in y), 1)",
      "(Call (Name f) (GeneratorExp (Name x) (comprehension (Name x Store) (N"
      "ame y))) (Const 1))" },
    { "f(*a, *b, **c, **d)",
      "(Call (Name f) (Starred (Name a)) (Starred (Name b)) (keyword ** (Name"
      " c)) (keyword ** (Name d)))" },
    { "f(a=1, *b)", "(Call (Name f) (Starred (Name b)) (keyword a (Const 1)))" },
    { "[1, 2, *a]", "(List (Const 1) (Const 2) (Starred (Name a)))" },
    { "(1,)", "(Tuple (Const 1))" },
    { "()", "(Tuple)" },
    { "(a)", "(Name a)" },
    { "((a, b), c)", "(Tuple (Tuple (Name a) (Name b)) (Name c))" },
    { "{1, 2, *a}", "(Set (Const 1) (Const 2) (Starred (Name a)))" },
    { "{}", "(Dict)" },
    { "{1: 2, **a, 3: 4}", "(Dict (Const 1) (Const 2) ** (Name a) (Const 3) (Const 4))" },
    { "[x for x in y if x if not x for z in x]",
      "(ListComp (Name x) (comprehension (Name x Store) (Name y) (Name x) (Un"
      "aryOp not (Name x))) (comprehension (Name z Store) (Name x)))" },
    { "{x for x in y}", "(SetComp (Name x) (comprehension (Name x Store) (Name y)))" },
    { "{k: v for k, v in d.items()}",
      "(DictComp (Name k) (Name v) (comprehension (Tuple (Name k Store) (Name"
      " v Store) Store) (Call (Attribute (Name d) items))))" },
    { "(x for x in y)", "(GeneratorExp (Name x) (comprehension (Name x Store) (Name y)))" },
    { "(yield)", "(Yield)" },
    { "(yield x)", "(Yield (Name x))" },
    { "(yield from x)", "(YieldFrom (Name x))" },
    { "(x := 1)", "(NamedExpr (Name x Store) (Const 1))" },
    { "[y := 1, y ** 2]",
      "(List (NamedExpr (Name y Store) (Const 1)) (BinOp ** (Name y) (Const 2"
      ")))" },
    { "'a' 'b'", "(Const 'ab')" },
    { "'a' f'{b}' 'c'", "(JoinedStr (Const 'a') (FormattedValue (Name b)) (Const 'c'))" },
    { "f'{x!r:>{width}}'",
      "(JoinedStr (FormattedValue (Name x) !r (JoinedStr (Const '>') (Formatt"
      "edValue (Name width)))))" },
    { "f'{x=}'", "(JoinedStr (Const 'x=') (FormattedValue (Name x) !r))" },
    { "f'{x = !s:^5}'",
      "(JoinedStr (Const 'x = ') (FormattedValue (Name x) !s (JoinedStr (Cons"
      "t '^5'))))" },
    { "f'{{}}{x}'", "(JoinedStr (Const '{}') (FormattedValue (Name x)))" },
    { "f'{a[\"b\"]:{c}.{d}}'",
      "(JoinedStr (FormattedValue (Subscript (Name a) (Const 'b')) (JoinedStr"
      " (FormattedValue (Name c)) (Const '.') (FormattedValue (Name d)))))" },
    { "f''", "(Const '')" },
    { "rf'\\n{x}'", "(JoinedStr (Const '\\\\n') (FormattedValue (Name x)))" },
    { "u'\\xe9'", "(Const '\303\251')" },
    { "'\\x41\\u00e9\\101'", "(Const 'A\303\251A')" },
    { "...", "(Const ...)" },
    { "None", "(Const None)" },
    { "True and False", "(BoolOp and (Const True) (Const False))" },
    { "0x_1F + 0o17 + 0b11 + 1_000",
      "(BinOp + (BinOp + (BinOp + (Const 0x1F) (Const 0o17)) (Const 0b11)) (C"
      "onst 1000))" },
    { "1.5e3 + .5 + 1.", "(BinOp + (BinOp + (Const 1500.0) (Const 0.5)) (Const 1.0))" },
    { "1e400", "(Const inf)" },
    { "a if b else lambda: c", "(IfExp (Name b) (Name a) (Lambda (arguments) (Name c)))" },
    { "not a if b else c", "(IfExp (Name b) (UnaryOp not (Name a)) (Name c))" },
    { "-a.b", "(UnaryOp - (Attribute (Name a) b))" },
    { "x.y.z", "(Attribute (Attribute (Name x) y) z)" },
    { "print(*args, sep='', end='\\n')",
      "(Call (Name print) (Starred (Name args)) (keyword sep (Const '')) (key"
      "word end (Const '\\n')))" },
    { "a[b:c, d:e:f, ...]",
      "(Subscript (Name a) (Tuple (Slice (Name b) (Name c) _) (Slice (Name d)"
      " (Name e) (Name f)) (Const ...)))" },
    { "lambda *a, **k: 0", "(Lambda (arguments (vararg a) (kwarg k)) (Const 0))" },
    { "lambda a, /, b, *, c: 0",
      "(Lambda (arguments (posonly a) (args b) (kwonly c)) (Const 0))" },
    { "lambda *, a=1, b: 0",
      "(Lambda (arguments (kwonly a b) (kw_defaults (Const 1) _)) (Const 0))" },
};

START_TEST(test_expressions)
{
    ck_assert_str_eq(dump_expr(exprs[_i].src), exprs[_i].tree);
}
END_TEST

/* ---- statements -------------------------------------------------------------------------- */

static const struct { const char *src, *tree; } stmts[] = {
    { "x = 1\n", "(Module (Assign (Name x Store) (Const 1)))" },
    { "x = y = z = 0\n",
      "(Module (Assign (Name x Store) (Name y Store) (Name z Store) (Const 0)"
      "))" },
    { "a, b = b, a\n",
      "(Module (Assign (Tuple (Name a Store) (Name b Store) Store) (Tuple (Na"
      "me b) (Name a))))" },
    { "a, *b = c\n",
      "(Module (Assign (Tuple (Name a Store) (Starred (Name b Store) Store) S"
      "tore) (Name c)))" },
    { "[a, (b, *c)] = d\n",
      "(Module (Assign (List (Name a Store) (Tuple (Name b Store) (Starred (N"
      "ame c Store) Store) Store) Store) (Name d)))" },
    { "x.y = z[0] = w\n",
      "(Module (Assign (Attribute (Name x) y Store) (Subscript (Name z) (Cons"
      "t 0) Store) (Name w)))" },
    { "x += 1\n", "(Module (AugAssign (Name x Store) + (Const 1)))" },
    { "x.y -= 1\n", "(Module (AugAssign (Attribute (Name x) y Store) - (Const 1)))" },
    { "x[0] **= 2\n", "(Module (AugAssign (Subscript (Name x) (Const 0) Store) ** (Const 2)))" },
    { "x: int\n", "(Module (AnnAssign (Name x Store) (Name int) _ simple))" },
    { "x: int = 5\n", "(Module (AnnAssign (Name x Store) (Name int) (Const 5) simple))" },
    { "(x): int = 5\n", "(Module (AnnAssign (Name x Store) (Name int) (Const 5)))" },
    { "x.y: str = 'a'\n",
      "(Module (AnnAssign (Attribute (Name x) y Store) (Name str) (Const 'a')"
      "))" },
    { "x = yield\n", "(Module (Assign (Name x Store) (Yield)))" },
    { "y = yield from g\n", "(Module (Assign (Name y Store) (YieldFrom (Name g))))" },
    { "x = yield a, b\n", "(Module (Assign (Name x Store) (Yield (Tuple (Name a) (Name b)))))" },
    { "del a, b.c, d[0]\n",
      "(Module (Delete (Name a Del) (Attribute (Name b) c Del) (Subscript (Na"
      "me d) (Const 0) Del)))" },
    { "del (a, b)\n", "(Module (Delete (Tuple (Name a Del) (Name b Del) Del)))" },
    { "del [a], (b)\n", "(Module (Delete (List (Name a Del) Del) (Name b Del)))" },
    { "pass; break; continue\n", "(Module (Pass) (Break) (Continue))" },
    { "return\n", "(Module (Return))" },
    { "return a, *b\n", "(Module (Return (Tuple (Name a) (Starred (Name b)))))" },
    { "raise\n", "(Module (Raise))" },
    { "raise X\n", "(Module (Raise (Name X)))" },
    { "raise X from Y\n", "(Module (Raise (Name X) (from (Name Y))))" },
    { "assert x\n", "(Module (Assert (Name x)))" },
    { "assert x, 'msg'\n", "(Module (Assert (Name x) (Const 'msg')))" },
    { "global a, b\n", "(Module (Global a b))" },
    { "nonlocal a\n", "(Module (Nonlocal a))" },
    { "import a\n", "(Module (Import (alias a)))" },
    { "import a.b.c as d, e\n", "(Module (Import (alias a.b.c d) (alias e)))" },
    { "from m import a, b as c\n", "(Module (ImportFrom m 0 (alias a) (alias b c)))" },
    { "from m import (a,\n  b as c,)\n", "(Module (ImportFrom m 0 (alias a) (alias b c)))" },
    { "from . import x\n", "(Module (ImportFrom _ 1 (alias x)))" },
    { "from .. m import y\n", "(Module (ImportFrom m 2 (alias y)))" },
    { "from ...a.b import c\n", "(Module (ImportFrom a.b 3 (alias c)))" },
    { "if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g\n",
      "(Module (If (Name a) (body (Expr (Name b))) (orelse (If (Name c) (body"
      " (Expr (Name d))) (orelse (If (Name e) (body (Expr (Name f))) (orelse "
      "(Expr (Name g)))))))))" },
    { "if a: b; c\n", "(Module (If (Name a) (body (Expr (Name b)) (Expr (Name c)))))" },
    { "while x:\n    break\nelse:\n    pass\n",
      "(Module (While (Name x) (body (Break)) (orelse (Pass))))" },
    { "for i in range(3):\n    continue\nelse:\n    pass\n",
      "(Module (For (Name i Store) (Call (Name range) (Const 3)) (body (Conti"
      "nue)) (orelse (Pass))))" },
    { "for a, b in c: pass\n",
      "(Module (For (Tuple (Name a Store) (Name b Store) Store) (Name c) (bod"
      "y (Pass))))" },
    { "for x, in y: pass\n",
      "(Module (For (Tuple (Name x Store) Store) (Name y) (body (Pass))))" },
    { "for i in *a, *b: pass\n",
      "(Module (For (Name i Store) (Tuple (Starred (Name a)) (Starred (Name b"
      "))) (body (Pass))))" },
    { "try:\n    a\nexcept E:\n    b\nexcept (A, B) as e:\n    c\nexcept:\n  "
      "  d\nelse:\n    e\nfinally:\n    f\n",
      "(Module (Try (body (Expr (Name a))) (except (Name E) (body (Expr (Name"
      " b)))) (except (Tuple (Name A) (Name B)) (as e) (body (Expr (Name c)))"
      ") (except (body (Expr (Name d)))) (orelse (Expr (Name e))) (finally (E"
      "xpr (Name f)))))" },
    { "try:\n    a\nfinally:\n    b\n",
      "(Module (Try (body (Expr (Name a))) (finally (Expr (Name b)))))" },
    { "with a: pass\n", "(Module (With (withitem (Name a)) (body (Pass))))" },
    { "with a as b, c as (d, e), f: pass\n",
      "(Module (With (withitem (Name a) (Name b Store)) (withitem (Name c) (T"
      "uple (Name d Store) (Name e Store) Store)) (withitem (Name f)) (body ("
      "Pass))))" },
    { "with (a as b, c): pass\n",
      "(Module (With (withitem (Name a) (Name b Store)) (withitem (Name c)) ("
      "body (Pass))))" },
    { "with (a, b) as c: pass\n",
      "(Module (With (withitem (Tuple (Name a) (Name b)) (Name c Store)) (bod"
      "y (Pass))))" },
    { "with (a): pass\n", "(Module (With (withitem (Name a)) (body (Pass))))" },
    { "def f(): pass\n", "(Module (FunctionDef f (arguments) (body (Pass))))" },
    { "def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n",
      "(Module (FunctionDef f (arguments (args a b) (vararg args) (kwonly c d"
      ") (kw_defaults _ (Const 2)) (kwarg kw) (defaults (Const 1))) (body (Re"
      "turn (Name a))) (returns (Name int))))" },
    { "def f(a, /, b, *, c): pass\n",
      "(Module (FunctionDef f (arguments (posonly a) (args b) (kwonly c)) (bo"
      "dy (Pass))))" },
    { "def f(x: int = 1, *y: str, z: 'q', **w: float) -> None: pass\n",
      "(Module (FunctionDef f (arguments (args x) (vararg y) (kwonly z) (kwar"
      "g w) (defaults (Const 1))) (body (Pass)) (returns (Const None))))" },
    { "@d\n@e.f(1)\ndef g(): pass\n",
      "(Module (FunctionDef g (arguments) (body (Pass)) (decorators (Name d) "
      "(Call (Attribute (Name e) f) (Const 1)))))" },
    { "class A: pass\n", "(Module (ClassDef A (body (Pass))))" },
    { "class A(B, C, metaclass=M, **kw):\n    '''doc'''\n    x = 1\n    def f"
      "(self): return self\n",
      "(Module (ClassDef A (bases (Name B) (Name C)) (keyword metaclass (Name"
      " M)) (keyword ** (Name kw)) (body (Expr (Const 'doc')) (Assign (Name x"
      " Store) (Const 1)) (FunctionDef f (arguments (args self)) (body (Retur"
      "n (Name self)))))))" },
    { "@dataclass\nclass P:\n    x: int = 0\n",
      "(Module (ClassDef P (body (AnnAssign (Name x Store) (Name int) (Const "
      "0) simple)) (decorators (Name dataclass))))" },
    { "class A(): pass\n", "(Module (ClassDef A (body (Pass))))" },
    { "match = 1\nmatch(x)\ncase = 2\n_ = 3\n",
      "(Module (Assign (Name match Store) (Const 1)) (Expr (Call (Name match)"
      " (Name x))) (Assign (Name case Store) (Const 2)) (Assign (Name _ Store"
      ") (Const 3)))" },
    { "print(f'{x!r:>10} {y=}')\n",
      "(Module (Expr (Call (Name print) (JoinedStr (FormattedValue (Name x) !"
      "r (JoinedStr (Const '>10'))) (Const ' y=') (FormattedValue (Name y) !r"
      ")))))" },
    { "x = 1  # comment\n# another\n\ny = 2\n",
      "(Module (Assign (Name x Store) (Const 1)) (Assign (Name y Store) (Cons"
      "t 2)))" },
    { "if x:\n    # c\n    pass\n", "(Module (If (Name x) (body (Pass))))" },
    { "def f():\n    yield\n    yield x\n    x = yield\n    yield from y\n",
      "(Module (FunctionDef f (arguments) (body (Expr (Yield)) (Expr (Yield ("
      "Name x))) (Assign (Name x Store) (Yield)) (Expr (YieldFrom (Name y))))"
      "))" },
    { "lambda: (yield)\n", "(Module (Expr (Lambda (arguments) (Yield))))" },
    { "x = [i for i in range(10) if i % 2]\n",
      "(Module (Assign (Name x Store) (ListComp (Name i) (comprehension (Name"
      " i Store) (Call (Name range) (Const 10)) (BinOp % (Name i) (Const 2)))"
      ")))" },
    { "x = 1 if y else 2\n",
      "(Module (Assign (Name x Store) (IfExp (Name y) (Const 1) (Const 2))))" },
    { "f(**{'a': 1}, b=2)\n",
      "(Module (Expr (Call (Name f) (keyword ** (Dict (Const 'a') (Const 1)))"
      " (keyword b (Const 2)))))" },
    { "x = \\\n  1\n", "(Module (Assign (Name x Store) (Const 1)))" },
    { "if (n := 10) > 5: pass\n",
      "(Module (If (Compare (NamedExpr (Name n Store) (Const 10)) > (Const 5)"
      ") (body (Pass))))" },
    { "a = b = c = d\n",
      "(Module (Assign (Name a Store) (Name b Store) (Name c Store) (Name d))"
      ")" },
};

START_TEST(test_statements)
{
    ck_assert_str_eq(dump(stmts[_i].src), stmts[_i].tree);
}
END_TEST

/* ---- errors ---------------------------------------------------------------------------- */

static const struct {
    const char *src;
    SyntaxErrKind kind;
    const char *msg;
    int line, col, end_line, end_col;
} errors[] = {
    { "1_\n", SE_SYNTAX, "invalid decimal literal", 1, 2, 1, 2 },
    { "1__0\n", SE_SYNTAX, "invalid decimal literal", 1, 2, 1, 2 },
    { "1a\n", SE_SYNTAX, "invalid decimal literal", 1, 1, 1, 1 },
    { "0x\n", SE_SYNTAX, "invalid hexadecimal literal", 1, 2, 1, 2 },
    { "0b2\n", SE_SYNTAX, "invalid digit '2' in binary literal", 1, 3, 1, 3 },
    { "0o8\n", SE_SYNTAX, "invalid digit '8' in octal literal", 1, 3, 1, 3 },
    { "012\n", SE_SYNTAX,
      "leading zeros in decimal integer literals are not permitted; use an 0o"
      " prefix for octal integers", 1, 1, 1, 2 },
    { "1e\n", SE_SYNTAX, "invalid decimal literal", 1, 1, 1, 1 },
    { "1e+\n", SE_SYNTAX, "invalid decimal literal", 1, 3, 1, 3 },
    { "0x1for\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 7 },
    { "0_\n", SE_SYNTAX, "invalid decimal literal", 1, 2, 1, 2 },
    { "0b\n", SE_SYNTAX, "invalid binary literal", 1, 2, 1, 2 },
    { "0o\n", SE_SYNTAX, "invalid octal literal", 1, 2, 1, 2 },
    { "0x_\n", SE_SYNTAX, "invalid hexadecimal literal", 1, 3, 1, 3 },
    { "0xg\n", SE_SYNTAX, "invalid hexadecimal literal", 1, 2, 1, 2 },
    { "0b1_2\n", SE_SYNTAX, "invalid digit '2' in binary literal", 1, 5, 1, 5 },
    { "1.2.3\n", SE_SYNTAX, "invalid syntax", 1, 4, 1, 6 },
    { "1e5x\n", SE_SYNTAX, "invalid decimal literal", 1, 3, 1, 3 },
    { "0777\n", SE_SYNTAX,
      "leading zeros in decimal integer literals are not permitted; use an 0o"
      " prefix for octal integers", 1, 1, 1, 2 },
    { "0.5_\n", SE_SYNTAX, "invalid decimal literal", 1, 4, 1, 4 },
    { "1_e5\n", SE_SYNTAX, "invalid decimal literal", 1, 2, 1, 2 },
    { "x = 'abc\n", SE_SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5 },
    { "x = '''abc\n\n", SE_SYNTAX,
      "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5 },
    { "x = 'ab\\\ncd\n", SE_SYNTAX, "unterminated string literal (detected at line 2)", 1, 5, 1,
      5 },
    { "x = \"abc", SE_SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5 },
    { "x = $\n", SE_SYNTAX, "invalid syntax", 1, 5, 1, 6 },
    { "x = 1 ? 2\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 8 },
    { "a = 1 \342\202\254 2\n", SE_SYNTAX, "invalid character '\342\202\254' (U+20AC)", 1, 7, 1,
      7 },
    { "a = \342\200\213\n", SE_SYNTAX, "invalid non-printable character U+200B", 1, 5, 1, 5 },
    { "x = (1,\n", SE_SYNTAX, "'(' was never closed", 1, 5, 1, 0 },
    { "x = (1 2\n", SE_SYNTAX, "'(' was never closed", 1, 5, 1, 0 },
    { "x = (\n1 2\n", SE_SYNTAX, "'(' was never closed", 1, 5, 1, 0 },
    { "x = )\n", SE_SYNTAX, "unmatched ')'", 1, 5, 1, 5 },
    { "x = (]\n", SE_SYNTAX, "closing parenthesis ']' does not match opening parenthesis '('", 1,
      6, 1, 6 },
    { "x = (\n]\n", SE_SYNTAX,
      "closing parenthesis ']' does not match opening parenthesis '(' on line"
      " 1", 2, 1, 2, 1 },
    { "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
      "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((("
      "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\n", SE_SYNTAX,
      "too many nested parentheses", 1, 201, 1, 201 },
    { "x = 1 \\ 2\n", SE_SYNTAX, "unexpected character after line continuation character", 1, 8,
      1, 0 },
    { "x = 1 \\\n", SE_SYNTAX, "unexpected EOF while parsing", 1, 8, 1, -1 },
    { "x = 1 \\", SE_SYNTAX, "unexpected EOF while parsing", 1, 8, 1, -1 },
    { "if x:\npass\n", SE_INDENTATION,
      "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5 },
    { " x = 1\n", SE_INDENTATION, "unexpected indent", 1, 1, 1, -1 },
    { "if x:\n    a\n  b\n", SE_INDENTATION,
      "unindent does not match any outer indentation level", 3, 4, 3, -1 },
    { "if x:\n\ta\n        b\n", SE_TAB, "inconsistent use of tabs and spaces in indentation", 3,
      1, 3, 0 },
    { "if x:\n        a\n\tb\n", SE_TAB, "inconsistent use of tabs and spaces in indentation", 3,
      1, 3, 0 },
    { "x = '\\x4'\n", SE_SYNTAX,
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0"
      "-2: truncated \\xXX escape", 1, 10, 1, 10 },
    { "'\\u12'\n", SE_SYNTAX,
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0"
      "-3: truncated \\uXXXX escape", 1, 7, 1, 7 },
    { "'\\U00110000'\n", SE_SYNTAX,
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0"
      "-9: illegal Unicode character", 1, 13, 1, 13 },
    { "if x:\n    a\n  bcd\n", SE_INDENTATION,
      "unindent does not match any outer indentation level", 3, 6, 3, -1 },
    { "if x:\n    a\n  b = 1\n", SE_INDENTATION,
      "unindent does not match any outer indentation level", 3, 8, 3, -1 },
    { "if x:\n    a\n  b = 1", SE_INDENTATION,
      "unindent does not match any outer indentation level", 3, 8, 3, -1 },
    { "if x:\n    a\n  b = 1  # c\n", SE_INDENTATION,
      "unindent does not match any outer indentation level", 3, 13, 3, -1 },
    { "if x:\n    a\n  b\n\n\n", SE_INDENTATION,
      "unindent does not match any outer indentation level", 3, 4, 3, -1 },
    { "if x:\n    a\n  \303\251 = 1\n", SE_INDENTATION,
      "unindent does not match any outer indentation level", 3, 8, 3, -1 },
    { "if x:\n  if y:\n      a\n    b = 1\n", SE_INDENTATION,
      "unindent does not match any outer indentation level", 4, 10, 4, -1 },
    { "if x:\n\ta\n        b = 12\n", SE_TAB,
      "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0 },
    { "if x:\n\ta\n \tb = 12\n", SE_TAB, "inconsistent use of tabs and spaces in indentation", 3,
      1, 3, 0 },
    { "if x:\n        a\n\tb = 123\n", SE_TAB,
      "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0 },
    { "if 1:\n\tif 2:\n\t\ta\n  \t\tb\n", SE_TAB,
      "inconsistent use of tabs and spaces in indentation", 4, 1, 4, 0 },
    { " x = 12\n", SE_INDENTATION, "unexpected indent", 1, 1, 1, -1 },
    { "x\n  y = 1\n", SE_INDENTATION, "unexpected indent", 2, 2, 2, -1 },
    { "x\n\n  # c\n  y = 1\n", SE_INDENTATION, "unexpected indent", 4, 2, 4, -1 },
    { "if x\n", SE_SYNTAX, "expected ':'", 1, 5, 1, 5 },
    { "if x\n  pass\n", SE_SYNTAX, "expected ':'", 1, 5, 1, 5 },
    { "while x\n", SE_SYNTAX, "expected ':'", 1, 8, 1, 8 },
    { "for x in y\n", SE_SYNTAX, "expected ':'", 1, 11, 1, 11 },
    { "def f()\n", SE_SYNTAX, "expected ':'", 1, 8, 1, 8 },
    { "class A\n", SE_SYNTAX, "expected ':'", 1, 8, 1, 8 },
    { "class A(B)\n", SE_SYNTAX, "expected ':'", 1, 11, 1, 11 },
    { "try\n", SE_SYNTAX, "expected ':'", 1, 4, 1, 4 },
    { "else\n", SE_SYNTAX, "invalid syntax", 1, 1, 1, 5 },
    { "with a as b\n", SE_SYNTAX, "expected ':'", 1, 12, 1, 12 },
    { "try:\n  pass\nexcept\n", SE_SYNTAX, "expected ':'", 3, 7, 3, 7 },
    { "try:\n  pass\nexcept E\n", SE_SYNTAX, "expected ':'", 3, 9, 3, 9 },
    { "try:\n  pass\nfinally\n", SE_SYNTAX, "expected ':'", 3, 8, 3, 8 },
    { "def f:\n", SE_SYNTAX, "expected '('", 1, 6, 1, 7 },
    { "lambda x x\n", SE_SYNTAX, "invalid syntax", 1, 10, 1, 11 },
    { "if x = 1:\n  pass\n", SE_SYNTAX,
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9 },
    { "if x.y = 1:\n pass\n", SE_SYNTAX,
      "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 1, 7 },
    { "print x\n", SE_SYNTAX, "Missing parentheses in call to 'print'. Did you mean print(...)?",
      1, 1, 1, 8 },
    { "print 'a', b\n", SE_SYNTAX,
      "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 13 },
    { "exec 'a'\n", SE_SYNTAX, "Missing parentheses in call to 'exec'. Did you mean exec(...)?",
      1, 1, 1, 9 },
    { "f(a b)\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6 },
    { "[1 2]\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5 },
    { "x = 1 2\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 8 },
    { "a b\n", SE_SYNTAX, "invalid syntax", 1, 3, 1, 4 },
    { "f(a=1, b)\n", SE_SYNTAX, "positional argument follows keyword argument", 1, 9, 1, 10 },
    { "f(**a, b)\n", SE_SYNTAX, "positional argument follows keyword argument unpacking", 1, 9, 1,
      10 },
    { "f(**a, *b)\n", SE_SYNTAX, "iterable argument unpacking follows keyword argument unpacking",
      1, 8, 1, 9 },
    { "f(x for x in y, 1)\n", SE_SYNTAX, "Generator expression must be parenthesized", 1, 3, 1,
      15 },
    { "f(1, x for x in y)\n", SE_SYNTAX, "Generator expression must be parenthesized", 1, 6, 1,
      18 },
    { "f(a=1 for a in b)\n", SE_SYNTAX,
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 1, 5 },
    { "1 = x\n", SE_SYNTAX, "cannot assign to literal here. Maybe you meant '==' instead of '='?",
      1, 1, 1, 2 },
    { "f() = 1\n", SE_SYNTAX,
      "cannot assign to function call here. Maybe you meant '==' instead of '"
      "='?", 1, 1, 1, 4 },
    { "a + b = 1\n", SE_SYNTAX,
      "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6 },
    { "(a, 1) = x\n", SE_SYNTAX, "cannot assign to literal", 1, 5, 1, 6 },
    { "del 1\n", SE_SYNTAX, "cannot delete literal", 1, 5, 1, 6 },
    { "del f()\n", SE_SYNTAX, "cannot delete function call", 1, 5, 1, 8 },
    { "True = 1\n", SE_SYNTAX, "cannot assign to True", 1, 1, 1, 5 },
    { "x.True\n", SE_SYNTAX, "invalid syntax", 1, 3, 1, 7 },
    { "a, b += 1\n", SE_SYNTAX, "'tuple' is an illegal expression for augmented assignment", 1, 1,
      1, 5 },
    { "[a, b] += 1\n", SE_SYNTAX, "'list' is an illegal expression for augmented assignment", 1,
      1, 1, 7 },
    { "f() += 1\n", SE_SYNTAX,
      "'function call' is an illegal expression for augmented assignment", 1, 1, 1, 4 },
    { "x[1] := 3\n", SE_SYNTAX, "cannot use assignment expressions with subscript", 1, 1, 1, 5 },
    { "(x[1] := 3)\n", SE_SYNTAX, "cannot use assignment expressions with subscript", 1, 2, 1, 6 },
    { "(a.b := 3)\n", SE_SYNTAX, "cannot use assignment expressions with attribute", 1, 2, 1, 5 },
    { "[*x for x in y]\n", SE_SYNTAX, "iterable unpacking cannot be used in comprehension", 1, 2,
      1, 4 },
    { "{**x for x in y}\n", SE_SYNTAX, "dict unpacking cannot be used in dict comprehension", 1,
      2, 1, 4 },
    { "a, *b, *c = d\n", SE_SYNTAX, "multiple starred expressions in assignment", 1, 1, 1, 10 },
    { "*a = b\n", SE_SYNTAX, "starred assignment target must be in a list or tuple", 1, 1, 1, 3 },
    { "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", SE_SYNTAX,
      "default 'except:' must be last", 3, 1, 4, 7 },
    { "try:\n  pass\nx = 1\n", SE_SYNTAX, "expected 'except' or 'finally' block", 3, 1, 3, 2 },
    { "f'{}'\n", SE_SYNTAX, "f-string: empty expression not allowed", 1, 6, 1, 6 },
    { "x = f'{}' + 1\n", SE_SYNTAX, "f-string: empty expression not allowed", 1, 11, 1, 12 },
    { "f'}'\n", SE_SYNTAX, "f-string: single '}' is not allowed", 1, 5, 1, 5 },
    { "f'{'\n", SE_SYNTAX, "f-string: expecting '}'", 1, 5, 1, 5 },
    { "f'{a'\n", SE_SYNTAX, "f-string: expecting '}'", 1, 6, 1, 6 },
    { "f'{a!x}'\n", SE_SYNTAX,
      "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9 },
    { "f'{a!}'\n", SE_SYNTAX, "f-string: invalid conversion character: expected 's', 'r', or 'a'",
      1, 8, 1, 8 },
    { "f'{\\n}'\n", SE_SYNTAX, "f-string expression part cannot include a backslash", 1, 8, 1, 8 },
    { "f'{a b}'\n", SE_SYNTAX, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1,
      5 },
    { "f'{a:{b:{c}}}'\n", SE_SYNTAX, "f-string: expressions nested too deeply", 1, 15, 1, 15 },
    { "f'{a:{b:{c:{d}}}}'\n", SE_SYNTAX, "f-string: expressions nested too deeply", 1, 19, 1, 19 },
    { "f'{#}'\n", SE_SYNTAX, "f-string expression part cannot include '#'", 1, 7, 1, 7 },
    { "f'{a!r=}'\n", SE_SYNTAX, "f-string: expecting '}'", 1, 10, 1, 10 },
    { "f'{ }'\n", SE_SYNTAX, "f-string: empty expression not allowed", 1, 7, 1, 7 },
    { "f'{lambda x:1}'\n", SE_SYNTAX, "f-string: invalid syntax", 1, 10, 1, 11 },
    { "f'{*a}'\n", SE_SYNTAX, "f-string: cannot use starred expression here", 1, 2, 1, 4 },
    { "f'{a)}'\n", SE_SYNTAX, "f-string: unmatched ')'", 1, 8, 1, 8 },
    { "f'{a]}'\n", SE_SYNTAX, "f-string: unmatched ']'", 1, 8, 1, 8 },
    { "f'{(a}'\n", SE_SYNTAX,
      "f-string: closing parenthesis '}' does not match opening parenthesis '"
      "('", 1, 8, 1, 8 },
    { "f'{a b c}'\n", SE_SYNTAX, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1,
      5 },
    { "x = 1\ny = f'{a $ b}'\n", SE_SYNTAX, "f-string: invalid syntax", 2, 4, 2, 5 },
    { "f'a' b'x'\n", SE_SYNTAX, "cannot mix bytes and nonbytes literals", 1, 10, 1, 10 },
    { "if x:\n", SE_INDENTATION, "expected an indented block after 'if' statement on line 1", 1,
      6, 1, -1 },
    { "if x:", SE_INDENTATION, "expected an indented block after 'if' statement on line 1", 1, 6,
      1, -1 },
    { "if x:\n\n\n", SE_INDENTATION, "expected an indented block after 'if' statement on line 1",
      3, 1, 3, -1 },
    { "if x:\n  # c\n", SE_INDENTATION,
      "expected an indented block after 'if' statement on line 1", 2, 6, 2, -1 },
    { "try:\n  pass\n", SE_SYNTAX, "expected 'except' or 'finally' block", 2, 7, 2, -1 },
    { "try:\n  pass", SE_SYNTAX, "expected 'except' or 'finally' block", 2, 7, 2, -1 },
    { "@d\n", SE_SYNTAX, "invalid syntax", 1, 0, 1, 0 },
    { "@d", SE_SYNTAX, "invalid syntax", 1, 0, 1, 0 },
    { "class A:\n  def f(self):\n", SE_INDENTATION,
      "expected an indented block after function definition on line 2", 2, 15, 2, -1 },
    { "class A:\n  def f(self):\n\n", SE_INDENTATION,
      "expected an indented block after function definition on line 2", 3, 1, 3, -1 },
    { "x = ", SE_SYNTAX, "invalid syntax", 1, 5, 1, 5 },
    { "x = \n", SE_SYNTAX, "invalid syntax", 1, 5, 1, 5 },
    { "x = (", SE_SYNTAX, "'(' was never closed", 1, 5, 1, 0 },
    { "x = [1,\n 2,\n", SE_SYNTAX, "'[' was never closed", 1, 5, 1, 0 },
    { "if x:\n  pass\nelse", SE_SYNTAX, "expected ':'", 3, 5, 3, 5 },
    { "if x:\n  pass\nelse:", SE_INDENTATION,
      "expected an indented block after 'else' statement on line 3", 3, 6, 3, -1 },
    { "def f():\n  return (\n", SE_SYNTAX, "'(' was never closed", 2, 10, 2, 0 },
    { "x = '''abc", SE_SYNTAX, "unterminated triple-quoted string literal (detected at line 1)",
      1, 5, 1, 5 },
    { "x = 'abc\\\n", SE_SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5 },
    { "x = 'abc\\", SE_SYNTAX, "unterminated string literal (detected at line 1)", 1, 5, 1, 5 },
    { "for x in y:\n  if z:\n    pass\n  else:\n", SE_INDENTATION,
      "expected an indented block after 'else' statement on line 4", 4, 8, 4, -1 },
    { "if x:\n  pass\n  y = \n", SE_SYNTAX, "invalid syntax", 3, 7, 3, 7 },
    { "def f(x,\n", SE_SYNTAX, "'(' was never closed", 1, 6, 1, 0 },
    { "x = 1 +", SE_SYNTAX, "invalid syntax", 1, 8, 1, 8 },
    { "x = 1;;", SE_SYNTAX, "invalid syntax", 1, 7, 1, 8 },
    { "if x:\nelse:\n  pass\n", SE_INDENTATION,
      "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5 },
    { "x = 1\n  y = 2\nz = (\n", SE_INDENTATION, "unexpected indent", 2, 2, 2, -1 },
    { "x := 1\n", SE_SYNTAX, "invalid syntax", 1, 3, 1, 5 },
    { "(x) := 1\n", SE_SYNTAX, "cannot use assignment expressions with name", 1, 2, 1, 3 },
    { "f(x) := 1\n", SE_SYNTAX, "cannot use assignment expressions with function call", 1, 1, 1,
      5 },
    { "x = 1 +\n", SE_SYNTAX, "invalid syntax", 1, 8, 1, 8 },
    { "x = f() = 1\n", SE_SYNTAX, "cannot assign to function call", 1, 5, 1, 8 },
    { "f() = a = b\n", SE_SYNTAX, "cannot assign to function call", 1, 1, 1, 4 },
    { "x = 1 = 2\n", SE_SYNTAX, "cannot assign to literal", 1, 5, 1, 6 },
    { "a = b = f() = c\n", SE_SYNTAX, "cannot assign to function call", 1, 9, 1, 12 },
    { "a, b: int\n", SE_SYNTAX, "only single target (not tuple) can be annotated", 1, 1, 1, 2 },
    { "[a]: int\n", SE_SYNTAX, "only single target (not list) can be annotated", 1, 1, 1, 4 },
    { "f(): int\n", SE_SYNTAX, "illegal target for annotation", 1, 1, 1, 4 },
    { "x = yield = 1\n", SE_SYNTAX, "assignment to yield expression not possible", 1, 5, 1, 10 },
    { "x = *a\n", SE_SYNTAX, "can't use starred expression here", 1, 5, 1, 7 },
    { "del *a\n", SE_SYNTAX, "cannot delete starred", 1, 5, 1, 7 },
    { "del a + b\n", SE_SYNTAX, "cannot delete expression", 1, 5, 1, 10 },
    { "del (a for b in c)\n", SE_SYNTAX, "cannot delete generator expression", 1, 5, 1, 19 },
    { "for 1 in x: pass\n", SE_SYNTAX, "cannot assign to literal", 1, 5, 1, 6 },
    { "for f() in x: pass\n", SE_SYNTAX, "cannot assign to function call", 1, 5, 1, 8 },
    { "with a as 1: pass\n", SE_SYNTAX, "cannot assign to literal", 1, 11, 1, 12 },
    { "with a as f(): pass\n", SE_SYNTAX, "cannot assign to function call", 1, 11, 1, 14 },
    { "[x for 1 in y]\n", SE_SYNTAX, "cannot assign to literal", 1, 8, 1, 9 },
    { "None = 1\n", SE_SYNTAX, "cannot assign to None", 1, 1, 1, 5 },
    { "x, None = 1\n", SE_SYNTAX, "cannot assign to None", 1, 4, 1, 8 },
    { "(yield) = 1\n", SE_SYNTAX,
      "cannot assign to yield expression here. Maybe you meant '==' instead o"
      "f '='?", 1, 2, 1, 7 },
    { "lambda: 1 = 1\n", SE_SYNTAX, "cannot assign to lambda", 1, 1, 1, 10 },
    { "a if b else c = 1\n", SE_SYNTAX, "cannot assign to conditional expression", 1, 1, 1, 14 },
    { "x = a if b = 1\n", SE_SYNTAX, "expected 'else' after 'if' expression", 1, 5, 1, 11 },
    { "f(x=1, x)\n", SE_SYNTAX, "positional argument follows keyword argument", 1, 9, 1, 10 },
    { "f(True=1)\n", SE_SYNTAX, "cannot assign to True", 1, 3, 1, 8 },
    { "f(a.b=1)\n", SE_SYNTAX, "expression cannot contain assignment, perhaps you meant \"==\"?",
      1, 3, 1, 7 },
    { "f(a+b=1)\n", SE_SYNTAX, "expression cannot contain assignment, perhaps you meant \"==\"?",
      1, 3, 1, 7 },
    { "f(*a=1)\n", SE_SYNTAX, "invalid syntax", 1, 5, 1, 6 },
    { "from m import a,\n", SE_SYNTAX,
      "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17 },
    { "def f(a=1, b): pass\n", SE_SYNTAX, "non-default argument follows default argument", 1, 12,
      1, 13 },
    { "def f(*): pass\n", SE_SYNTAX, "named arguments must follow bare *", 1, 7, 1, 8 },
    { "def f(*, **k): pass\n", SE_SYNTAX, "named arguments must follow bare *", 1, 7, 1, 8 },
    { "def f(**k, a): pass\n", SE_SYNTAX, "arguments cannot follow var-keyword argument", 1, 12,
      1, 13 },
    { "def f(/): pass\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 8 },
    { "def f(a, /, b, /): pass\n", SE_SYNTAX, "/ may appear only once", 1, 16, 1, 17 },
    { "def f(*a=1): pass\n", SE_SYNTAX, "var-positional argument cannot have default value", 1, 9,
      1, 10 },
    { "def f(a, a): pass\n", SE_SYNTAX, "duplicate argument 'a' in function definition", 1, 10, 1,
      11 },
    { "lambda a=1, b: 1\n", SE_SYNTAX, "non-default argument follows default argument", 1, 13, 1,
      14 },
    { "if x  # c\n", SE_SYNTAX, "expected ':'", 1, 7, 1, 10 },
    { "x = (1 +  # c\n", SE_SYNTAX, "'(' was never closed", 1, 5, 1, 0 },
    { "f(), y = 1\n", SE_SYNTAX, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      1, 6, 1, 11 },
    { "x, f() = 1\n", SE_SYNTAX,
      "cannot assign to function call here. Maybe you meant '==' instead of '"
      "='?", 1, 4, 1, 7 },
    { "for *a in b: pass\n", SE_SYNTAX, "starred assignment target must be in a list or tuple", 1,
      5, 1, 7 },
    { "x = \\\n  1 2\n", SE_SYNTAX, "invalid syntax", 2, 5, 2, 6 },
    { "a <> b\n", SE_SYNTAX, "invalid syntax", 1, 3, 1, 5 },
    { "x = 1 !\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 8 },
    { "x = `a`\n", SE_SYNTAX, "invalid syntax", 1, 5, 1, 6 },
    { "@\n", SE_SYNTAX, "invalid syntax", 1, 2, 1, 2 },
    { "x = 1\001\n", SE_SYNTAX, "invalid non-printable character U+0001", 1, 6, 1, 6 },
    { "\314\201ab = 1\n", SE_SYNTAX, "invalid character '\314\201' (U+0301)", 1, 1, 1, 1 },
    { "x = ab\342\202\254c\n", SE_SYNTAX, "invalid character '\342\202\254' (U+20AC)", 1, 7, 1,
      7 },
    { "\302\240x = 1\n", SE_SYNTAX, "invalid non-printable character U+00A0", 1, 1, 1, 1 },
    { "def f(x):\n  return x\n return 2\n", SE_INDENTATION,
      "unindent does not match any outer indentation level", 3, 10, 3, -1 },
    { "class = 1\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 8 },
    { "def if(): pass\n", SE_SYNTAX, "invalid syntax", 1, 5, 1, 7 },
    { "x.if = 1\n", SE_SYNTAX, "invalid syntax", 1, 3, 1, 5 },
    { "import if\n", SE_SYNTAX, "invalid syntax", 1, 8, 1, 10 },
    { "for if in x: pass\n", SE_SYNTAX, "invalid syntax", 1, 5, 1, 7 },
    { "f(if=1)\n", SE_SYNTAX, "invalid syntax", 1, 3, 1, 5 },
    { "lambda if: 1\n", SE_SYNTAX, "invalid syntax", 1, 8, 1, 10 },
    { "try:\n  pass\nexcept A, B:\n  pass\n", SE_SYNTAX,
      "multiple exception types must be parenthesized", 3, 8, 3, 12 },
    { "try:\n  pass\nexcept A, B as c:\n  pass\n", SE_SYNTAX,
      "multiple exception types must be parenthesized", 3, 8, 3, 17 },
    { "{1: 2, 3}\n", SE_SYNTAX, "':' expected after dictionary key", 1, 8, 1, 0 },
    { "{1: *a}\n", SE_SYNTAX, "cannot use a starred expression in a dictionary value", 1, 5, 1,
      7 },
    { "{1:}\n", SE_SYNTAX, "expression expected after dictionary key and ':'", 1, 3, 1, 4 },
    { "{1: 2, 3:}\n", SE_SYNTAX, "expression expected after dictionary key and ':'", 1, 9, 1, 10 },
    { "{**a: 1}\n", SE_SYNTAX, "invalid syntax", 1, 5, 1, 6 },
    { "[a, b for a in c]\n", SE_SYNTAX,
      "did you forget parentheses around the comprehension target?", 1, 2, 1, 6 },
    { "[a, for a in c]\n", SE_SYNTAX,
      "did you forget parentheses around the comprehension target?", 1, 2, 1, 4 },
    { "{a, b for a in c}\n", SE_SYNTAX,
      "did you forget parentheses around the comprehension target?", 1, 2, 1, 6 },
    { "(a, b for a in c)\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 10 },
    { "f(x for x in y,)\n", SE_SYNTAX, "Generator expression must be parenthesized", 1, 3, 1, 15 },
    { "class A(x for x in y): pass\n", SE_SYNTAX, "invalid syntax", 1, 11, 1, 14 },
    { "def f((a, b)): pass\n", SE_SYNTAX, "Function parameters cannot be parenthesized", 1, 7, 1,
      13 },
    { "lambda (a): 1\n", SE_SYNTAX, "Lambda expression parameters cannot be parenthesized", 1, 8,
      1, 11 },
    { "def f(a=): pass\n", SE_SYNTAX, "expected default value expression", 1, 8, 1, 9 },
    { "def f(*, a, *): pass\n", SE_SYNTAX, "invalid syntax", 1, 13, 1, 14 },
    { "def f(*a, *): pass\n", SE_SYNTAX, "invalid syntax", 1, 11, 1, 12 },
    { "def f(*a, *b): pass\n", SE_SYNTAX, "* argument may appear only once", 1, 11, 1, 12 },
    { "def f(a, *, /): pass\n", SE_SYNTAX, "/ must be ahead of *", 1, 13, 1, 14 },
    { "def f(**k, *a): pass\n", SE_SYNTAX, "arguments cannot follow var-keyword argument", 1, 12,
      1, 13 },
    { "def f(**k=1): pass\n", SE_SYNTAX, "var-keyword argument cannot have default value", 1, 10,
      1, 11 },
    { "lambda *: 1\n", SE_SYNTAX, "named arguments must follow bare *", 1, 9, 1, 10 },
    { "lambda **k, a: 1\n", SE_SYNTAX, "arguments cannot follow var-keyword argument", 1, 13, 1,
      14 },
    { "def f(a:int=1, b:int): pass\n", SE_SYNTAX, "non-default argument follows default argument",
      1, 16, 1, 21 },
    { "f(a.b := 1)\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 9 },
    { "@x = 1\ndef f(): pass\n", SE_SYNTAX,
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, 1, 7 },
    { "@x\nx = 1\n", SE_SYNTAX, "invalid syntax", 2, 1, 2, 2 },
    { "import a as\n", SE_SYNTAX, "invalid syntax", 1, 12, 1, 12 },
    { "del x y\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 8 },
    { "f(**a, *b, c)\n", SE_SYNTAX,
      "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9 },
    { "f'{=}'\n", SE_SYNTAX, "f-string: expression required before '='", 1, 7, 1, 7 },
    { "f'{!r}'\n", SE_SYNTAX, "f-string: expression required before '!'", 1, 8, 1, 8 },
    { "f'{:x}'\n", SE_SYNTAX, "f-string: expression required before ':'", 1, 8, 1, 8 },
    { "f'{a:{}}'\n", SE_SYNTAX, "f-string: empty expression not allowed", 1, 10, 1, 10 },
    { "f'{a}}'\n", SE_SYNTAX, "f-string: single '}' is not allowed", 1, 8, 1, 8 },
    { "f'{a!r }'\n", SE_SYNTAX, "f-string: expecting '}'", 1, 10, 1, 10 },
    { "f'{a! r}'\n", SE_SYNTAX,
      "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 10, 1, 10 },
    { "f'{a:{b}}}'\n", SE_SYNTAX, "f-string: single '}' is not allowed", 1, 12, 1, 12 },
    { "f'{a\n}'\n", SE_SYNTAX, "unterminated string literal (detected at line 1)", 1, 1, 1, 1 },
    { "f'{1_}'\n", SE_SYNTAX, "invalid decimal literal", 1, 3, 1, 3 },
    { "f'{a(}'\n", SE_SYNTAX,
      "f-string: closing parenthesis '}' does not match opening parenthesis '"
      "('", 1, 8, 1, 8 },
    { "x = f'''\n{a b}'''\n", SE_SYNTAX, "f-string: invalid syntax. Perhaps you forgot a comma?",
      2, 2, 2, 5 },
    { "x = (1,\n f'{a b}')\n", SE_SYNTAX, "f-string: invalid syntax. Perhaps you forgot a comma?",
      2, 2, 2, 5 },
    { "x = f'''ab\ncd\nef{a b}'''\n", SE_SYNTAX,
      "f-string: invalid syntax. Perhaps you forgot a comma?", 3, 2, 3, 5 },
    { "x = 'ab' f'{a b}'\n", SE_SYNTAX, "f-string: invalid syntax. Perhaps you forgot a comma?",
      1, 2, 1, 5 },
    { "x = 'ab' \\\n f'{a b}'\n", SE_SYNTAX,
      "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 2, 2, 5 },
    { "x = f'{a}' f'{b c}'\n", SE_SYNTAX, "f-string: invalid syntax. Perhaps you forgot a comma?",
      1, 2, 1, 5 },
    { "x = f'{a:{b c}}'\n", SE_SYNTAX, "f-string: invalid syntax. Perhaps you forgot a comma?", 1,
      2, 1, 5 },
    { "f'{a $ b}'", SE_SYNTAX, "f-string: invalid syntax", 1, 4, 1, 5 },
    { "f'{a!r:{b c}}'", SE_SYNTAX, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2,
      1, 5 },
    { "f'{a + }'", SE_SYNTAX, "f-string: invalid syntax", 1, 6, 1, 7 },
    { "f'{a = b}'", SE_SYNTAX, "f-string: expecting '}'", 1, 11, 1, 11 },
    { "x = [\n  1,\n  2\n  3\n]\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 3,
      3, 4, 4 },
    { "foo(a, b c, d)\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 8, 1, 11 },
    { "if True:\n    x = (1, 2\n    y = 3\n", SE_SYNTAX, "'(' was never closed", 2, 9, 2, 0 },
    { "def f():\n    x = [1, 2\n    return x\n", SE_SYNTAX, "'[' was never closed", 2, 9, 2, 0 },
    { "print('hello'\n", SE_SYNTAX, "'(' was never closed", 1, 6, 1, 0 },
    { "print 'hello'\n", SE_SYNTAX,
      "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14 },
    { "while True print(1)\n", SE_SYNTAX, "invalid syntax", 1, 12, 1, 17 },
    { "for i in range(10) print(i)\n", SE_SYNTAX, "invalid syntax", 1, 20, 1, 25 },
    { "def f(x) return x\n", SE_SYNTAX, "expected ':'", 1, 10, 1, 16 },
    { "class A pass\n", SE_SYNTAX, "invalid syntax", 1, 9, 1, 13 },
    { "if x == 1\n    pass\n", SE_SYNTAX, "expected ':'", 1, 10, 1, 10 },
    { "x = {'a': 1 'b': 2}\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 11, 1,
      16 },
    { "x = {'a' 1}\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 11 },
    { "else:\n    pass\n", SE_SYNTAX, "invalid syntax", 1, 1, 1, 5 },
    { "elif x:\n    pass\n", SE_SYNTAX, "invalid syntax", 1, 1, 1, 5 },
    { "x = 5 if y\n", SE_SYNTAX, "expected 'else' after 'if' expression", 1, 5, 1, 11 },
    { "d = {a b}\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9 },
    { "f(1 2)\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6 },
    { "f(a, *b, c=1, **d, e)\n", SE_SYNTAX,
      "positional argument follows keyword argument unpacking", 1, 21, 1, 22 },
    { "with a, b as c, (d as e): pass\n", SE_SYNTAX, "invalid syntax", 1, 20, 1, 22 },
    { "x = 1\n\tif x:\n", SE_INDENTATION, "unexpected indent", 2, 1, 2, -1 },
    { "def f():\n\tif x:\n        pass\n", SE_TAB,
      "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0 },
    { "x = [1, 2 3]\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12 },
    { "x = {1: 2 3: 4}\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12 },
    { "x = (1, 2 3)\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12 },
    { "f(1, 2 3)\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9 },
    { "a[1 2]\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6 },
    { "def f(a, b=1, /, c): pass\n", SE_SYNTAX, "non-default argument follows default argument",
      1, 18, 1, 19 },
    { "x = f'{a!r'\n", SE_SYNTAX, "f-string: expecting '}'", 1, 12, 1, 12 },
    { "x = f'{a:{b}'\n", SE_SYNTAX, "f-string: expecting '}'", 1, 14, 1, 14 },
    { "x = f'{a=!x}'\n", SE_SYNTAX,
      "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14, 1, 14 },
    { "x = f'{a}}'\n", SE_SYNTAX, "f-string: single '}' is not allowed", 1, 12, 1, 12 },
    { "x = f\"{'a' if b else 'c'}\" + f'{'\n", SE_SYNTAX, "f-string: expecting '}'", 1, 34, 1,
      34 },
    { "if True:\n    pass\n  else:\n    pass\n", SE_INDENTATION,
      "unindent does not match any outer indentation level", 3, 8, 3, -1 },
    { "for x in range(3):\nprint(x)\n", SE_INDENTATION,
      "expected an indented block after 'for' statement on line 1", 2, 1, 2, 6 },
    { "while x:\n\n# c\nx\n", SE_INDENTATION,
      "expected an indented block after 'while' statement on line 1", 4, 1, 4, 2 },
    { "def f():\n    '''doc\n", SE_SYNTAX,
      "unterminated triple-quoted string literal (detected at line 2)", 2, 5, 2, 5 },
    { "x = '''\n", SE_SYNTAX, "unterminated triple-quoted string literal (detected at line 1)", 1,
      5, 1, 5 },
    { "s = 'abc\nprint(s)\n", SE_SYNTAX, "unterminated string literal (detected at line 1)", 1, 5,
      1, 5 },
    { "class A:\n    def f(self)\n        pass\n", SE_SYNTAX, "expected ':'", 2, 16, 2, 16 },
    { "d = {'a': 1, 'b' 2}\n", SE_SYNTAX, "':' expected after dictionary key", 1, 16, 1, 0 },
    { "print('a' 'b' c)\n", SE_SYNTAX, "invalid syntax. Perhaps you forgot a comma?", 1, 7, 1,
      16 },
    { "x = [i for i in]\n", SE_SYNTAX, "invalid syntax", 1, 16, 1, 17 },
    { "x = [for i in y]\n", SE_SYNTAX, "invalid syntax", 1, 6, 1, 9 },
    { "lambda x: yield\n", SE_SYNTAX, "invalid syntax", 1, 11, 1, 16 },
    { "def f(x=1, *args, y, **kw, z): pass\n", SE_SYNTAX,
      "arguments cannot follow var-keyword argument", 1, 28, 1, 29 },
    { "import\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 7 },
    { "from x import\n", SE_SYNTAX, "invalid syntax", 1, 14, 1, 14 },
    { "from x import (a, b\n", SE_SYNTAX, "'(' was never closed", 1, 15, 1, 0 },
    { "x = 5 +* 3\n", SE_SYNTAX, "invalid syntax", 1, 8, 1, 9 },
    { "x = a.\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 7 },
    { "x = a[\n", SE_SYNTAX, "'[' was never closed", 1, 6, 1, 0 },
    { "if x:\n    pass\n   elif y:\n    pass\n", SE_INDENTATION,
      "unindent does not match any outer indentation level", 3, 11, 3, -1 },
    { "try:\n    pass\nexcept E as e.x:\n    pass\n", SE_SYNTAX, "invalid syntax", 3, 14, 3, 15 },
    { "try:\n    pass\nelse:\n    pass\n", SE_SYNTAX, "expected 'except' or 'finally' block", 3,
      1, 3, 5 },
    { "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass\n", SE_SYNTAX, "invalid syntax", 5,
      1, 5, 7 },
    { "with open(f) as f, :\n    pass\n", SE_SYNTAX, "invalid syntax", 1, 20, 1, 21 },
    { "global\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 7 },
    { "nonlocal x,\n", SE_SYNTAX, "invalid syntax", 1, 12, 1, 12 },
    { "assert\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 7 },
    { "raise from x\n", SE_SYNTAX, "invalid syntax", 1, 7, 1, 11 },
    { "del\n", SE_SYNTAX, "invalid syntax", 1, 4, 1, 4 },
    { "return x y\n", SE_SYNTAX, "invalid syntax", 1, 10, 1, 11 },
    { "x = (y = 1)\n", SE_SYNTAX, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      1, 6, 1, 11 },
    { "x = [y = 1]\n", SE_SYNTAX, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      1, 6, 1, 11 },
    { "f(x == 1 = 2)\n", SE_SYNTAX,
      "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 11 },
    { "print(f'{x!}')\n", SE_SYNTAX,
      "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14, 1, 15 },
    { "class A(metaclass=M, x):\n    pass\n", SE_SYNTAX,
      "positional argument follows keyword argument", 1, 23, 1, 24 },
    { "x = 0b1012\n", SE_SYNTAX, "invalid digit '2' in binary literal", 1, 10, 1, 10 },
    { "x = 0o1238\n", SE_SYNTAX, "invalid digit '8' in octal literal", 1, 10, 1, 10 },
    { "x = 1__2\n", SE_SYNTAX, "invalid decimal literal", 1, 6, 1, 6 },
    { "x = 09\n", SE_SYNTAX,
      "leading zeros in decimal integer literals are not permitted; use an 0o"
      " prefix for octal integers", 1, 5, 1, 6 },
    { "x = 1e5e3\n", SE_SYNTAX, "invalid decimal literal", 1, 7, 1, 7 },
    { "x = .e5\n", SE_SYNTAX, "invalid syntax", 1, 5, 1, 6 },
    { "x = 1.__class__\n", SE_SYNTAX, "invalid decimal literal", 1, 6, 1, 6 },
    { "x = 'a' b'c'\n", SE_SYNTAX, "cannot mix bytes and nonbytes literals", 1, 13, 1, 13 },
    { "if x:\n\tpass\n        pass\n", SE_TAB,
      "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0 },
    { "x = \"\"\"a\nb\n", SE_SYNTAX,
      "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5 },
    { "@dec\nx = 1\n", SE_SYNTAX, "invalid syntax", 2, 1, 2, 2 },
    { "[a, b] = [*c, *d] = e\n", SE_SYNTAX, "multiple starred expressions in assignment", 1, 10,
      1, 18 },
    { "def f(**kwargs, **kw): pass\n", SE_SYNTAX, "arguments cannot follow var-keyword argument",
      1, 17, 1, 19 },
    { "def f(*, *a): pass\n", SE_SYNTAX, "* argument may appear only once", 1, 10, 1, 11 },
    { "def f(a, /, /): pass\n", SE_SYNTAX, "/ may appear only once", 1, 13, 1, 14 },
    { "def f(/, a): pass\n", SE_SYNTAX, "at least one argument must precede /", 1, 7, 1, 8 },
    { "def f(a=1, /, b): pass\n", SE_SYNTAX, "non-default argument follows default argument", 1,
      15, 1, 16 },
    { "lambda a=1, /, b: 0\n", SE_SYNTAX, "non-default argument follows default argument", 1, 16,
      1, 17 },
    { "f(x for x in y, z for z in w)\n", SE_SYNTAX, "Generator expression must be parenthesized",
      1, 3, 1, 15 },
    { "f(a for a in b, c)\n", SE_SYNTAX, "Generator expression must be parenthesized", 1, 3, 1,
      15 },
    { "x = {**a for a in b}\n", SE_SYNTAX, "dict unpacking cannot be used in dict comprehension",
      1, 6, 1, 8 },
    { "x = [*a for a in b]\n", SE_SYNTAX, "iterable unpacking cannot be used in comprehension", 1,
      6, 1, 8 },
    { "x = (*a for a in b)\n", SE_SYNTAX, "iterable unpacking cannot be used in comprehension", 1,
      6, 1, 8 },
    { "x = {*a for a in b}\n", SE_SYNTAX, "iterable unpacking cannot be used in comprehension", 1,
      6, 1, 8 },
    { "(*a)\n", SE_SYNTAX, "cannot use starred expression here", 1, 2, 1, 4 },
    { "(**a)\n", SE_SYNTAX, "cannot use double starred expression here", 1, 2, 1, 4 },
    { "del (a, 1)\n", SE_SYNTAX, "cannot delete literal", 1, 9, 1, 10 },
    { "del [a, f()]\n", SE_SYNTAX, "cannot delete function call", 1, 9, 1, 12 },
    { "(a, b) += 1\n", SE_SYNTAX, "'tuple' is an illegal expression for augmented assignment", 1,
      1, 1, 7 },
    { "a: int = b = c\n", SE_SYNTAX, "invalid syntax", 1, 12, 1, 13 },
    { "exec code in ns\n", SE_SYNTAX,
      "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 1, 16 },
    { "while x:\npass\n", SE_INDENTATION,
      "expected an indented block after 'while' statement on line 1", 2, 1, 2, 5 },
    { "for x in y:\npass\n", SE_INDENTATION,
      "expected an indented block after 'for' statement on line 1", 2, 1, 2, 5 },
    { "class A:\npass\n", SE_INDENTATION,
      "expected an indented block after class definition on line 1", 2, 1, 2, 5 },
    { "def f():\npass\n", SE_INDENTATION,
      "expected an indented block after function definition on line 1", 2, 1, 2, 5 },
    { "try:\npass\n", SE_INDENTATION,
      "expected an indented block after 'try' statement on line 1", 2, 1, 2, 5 },
    { "try:\n    pass\nexcept:\npass\n", SE_INDENTATION,
      "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5 },
    { "try:\n    pass\nexcept E as e:\npass\n", SE_INDENTATION,
      "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5 },
    { "try:\n    pass\nfinally:\npass\n", SE_INDENTATION,
      "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 5 },
    { "with a:\npass\n", SE_INDENTATION,
      "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5 },
    { "with a as b, c as d:\npass\n", SE_INDENTATION,
      "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5 },
    { "if x:\n    pass\nelif y:\npass\n", SE_INDENTATION,
      "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 5 },
    { "if x:\n    pass\nelse:\npass\n", SE_INDENTATION,
      "expected an indented block after 'else' statement on line 3", 4, 1, 4, 5 },
    { "while x:\n    pass\nelse:\npass\n", SE_INDENTATION,
      "expected an indented block after 'else' statement on line 3", 4, 1, 4, 5 },
    { "for x in y:\n    pass\nelse:\npass\n", SE_INDENTATION,
      "expected an indented block after 'else' statement on line 3", 4, 1, 4, 5 },
    { "try:\n    pass\nexcept E:\n    pass\nelse:\npass\n", SE_INDENTATION,
      "expected an indented block after 'else' statement on line 5", 6, 1, 6, 5 },
    { "@d\ndef f():\npass\n", SE_INDENTATION,
      "expected an indented block after function definition on line 2", 3, 1, 3, 5 },
    { "class A(B):\n\n\n# c\npass\n", SE_INDENTATION,
      "expected an indented block after class definition on line 1", 5, 1, 5, 5 },
    { "def f(x) -> int:\nreturn x\n", SE_INDENTATION,
      "expected an indented block after function definition on line 1", 2, 1, 2, 7 },
    { "f'{\"a}'\n", SE_SYNTAX, "f-string: unterminated string", 1, 8, 1, 8 },
    { "f'{a[}'\n", SE_SYNTAX,
      "f-string: closing parenthesis '}' does not match opening parenthesis '"
      "['", 1, 8, 1, 8 },
    { "f'{a(b}'\n", SE_SYNTAX,
      "f-string: closing parenthesis '}' does not match opening parenthesis '"
      "('", 1, 9, 1, 9 },
    { "class A:\n    @dec\nx = 1\n", SE_INDENTATION, "unexpected unindent", 3, 0, 3, -1 },
    { "if x:\n    @dec\n\ny = 2\n", SE_INDENTATION, "unexpected unindent", 4, 0, 4, -1 },
    { "x = f'{a!r:{b!s:{c}}}'\n", SE_SYNTAX, "f-string: expressions nested too deeply", 1, 23, 1,
      23 },
    { "(a, b): int = 1\n", SE_SYNTAX, "only single target (not tuple) can be annotated", 1, 1, 1,
      7 },
    { "[a, b]: int = 1\n", SE_SYNTAX, "only single target (not list) can be annotated", 1, 1, 1,
      7 },
    { "x = (1, 2) += 3\n", SE_SYNTAX, "invalid syntax", 1, 12, 1, 14 },
    { "lambda: x += 1\n", SE_SYNTAX, "'lambda' is an illegal expression for augmented assignment",
      1, 1, 1, 10 },
    { "(a := 1) = 2\n", SE_SYNTAX,
      "cannot assign to named expression here. Maybe you meant '==' instead o"
      "f '='?", 1, 2, 1, 8 },
    { "[x for x in y] = 1\n", SE_SYNTAX,
      "cannot assign to list comprehension here. Maybe you meant '==' instead"
      " of '='?", 1, 1, 1, 15 },
    { "{x: y for x in z} = 1\n", SE_SYNTAX,
      "cannot assign to dict comprehension here. Maybe you meant '==' instead"
      " of '='?", 1, 1, 1, 18 },
    { "{1, 2} = x\n", SE_SYNTAX,
      "cannot assign to set display here. Maybe you meant '==' instead of '='"
      "?", 1, 1, 1, 7 },
    { "{1: 2} = x\n", SE_SYNTAX,
      "cannot assign to dict literal here. Maybe you meant '==' instead of '="
      "'?", 1, 1, 1, 7 },
    { "... = 1\n", SE_SYNTAX,
      "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4 },
    { "f'{x}' = 1\n", SE_SYNTAX,
      "cannot assign to f-string expression here. Maybe you meant '==' instea"
      "d of '='?", 1, 1, 1, 7 },
    { "a if b else c += 1\n", SE_SYNTAX,
      "'conditional expression' is an illegal expression for augmented assign"
      "ment", 1, 1, 1, 14 },
    { "del f'{x}'\n", SE_SYNTAX, "cannot delete f-string expression", 1, 5, 1, 11 },
    { "del (yield)\n", SE_SYNTAX, "cannot delete yield expression", 1, 6, 1, 11 },
    { "del x, 1\n", SE_SYNTAX, "cannot delete literal", 1, 8, 1, 9 },
    { "with a as (b, 1): pass\n", SE_SYNTAX, "cannot assign to literal", 1, 15, 1, 16 },
    { "for x, f() in y: pass\n", SE_SYNTAX, "cannot assign to function call", 1, 8, 1, 11 },
    { "[a for (b, 1) in c]\n", SE_SYNTAX, "cannot assign to literal", 1, 12, 1, 13 },
};

START_TEST(test_errors)
{
    SyntaxErr e = error_of(errors[_i].src, PARSE_FILE);
    ck_assert_msg(strcmp(e.msg, errors[_i].msg) == 0, "source %d: got \"%s\"", _i, e.msg);
    ck_assert_int_eq(e.kind, errors[_i].kind);
    ck_assert_int_eq(e.line, errors[_i].line);
    ck_assert_int_eq(e.col, errors[_i].col);
    ck_assert_int_eq(e.end_line, errors[_i].end_line);
    ck_assert_int_eq(e.end_col, errors[_i].end_col);
}
END_TEST

/* ---- f-strings and literals ------------------------------------------------------------- */

static const Expr *eval_tree(Arena *a, const char *src)
{
    SyntaxErr err;
    Module *m = parse_source(a, src, strlen(src), PARSE_EVAL, &err);
    ck_assert_msg(m != NULL, "%s: %s", src, err.msg);
    ck_assert_int_eq(m->body.n, 1);
    ck_assert_int_eq(m->body.items[0]->kind, S_EXPR);
    return m->body.items[0]->u.expr.value;
}

START_TEST(test_fstrings)
{
    ck_assert_str_eq(dump_expr("f'{x=}'"),
                     "(JoinedStr (Const 'x=') (FormattedValue (Name x) !r))");
    ck_assert_str_eq(dump_expr("f'{x=:>10}'"),
                     "(JoinedStr (Const 'x=') (FormattedValue (Name x) "
                     "(JoinedStr (Const '>10'))))");
    ck_assert_str_eq(dump_expr("f'{ x = !s}'"),
                     "(JoinedStr (Const ' x = ') (FormattedValue (Name x) !s))");
    ck_assert_str_eq(dump_expr("'a' f'{b}' 'c'"),
                     "(JoinedStr (Const 'a') (FormattedValue (Name b)) (Const 'c'))");
    ck_assert_str_eq(dump_expr("f'ab' 'cd' f'{{}}'"), "(Const 'abcd{}')");   /* no field */
    ck_assert_str_eq(dump_expr("f''"), "(Const '')");
    ck_assert_str_eq(dump_expr("f'{a:}'"), "(JoinedStr (FormattedValue (Name a) (JoinedStr)))");
    ck_assert_str_eq(dump_expr("f'{f\"{x!a}\"}'"),
                     "(JoinedStr (FormattedValue (JoinedStr (FormattedValue (Name x) !a))))");
    ck_assert_str_eq(dump_expr("f'''{\n  a\n  +\n  b}'''"),
                     "(JoinedStr (FormattedValue (BinOp + (Name a) (Name b))))");
    ck_assert_str_eq(dump_expr("f'{a!=b}{a<=b}{a>b}'"),
                     "(JoinedStr (FormattedValue (Compare (Name a) != (Name b))) (FormattedValue"
                     " (Compare (Name a) <= (Name b))) (FormattedValue "
                     "(Compare (Name a) > (Name b))))");
    ck_assert_str_eq(dump_expr("f'{x:{y}.{z}f}'"),
                     "(JoinedStr (FormattedValue (Name x) (JoinedStr (FormattedValue (Name y)) "
                     "(Const '.') (FormattedValue (Name z)) (Const 'f'))))");
    ck_assert_str_eq(dump_expr("f'\\x41{1}\\n'"),
                     "(JoinedStr (Const 'A') (FormattedValue (Const 1)) (Const '\\n'))");
    ck_assert_str_eq(dump_expr("rf'\\x{1}'"),
                     "(JoinedStr (Const '\\\\x') (FormattedValue (Const 1)))");
    ck_assert_str_eq(dump_expr("f'{(yield)}'"), "(JoinedStr (FormattedValue (Yield)))");
    ck_assert_str_eq(dump_expr("f'{a, b}'"),
                     "(JoinedStr (FormattedValue (Tuple (Name a) (Name b))))");

    /* the values: decoded bytes, NULs included */
    Arena a;
    arena_init(&a, NULL, NULL);
    const Expr *e = eval_tree(&a, "'a\\0b' '\\u00e9'");
    ck_assert_int_eq(e->kind, E_CONST);
    ck_assert_int_eq(e->u.cons.kind, CONST_STR);
    ck_assert_int_eq((int)e->u.cons.slen, 5);
    ck_assert(memcmp(e->u.cons.s, "a\0b\xc3\xa9", 6) == 0);     /* NUL-terminated too */
    e = eval_tree(&a, "f'a{x!r:>{w}}b'");
    ck_assert_int_eq(e->kind, E_JOINEDSTR);
    ck_assert_int_eq(e->u.joined.values.n, 3);
    const Expr *f = e->u.joined.values.items[1];
    ck_assert_int_eq(f->kind, E_FORMATTED);
    ck_assert_int_eq(f->u.formatted.conversion, 'r');
    ck_assert_int_eq(f->u.formatted.spec->kind, E_JOINEDSTR);
    ck_assert_int_eq(f->u.formatted.value->kind, E_NAME);
    ck_assert_str_eq(f->u.formatted.value->u.name.id, "x");
    e = eval_tree(&a, "f'{x}'");
    ck_assert_int_eq(e->u.joined.values.items[0]->u.formatted.conversion, -1);
    ck_assert_ptr_null(e->u.joined.values.items[0]->u.formatted.spec);
    arena_free(&a);
}
END_TEST

START_TEST(test_literals)
{
    Arena a;
    arena_init(&a, NULL, NULL);
    const struct { const char *src, *text; int base; } ints[] = {
        { "0", "0", 10 }, { "00", "0", 10 }, { "0_0", "0", 10 }, { "1_000", "1000", 10 },
        { "0x_1F", "1F", 16 }, { "0o17", "17", 8 }, { "0b0_1", "1", 2 }, { "0X00", "0", 16 },
        { "123456789012345678901234567890", "123456789012345678901234567890", 10 },
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        const Expr *e = eval_tree(&a, ints[i].src);
        ck_assert_int_eq(e->u.cons.kind, CONST_INT);
        ck_assert_str_eq(e->u.cons.text, ints[i].text);
        ck_assert_int_eq(e->u.cons.base, ints[i].base);
    }
    const struct { const char *src; double f; } floats[] = {
        { "1.5", 1.5 }, { "1_000.5", 1000.5 }, { ".5", 0.5 }, { "1.", 1.0 }, { "1e3", 1000.0 },
        { "2.5E-1", 0.25 }, { "0.1", 0.1 },
    };
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        const Expr *e = eval_tree(&a, floats[i].src);
        ck_assert_int_eq(e->u.cons.kind, CONST_FLOAT);
        ck_assert(e->u.cons.f == floats[i].f);
    }
    arena_free(&a);
    /* the dump prints floats as Python's repr */
    ck_assert_str_eq(dump_expr("1e400"), "(Const inf)");
    ck_assert_str_eq(dump_expr("100."), "(Const 100.0)");
    ck_assert_str_eq(dump_expr("1e16"), "(Const 1e+16)");
    ck_assert_str_eq(dump_expr("0.0001"), "(Const 0.0001)");
    ck_assert_str_eq(dump_expr("0.00001"), "(Const 1e-05)");
    ck_assert_str_eq(dump_expr("123456789.123"), "(Const 123456789.123)");
}
END_TEST

/* ---- positions -------------------------------------------------------------------------- */

#define ck_pos(n, l, c, el, ec) do { \
        ck_assert_int_eq((n)->line, l); ck_assert_int_eq((n)->col, c); \
        ck_assert_int_eq((n)->end_line, el); ck_assert_int_eq((n)->end_col, ec); \
    } while (0)

START_TEST(test_positions)
{
    /* values from CPython's ast */
    const char *src = "x = (a + b) * c\nif y:\n    z = f(a,\n          b)\n";
    Arena a;
    SyntaxErr err;
    arena_init(&a, NULL, NULL);
    Module *m = parse_source(&a, src, strlen(src), PARSE_FILE, &err);
    ck_assert_ptr_nonnull(m);
    Stmt *s = m->body.items[0];
    ck_pos(s, 1, 0, 1, 15);
    Expr *mul = s->u.assign.value;
    ck_pos(mul, 1, 4, 1, 15);           /* the parentheses belong to the product */
    ck_pos(mul->u.binop.left, 1, 5, 1, 10);     /* ... not to the sum */
    ck_pos(mul->u.binop.right, 1, 14, 1, 15);
    ck_pos(s->u.assign.targets.items[0], 1, 0, 1, 1);
    Stmt *ifs = m->body.items[1];
    ck_pos(ifs, 2, 0, 4, 12);
    Stmt *inner = ifs->u.ifs.body.items[0];
    ck_pos(inner, 3, 4, 4, 12);
    ck_pos(inner->u.assign.value, 3, 8, 4, 12);
    ck_pos(inner->u.assign.value->u.call.args.items[1], 4, 10, 4, 11);
    arena_free(&a);

    arena_init(&a, NULL, NULL);
    const char *fs = "s = f\"a{b!r:>{w}}c\" \"d\"\n";
    m = parse_source(&a, fs, strlen(fs), PARSE_FILE, &err);
    ck_assert_ptr_nonnull(m);
    Expr *j = m->body.items[0]->u.assign.value;
    ck_pos(j, 1, 4, 1, 23);
    Expr *fv = j->u.joined.values.items[1];
    ck_pos(fv, 1, 4, 1, 23);
    ck_pos(fv->u.formatted.value, 1, 8, 1, 9);      /* real columns for the field */
    ck_pos(fv->u.formatted.spec, 1, 4, 1, 19);      /* a spec spans its own token */
    arena_free(&a);

    /* multi-byte characters: columns are bytes */
    arena_init(&a, NULL, NULL);
    const char *u = "\xc3\xa9 = '\xe2\x82\xac' + x\n";
    m = parse_source(&a, u, strlen(u), PARSE_FILE, &err);
    ck_assert_ptr_nonnull(m);
    Expr *add = m->body.items[0]->u.assign.value;
    ck_pos(add, 1, 5, 1, 14);
    ck_pos(add->u.binop.right, 1, 13, 1, 14);
    ck_assert_str_eq(m->body.items[0]->u.assign.targets.items[0]->u.name.id, "\xc3\xa9");
    arena_free(&a);

    /* parameters, keywords, aliases, handlers: where they start */
    arena_init(&a, NULL, NULL);
    const char *d = "def f(a, *b, c=1, **d): g(x=1)\nfrom m import (p,\n q as r)\n"
                    "try: pass\nexcept E: pass\n";
    m = parse_source(&a, d, strlen(d), PARSE_FILE, &err);
    ck_assert_ptr_nonnull(m);
    Arguments *args = m->body.items[0]->u.funcdef.args;
    ck_assert_int_eq(args->args[0].col, 6);
    ck_assert_int_eq(args->vararg->col, 10);
    ck_assert_int_eq(args->kwonly[0].col, 13);
    ck_assert_int_eq(args->kwarg->col, 20);
    Expr *call = m->body.items[0]->u.funcdef.body.items[0]->u.expr.value;
    ck_assert_int_eq(call->u.call.keywords[0].col, 26);
    Stmt *imp = m->body.items[1];
    ck_assert_int_eq(imp->u.importfrom.names[1].line, 3);
    ck_assert_int_eq(imp->u.importfrom.names[1].col, 1);
    ck_pos(imp, 2, 0, 3, 8);
    ck_assert_int_eq(m->body.items[2]->u.try_.handlers[0].line, 5);
    ck_assert_int_eq(m->body.items[2]->u.try_.handlers[0].col, 0);
    arena_free(&a);
}
END_TEST

/* ---- modes and the incomplete flag ------------------------------------------------------ */

START_TEST(test_modes)
{
    ck_assert_str_eq(parse("1 + 2\n\n", 7, PARSE_EVAL, NULL),
                     "(Module (Expr (BinOp + (Const 1) (Const 2))))");
    ck_assert_str_eq(parse("a, b", 4, PARSE_EVAL, NULL),
                     "(Module (Expr (Tuple (Name a) (Name b))))");
    ck_assert_str_eq(parse("x = 1", 5, PARSE_EVAL, NULL), "ERR 0 invalid syntax 1 3 1 4");
    ck_assert_str_eq(parse("", 0, PARSE_EVAL, NULL), "ERR 0 invalid syntax 1 0 1 0");
    ck_assert_str_eq(parse(" 1", 2, PARSE_EVAL, NULL), "ERR 1 unexpected indent 1 1 1 -1");
    ck_assert_str_eq(parse("x = 1", 5, PARSE_SINGLE, NULL),
                     "(Module (Assign (Name x Store) (Const 1)))");
    ck_assert_str_eq(parse("x = 1; y = 2\n", 13, PARSE_SINGLE, NULL),
                     "(Module (Assign (Name x Store) (Const 1)) "
                     "(Assign (Name y Store) (Const 2)))");
    ck_assert_str_eq(parse("x = 1\ny = 2\n", 12, PARSE_SINGLE, NULL),
                     "ERR 0 multiple statements found while compiling a single statement "
                     "1 6 1 6");
    ck_assert_str_eq(parse("if x:\n  pass\nprint(1)\n", 22, PARSE_SINGLE, NULL),
                     "ERR 0 invalid syntax 3 1 3 6");
    ck_assert_str_eq(parse("", 0, PARSE_SINGLE, NULL), "(Module)");
    ck_assert_str_eq(parse("\n", 1, PARSE_SINGLE, NULL), "(Module)");
    ck_assert_str_eq(parse("# c\n", 4, PARSE_SINGLE, NULL), "(Module)");
    ck_assert_str_eq(parse("if x: pass\n\n", 12, PARSE_SINGLE, NULL),
                     "(Module (If (Name x) (body (Pass))))");
    ck_assert_str_eq(parse("", 0, PARSE_FILE, NULL), "(Module)");
    /* the source need not be NUL-terminated */
    ck_assert_str_eq(parse("x = 12345", 5, PARSE_FILE, NULL),
                     "(Module (Assign (Name x Store) (Const 1)))");
}
END_TEST

static const struct { const char *src; ParseMode mode; int want; } incompletes[] = {
    /* want: 1 incomplete, 0 a real error, 2 parses */
    { "x = (1,\n", PARSE_FILE, 1 },
    { "x = (1,\n", PARSE_SINGLE, 1 },
    { "x = (1,\n\n", PARSE_SINGLE, 1 },
    { "f(a,\n  b", PARSE_SINGLE, 1 },
    { "x = '''abc\n", PARSE_SINGLE, 1 },
    { "x = '''abc\n\n", PARSE_SINGLE, 1 },
    { "x = 'abc\\\n", PARSE_SINGLE, 1 },
    { "x = 1 + \\\n", PARSE_SINGLE, 1 },
    { "if x:", PARSE_SINGLE, 1 },
    { "if x:\n", PARSE_SINGLE, 1 },
    { "if x:\n    pass\n", PARSE_SINGLE, 1 },
    { "if x:\n    pass\n\n", PARSE_SINGLE, 2 },
    { "if x:\n    pass\nelse:\n", PARSE_SINGLE, 1 },
    { "if x:\n\n", PARSE_SINGLE, 0 },
    { "for i in x: print(i)\n", PARSE_SINGLE, 1 },
    { "for i in x: print(i)\n\n", PARSE_SINGLE, 2 },
    { "def f():\n", PARSE_SINGLE, 1 },
    { "def f():\n    return 1\n", PARSE_SINGLE, 1 },
    { "def f():\n    return 1\n\n", PARSE_SINGLE, 2 },
    { "class A:\n    def f(self):\n", PARSE_SINGLE, 1 },
    { "try:\n    pass\n", PARSE_SINGLE, 1 },
    { "try:\n    pass\n\n", PARSE_SINGLE, 0 },
    { "@dec\n", PARSE_SINGLE, 1 },
    { "x = 1\n", PARSE_SINGLE, 2 },
    { "x = 1 +\n", PARSE_SINGLE, 0 },
    { "x =", PARSE_SINGLE, 0 },
    { "x = 'abc\n", PARSE_SINGLE, 0 },
    { "if x\n", PARSE_SINGLE, 0 },
    { "print 'a'\n", PARSE_SINGLE, 0 },
    { "x = (1 2\n", PARSE_SINGLE, 1 },
    { "if x:\n", PARSE_FILE, 1 },
    { "class A:\n  def f(self):\n", PARSE_FILE, 1 },
    { "x = 1 +\n", PARSE_FILE, 0 },
    { "x = )\n", PARSE_FILE, 0 },
    { "x = '''", PARSE_EVAL, 1 },
    { "(1 +", PARSE_EVAL, 1 },
    { "1 +", PARSE_EVAL, 0 },
};

START_TEST(test_incomplete)
{
    SyntaxErr err;
    Arena a;
    arena_init(&a, NULL, NULL);
    const char *src = incompletes[_i].src;
    Module *m = parse_source(&a, src, strlen(src), incompletes[_i].mode, &err);
    arena_free(&a);
    if (incompletes[_i].want == 2) {
        ck_assert_msg(m != NULL, "%d: %s", _i, err.msg);
    } else {
        ck_assert_msg(m == NULL, "%d: parsed", _i);
        ck_assert_msg(err.msg[0] != '\0', "%d", _i);
        ck_assert_msg(err.incomplete == (incompletes[_i].want == 1), "%d: %s", _i, err.msg);
    }
}
END_TEST

/* ---- refused constructs ------------------------------------------------------------------ */

START_TEST(test_refused)
{
    const struct { const char *src, *msg; int line, col, end_line, end_col; } cases[] = {
        { "async def f():\n    pass\n", "async def is not supported", 1, 1, 1, 10 },
        { "async def f():\n    async for x in y: pass\n", "async def is not supported",
          1, 1, 1, 10 },
        { "def f():\n    async for x in y: pass\n", "async for is not supported", 2, 5, 2, 14 },
        { "def f():\n    async with a: pass\n", "async with is not supported", 2, 5, 2, 15 },
        { "def f():\n    await g()\n", "'await' is not supported", 2, 5, 2, 14 },
        { "x = [a async for a in b]\n", "async for is not supported", 1, 8, 1, 17 },
        { "match x:\n    case 1: pass\n", "match statements are not supported", 1, 1, 1, 6 },
        { "try:\n    pass\nexcept* E:\n    pass\n", "'except*' is not supported",
          3, 1, 3, 8 },
        { "from m import *\n", "'from ... import *' is not supported", 1, 15, 1, 16 },
        { "x = b'abc'\n", "bytes literals are not supported", 1, 5, 1, 11 },
        { "x = 1j + 2.5J\n", "complex numbers are not supported", 1, 5, 1, 7 },
        { "x = '\\N{BULLET}'\n", "\\N{...} escapes are not supported", 1, 5, 1, 17 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        SyntaxErr e = error_of(cases[i].src, PARSE_FILE);
        ck_assert_msg(strcmp(e.msg, cases[i].msg) == 0, "%d: %s", (int)i, e.msg);
        ck_assert_int_eq(e.kind, SE_SYNTAX);
        ck_assert_int_eq(e.line, cases[i].line);
        ck_assert_int_eq(e.col, cases[i].col);
        ck_assert_int_eq(e.end_line, cases[i].end_line);
        ck_assert_int_eq(e.end_col, cases[i].end_col);
        ck_assert(!e.incomplete);
    }
    /* soft keywords stay names */
    ck_assert_str_eq(dump("match = 1\nmatch(x)\nmatch[0].case = _\n"),
                     "(Module (Assign (Name match Store) (Const 1)) (Expr (Call (Name match) "
                     "(Name x))) (Assign (Attribute (Subscript (Name match) (Const 0)) case "
                     "Store) (Name _)))");
    /* refusals are reported last: a syntax error later in the file wins, and so does an
       error CPython's compiler reports */
    ck_assert_str_eq(dump("x = 1j\ny = (1 2)\n"),
                     "ERR 0 invalid syntax. Perhaps you forgot a comma? 2 6 2 9");
    ck_assert_str_eq(dump("x = b'a'\ny = 1\nz = 'a\n"),
                     "ERR 0 unterminated string literal (detected at line 3) 3 5 3 5");
    ck_assert_str_eq(dump("x = 1j\na, *b, *c = d\n"),
                     "ERR 0 multiple starred expressions in assignment 2 1 2 10");
}
END_TEST

START_TEST(test_compile_time_checks)
{
    /* errors CPython reports from its compiler, found here by the parser */
    ck_assert_str_eq(dump("a, *b, *c = d\n"),
                     "ERR 0 multiple starred expressions in assignment 1 1 1 10");
    ck_assert_str_eq(dump("[a, *b, (c, *d, *e)] = f\n"),
                     "ERR 0 multiple starred expressions in assignment 1 9 1 20");
    ck_assert_str_eq(dump("*a = b\n"),
                     "ERR 0 starred assignment target must be in a list or tuple 1 1 1 3");
    ck_assert_str_eq(dump("for *a in b: pass\n"),
                     "ERR 0 starred assignment target must be in a list or tuple 1 5 1 7");
    ck_assert_str_eq(dump("x = *a\n"), "ERR 0 can't use starred expression here 1 5 1 7");
    ck_assert_str_eq(dump("return *a\n"), "ERR 0 can't use starred expression here 1 8 1 10");
    ck_assert_str_eq(dump("def f(a, a): pass\n"),
                     "ERR 0 duplicate argument 'a' in function definition 1 10 1 11");
    ck_assert_str_eq(dump("lambda a, *a: 0\n"),
                     "ERR 0 duplicate argument 'a' in function definition 1 12 1 13");
    ck_assert_str_eq(dump("f(a=1, a=2)\n"), "ERR 0 keyword argument repeated: a 1 8 1 11");
    ck_assert_str_eq(dump("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n"),
                     "ERR 0 default 'except:' must be last 3 1 4 7");
    /* fine: */
    ck_assert_str_eq(dump("*a, = b\n"),
                     "(Module (Assign (Tuple (Starred (Name a Store) Store) Store) (Name b)))");
    ck_assert_str_eq(dump("x = *a, *b\n"),
                     "(Module (Assign (Name x Store) "
                     "(Tuple (Starred (Name a)) (Starred (Name b)))))");
}
END_TEST

/* ---- robustness --------------------------------------------------------------------------- */

START_TEST(test_deep_nesting)
{
    size_t n = 100000;
    char *src = malloc(n + 2);
    memset(src, '-', n);
    src[n] = '1';
    src[n + 1] = '\0';
    SyntaxErr e = error_of(src, PARSE_FILE);
    ck_assert_str_eq(e.msg, "source too complex to parse");
    memset(src, '(', 250);
    src[250] = '\0';
    e = error_of(src, PARSE_FILE);
    ck_assert_str_eq(e.msg, "too many nested parentheses");
    /* long flat things are fine */
    for (size_t i = 0; i < n; i += 2) {
        src[i] = i ? ',' : '[';
        src[i + 1] = '1';
    }
    src[n] = ']';
    src[n + 1] = '\0';
    ck_assert_int_eq(strncmp(dump(src), "(Module (Expr (List (Const 1)", 29), 0);
    free(src);
    /* moderately deep ones parse */
    char buf[2048];
    memset(buf, '-', 500);
    strcpy(buf + 500, "x");
    ck_assert_int_eq(strncmp(dump(buf), "(Module (Expr (UnaryOp -", 24), 0);
    memset(buf, '(', 100);
    memset(buf + 100, ')', 100);
    buf[200] = '\0';
    ck_assert_str_eq(dump(buf), "(Module (Expr (Tuple)))");
    char *lots = malloc(200000);
    strcpy(lots, "x = [");
    size_t k = strlen(lots);
    for (int i = 0; i < 150; i++)
        lots[k++] = '[';
    for (int i = 0; i < 150; i++)
        lots[k++] = ']';
    strcpy(lots + k, "]\n");
    ck_assert_int_eq(strncmp(dump(lots), "(Module (Assign", 15), 0);
    free(lots);
}
END_TEST

START_TEST(test_garbage)
{
    static const char *const pieces[] = {
        "(", ")", "[", "]", "{", "}", ":", "=", ",", "if ", "else ", "1", "x", "\"s\"", "'",
        "\"", "*", "**", "lambda ", "\n", ".", "for ", "in ", "not ", ":=", "yield ", "def ",
        "f\"{", "}", "+", "print ", ";", "    ", "\t", "\\", "#", "as ", "import ", "from ",
        "->", "@", "\xff", "\xc3", "\r", "0x", "1e", "_", "\"\"\"", "'''", "f'", "rb'",
        "\\N{", "{{", "}}", "!r", "!", "$", "try:", "except", "class ", "with ", "match ",
        "async ", "await ", "del ", "return ", "\xe2\x82\xac",
    };
    unsigned seed = 2024;
    char buf[512];
    for (int round = 0; round < 3000; round++) {
        size_t n = 0;
        int count = round % 40;
        for (int i = 0; i < count; i++) {
            seed = seed * 1103515245u + 12345u;
            if (round % 3 == 0) {
                buf[n++] = (char)(seed >> 16);
            } else {
                const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
                size_t len = strlen(p);
                memcpy(buf + n, p, len);
                n += len;
            }
        }
        for (int mode = 0; mode < 3; mode++) {
            SyntaxErr err;
            Arena a;
            arena_init(&a, NULL, NULL);
            Module *m = parse_source(&a, buf, n, (ParseMode)mode, &err);
            if (!m) {
                ck_assert(err.msg[0] != '\0');
                ck_assert(err.line >= 0);
            } else {
                ck_assert_ptr_nonnull(ast_dump_module(&a, m));
            }
            arena_free(&a);
        }
    }
}
END_TEST

START_TEST(test_bad_bytes)
{
    SyntaxErr e;
    Arena a;
    arena_init(&a, NULL, NULL);
    ck_assert_ptr_null(parse_source(&a, "x = 1\n\0y\n", 9, PARSE_FILE, &e));
    ck_assert_str_eq(e.msg, "source code cannot contain null bytes");
    ck_assert_int_eq(e.line, 2);
    arena_free(&a);
    ck_assert_str_eq(dump("x = 1\ny = \"\xff\"\n"),
                     "ERR 0 (unicode error) 'utf-8' codec can't decode byte 0xff in position 0:"
                     " invalid start byte 2 8 2 8");
    ck_assert_str_eq(dump("x = 1\n\xc3\n"),
                     "ERR 0 (unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0:"
                     " invalid start byte 2 1 2 1");
}
END_TEST

/* ---- the arena -------------------------------------------------------------------------- */

typedef struct Alloc { long live; long calls; long fail_at; } Alloc;

static void *counting_realloc(void *ud, void *p, size_t oldsize, size_t newsize)
{
    Alloc *al = ud;
    if (newsize == 0) {
        al->live -= (long)oldsize;
        free(p);
        return NULL;
    }
    if (al->fail_at >= 0 && al->calls++ >= al->fail_at)
        return NULL;
    void *q = realloc(p, newsize);
    if (q)
        al->live += (long)newsize - (long)oldsize;
    return q;
}

START_TEST(test_arena)
{
    Alloc al = { 0, 0, -1 };
    Arena a;
    arena_init(&a, counting_realloc, &al);
    char *s = arena_strndup(&a, "hello world", 5);
    ck_assert_str_eq(s, "hello");
    int *z = arena_alloc(&a, 1000);
    for (int i = 0; i < 250; i++)
        ck_assert_int_eq(z[i], 0);
    void *big = arena_alloc(&a, 3 << 20);       /* bigger than a block */
    ck_assert_ptr_nonnull(big);
    ck_assert(((size_t)big % _Alignof(max_align_t)) == 0);
    ck_assert(al.live > 3 << 20);
    arena_free(&a);
    ck_assert_int_eq((int)al.live, 0);

    /* a whole parse through the hook, then everything back */
    const char *src = "def f(a, b=1):\n    return [x * a for x in range(b)] + f'{a!r}'\n"
                      "class C(f(1)):\n    y: int = 2\n";
    arena_init(&a, counting_realloc, &al);
    SyntaxErr err;
    ck_assert_ptr_nonnull(parse_source(&a, src, strlen(src), PARSE_FILE, &err));
    ck_assert(al.live > 0);
    arena_free(&a);
    ck_assert_int_eq((int)al.live, 0);

    /* out of memory at every point: NULL, a->failed, an empty message, nothing leaked */
    for (long k = 0; k < 40; k++) {
        Alloc f = { 0, 0, k };
        arena_init(&a, counting_realloc, &f);
        Module *m = parse_source(&a, src, strlen(src), PARSE_FILE, &err);
        if (!m) {
            ck_assert(a.failed);
            ck_assert_str_eq(err.msg, "");
        }
        arena_free(&a);
        ck_assert_int_eq((int)f.live, 0);
    }
}
END_TEST

static Suite *parser_suite(void)
{
    Suite *s = suite_create("parser");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_expressions, 0, (int)(sizeof exprs / sizeof exprs[0]));
    tcase_add_loop_test(tc, test_statements, 0, (int)(sizeof stmts / sizeof stmts[0]));
    tcase_add_loop_test(tc, test_errors, 0, (int)(sizeof errors / sizeof errors[0]));
    tcase_add_test(tc, test_fstrings);
    tcase_add_test(tc, test_literals);
    tcase_add_test(tc, test_positions);
    tcase_add_test(tc, test_modes);
    tcase_add_loop_test(tc, test_incomplete, 0,
                        (int)(sizeof incompletes / sizeof incompletes[0]));
    tcase_add_test(tc, test_refused);
    tcase_add_test(tc, test_compile_time_checks);
    tcase_add_test(tc, test_deep_nesting);
    tcase_add_test(tc, test_garbage);
    tcase_add_test(tc, test_bad_bytes);
    tcase_add_test(tc, test_arena);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(parser_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
