#!/bin/sh
# Fails when a translation listed in po/LINGUAS is broken: a format directive that does not
# match the English, a bad header or plural form, a fuzzy or untranslated message. Also fails
# when a .po file is missing from LINGUAS (it would never be built) or LINGUAS names a missing
# one. Prints TAP.
top=${1:?usage: check-po.sh SOURCE_ROOT [MSGFMT]}
msgfmt=${2:-msgfmt}
cd "$top/po" || exit 1

# msgfmt's statistics must be in English to be read below.
LC_ALL=C
LANGUAGE=
export LC_ALL LANGUAGE

n=0
bad=0
langs=$(sed -e 's/#.*//' LINGUAS | tr -s ' \t' '\n\n' | sed '/^$/d')

for lang in $langs; do
  n=$((n + 1))
  if [ ! -f "$lang.po" ]; then
    echo "not ok $n po/LINGUAS names $lang, but po/$lang.po does not exist"
    bad=1
    continue
  fi

  if ! out=$("$msgfmt" --check --statistics -o /dev/null "$lang.po" 2>&1); then
    echo "not ok $n po/$lang.po does not pass msgfmt --check"
    echo "$out" | sed 's/^/# /'
    bad=1
    continue
  fi

  case $out in
    *fuzzy*|*untranslated*)
      echo "not ok $n po/$lang.po is incomplete: $out"
      bad=1
      ;;
    *)
      echo "ok $n po/$lang.po: $out"
      ;;
  esac
done

for po in *.po; do
  [ -f "$po" ] || continue
  lang=${po%.po}
  n=$((n + 1))
  if echo "$langs" | grep -qxF "$lang"; then
    echo "ok $n po/$po is listed in po/LINGUAS"
  else
    echo "not ok $n po/$po is not listed in po/LINGUAS, so it is never built"
    bad=1
  fi
done

echo "1..$n"
exit $bad
