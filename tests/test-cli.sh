#!/bin/sh
# The command line of the real `limber` executable, without a display. Prints TAP.
limber=${1:?usage: test-cli.sh PATH-TO-LIMBER}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME="$tmp/data"

n=0
fail=0
check() {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n $2"; else echo "not ok $n $2"; fail=1; fi
}

"$limber" --version > "$tmp/version" 2>&1
grep -qx 'limber 0.1.0' "$tmp/version"; check $? "--version prints the version"

# Export of an empty journal at an explicit path writes the four headers.
"$limber" --database="$tmp/a.db" --export="$tmp/out" > "$tmp/log" 2>&1
check $? "--export exits 0"
[ -f "$tmp/a.db" ] && [ "$(stat -c %a "$tmp/a.db")" = 600 ]
check $? "--database creates the journal with mode 0600"
for kind in runs soreness hydration fascia; do
  [ -f "$tmp/out/$kind.csv" ]; check $? "--export writes $kind.csv"
done
head -n1 "$tmp/out/runs.csv" | grep -q '^uuid,date,time,distance_km,duration,rpe,kind,surface,temperature_c,shoes,notes'
check $? "runs.csv starts with the documented header"

# Import a file, then the same again: nothing added the second time.
cat > "$tmp/runs.csv" <<'CSV'
date,distance_km,duration,kind,notes
2026-11-01,10.5,0:52:30,easy,"Park, two loops"
2026-11-03,5,25:00,tempo,
CSV
"$limber" --database="$tmp/a.db" --import="$tmp/runs.csv" > "$tmp/log" 2>&1
check $? "--import of a good file exits 0"
grep -qx 'Imported: 2' "$tmp/log"; check $? "--import reports 2 imported"
"$limber" --database="$tmp/a.db" --export="$tmp/out2" > /dev/null 2>&1
"$limber" --database="$tmp/a.db" --import="$tmp/out2" > "$tmp/log" 2>&1
check $? "--import of a folder exits 0"
grep -qx 'Imported: 0' "$tmp/log" && grep -qx 'Duplicates skipped: 2' "$tmp/log"
check $? "re-importing an export adds nothing"
[ "$(wc -l < "$tmp/out2/runs.csv")" = 3 ]; check $? "the export holds the two runs"
grep -q '"Park, two loops"' "$tmp/out2/runs.csv"; check $? "notes with a comma are quoted"

# A bad file is refused whole, with its line numbers, on stderr, exit status non-zero.
cat > "$tmp/bad-runs.csv" <<'CSV'
date,distance_km,duration
2026-11-05,8,0:40:00
2026-11-06,900,1:00:00
2026-11-07,10,0:00:10
CSV
"$limber" --database="$tmp/a.db" --import="$tmp/bad-runs.csv" > "$tmp/out.txt" 2> "$tmp/err.txt"
[ $? -ne 0 ]; check $? "--import of a bad file exits non-zero"
grep -q 'bad-runs.csv:3: Distance must be between 0.1 and 500 km' "$tmp/err.txt"
check $? "the error names line 3 and the allowed range"
grep -q 'bad-runs.csv:4:' "$tmp/err.txt"; check $? "the error names line 4 too"
"$limber" --database="$tmp/a.db" --export="$tmp/out3" > /dev/null 2>&1
[ "$(wc -l < "$tmp/out3/runs.csv")" = 3 ]; check $? "nothing of the bad file was written"

# A file that is not a journal is refused and left as it was.
printf 'hello, not a database\n' > "$tmp/notes.txt"
cp "$tmp/notes.txt" "$tmp/notes.orig"
"$limber" --database="$tmp/notes.txt" --export="$tmp/out4" > /dev/null 2> "$tmp/err.txt"
[ $? -ne 0 ]; check $? "a file that is not a journal gives a non-zero exit"
grep -q 'not a Limber journal' "$tmp/err.txt"; check $? "and says it is not a Limber journal"
cmp -s "$tmp/notes.txt" "$tmp/notes.orig"; check $? "and leaves the file untouched"

