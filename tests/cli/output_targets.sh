#!/usr/bin/env bash
# End-to-end test of where -o writes, with the real binary: /dev/stdout into a pipe and into a file, a FIFO
# (kept a FIFO), and a new file under umask 077 (mode 600). Usage: output_targets.sh READINESS_BINARY SOURCE_DIR
set -u
bin=$1
answers=$2/examples/acme/answers/
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
title="Social Business Readiness — Acme Ltd"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

first=$("$bin" --no-color report "$answers" -o /dev/stdout | head -n 1)
[ "$first" = "$title" ] || fail "-o /dev/stdout into a pipe printed '$first'"

"$bin" --no-color report "$answers" -o /dev/stdout >into-file.txt || fail "-o /dev/stdout into a file failed"
[ "$(head -n 1 into-file.txt)" = "$title" ] || fail "-o /dev/stdout into a file wrote '$(head -n 1 into-file.txt)'"
[ -L /dev/stdout ] || [ -c /dev/stdout ] || fail "/dev/stdout was replaced"

mkfifo out.fifo
head -n 1 out.fifo >from-fifo.txt &
reader=$!
"$bin" --no-color report "$answers" -o out.fifo || fail "-o FIFO failed"
wait "$reader"
[ -p out.fifo ] || fail "the FIFO was replaced by a regular file"
[ "$(cat from-fifo.txt)" = "$title" ] || fail "the FIFO's reader got '$(cat from-fifo.txt)'"

(umask 077 && "$bin" -q template -o private.yaml) || fail "template -o failed"
[ "$("$bin" -q template -o /dev/stdout | head -n 1 | cut -c1-10)" = "# Answers " ] || fail "template -o /dev/stdout"
[ "$(stat -c %a private.yaml)" = 600 ] || fail "a new file under umask 077 has mode $(stat -c %a private.yaml)"
ls -A | grep -q readiness-tmp && fail "a temporary file was left behind"
echo "ok"
