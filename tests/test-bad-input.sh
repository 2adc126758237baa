#!/bin/sh
# Bad input through the real `limber` command line, without a display: every bad value, file or
# option is refused with a message on stderr and a non-zero exit, and nothing of it is stored
# (the journal's export is the same before and after). Prints TAP.
#
# Also covered elsewhere: each field of each editor (tests/test-*-editor.c, suite ui), each CSV
# column's values (tests/test-csv.c, /limber/csv/invalid-values and others), and the first cases
# of each option (tests/test-cli.sh), and damaged GPX, TCX, FIT files and Strava exports
# (tests/test-import.c, tests/test-importer.c and the fuzz targets in fuzz/).
limber=${1:?usage: test-bad-input.sh PATH-TO-LIMBER}
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$tmp/data"

n=0
fail=0
check() {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n $2"; else echo "not ok $n $2"; fail=1; fi
}

j="$tmp/journal.db"
snapshot() {
  rm -rf "$tmp/export-$1"
  "$limber" --database="$j" --export="$tmp/export-$1" > /dev/null 2>&1
}

# A journal with a run in it: what every refusal must leave as it was.
printf 'date,distance_km,duration\n2026-11-01,10,0:50:00\n' > "$tmp/first.csv"
"$limber" --database="$j" --import="$tmp/first.csv" > /dev/null 2>&1
check $? "a journal to refuse things to"
snapshot before

# refuses DESCRIPTION PATTERN ARGS...: limber ARGS fails, says PATTERN on stderr, stores nothing.
refuses() {
  what=$1 pattern=$2
  shift 2
  "$limber" "$@" > "$tmp/out.txt" 2> "$tmp/err.txt"
  status=$?
  snapshot after
  [ $status -ne 0 ] && [ -s "$tmp/err.txt" ]
  check $? "$what: exits non-zero with a message"
  grep -q -- "$pattern" "$tmp/err.txt"
  check $? "$what: says '$pattern'$( [ -s "$tmp/err.txt" ] && printf ' (%s)' "$(head -n1 "$tmp/err.txt")")"
  diff -r "$tmp/export-before" "$tmp/export-after" > /dev/null
  check $? "$what: stores nothing"
}

# Options.
for day in 2026-13-01 2026-02-30 21/11/2026 2026-11-21x tomorrow '' 0000-01-01; do
  refuses "--today=$day" 'YYYY-MM-DD' --database="$j" --recommend --today="$day"
done
refuses "--today without --recommend" 'go with --recommend' --database="$j" --today=2026-11-21
refuses "--demo with --database" 'cannot be used together' --demo --database="$j" --recommend
refuses "--restore with --import" 'goes alone' --database="$j" --restore="$j" --import="$tmp/first.csv"
refuses "--database naming a folder" 'not a Limber journal' --database="$tmp" --export="$tmp/x"
refuses "--database naming a CSV file" 'not a Limber journal' --database="$tmp/first.csv" --export="$tmp/x"
refuses "an unknown option" 'Unknown option' --database="$j" --frobnicate

# Import paths.
refuses "--import of a missing file" 'missing.csv' --database="$j" --import="$tmp/missing.csv"
refuses "--import of an empty path" 'No such file' --database="$j" --import=
mkdir "$tmp/empty"
refuses "--import of a folder without files to import" 'no file Limber can import' --database="$j" --import="$tmp/empty"
refuses "--import of the journal itself" 'none of them' --database="$j" --import="$j"
head -c 3000 /dev/urandom > "$tmp/noise.bin"
refuses "--import of random bytes" 'none of them' --database="$j" --import="$tmp/noise.bin"
cp "$tmp/noise.bin" "$tmp/runs.csv"
refuses "--import of random bytes named runs.csv" 'runs.csv' --database="$j" --import="$tmp/runs.csv"

