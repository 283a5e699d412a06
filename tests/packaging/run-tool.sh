#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-tool.sh TOOL DEBIAN-PACKAGE [ARGS…]
# Runs TOOL with ARGS; when TOOL is not installed, fails with a message naming the package
# to install, instead of letting the test pass or fail obscurely. The tool is looked up
# when the test runs, so installing it after configuring is enough.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 TOOL DEBIAN-PACKAGE [ARGS...]" >&2
    exit 2
fi
tool=$1
package=$2
shift 2

if ! command -v "$tool" >/dev/null 2>&1; then
    echo "FAIL: '$tool' is not installed (Debian package: $package); this packaging check cannot run." >&2
    echo "      Install it with: sudo apt-get install $package   (or run scripts/setup)" >&2
    exit 1
fi

echo "+ $tool $*"
exec "$tool" "$@"