"$limber" --import="$tmp/missing.csv" > /dev/null 2> "$tmp/err.txt"
[ $? -ne 0 ]; check $? "a missing import file gives a non-zero exit"
[ -s "$tmp/err.txt" ]; check $? "with a message on stderr"

# GPS files, gzip, a Strava export; times of day in the local zone (UTC here).
data=${G_TEST_SRCDIR:?}/data/import
mkdir -p "$tmp/gps"
cp "$data/garmin-1.1.gpx" "$tmp/gps/"
gzip -c "$data/two-laps.tcx" > "$tmp/gps/laps.tcx.gz"
printf 'not a FIT file, only named like one' > "$tmp/gps/watch.fit"
TZ=UTC "$limber" --database="$tmp/gps.db" --import="$tmp/gps" > "$tmp/out.txt" 2> "$tmp/err.txt"
[ $? -ne 0 ]; check $? "--import of a folder with a bad file exits non-zero"
grep -qx 'Imported: 2' "$tmp/out.txt" && grep -qx 'Failed: 1' "$tmp/out.txt"
check $? "and still imports the good GPX and TCX files"
grep -q "watch.fit: This is not a FIT file" "$tmp/err.txt"; check $? "and names the bad file and why"
"$limber" --database="$tmp/gps.db" --export="$tmp/gps-out" > /dev/null 2>&1
grep -q '^[0-9a-f-]*,2024-05-12,07:00,0.3336,0:01:40,,easy,,,,Sunday river loop & hills,22,145$' \
  "$tmp/gps-out/runs.csv"
check $? "the GPX run has its date, start, distance, moving time, name, climb and heart rate"
TZ=UTC "$limber" --database="$tmp/gps.db" --import="$data/garmin-1.1.gpx" > "$tmp/out.txt" 2>&1
check $? "importing the same GPX file again exits 0"
grep -qx 'Duplicates skipped: 1' "$tmp/out.txt"; check $? "and reports it as a duplicate"
"$limber" --database="$tmp/gps.db" --export-gpx="$tmp/tracks" > "$tmp/out.txt" 2>&1
check $? "--export-gpx exits 0"
[ "$(ls "$tmp/tracks" | wc -l)" = 2 ]; check $? "--export-gpx writes the two runs with a track"
python3 - "$tmp/tracks/2024-05-12-0700-"*.gpx <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://www.topografix.com/GPX/1/1"}
root = ET.parse(sys.argv[1]).getroot()
assert root.get("version") == "1.1"
assert len(root.findall(".//g:trkseg", ns)) == 2 and len(root.findall(".//g:trkpt", ns)) == 12
PY
check $? "the GPX written back is GPX 1.1 with both segments and every point"

