/*
** repl.c — the interactive prompt, as python3's: `>>> ` and `... ` prompts, an entry
** that continues while rill_compile says RILL_INCOMPLETE (a compound statement until an
** empty line, open brackets, a trailing backslash, a triple-quoted string), results
** printed by RILL_MODE_SINGLE, tracebacks that leave the session going, SystemExit
** ending it with its status.
**
** On a terminal, lines come from GNU readline's callback interface (as CPython's
** readline module does it), so that a Ctrl-C at the prompt is seen between keys: the
** line is dropped and "KeyboardInterrupt" printed. History lives in ~/.rill_history (or
** $RILL_HISTFILE), one line per entry line, appended as typed. Tab completes keywords
** (here) and names and attributes (rill_complete); Tab on an empty line indents.
** Without a terminal (rill -i with piped input), prompts go to stderr as in CPython.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>
#include "repl.h"
#include "host.h"

#define HISTORY_MAX 1000
#define PS1 ">>> "
#define PS2 "... "
#define INDENT "    "           /* what Tab inserts on an empty line */

enum { IN_LINE, IN_EOF, IN_INTR };

typedef struct Repl {
    rill_vm *vm;
    int tty;                    /* readline in use */
    char *histfile;             /* NULL: no history file */
    char *buf;                  /* the entry so far, lines joined by '\n' */
    size_t len, cap;
} Repl;

/* ---- the entry buffer ----------------------------------------------------------------- */

static int append(Repl *r, const char *s, size_t n)
{
    if (r->len + n + 1 > r->cap) {
        size_t cap = r->cap ? r->cap : 256;
        while (cap < r->len + n + 1) cap *= 2;
        char *nb = realloc(r->buf, cap);
        if (!nb) return -1;
        r->buf = nb;
        r->cap = cap;
    }
    memcpy(r->buf + r->len, s, n);
    r->len += n;
    r->buf[r->len] = 0;
    return 0;
}

static int blank(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\r') s++;
    return *s == 0;
}

/* ---- reading lines ---------------------------------------------------------------------- */

static char *line_read;
static int line_done;

static void on_line(char *line)
{
    line_read = line;
    line_done = 1;
    rl_callback_handler_remove();
}

/* One line from readline; a Ctrl-C while waiting gives IN_INTR. */
static int read_tty(const char *prompt, char **out)
{
    sigset_t saved, waitmask;
    host_block_signals(&saved, &waitmask);
    line_done = 0;
    line_read = NULL;
    rl_callback_handler_install(prompt, on_line);
    int fd = fileno(rl_instream), res = IN_LINE;
    while (!line_done) {
        if (host_take_sigint()) {
            /* CPython's cleanup after a signal in readline_until_enter_or_signal */
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_cleanup_after_signal();
            rl_callback_handler_remove();
            res = IN_INTR;
            break;
        }
        if (host_take_sigwinch()) rl_resize_terminal();
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        int n = pselect(fd + 1, &fds, NULL, NULL, NULL, &waitmask);
        if (n < 0) {
            if (errno == EINTR) continue;
            rl_callback_handler_remove();
            res = IN_EOF;
            break;
        }
        rl_callback_read_char();
    }
    host_unblock_signals(&saved);
    if (res == IN_LINE && !line_read) res = IN_EOF;
    *out = res == IN_LINE ? line_read : NULL;
    return res;
}

/* One line from a non-terminal stdin, the prompt on stderr. Read a byte at a time:
   what follows the line belongs to the script's input() as much as to the prompt. */
static int read_pipe(const char *prompt, char **out)
{
    fputs(prompt, stderr);
    fflush(stderr);
    size_t n = 0, cap = 128;
    char *line = malloc(cap);
    if (!line) return IN_EOF;
    for (;;) {
        char c;
        ssize_t k = read(STDIN_FILENO, &c, 1);
        if (k < 0 && errno == EINTR) {
            if (!host_take_sigint()) continue;
            free(line);
            return IN_INTR;
        }
        if (k <= 0) {
            if (n > 0) break;
            free(line);
            return IN_EOF;
        }
        if (c == '\n') break;
        if (n + 2 > cap) {
            char *nl = realloc(line, cap * 2);
            if (!nl) break;
            line = nl;
            cap *= 2;
        }
        line[n++] = c;
    }
    line[n] = 0;
    *out = line;
    return IN_LINE;
}

