#!/usr/bin/env bash
# Builds the Linux app image (mvn -Pinstaller package) and drives Netra through the image's own launcher,
# so a module missing from installer/jlink.args fails here and not on the clerk's PC.
#
#   installer/linux/smoke-test.sh              build the image, then test it
#   installer/linux/smoke-test.sh --no-build   test the image already in target/installer/image
#
# Steps: --version; --data-dir D load-samples; --data-dir D info --json; and, once the commands exist
# (read from --help), import-staff samples/staff-siasn.csv (and --dry-run samples/staff-simpeg.xlsx) and
# print-pacts --period current --out x.pdf.
# If xvfb-run and xdotool are installed it also starts the GUI and waits for its window.
# Prints the image size and start-up times. Environment: MVN (default mvn), MVN_FLAGS (default -B -q).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

say()  { printf 'smoke: %s\n' "$*"; }
fail() { printf 'smoke: FAILED: %s\n' "$*" >&2; exit 1; }
ms()   { date +%s%N | cut -c1-13; }

if [ "${1:-}" != "--no-build" ]; then
  say "building the app image (mvn -Pinstaller package -DskipTests)"
  t0=$(ms)
  # shellcheck disable=SC2086
  ${MVN:-mvn} ${MVN_FLAGS:--B -q} -Pinstaller package -DskipTests
  say "image built in $(( ($(ms) - t0) / 1000 )) s"
fi

image=$root/target/installer/image/Netra
launcher=$image/bin/Netra
[ -x "$launcher" ] || fail "no launcher at $launcher"
version=$(cat "$root/target/installer/app-version.txt")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
data=$tmp/data
# commands without --data-dir (--version, --help) still log into the default data folder: keep it in $tmp
export XDG_DATA_HOME=$tmp/xdg
# Java takes user.home from the password database, not from $HOME: the GUI run sets it (see below)
home=$tmp/home
mkdir -p "$home"

# run NAME CMD...: runs the launcher, keeps stdout/stderr in $tmp/NAME.{out,err}, fails loudly
run() {
  local name=$1; shift
  local t0 rc=0
  t0=$(ms)
  "$launcher" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
  last_ms=$(( $(ms) - t0 ))
  if [ $rc -ne 0 ]; then
    cat "$tmp/$name.out" "$tmp/$name.err" >&2
    fail "'Netra $*' exited with $rc"
  fi
  say "ok  Netra $* (${last_ms} ms)"
}

run version --version
grep -q -- "$version" "$tmp/version.out" || fail "--version printed '$(cat "$tmp/version.out")', expected $version"
version_ms=$last_ms

run help --help
help=$(cat "$tmp/help.out" "$tmp/help.err")

run samples --data-dir "$data" load-samples
run info --data-dir "$data" info --json
info_ms=$last_ms
if command -v python3 >/dev/null; then
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, dict), d' "$tmp/info.out" \
    || fail "info --json did not print one JSON object: $(cat "$tmp/info.out")"
else
  grep -q '^{' "$tmp/info.out" || fail "info --json did not print a JSON object"
fi

if grep -qw 'import-staff' <<<"$help"; then
  [ -f samples/staff-siasn.csv ] || fail "import-staff exists but samples/staff-siasn.csv does not"
  run import --data-dir "$data" import-staff samples/staff-siasn.csv
  # a spreadsheet too (POI, xmlbeans: java.xml), as a dry run so the data stays as the CSV left it
  if [ -f samples/staff-simpeg.xlsx ]; then
    run import-xlsx --data-dir "$data" import-staff --dry-run samples/staff-simpeg.xlsx
  fi
else
  say "skip import-staff (not in --help yet)"
fi

if grep -qw 'print-pacts' <<<"$help"; then
  run print --data-dir "$data" print-pacts --period current --out "$tmp/x.pdf"
  [ "$(head -c 5 "$tmp/x.pdf" 2>/dev/null)" = "%PDF-" ] || fail "print-pacts wrote no PDF at $tmp/x.pdf"
  say "    $(wc -c <"$tmp/x.pdf") bytes of PDF"
else
  say "skip print-pacts (not in --help yet)"
fi

# GUI: only where an X server can be faked (Debian: xvfb, xdotool, libgtk-3-0)
if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
  cat >"$tmp/gui.sh" <<'EOF'
#!/usr/bin/env bash
# inside xvfb-run: start Netra, wait for its first visible window, print the ms it took, close it
start=$(date +%s%N | cut -c1-13)
"$1" --data-dir "$2" >"$3/gui.out" 2>"$3/gui.err" &
pid=$!
for _ in $(seq 1 600); do
  if xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1 || xdotool search --onlyvisible --name 'Netra' >/dev/null 2>&1; then
    echo $(( $(date +%s%N | cut -c1-13) - start ))
    kill "$pid"; wait "$pid" 2>/dev/null
    exit 0
  fi
  kill -0 "$pid" 2>/dev/null || { cat "$3/gui.out" "$3/gui.err" >&2; exit 3; }
  sleep 0.05
done
kill "$pid"; exit 4
EOF
  chmod +x "$tmp/gui.sh"
  gui_ms=$(JAVA_TOOL_OPTIONS="-Duser.home=$home" xvfb-run -a -s "-screen 0 1366x768x24" "$tmp/gui.sh" "$launcher" "$data" "$tmp") \
    || fail "the GUI did not show a window within 30 s"
  say "ok  GUI window after ${gui_ms} ms"
  # JavaFX's natives come from the runtime image (docs/decisions/0006-javafx-natives-inside-the-runtime.md):
  # a JavaFX that had to unpack them would have made user.home/.openjfx/cache
  if [ -e "$home/.openjfx" ]; then fail "JavaFX unpacked its natives into user.home/.openjfx"; fi
  say "ok  no JavaFX native cache in user.home"
else
  say "skip GUI start (needs xvfb-run and xdotool)"
fi

say "image $(du -sh "$image" | cut -f1) ($(du -sh "$image/lib/runtime" | cut -f1) runtime), cold start: --version ${version_ms} ms, info --json ${info_ms} ms"
say "all passed"
