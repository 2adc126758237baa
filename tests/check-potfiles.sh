#!/bin/sh
# Fails when a source file with translatable strings is missing from po/POTFILES.in, or when
# POTFILES.in names a file that does not exist. Prints TAP.
top=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$top" || exit 1

n=0
bad=0
for f in $(find src data -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' -o -name '*.in' -o -name '*.xml' \) | sort); do
  if grep -qE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|g_dngettext|ngettext)\(|translatable="yes"|<_?summary|^_?Name=|<description>|<p>' "$f"; then
    n=$((n + 1))
    if grep -qxF "$f" po/POTFILES.in; then
      echo "ok $n $f is in po/POTFILES.in"
    else
      echo "not ok $n $f has translatable strings but is not in po/POTFILES.in"
      bad=1
    fi
  fi
done

for f in $(grep -v '^#' po/POTFILES.in | sed '/^$/d'); do
  n=$((n + 1))
  if [ -f "$f" ]; then
    echo "ok $n $f exists"
  else
    echo "not ok $n po/POTFILES.in names $f, which does not exist"
    bad=1
  fi
done

echo "1..$n"
exit $bad