# Export and backup paths.
refuses "--export into a file" 'Not a directory' --database="$j" --export="$tmp/first.csv"
refuses "--export to an empty path" 'folder' --database="$j" --export=
refuses "--backup over a file" 'already exists' --database="$j" --backup="$tmp/first.csv"
refuses "--backup to an empty path" 'Cannot write' --database="$j" --backup=
refuses "--restore of a CSV file" 'not a Limber journal' --database="$j" --restore="$tmp/first.csv"

# CSV files: one bad row among good ones, and the whole file is refused.
bad_csv() {
  name=$1 pattern=$2
  shift 2
  mkdir -p "$tmp/csv"
  printf '%s\n' "$@" > "$tmp/csv/$name"
  refuses "$name, $# lines, one bad" "$pattern" --database="$j" --import="$tmp/csv/$name"
}
bad_csv runs.csv 'runs.csv:3: Distance' 'date,distance_km,duration' '2026-11-02,8,0:40:00' '2026-11-03,-5,0:20:00' '2026-11-04,6,0:30:00'
bad_csv runs.csv 'runs.csv:3: Duration is too short' 'date,distance_km,duration' '2026-11-02,8,0:40:00' '2026-11-03,42,0:20:00'
bad_csv runs.csv 'runs.csv:2: Date cannot be in the future' 'date,distance_km,duration' '2999-01-01,8,0:40:00' '2026-11-03,5,0:30:00'
bad_csv runs.csv 'runs.csv:3:' 'date,distance_km,duration' '2026-11-02,8,0:40:00' '2026-02-30,5,0:30:00'
bad_csv runs.csv 'runs.csv:2:' 'date,time,distance_km,duration' '2026-11-02,25:00,8,0:40:00'
bad_csv runs.csv 'runs.csv:2: Effort' 'date,distance_km,duration,rpe' '2026-11-02,8,0:40:00,11'
bad_csv runs.csv 'runs.csv:2:' 'date,distance_km,duration,kind' '2026-11-02,8,0:40:00,sprint-ish'
bad_csv runs.csv 'runs.csv:2:' 'date,distance_km,duration' '2026-11-02,NaN,0:40:00'
bad_csv runs.csv 'runs.csv:2:' 'date,distance_km,duration' '2026-11-02,1e999,0:40:00'
bad_csv soreness.csv 'soreness.csv:3:' 'date,zone,side,level' '2026-11-02,calf,left,3' '2026-11-03,elbow,left,3'
bad_csv soreness.csv 'soreness.csv:2: Soreness level' 'date,zone,side,level' '2026-11-02,calf,left,11'
bad_csv hydration.csv 'hydration.csv:3: Amount' 'date,ml' '2026-11-02,500' '2026-11-03,0'
bad_csv hydration.csv 'hydration.csv:2:' 'date,ml' '2026-11-02,lots'
bad_csv fascia.csv 'fascia.csv:2:' 'date,minutes,moves' '2026-11-02,10,no_such_move:calf:left'
bad_csv fascia.csv 'fascia.csv:2: Duration' 'date,minutes' '2026-11-02,0'
bad_csv runs.csv 'Missing column' 'date,duration' '2026-11-02,0:40:00'
bad_csv runs.csv 'runs.csv:2:' 'date,distance_km,duration,notes' "2026-11-02,8,0:40:00,\"$(head -c 10001 /dev/zero | tr '\0' x)\""

# Text that is not UTF-8, and a row cut inside its quotes.
printf 'date,distance_km,duration,notes\n2026-11-02,8,0:40:00,caf\351\n' > "$tmp/csv/runs.csv"
refuses "runs.csv with notes that are not UTF-8" 'runs.csv' --database="$j" --import="$tmp/csv/runs.csv"
printf 'date,distance_km,duration,notes\n2026-11-02,8,0:40:00,"never closed\n' > "$tmp/csv/runs.csv"
refuses "runs.csv with an unclosed quote" 'runs.csv' --database="$j" --import="$tmp/csv/runs.csv"

echo "1..$n"
exit $fail
