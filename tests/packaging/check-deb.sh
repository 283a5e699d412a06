#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb.sh CPACK BINARY_DIR APP_ID VERSION [CONFIG]
#
# Builds the two .deb packages with CPack from an already built tree, into a private
# temporary directory (so parallel runs never collide), then checks what each holds and
# what it depends on: proofer (the console) and proofer-cli (every subcommand, without
# Qt Gui: on a minimal Debian 12 it must not pull X11, Mesa or LLVM). Fails with a
# message naming everything that is missing.
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
console_debs=("$tmp"/proofer_*.deb)
cli_debs=("$tmp"/proofer-cli_*.deb)
all_debs=("$tmp"/*.deb)
shopt -u nullglob
if [ ${#console_debs[@]} -ne 1 ] || [ ${#cli_debs[@]} -ne 1 ] || [ ${#all_debs[@]} -ne 2 ]; then
    cat "$tmp/cpack.log" >&2
    fail "expected proofer_*.deb and proofer-cli_*.deb in $tmp, found: $(cd "$tmp" && ls -- *.deb 2>/dev/null | tr '\n' ' ')"
fi
console_deb=${console_debs[0]}
cli_deb=${cli_debs[0]}
echo "packages: $(basename "$console_deb") $(basename "$cli_deb")"

errors=()

# paths DEB: the paths of the files (not directories) a package holds
paths() {
    dpkg-deb -c "$1" | awk '$1 !~ /^d/ { print $6 }'
}
console_paths=$(paths "$console_deb") || fail "dpkg-deb -c could not read $(basename "$console_deb")"
cli_paths=$(paths "$cli_deb") || fail "dpkg-deb -c could not read $(basename "$cli_deb")"

# require LABEL PATHS FILE...: each file is in the package
require() {
    local label=$1 list=$2
    shift 2
    for p in "$@"; do
        if ! printf '%s\n' "$list" | grep -Fxq -- "$p"; then
            errors+=("missing file in $label: ${p#.}")
        fi
    done
}
require proofer "$console_paths" \
    "./usr/bin/proofer" \
    "./usr/share/applications/${app_id}.desktop" \
    "./usr/share/metainfo/${app_id}.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/${app_id}.svg"
require proofer-cli "$cli_paths" \
    "./usr/bin/proofer-cli" \
    "./usr/share/proofer/translations/proofer_es.qm" \
    "./usr/share/proofer/compliance/gdpr.yaml" \
    "./usr/share/man/man1/proofer.1.gz" \
    "./usr/share/man/man1/proofer-scan.1.gz" \
    "./usr/share/bash-completion/completions/proofer" \
    "./usr/share/zsh/vendor-completions/_proofer" \
    "./usr/share/fish/vendor_completions.d/proofer.fish"

# No file is in both packages (dpkg would refuse the second).
both=$(comm -12 <(printf '%s\n' "$console_paths" | sort) <(printf '%s\n' "$cli_paths" | sort))
[ -z "$both" ] || errors+=("files in both packages: $(printf '%s\n' "$both" | tr '\n' ' ')")

for deb in "$console_deb" "$cli_deb"; do
    listing=$(dpkg-deb -c "$deb")
    for bin in proofer proofer-cli; do
        bin_mode=$(printf '%s\n' "$listing" | awk -v p="./usr/bin/$bin" '$6 == p { print $1 }')
        if [ -n "$bin_mode" ] && [ "${bin_mode:0:4}" != "-rwx" ]; then
            errors+=("/usr/bin/$bin is not an executable regular file (mode $bin_mode)")
        fi
    done
    # Nothing may escape the /usr prefix (an absolute install DESTINATION would).
    stray=$(printf '%s\n' "$listing" | awk '{ print $6 }' | grep -Ev '^\./$|^\./usr(/|$)' || true)
    if [ -n "$stray" ]; then
        errors+=("files outside /usr in $(basename "$deb"): $(printf '%s\n' "$stray" | tr '\n' ' ')")
    fi
done

# --- control fields ----------------------------------------------------------------------
# has_dep DEPENDS NAME: NAME is a whole package name in the field, not a prefix of another one
has_dep() {
    printf '%s\n' "$1" | grep -Eq "(^|[ ,|])$2([ ,(|]|$)"
}
for deb in "$console_deb" "$cli_deb"; do
    package=$(dpkg-deb -f "$deb" Package)
    pkg_version=$(dpkg-deb -f "$deb" Version)
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Package: $package"
    echo "Version: $pkg_version"
    echo "Depends: $depends"
    case "$pkg_version" in
        "$version" | "$version"-*) ;;
        *) errors+=("$package: Version is '$pkg_version', expected '$version' (PROJECT_VERSION)") ;;
    esac
    if [ -z "$depends" ]; then
        errors+=("$package: Depends is empty: dpkg-shlibdeps did not run (CPACK_DEBIAN_PACKAGE_SHLIBDEPS)")
        continue
    fi
    for lib in libqt6core6 libpq5; do
        has_dep "$depends" "$lib" \
            || errors+=("$package: Depends does not mention $lib: dpkg-shlibdeps computes it from what the binary links")
    done
    case "$package" in
        proofer)
            has_dep "$depends" libqt6widgets6 || errors+=("proofer: Depends does not mention libqt6widgets6")
            has_dep "$depends" proofer-cli || errors+=("proofer: Depends does not mention proofer-cli (its data, translations and man pages)")
            ;;
        proofer-cli)
            for lib in libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 libgl1 libegl1 libopengl0 libx11-6 libxkbcommon0; do
                if has_dep "$depends" "$lib"; then
                    errors+=("proofer-cli: Depends names $lib: the command line must not need graphics")
                fi
            done
            ;;
        *) errors+=("unexpected package '$package'") ;;
    esac
done

# On a minimal Debian 12 (apt's view of a system with nothing installed), installing proofer-cli
# pulls no X11, Mesa or LLVM package. apt-get only simulates: nothing is installed.
if command -v apt-get >/dev/null 2>&1; then
    : >"$tmp/empty-status"
    if ! apt-get -s -o Dir::State::status="$tmp/empty-status" -o Debug::NoLocking=1 install "$cli_deb" >"$tmp/simulate.log" 2>&1; then
        cat "$tmp/simulate.log" >&2
        errors+=("apt-get --simulate of proofer-cli on an empty system failed (log above): are the package lists there (apt-get update, run by scripts/setup)?")
    else
        pulled=$(awk '/^Inst / { print $2 }' "$tmp/simulate.log")
        echo "proofer-cli on an empty system pulls $(printf '%s\n' "$pulled" | grep -c .) packages"
        graphics=$(printf '%s\n' "$pulled" | grep -E '(mesa|^libllvm|^libx11-|^libxcb|^x11-common$|^libgl1|^libegl1|^libwayland|^libqt6gui6|^libqt6widgets6)' || true)
        [ -z "$graphics" ] || errors+=("proofer-cli pulls graphics packages on a minimal system: $(printf '%s\n' "$graphics" | tr '\n' ' ')")
    fi
else
    errors+=("apt-get is missing: the dependency closure of proofer-cli cannot be checked")
fi

# --- verdict -----------------------------------------------------------------------------
if [ ${#errors[@]} -ne 0 ]; then
    echo >&2
    echo "proofer contents:" >&2
    printf '%s\n' "$console_paths" | sed 's/^/  /' >&2
    echo "proofer-cli contents:" >&2
    printf '%s\n' "$cli_paths" | sed 's/^/  /' >&2
    echo >&2
    for e in "${errors[@]}"; do
        echo "FAIL: $e" >&2
    done
    exit 1
fi
echo "OK: proofer holds the console, desktop entry, metainfo and icon and depends on proofer-cli; proofer-cli holds every subcommand, data, translations, man pages and completions, and pulls no graphics stack"
