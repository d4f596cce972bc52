#!/bin/sh
# The rill command line, flag by flag, with python3's exit statuses and messages:
#
#   sh tests/cli_test.sh build/rill
#
# Each case runs rill with stdout, stderr and the exit status captured, and checks
# them. Prints the failing cases and a final "cli: N passed, M failed" line; exit
# status 1 if any failed. (The interactive prompt itself is tested through a terminal
# by tests/unit/check_repl.c.)
set -u

rill=${1:-build/rill}
case $rill in
    /*) ;;
    *) rill="$(pwd)/$rill" ;;
esac
if [ ! -x "$rill" ]; then
    echo "cli_test.sh: $rill is not an executable"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rill-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
cd "$tmp" || exit 1
# no terminal colors, no history file, whatever the caller's environment
NO_COLOR=1
RILL_HISTFILE=
export NO_COLOR RILL_HISTFILE

passed=0
failed=0
case_name=
case_ok=1

# run NAME CMD...: runs CMD (stdin from /dev/null unless the caller redirects),
# capturing out, err and status.
run() {
    case_name=$1
    shift
    case_ok=1
    "$@" >out 2>err
    status=$?
}

fail() {
    if [ "$case_ok" = 1 ]; then
        echo "FAIL $case_name"
    fi
    case_ok=0
    echo "    $*"
}

# expect_status N
expect_status() {
    [ "$status" -eq "$1" ] || fail "exit status $status, expected $1"
}

# expect_out TEXT: stdout is exactly TEXT (plus the final newline)
expect_out() {
    printf '%s\n' "$1" >want
    cmp -s out want || fail "stdout: $(head -c 300 out | tr '\n' '|'), expected: $(tr '\n' '|' <want)"
}

# expect_err_has TEXT / expect_out_has TEXT: a line containing TEXT (fixed string)
expect_err_has() {
    grep -qF -- "$1" err || fail "stderr lacks '$1': $(head -c 400 err | tr '\n' '|')"
}
expect_out_has() {
    grep -qF -- "$1" out || fail "stdout lacks '$1': $(head -c 400 out | tr '\n' '|')"
}
expect_out_empty() {
    [ ! -s out ] || fail "stdout not empty: $(head -c 300 out | tr '\n' '|')"
}
expect_err_empty() {
    [ ! -s err ] || fail "stderr not empty: $(head -c 300 err | tr '\n' '|')"
}

done_case() {
    if [ "$case_ok" = 1 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
}

cat >args.py <<'EOF'
import sys
print(sys.argv)
EOF
printf 'x = 6 * 7\nprint("ran")\n' >script.py
printf 'def f():\n    return 1 / 0\nf()\n' >raises.py
printf 'print("before")\nx = (1,\n' >syntax.py
printf 'try:\n    while True: pass\nfinally:\n    print("finally ran", flush=True)\n' >spin.py
printf 'import time\nprint("sleeping", flush=True)\ntime.sleep(30)\n' >sleep.py

# ---- scripts, -c, stdin -----------------------------------------------------------------
run "FILE args -> sys.argv" "$rill" args.py a 'b c'
expect_status 0; expect_out "['args.py', 'a', 'b c']"; expect_err_empty; done_case

run "-c with args" "$rill" -c 'import sys; print(sys.argv)' x -y
expect_status 0; expect_out "['-c', 'x', '-y']"; done_case

run "-c joined to its code" "$rill" '-cprint(1 + 1)'
expect_status 0; expect_out "2"; done_case

run "options after the script belong to it" "$rill" args.py -c -i --version
expect_status 0; expect_out "['args.py', '-c', '-i', '--version']"; done_case

run "-- ends the options" "$rill" -- args.py -q
expect_status 0; expect_out "['args.py', '-q']"; done_case

run "- reads the script from stdin" sh -c "printf 'import sys\nprint(sys.argv)\n' | '$rill' - a b"
expect_status 0; expect_out "['-', 'a', 'b']"; expect_err_empty; done_case

run "piped stdin runs as a script" sh -c "printf 'import sys\nprint(sys.argv)\nprint(6 * 7)\n' | '$rill'"
expect_status 0; expect_out "['']
42"; expect_err_empty; done_case

run "piped stdin: tracebacks name <stdin>" sh -c "printf 'x = 1\n1 / 0\n' | '$rill'"
expect_status 1; expect_err_has 'File "<stdin>", line 2, in <module>'
expect_err_has "ZeroDivisionError: division by zero"; done_case

run "-i FILE then the prompt on piped input" sh -c "printf 'print(x)\nx + 1\n' | '$rill' -i script.py"
expect_status 0; expect_out "ran
42
43"; expect_err_has ">>> "; done_case

run "-i: results of expressions, multi-line entries" sh -c "printf 'def g():\n    yield 5\n\nnext(g())\n' | '$rill' -qi"
expect_status 0; expect_out "5"; expect_err_has "... "; done_case

run "-i after an exception keeps the globals" sh -c "printf 'x\n' | '$rill' -i -c 'x = 7; 1 / 0'"
expect_status 0; expect_out "7"; expect_err_has "ZeroDivisionError"; done_case

run "-i after SystemExit reports it and goes on" sh -c "printf 'x\n' | '$rill' -i -c 'import sys; x = 8; sys.exit(3)'"
expect_status 0; expect_out "8"; expect_err_has "SystemExit: 3"; done_case

run "-i: exit() in the session sets the status" sh -c "printf 'exit(4)\n' | '$rill' -i -c 'pass'"
expect_status 4; done_case

run "-i banner, -q none" sh -c "'$rill' -i </dev/null; '$rill' -qi </dev/null 2>&1 | grep -c rill"
expect_err_has "rill 0.1.0"; expect_out "0"; done_case

# ---- information -----------------------------------------------------------------------------
run "-V" "$rill" -V
expect_status 0; expect_out "rill 0.1.0"; done_case

run "--version" "$rill" --version
expect_status 0; expect_out "rill 0.1.0"; done_case

run "-h" "$rill" -h
expect_status 0; expect_out_has "usage: rill [option] ... [-c cmd | file | -] [arg] ..."
expect_out_has "--max-memory"; expect_out_has "RILL_HISTFILE"; done_case

run "--help" "$rill" --help
expect_status 0; expect_out_has "usage: rill"; expect_out_has "--timeout"; done_case

run "--dis FILE" "$rill" --dis script.py
expect_status 0; expect_out_has "LOAD_CONST"; done_case

# ---- usage errors: status 2 --------------------------------------------------------------------
run "unknown short option" "$rill" -Z
expect_status 2; expect_err_has "Unknown option: -Z"
expect_err_has "usage: rill [option] ... [-c cmd | file | -] [arg] ..."
expect_err_has "Try \`rill -h' for more information."; done_case

run "unknown long option" "$rill" --frobnicate
expect_status 2; expect_err_has "unknown option --frobnicate"; expect_err_has "usage: rill"; done_case

run "-c without code" "$rill" -c
expect_status 2; expect_err_has "Argument expected for the -c option"; done_case

run "missing file" "$rill" nosuch.py
expect_status 2
expect_err_has "rill: can't open file '$tmp/nosuch.py': [Errno 2] No such file or directory"
done_case

run "a directory is no script" "$rill" "$tmp"
expect_status 2; expect_err_has "rill: can't open file '$tmp': [Errno 21] Is a directory"; done_case

run "--dis missing file" "$rill" --dis nosuch.py
expect_status 2; expect_err_has "can't open file"; done_case

run "--max-memory garbage" "$rill" --max-memory lots -c pass
expect_status 2; expect_err_has "invalid --max-memory value 'lots'"; done_case

run "--timeout garbage" "$rill" --timeout -1 -c pass
expect_status 2; expect_err_has "invalid --timeout value '-1'"; done_case

# ---- exit statuses ------------------------------------------------------------------------------
run "sys.exit(3)" "$rill" -c 'import sys; sys.exit(3)'
expect_status 3; expect_err_empty; done_case

run "sys.exit() is 0" "$rill" -c 'import sys; sys.exit()'
expect_status 0; done_case

run "sys.exit('msg') prints it, status 1" "$rill" -c 'import sys; sys.exit("bye now")'
expect_status 1; expect_err_has "bye now"; done_case

run "exit(5) built-in" "$rill" -c 'exit(5)'
expect_status 5; done_case

run "quit() built-in" "$rill" -c 'quit()'
expect_status 0; done_case

run "raise SystemExit(256 + 7)" "$rill" -c 'raise SystemExit(263)'
expect_status 7; done_case

run "uncaught exception: traceback, status 1" "$rill" raises.py
expect_status 1; expect_err_has "Traceback (most recent call last):"
expect_err_has "line 2, in f"; expect_err_has "ZeroDivisionError: division by zero"; done_case

run "syntax error: caret, status 1, nothing runs" "$rill" syntax.py
expect_status 1; expect_out_empty; expect_err_has "SyntaxError: '(' was never closed"; done_case

run "uncolored when stderr is no terminal" "$rill" raises.py
grep -q "$(printf '\033')" err && fail "escape codes in a redirected traceback"; done_case

# ---- limits and interrupts -------------------------------------------------------------------------
run "--max-memory: a bomb gets MemoryError" "$rill" --max-memory 32M -c '
x = []
while True:
    x.append("a" * 1000000)'
expect_status 1; expect_err_has "MemoryError"; done_case

run "--max-memory=SIZE form, catchable" "$rill" --max-memory=16M -c '
try:
    x = "a" * (64 * 1024 * 1024)
except MemoryError:
    print("caught")
print(len("a" * 1000))'
expect_status 0; expect_out "caught
1000"; done_case

run "--timeout stops an infinite loop" "$rill" --timeout 1 -c 'while True: pass'
expect_status 124; expect_err_has "KeyboardInterrupt"
expect_err_has "rill: --timeout 1: time limit exceeded"; done_case

run "--timeout: finally blocks run" "$rill" --timeout 0.5 spin.py
expect_status 124; expect_out "finally ran"; done_case

run "--timeout: a short script is unaffected" "$rill" --timeout 30 script.py
expect_status 0; expect_out "ran"; done_case

run "--timeout: a script that ignores it is ended" "$rill" --timeout 0.3 -c '
while True:
    try:
        while True: pass
    except KeyboardInterrupt:
        pass'
expect_status 124; expect_err_has "did not stop"; done_case

if command -v timeout >/dev/null 2>&1; then
    run "SIGINT to a running script: 130" timeout --preserve-status -s INT 1 "$rill" spin.py
    expect_status 130; expect_out "finally ran"; expect_err_has "KeyboardInterrupt"; done_case

    run "SIGINT during time.sleep: 130" timeout --preserve-status -s INT 1 "$rill" sleep.py
    expect_status 130; expect_out "sleeping"; expect_err_has "KeyboardInterrupt"; done_case
fi

run "KeyboardInterrupt raised by the script: 130" "$rill" -c 'raise KeyboardInterrupt'
expect_status 130; expect_err_has "KeyboardInterrupt"; done_case

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
