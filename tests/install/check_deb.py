#!/usr/bin/python3
"""Build the .deb with cpack in a temporary folder and check its metadata and contents.

Usage: check_deb.py BINARY_DIR

Runs `cpack -G DEB --config BINARY_DIR/CPackConfig.cmake -B TMP`, then reads the package with dpkg-deb:
Package, Version, Architecture, Section, Maintainer, the libraries Depends names (dpkg-shlibdeps), and
the exact files it installs. Exit 1 with one line per problem.
"""

import glob
import os
import re
import subprocess
import sys
import tempfile

EXPECTED_FILES = [
    "./usr/bin/readiness",
    "./usr/share/bash-completion/completions/readiness",
    "./usr/share/fish/vendor_completions.d/readiness.fish",
    "./usr/share/man/man1/readiness.1",
    "./usr/share/zsh/site-functions/_readiness",
]
# Debian 12's packages of the libraries the binary links: libyaml, fmt, the C++ runtime, libc.
EXPECTED_DEPENDS = ["libc6", "libedit2", "libfmt9", "libgcc-s1", "libstdc++6", "libyaml-0-2"]

problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


def run(*command):
    return subprocess.run(command, capture_output=True, text=True)


def main():
    binary_dir = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as folder:
        result = run("cpack", "-G", "DEB", "--config", os.path.join(binary_dir, "CPackConfig.cmake"), "-B", folder)
        debs = glob.glob(os.path.join(folder, "*.deb"))
        if result.returncode != 0 or len(debs) != 1:
            print(f"cpack failed ({result.returncode}), made {debs}:\n{result.stdout}{result.stderr}")
            return 1
        deb = debs[0]
        arch = run("dpkg", "--print-architecture").stdout.strip()
        expect(os.path.basename(deb) == f"readiness_0.1.0_{arch}.deb", f"the package is {os.path.basename(deb)}")

        def field(name):
            return run("dpkg-deb", "-f", deb, name).stdout.strip()

        expect(field("Package") == "readiness", f"Package: {field('Package')}")
        expect(field("Version") == "0.1.0", f"Version: {field('Version')}")
        expect(field("Architecture") == arch, f"Architecture: {field('Architecture')}")
        expect(field("Section") == "utils", f"Section: {field('Section')}")
        expect(field("Maintainer") == "readiness maintainers <readiness@example.org>",
               f"Maintainer: {field('Maintainer')}")
        depends = field("Depends")
        names = sorted(re.sub(r"\s*\(.*\)", "", d).strip() for d in depends.split(","))
        expect(names == EXPECTED_DEPENDS, f"Depends: {depends}; expected the packages {EXPECTED_DEPENDS}")

        listing = run("dpkg-deb", "-c", deb).stdout.splitlines()
        files = sorted(line.split()[-1] for line in listing if not line.startswith("d"))
        expect(files == EXPECTED_FILES, f"files {files}, expected {EXPECTED_FILES}")
        binary = next((line for line in listing if line.endswith("./usr/bin/readiness")), "")
        expect(binary.startswith("-rwxr-xr-x root/root"), f"the binary is listed as {binary!r}")

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
