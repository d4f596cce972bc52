# Copies its input with every occurrence of the text in the environment variable
# RILL_DIR replaced by `<dir>`: tracebacks name programs by absolute path, which
# differs from one checkout to another. The match is literal (a path may hold
# characters special to sed). Used by run_corpus.sh and gen_expected.sh.
{
    d = ENVIRON["RILL_DIR"]
    out = ""
    while (d != "" && (i = index($0, d)) > 0) {
        out = out substr($0, 1, i - 1) "<dir>"
        $0 = substr($0, i + length(d))
    }
    print out $0
}
