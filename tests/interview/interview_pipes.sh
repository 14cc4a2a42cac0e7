#!/usr/bin/env bash
# End-to-end test of `readiness interview` through pipes, with the real binary and real signals.
# Usage: interview_pipes.sh READINESS_BINARY SOURCE_DIR
# 1. Answers piped in, then the end of input halfway: exit 130, the default file holds every answer.
# 2. The same command again resumes at the first unanswered question and finishes: exit 0, file compared.
# 3. SIGINT, SIGTERM or SIGHUP while it waits for the next answer: exit 130, the answers so far are saved.
# Bash, for `set -m`: a script's background job would otherwise start with SIGINT ignored (and keep it so).
set -u
bin=$1
checklist=$2/tests/fixtures/checklists/every-feature.yaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
unset CI

fail() {
    echo "FAIL: $*" >&2
    for f in *; do
        [ -f "$f" ] && { echo "--- $f" >&2; cat "$f" >&2; }
    done
    exit 1
}

# The answer file without its date line (the date is today's).
undated() {
    grep -v '^date: ' "$1"
}

# 1. Half the answers, then the end of input.
printf 'Dana Smith\n2\n1\n3\n' | "$bin" -c "$checklist" interview >out1.txt 2>err1.txt
status=$?
[ "$status" -eq 130 ] || fail "end of input halfway: expected exit 130, got $status"
[ ! -s out1.txt ] || fail "prompts went to stdout without a terminal"
grep -qx 'Interrupted; 2 answers saved to answers-dana-smith.yaml. Run the same command to resume.' err1.txt ||
    fail "no interruption message"
cat >expected1.yaml <<'EOF'
checklist: "every-feature"
checklist_version: "2.1.0"
respondent:
  name: "Dana Smith"
  department: "support"
answers:
  roles.owner: "yes"
  processes.first-response-hours: 3
EOF
undated answers-dana-smith.yaml | cmp -s - expected1.yaml || fail "the file after the interruption differs"

# 2. The same command resumes at processes.escalation and finishes.
printf 'Dana Smith\nwritten\n1,3\nHire a second person.\n' | "$bin" -c "$checklist" interview >out2.txt 2>err2.txt
status=$?
[ "$status" -eq 0 ] || fail "resumed interview: expected exit 0, got $status"
grep -q '^\[3/4\] Processes$' err2.txt || fail "did not resume at the third question"
if grep -q '^\[1/' err2.txt; then fail "asked the first question again"; fi
cat >expected2.yaml <<'EOF'
checklist: "every-feature"
checklist_version: "2.1.0"
respondent:
  name: "Dana Smith"
  department: "support"
answers:
  roles.owner: "yes"
  processes.first-response-hours: 3
  processes.escalation: "written"
  tactics.channels: ["twitter", "forums"]
  tactics.first-change: "Hire a second person."
EOF
undated answers-dana-smith.yaml | cmp -s - expected2.yaml || fail "the finished file differs"

# 3. A signal while the interview waits for input: stdin is a FIFO this script keeps open.
set -m
for signal in INT TERM HUP; do
    rm -f in "kim-$signal.yaml"
    mkfifo in || fail "mkfifo"
    "$bin" -c "$checklist" interview -o "kim-$signal.yaml" --respondent Kim --department support \
        <in >/dev/null 2>"err-$signal.txt" &
    pid=$!
    exec 3>in
    printf 'partly\n2\n' >&3
    tries=0
    until grep -q 'first-response-hours: 2' "kim-$signal.yaml" 2>/dev/null; do
        tries=$((tries + 1))
        [ "$tries" -lt 100 ] || { kill "$pid"; fail "SIG$signal: the answers were never saved"; }
        sleep 0.1
    done
    kill "-$signal" "$pid"
    wait "$pid"
    status=$?
    exec 3>&-
    [ "$status" -eq 130 ] || fail "SIG$signal: expected exit 130, got $status"
    grep -qx "Interrupted; 2 answers saved to kim-$signal.yaml. Run the same command to resume." "err-$signal.txt" ||
        fail "SIG$signal: no interruption message"
done
echo "ok"