/* ---- history -------------------------------------------------------------------------- */

/* $RILL_HISTFILE (empty: none), else ~/.rill_history, else none. malloc'd. */
static char *history_path(void)
{
    const char *env = getenv("RILL_HISTFILE");
    if (env) return *env ? strdup(env) : NULL;
    const char *home = getenv("HOME");
    if (!home || !*home) return NULL;
    size_t n = strlen(home) + sizeof "/.rill_history";
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/.rill_history", home);
    return p;
}

static void history_open(Repl *r)
{
    using_history();
    stifle_history(HISTORY_MAX);
    r->histfile = history_path();
    if (r->histfile) read_history(r->histfile);     /* a missing file is no error */
}

/* Adds a typed line, unless blank or the same as the one before; appends it to the
   file at once, so that a session that dies keeps what was typed. */
static void history_add(Repl *r, const char *line)
{
    if (blank(line)) return;
    HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    if (last && strcmp(last->line, line) == 0) return;
    add_history(line);
    if (!r->histfile) return;
    int fd = open(r->histfile, O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0) return;                             /* not writable: no history, no error */
    close(fd);
    append_history(1, r->histfile);
}

static void history_close(Repl *r)
{
    if (r->histfile) history_truncate_file(r->histfile, HISTORY_MAX);
    clear_history();
    free(r->histfile);
    r->histfile = NULL;
}

/* ---- completion ------------------------------------------------------------------------- */

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield", NULL
};

/* Readline's callbacks take no user data: the VM being completed against, and the
   matches of the current attempt. */
static rill_vm *complete_vm;

typedef struct Matches {
    char **v;
    size_t n, cap;
} Matches;

static Matches matches;

static void matches_clear(void)
{
    for (size_t i = 0; i < matches.n; i++) free(matches.v[i]);
    matches.n = 0;
}

static void matches_add(const char *s, size_t n)
{
    for (size_t i = 0; i < matches.n; i++)
        if (strlen(matches.v[i]) == n && memcmp(matches.v[i], s, n) == 0) return;
    if (matches.n == matches.cap) {
        size_t cap = matches.cap ? matches.cap * 2 : 64;
        char **nv = realloc(matches.v, cap * sizeof *nv);
        if (!nv) return;
        matches.v = nv;
        matches.cap = cap;
    }
    char *c = malloc(n + 1);
    if (!c) return;
    memcpy(c, s, n);
    c[n] = 0;
    matches.v[matches.n++] = c;
}

static int is_keyword(const char *s, size_t n)
{
    for (size_t i = 0; keywords[i]; i++)
        if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0) return 1;
    return 0;
}

/* rill_complete's callback: a name the keywords have not offered already. */
static void on_candidate(void *ud, const char *cand)
{
    (void)ud;
    size_t n = strlen(cand);
    size_t base = n > 0 && cand[n - 1] == '(' ? n - 1 : n;
    if (!strchr(cand, '.') && is_keyword(cand, base)) return;
    matches_add(cand, n);
}

/* Keywords as rlcompleter offers them: "try:" and "finally:", a space after those
   that take something, nothing after the rest. */
static void add_keywords(const char *text)
{
    static const char *const bare[] = { "False", "None", "True", "break", "continue",
                                        "pass", "else", NULL };
    size_t tl = strlen(text);
    for (size_t i = 0; keywords[i]; i++) {
        const char *k = keywords[i];
        if (strncmp(k, text, tl) != 0) continue;
        char buf[16];
        const char *post = " ";
        if (strcmp(k, "try") == 0 || strcmp(k, "finally") == 0) post = ":";
        for (size_t j = 0; bare[j]; j++)
            if (strcmp(k, bare[j]) == 0) post = "";
        int len = snprintf(buf, sizeof buf, "%s%s", k, post);
        matches_add(buf, (size_t)len);
    }
}

static char *next_match(const char *text, int state)
{
    static size_t i;
    (void)text;
    if (state == 0) i = 0;
    return i < matches.n ? strdup(matches.v[i++]) : NULL;
}

