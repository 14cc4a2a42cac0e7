#!/usr/bin/env python3
"""End-to-end test of `readiness interview` at a terminal: the real binary in a pseudo-terminal.

Usage: interview_pty.py READINESS_BINARY SOURCE_DIR

0. Asked for the organisation and the role (not given as options), which the file keeps.
1. Text wrapped at spaces to the window's 60 columns; the progress in colour; line editing: "partyl", Left, Left, "l", End, Backspace gives "partly".
2. Ctrl-C while it waits for the next answer: exit 130, the answer so far saved.
3. The same command resumes at the second question; Home edits a number, b goes back and Up, Up recalls
   the earlier answer "written", and the interview finishes: exit 0, the file compared; the organisation
   and role are taken from the file, not asked again.

No sleeps: every step waits for the output it expects (and keys wait for the line editor's raw mode),
reading the terminal until a generous deadline.
"""
import fcntl
import os
import pty
import select
import struct
import sys
import tempfile
import termios
import time

DEADLINE_SECONDS = 60  # only reached when something is wrong; sanitizer builds are slow
COLUMNS = 60
LEFT, HOME, END, UP = "\x1b[D", "\x1b[H", "\x1b[F", "\x1b[A"
BACKSPACE, CTRL_C = "\x7f", "\x03"


def fail(message, screen=""):
    print(f"FAIL: {message}", file=sys.stderr)
    if screen:
        print("--- terminal output:\n" + screen, file=sys.stderr)
    sys.exit(1)


class Terminal:
    """The binary in a pseudo-terminal COLUMNS wide."""

    def __init__(self, argv, work):
        self.output = ""
        self.seen = 0  # output before this index is already matched
        pid, fd = pty.fork()
        if pid == 0:  # the child: the window size first, so the binary sees it from the start
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, COLUMNS, 0, 0))
            os.chdir(work)
            environment = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_COLOR", "COLUMNS")}
            environment["TERM"] = "xterm"
            os.execve(argv[0], argv, environment)
        self.pid, self.fd = pid, fd

    def read_some(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], remaining)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            return False
        if not chunk:
            return False
        self.output += chunk.decode("utf-8", "replace")
        return True

    def expect(self, text):
        """Waits until `text` appears after what was already matched."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while True:
            found = self.output.find(text, self.seen)
            if found >= 0:
                self.seen = found + len(text)
                return
            if not self.read_some(deadline):
                fail(f"expected {text!r} in the output", self.output)

    def type(self, keys):
        """Types `keys` once the line editor has put the terminal out of canonical mode: keys typed
        before that would be taken by the terminal's own line editing (Backspace erasing, no arrows)."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while termios.tcgetattr(self.fd)[3] & termios.ICANON:
            if time.monotonic() > deadline:
                fail("the terminal never left canonical mode", self.output)
            self.read_some(min(deadline, time.monotonic() + 0.01))
        os.write(self.fd, keys.encode())

    def finish(self):
        """Reads until the child closes the terminal, then returns its exit code."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while self.read_some(deadline):
            pass
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def main():
    binary, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    checklist = os.path.join(os.path.abspath(source), "tests/fixtures/checklists/every-feature.yaml")
    argv = [binary, "-c", checklist, "interview", "-o", "kim.yaml", "--respondent", "Kim",
            "--department", "support"]
    with tempfile.TemporaryDirectory() as work:
        saved = os.path.join(work, "kim.yaml")

        # 1. Editing with the arrow keys, then 2. Ctrl-C at the second question.
        first = Terminal(argv, work)
        first.expect("Organisation (Enter for none): ")
        first.type("Acme Ltd\r")
        first.expect("Your role or job title (Enter for none): ")
        first.type("Head of Customer Care\r")
        # Wrapped at a space to the 60 columns of the window (the terminal turns "\n" into "\r\n").
        first.expect("Interviewing Kim (Customer service); the answers are saved\r\nto kim.yaml after each one.")
        first.expect("\x1b[1;36m[1/3] Roles & responsibilities\x1b[0m")  # colour at a terminal
        first.expect("> ")
        first.type("partyl" + LEFT + LEFT + "l" + END + BACKSPACE + "\r")
        first.expect("[2/4] Processes")
        first.expect("> ")
        first.type(CTRL_C)
        first.expect("Interrupted; 1 answer saved to kim.yaml. Run the same command to resume.")
        status = first.finish()
        if status != 130:
            fail(f"Ctrl-C: expected exit 130, got {status}", first.output)
        with open(saved, encoding="utf-8") as file:
            text = file.read()
        if ('roles.owner: "partly"' not in text or "first-response-hours" in text
                or 'organisation: "Acme Ltd"' not in text or 'role: "Head of Customer Care"' not in text):
            fail("the file after Ctrl-C differs:\n" + text, first.output)

        # 3. Resumed: Home and Right edit the number, the rest finishes the interview.
        second = Terminal(argv, work)
        second.expect("[2/4] Processes")
        second.expect("> ")
        second.type("3" + HOME + "1" + "\r")  # "13"
        second.expect("[3/4] Processes")
        second.expect("> ")
        second.type("written\r")
        second.expect("[4/5] Tactics")
        second.expect("> ")
        second.type("b\r")  # back to the third question, to answer it from the history
        second.expect("Is there a written escalation path?")
        second.expect("> ")
        second.type(UP + UP + "\r")  # "b", then "written"
        second.expect("Which channels do you listen to?")
        second.expect("> ")
        second.type("1,3\r")
        second.expect("[5/5] Tactics")
        second.expect("> ")
        second.type("Hire a second person.\r")
        second.expect("Finished: 5 of 5 questions answered; saved to kim.yaml.")
        status = second.finish()
        if status != 0:
            fail(f"resumed interview: expected exit 0, got {status}", second.output)
        if "Organisation" in second.output or "role or job title" in second.output:
            fail("the resumed interview asked the organisation or role again", second.output)
        with open(saved, encoding="utf-8") as file:
            lines = [line for line in file.read().splitlines() if not line.startswith("date: ")]
        expected = [
            'checklist: "every-feature"',
            'checklist_version: "2.1.0"',
            'organisation: "Acme Ltd"',
            "respondent:",
            '  name: "Kim"',
            '  department: "support"',
            '  role: "Head of Customer Care"',
            "answers:",
            '  roles.owner: "partly"',
            "  processes.first-response-hours: 13",
            '  processes.escalation: "written"',
            '  tactics.channels: ["twitter", "forums"]',
            '  tactics.first-change: "Hire a second person."',
        ]
        if lines != expected:
            fail("the finished file differs:\n" + "\n".join(lines), second.output)
    print("ok")


if __name__ == "__main__":
    main()
