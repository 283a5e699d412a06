#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb.sh CPACK BINARY_DIR APP_ID VERSION [CONFIG]
#
# Builds the .deb with CPack from an already built tree, into a private temporary
# directory (so parallel runs never collide), then checks what it holds and what it
# depends on. Fails with a message naming everything that is missing.
set -euo pipefail

if [ $# -lt 4 ]; then
    echo "usage: $0 CPACK BINARY_DIR APP_ID VERSION [CONFIG]" >&2
    exit 2
fi
cpack=$1
binary_dir=$2
app_id=$3
version=$4
config=${5:-}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# --- tools -------------------------------------------------------------------------------
[ -x "$cpack" ] || fail "cpack not found at '$cpack' (Debian package: cmake)"
for t in dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev; do
    tool=${t%%:*}
    pkg=${t#*:}
    command -v "$tool" >/dev/null 2>&1 \
        || fail "'$tool' is not installed (Debian package: $pkg); the .deb cannot be built or inspected. Install it with: sudo apt-get install $pkg (or run scripts/setup)"
done
[ -f "$binary_dir/CPackConfig.cmake" ] \
    || fail "no CPackConfig.cmake in '$binary_dir': configure the project first"

# --- build the package -------------------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/proofer-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# An inherited DESTDIR would redirect CPack's staging install.
unset DESTDIR

cpack_args=(-G DEB -B "$tmp" --config "$binary_dir/CPackConfig.cmake")
if [ -n "$config" ]; then
    cpack_args+=(-C "$config")
fi
echo "+ (cd $binary_dir && $cpack ${cpack_args[*]})"
if ! (cd "$binary_dir" && "$cpack" "${cpack_args[@]}") >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack -G DEB failed (log above). Is the project built (cmake --build)?"
fi

shopt -s nullglob
debs=("$tmp"/*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ]; then
    cat "$tmp/cpack.log" >&2
    fail "expected exactly one .deb in $tmp, found ${#debs[@]}"
fi
deb=${debs[0]}
echo "package: $(basename "$deb")"

errors=()

# --- contents ----------------------------------------------------------------------------
listing=$(dpkg-deb -c "$deb") || fail "dpkg-deb -c could not read $(basename "$deb")"
# tar -tv format: perms owner/group size date time path [-> target]
paths=$(printf '%s\n' "$listing" | awk '{ print $6 }')

required=(
    "./usr/bin/proofer"
    "./usr/share/applications/${app_id}.desktop"
    "./usr/share/metainfo/${app_id}.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/${app_id}.svg"
    "./usr/share/proofer/translations/proofer_es.qm"
    # made at build time from the commands' --help (packaging/CMakeLists.txt)
    "./usr/share/man/man1/proofer.1.gz"
    "./usr/share/man/man1/proofer-scan.1.gz"
    "./usr/share/bash-completion/completions/proofer"
    "./usr/share/zsh/vendor-completions/_proofer"
    "./usr/share/fish/vendor_completions.d/proofer.fish"
)
for p in "${required[@]}"; do
    if ! printf '%s\n' "$paths" | grep -Fxq -- "$p"; then
        errors+=("missing file in the package: ${p#.}")
    fi
done

bin_mode=$(printf '%s\n' "$listing" | awk '$6 == "./usr/bin/proofer" { print $1 }')
if [ -n "$bin_mode" ] && [ "${bin_mode:0:4}" != "-rwx" ]; then
    errors+=("/usr/bin/proofer is not an executable regular file (mode $bin_mode)")
fi

# Nothing may escape the /usr prefix (an absolute install DESTINATION would).
stray=$(printf '%s\n' "$paths" | grep -Ev '^\./$|^\./usr(/|$)' || true)
if [ -n "$stray" ]; then
    errors+=("files outside /usr: $(printf '%s\n' "$stray" | tr '\n' ' ')")
fi

# --- control fields ----------------------------------------------------------------------
package=$(dpkg-deb -f "$deb" Package)
pkg_version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Package: $package"
echo "Version: $pkg_version"
echo "Depends: $depends"

[ "$package" = "proofer" ] || errors+=("Package is '$package', expected 'proofer'")
case "$pkg_version" in
    "$version" | "$version"-*) ;;
    *) errors+=("Version is '$pkg_version', expected '$version' (PROJECT_VERSION)") ;;
esac

if [ -z "$depends" ]; then
    errors+=("Depends is empty: dpkg-shlibdeps did not run (CPACK_DEBIAN_PACKAGE_SHLIBDEPS)")
else
    for lib in libqt6core6 libpq5; do
        # a whole package name, not a prefix of another one
        if ! printf '%s\n' "$depends" | grep -Eq "(^|[ ,|])${lib}([ ,(|]|$)"; then
            errors+=("Depends does not mention $lib: dpkg-shlibdeps computes it from what /usr/bin/proofer links (is CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON and the binary built?)")
        fi
    done
fi

# --- verdict -----------------------------------------------------------------------------
if [ ${#errors[@]} -ne 0 ]; then
    echo >&2
    echo "package contents:" >&2
    printf '%s\n' "$paths" | sed 's/^/  /' >&2
    echo >&2
    for e in "${errors[@]}"; do
        echo "FAIL: $e" >&2
    done
    exit 1
fi
echo "OK: $(basename "$deb") holds the binary, desktop entry, metainfo, icon and Spanish translation; Depends names libqt6core6 and libpq5"