static char **attempt_completion(const char *text, int start, int end)
{
    (void)end;
    rl_attempted_completion_over = 1;       /* never file names */
    rl_completion_append_character = '\0';
    int indent = 1;
    for (int i = 0; i < rl_point && indent; i++)
        if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') indent = 0;
    if (indent) {
        /* Tab where a statement starts indents it (rlcompleter inserts a tab; spaces
           cannot mix badly with lines indented by hand). An empty match means "insert
           nothing" to readline, without a bell. */
        rl_insert_text(INDENT);
        char **m = malloc(2 * sizeof *m);
        if (!m) return NULL;
        m[0] = strdup("");
        m[1] = NULL;
        return m;
    }
    (void)start;
    matches_clear();
    if (!strchr(text, '.')) add_keywords(text);
    rill_complete(complete_vm, text, on_candidate, NULL);
    if (matches.n == 0) return NULL;
    return rl_completion_matches(text, next_match);
}

static void readline_open(Repl *r)
{
    complete_vm = r->vm;
    rl_readline_name = "rill";
    rl_instream = stdin;
    rl_outstream = stdout;
    rl_catch_signals = 0;           /* SIGINT is ours (host.c); see read_tty */
    rl_catch_sigwinch = 0;
    host_catch_sigwinch();
    rl_attempted_completion_function = attempt_completion;
    /* rlcompleter's delimiters: '.' is not one, so "obj.attr" completes as one word */
    rl_completer_word_break_characters = (char *)" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_initialize();
    /* as CPython (bpo-42819): a bracketed paste would make one line of a pasted block,
       where each line must be an entry line of its own */
    rl_variable_bind("enable-bracketed-paste", "off");
    history_open(r);
}

static void readline_close(Repl *r)
{
    history_close(r);
    matches_clear();
    free(matches.v);
    matches.v = NULL;
    matches.cap = 0;
}

/* ---- running entries ------------------------------------------------------------------------ */

/* Runs the entry in r->buf. Returns 1 with *status set if it raised SystemExit. */
static int run(Repl *r, rill_mode mode, int *status)
{
    host_running(r->vm);
    int rc = rill_exec(r->vm, r->buf, r->len, "<stdin>", mode);
    host_idle();
    fflush(stdout);
    r->len = 0;
    if (rc == RILL_EXIT) {
        *status = rill_exit_status(r->vm);
        return 1;
    }
    if (rc != RILL_OK) rill_error_print(r->vm);
    return 0;
}

/* End of input in the middle of an entry: run it as if the entry were closed, or
   report why it cannot be (an unclosed bracket...): run as a file, it raises the
   SyntaxError a file would. */
static int finish_entry(Repl *r, int *status)
{
    if (append(r, "\n", 1) < 0) return 0;
    int rc = rill_compile(r->vm, r->buf, r->len, "<stdin>", RILL_MODE_SINGLE);
    return run(r, rc == RILL_OK ? RILL_MODE_SINGLE : RILL_MODE_FILE, status);
}

static int loop(Repl *r)
{
    int status = 0;
    for (;;) {
        fflush(stdout);
        char *line = NULL;
        const char *prompt = r->len ? PS2 : PS1;
        int got = r->tty ? read_tty(prompt, &line) : read_pipe(prompt, &line);
        if (got == IN_INTR) {
            fputs("\nKeyboardInterrupt\n", stderr);
            r->len = 0;
            continue;
        }
        if (got == IN_EOF) {
            fputs("\n", stderr);
            if (r->len == 0) return 0;
            if (finish_entry(r, &status)) return status;
            continue;
        }
        if (r->len == 0 && blank(line)) {
            free(line);
            continue;
        }
        if (r->tty) history_add(r, line);
        int bad = append(r, line, strlen(line)) < 0 || append(r, "\n", 1) < 0;
        free(line);
        if (bad) {
            fputs("rill: out of memory\n", stderr);
            r->len = 0;
            continue;
        }
        int rc = rill_compile(r->vm, r->buf, r->len, "<stdin>", RILL_MODE_SINGLE);
        if (rc == RILL_INCOMPLETE) continue;
        if (rc != RILL_OK) {
            rill_error_print(r->vm);
            r->len = 0;
            continue;
        }
        if (run(r, RILL_MODE_SINGLE, &status)) return status;
    }
}

int repl_run(rill_vm *vm, const ReplOptions *opts)
{
    Repl r;
    memset(&r, 0, sizeof r);
    r.vm = vm;
    r.tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    if (opts->banner) fprintf(stderr, "%s\n", REPL_BANNER);
    if (r.tty) readline_open(&r);
    int status = loop(&r);
    if (r.tty) readline_close(&r);
    free(r.buf);
    return status;
}
