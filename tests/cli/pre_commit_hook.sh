#!/usr/bin/env bash
# End-to-end test of examples/ci/pre-commit in a throwaway Git repository: the verdict follows the staged
# files, not the working tree; a missing binary and a bad staged gates file are reported as such (exit 2).
# Usage: pre_commit_hook.sh READINESS_BINARY SOURCE_DIR
set -u
bin=$1
source_dir=$2
hook=$source_dir/examples/ci/pre-commit
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Runs the hook; sets status and err (its standard error).
run_hook() {
    err=$(READINESS="${1:-$bin}" "$hook" 2>&1 >/dev/null)
    status=$?
}

git init -q . || fail "git init"
git config user.email test@example.com
git config user.name test
mkdir policies
cp "$source_dir"/examples/acme/policies/* policies/
printf 'min_score: 73\n' >policies/readiness-gates.yaml
git add policies

# Staged: Acme's policies, which score 73.4 (at the bar). Working tree: the policy emptied (below it).
: >policies/social-media-policy.md
run_hook
[ "$status" = 0 ] || fail "good staged policies, bad working tree: exit $status, expected 0: $err"

# Staged: the policy emptied. Working tree: restored.
git add policies/social-media-policy.md
cp "$source_dir"/examples/acme/policies/social-media-policy.md policies/
run_hook
[ "$status" = 1 ] || fail "bad staged policy, good working tree: exit $status, expected 1: $err"
case "$err" in
*"pre-commit: the staged policies fall below the bar"*) ;;
*) fail "below the bar, but the hook said: $err" ;;
esac
git add policies/social-media-policy.md

# A staged gates file that cannot be read is an input error, not "below the bar".
printf 'min_scor: 60\n' >policies/readiness-gates.yaml
git add policies/readiness-gates.yaml
run_hook
[ "$status" = 2 ] || fail "bad gates file: exit $status, expected 2: $err"
case "$err" in
*"policies/readiness-gates.yaml:1:1: error: unknown key 'min_scor'"*"pre-commit: readiness could not check the staged files (exit 2"*) ;;
*) fail "bad gates file, but the hook said: $err" ;;
esac

# No readiness binary.
run_hook "$work/no-such-readiness"
[ "$status" = 2 ] || fail "missing binary: exit $status, expected 2"
[ "$err" = "pre-commit: cannot run '$work/no-such-readiness': it is not installed or not on PATH (set READINESS to its path)" ] ||
    fail "missing binary, but the hook said: $err"
echo "ok"
