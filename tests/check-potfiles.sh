#!/bin/sh
# Fails when a source file with translatable strings is missing from po/POTFILES.in, when
# POTFILES.in names a file that does not exist, or when a string given to gettext contains a
# G_*_FORMAT macro. Prints TAP.
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

# xgettext cannot expand a macro such as G_GSIZE_FORMAT, so a string passed to _() with one in
# it reaches the template cut short at its "%", and the translation never matches. Each
# gettext call is read up to its closing parenthesis (string literals whole), looking for
# G_*_FORMAT, G_*_MODIFIER or <inttypes.h>'s PRI* there.
for f in $(grep -E '\.(c|h)$' po/POTFILES.in); do
  [ -f "$f" ] || continue
  n=$((n + 1))
  hits=$(perl -0777 -ne '
    my @lines;
    while (/(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_|g_dgettext|g_dngettext|g_dpgettext2|ngettext)\s*\(
            ((?:"(?:[^"\\]|\\.)*"|[^;()"])*?
             (?<![A-Za-z0-9_])(?:G_\w+_(?:FORMAT|MODIFIER)|PRI[diouxX]\w*)(?![A-Za-z0-9_]))/gx)
      {
        push @lines, 1 + (substr ($_, 0, $-[0]) =~ tr/\n//);
      }
    print join (", ", @lines);' "$f")
  if [ -z "$hits" ]; then
    echo "ok $n $f passes no G_*_FORMAT macro to gettext"
  else
    echo "not ok $n $f: a string given to gettext uses a macro such as G_GSIZE_FORMAT" \
         "(line $hits), which xgettext cannot expand; write the directive out, e.g. %llu" \
         "with a cast"
    bad=1
  fi
done

echo "1..$n"
exit $bad