mkdir -p "$tmp/strava/activities"
cat > "$tmp/strava/activities.csv" <<'CSV'
Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename,Perceived Exertion
1,"May 12, 2024, 7:00:00 AM",Sunday run,Run,180,0.33,activities/1.gpx.gz,6
2,"May 13, 2024, 6:00:00 PM",Ride home,Ride,1800,12.5,,
3,"May 14, 2024, 6:30:00 AM",Treadmill,Run,1500,5.20,,
CSV
gzip -c "$data/garmin-1.1.gpx" > "$tmp/strava/activities/1.gpx.gz"
(cd "$tmp/strava" && python3 -c 'import sys, zipfile
with zipfile.ZipFile("../export.zip", "w") as z:
    for f in sys.argv[1:]: z.write(f)' activities.csv activities/1.gpx.gz)
TZ=UTC "$limber" --database="$tmp/strava.db" --import="$tmp/export.zip" > "$tmp/out.txt" 2>&1
check $? "--import of a Strava export zip exits 0"
grep -qx 'Imported: 2' "$tmp/out.txt" && grep -qx 'Not runs, skipped: 1' "$tmp/out.txt"
check $? "and imports its two runs, skipping the ride"
"$limber" --database="$tmp/strava.db" --export="$tmp/strava-out" > /dev/null 2>&1
grep -q ',2024-05-12,07:00,0.3336,0:01:40,6,easy,,,,Sunday run,22,145$' \
  "$tmp/strava-out/runs.csv" &&
  grep -q ',2024-05-14,06:30,5.200,0:25:00,,easy,,,,Treadmill,,$' "$tmp/strava-out/runs.csv"
check $? "with the names and effort of activities.csv"

# Recommendations, headless: text by default, JSON with --json. The demo ends today.
"$limber" --demo --recommend > "$tmp/rec.txt" 2> "$tmp/err.txt"
check $? "--recommend exits 0"
grep -q '^\[See a physio\] Calf (left)' "$tmp/rec.txt"
check $? "--recommend shows the demo's left-calf niggle first"
grep -q 'Source: ' "$tmp/rec.txt"; check $? "--recommend names its sources"
"$limber" --demo --recommend --json > "$tmp/rec.json" 2> "$tmp/err.txt"
check $? "--recommend --json exits 0"
python3 - "$tmp/rec.json" <<'PY'
import json, sys
recs = json.load(open(sys.argv[1]))
keys = {"rule", "severity", "zone", "side", "title", "detail", "source", "moves"}
assert recs and all(set(r) == keys for r in recs), "every object has exactly the documented keys"
plan = [r for r in recs if r["rule"] == "weekly-plan"][0]
assert plan["zone"] is None and plan["side"] is None
assert all(set(m) >= {"id", "seconds"} for m in plan["moves"]) and plan["moves"]
niggle = [r for r in recs if r["rule"] == "persistent-niggle"][0]
assert (niggle["zone"], niggle["side"], niggle["severity"]) == ("calf", "left", "physio")
PY
check $? "the JSON has the documented keys and the niggle as calf/left/physio"
"$limber" --database="$tmp/a.db" --recommend --today=2026-11-21 > "$tmp/rec2.txt" 2>&1
check $? "--recommend --today=2026-11-21 on a journal exits 0"
grep -q 'This week' "$tmp/rec2.txt"; check $? "and suggests the week's routine"
"$limber" --demo --recommend --today=21/11/2026 > /dev/null 2> "$tmp/err.txt"
[ $? -ne 0 ]; check $? "--today with a bad date exits non-zero"
grep -q 'YYYY-MM-DD' "$tmp/err.txt"; check $? "and says the date form"
# The next race date from the settings keeps deep work away from it.
printf 'date,distance_km,duration,kind,rpe\n2026-11-20,12,0:50:00,intervals,9\n' > "$tmp/hard.csv"
"$limber" --database="$tmp/race.db" --import="$tmp/hard.csv" > /dev/null 2>&1
mkdir -p "$tmp/config"
GSETTINGS_BACKEND=keyfile XDG_CONFIG_HOME="$tmp/config" \
  gsettings set io.github.limberjournal.Limber next-race 2026-11-23
GSETTINGS_BACKEND=keyfile XDG_CONFIG_HOME="$tmp/config" \
  "$limber" --database="$tmp/race.db" --recommend --today=2026-11-21 > "$tmp/race.txt" 2>&1
grep -q 'Keep to gentle self-care before your race' "$tmp/race.txt"
check $? "the next-race setting turns the massage advice to gentle care"

# Backup and restore. A dump of every table, read without writing (immutable), compares journals.
dump() {
  python3 - "$1" <<'PY'
import sqlite3, sys, urllib.parse
uri = "file:" + urllib.parse.quote(sys.argv[1]) + "?immutable=1"
db = sqlite3.connect(uri, uri=True)
for line in db.iterdump():
    print(line)
PY
}
count_entries() {
  python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM entry").fetchone()[0])' "$1"
}
j="$tmp/data/limber/journal.db"
"$limber" --import="$tmp/runs.csv" > /dev/null 2>&1
"$limber" --backup="$tmp/copy.db" > "$tmp/log" 2>&1
check $? "--backup exits 0"
grep -q "copy.db: backup written, 2 entries" "$tmp/log"; check $? "--backup says what it wrote"
[ "$(stat -c %a "$tmp/copy.db")" = 600 ]; check $? "the backup has mode 0600"
[ ! -e "$tmp/copy.db-wal" ] && [ ! -e "$tmp/copy.db-journal" ]
check $? "the backup is one file"
cp "$tmp/copy.db" "$tmp/copy.orig"
"$limber" --backup="$tmp/copy.db" > /dev/null 2> "$tmp/err.txt"
[ $? -ne 0 ]; check $? "--backup to an existing file exits non-zero"
grep -q 'already exists' "$tmp/err.txt"; check $? "and says the file exists"
cmp -s "$tmp/copy.db" "$tmp/copy.orig"; check $? "and leaves that file as it was"

printf 'date,distance_km,duration\n2026-11-10,12,1:00:00\n2026-11-12,6,0:30:00\n' > "$tmp/more.csv"
"$limber" --import="$tmp/more.csv" > /dev/null 2>&1
[ "$(count_entries "$j")" = 4 ]; check $? "the journal has 4 entries after more runs"
"$limber" --restore="$tmp/copy.db" > "$tmp/log" 2>&1
check $? "--restore exits 0"
dump "$j" > "$tmp/journal.dump"
dump "$tmp/copy.db" > "$tmp/copy.dump"
cmp -s "$tmp/journal.dump" "$tmp/copy.dump"; check $? "after --restore the journal equals the backup"
aside=$(sed -n 's/: the journal as it was before, kept aside$//p' "$tmp/log")
case "$aside" in "$j".before-restore-*) true ;; *) false ;; esac
check $? "--restore names where the journal was kept ($aside)"
[ -f "$aside" ] && [ "$(count_entries "$aside")" = 4 ]
check $? "the journal kept aside has all 4 entries"
grep -q "restored from $tmp/copy.db, 2 entries from 2026-11-01 to 2026-11-03" "$tmp/log"
check $? "--restore says what came back"

ls "$tmp/data/limber" > "$tmp/names.before"
cp "$j" "$tmp/journal.before"
"$limber" --restore="$tmp/notes.txt" > /dev/null 2> "$tmp/err.txt"
[ $? -ne 0 ]; check $? "--restore of a file that is not a journal exits non-zero"
grep -q 'notes.txt” is not a Limber journal' "$tmp/err.txt"; check $? "and says why"
cmp -s "$j" "$tmp/journal.before"; check $? "and leaves the journal byte for byte"
ls "$tmp/data/limber" | cmp -s - "$tmp/names.before"; check $? "and makes no file beside it"

# Another program has the journal open: a restore would pull it from under it.
python3 - "$j" "$tmp/holding" <<'PY' &
import sqlite3, sys, time, os
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA journal_mode = WAL")
db.execute("SELECT count(*) FROM entry").fetchone()
open(sys.argv[2], "w").close()
time.sleep(60)
PY
holder=$!
for i in $(seq 50); do [ -e "$tmp/holding" ] && break; sleep 0.1; done
"$limber" --restore="$tmp/copy.db" > /dev/null 2> "$tmp/err.txt"
status=$?
kill "$holder"; wait "$holder" 2> /dev/null
[ $status -ne 0 ]; check $? "--restore of a journal another program has open exits non-zero"
grep -q 'open in another program' "$tmp/err.txt"; check $? "and says so"
ls "$tmp/data/limber" | grep -v -e '-wal$' -e '-shm$' | cmp -s - "$tmp/names.before"
check $? "and keeps nothing aside"

"$limber" --restore="$tmp/copy.db" --export="$tmp/out5" > /dev/null 2> "$tmp/err.txt"
[ $? -ne 0 ]; check $? "--restore with another action exits non-zero"
"$limber" --restore="$tmp/copy.db" --export-gpx="$tmp/out6" > /dev/null 2> "$tmp/err.txt"
[ $? -ne 0 ] && [ ! -e "$tmp/out6" ]
check $? "--restore with --export-gpx exits non-zero and writes nothing"

"$limber" --json > /dev/null 2>&1
[ $? -ne 0 ]; check $? "--json without --recommend exits non-zero"

"$limber" --no-such-option > /dev/null 2>&1
[ $? -ne 0 ]; check $? "an unknown option gives a non-zero exit"

echo "1..$n"
exit $fail
