#!/bin/sh
# cli_test.sh MAINTEXT WORKDIR -- the maintext command's behaviour: exit
# statuses, error messages, output files, standard input, batches (JSON Lines,
# XML collection, headers), --jobs giving the same bytes as one job,
# directories as inputs and --output-dir.
#
# Pages are written here, so the test needs nothing but a POSIX shell; JSON
# is also checked with python3 and XML with xmllint when they are installed.
set -u
MT=$1
W=$2
# the fixture pages and their expected outputs (tests/golden), beside this script
FIXTURES=$(cd "$(dirname "$0")/../fixtures/pages" && pwd) || exit 1
GOLDEN=$(cd "$(dirname "$0")/../golden/expected" && pwd) || exit 1
rm -rf "$W" && mkdir -p "$W" || exit 1
cd "$W" || exit 1

failures=0
checks=0
fail() { failures=$((failures + 1)); echo "FAIL: $*" >&2; }
check() { checks=$((checks + 1)); }

# expect_status WANT CMD... -- runs CMD with stdout to out, stderr to err.
expect_status() {
    want=$1; shift
    "$@" >out 2>err
    got=$?
    check
    [ "$got" -eq "$want" ] || fail "'$*' exited $got, wanted $want; stderr: $(cat err)"
}
expect_stderr() {
    check
    grep -qF -- "$1" err || fail "stderr lacks '$1': $(cat err)"
}
expect_stdout() {
    check
    grep -qF -- "$1" out || fail "stdout lacks '$1': $(head -c 300 out)"
}
expect_empty() {
    check
    [ ! -s "$1" ] || fail "$1 should be empty: $(head -c 300 "$1")"
}

# ---------------------------------------------------------------- pages
cat > article.html <<'EOF'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Night trains return | The Courier</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Night trains return to the northern line</h1>
<p>After eleven years without a sleeper service, the northern line will run night trains again
from the spring, the regional transport authority announced on Tuesday. Two departures a week
will leave the capital shortly before midnight and reach the coast at dawn.</p>
<p>The carriages, bought second-hand and refitted over the winter, have compartments for four
and six travellers, a dining car and space for bicycles. Tickets go on sale next month.</p>
</article><footer>Copyright The Courier</footer></body></html>
EOF
printf '<!DOCTYPE html><html><head><title>Nothing</title></head><body></body></html>' > empty.html
mkdir adir

# ---------------------------------------------------------------- help, version, usage
expect_status 0 "$MT" --help
expect_stdout "Usage: maintext [OPTIONS] [FILE|DIR|-]..."
expect_stdout "--min-length N"
expect_status 0 "$MT" -h
expect_stdout "Exit status:"
expect_status 0 "$MT" --version
expect_stdout "maintext "
expect_stdout "archives: gzip inflated with "
expect_stdout "; content codings read: gzip, deflate"
expect_stdout "; zstd-compressed (.warc.zst) "
expect_status 0 "$MT" -V

expect_status 2 "$MT" --bogus article.html
expect_stderr "maintext: unknown option '--bogus'"
expect_stderr "Try 'maintext --help'"
expect_empty out
# an unknown option says what was meant: trafilatura's name for one of
# ours, or the options the typed name begins
expect_status 2 "$MT" --json article.html
expect_stderr "unknown option '--json' (trafilatura's; here: --format json or jsonl)"
expect_empty out
expect_status 2 "$MT" --target-language=de article.html
expect_stderr "unknown option '--target-language=de' (trafilatura's; here: --language)"
expect_status 2 "$MT" --form json article.html
expect_stderr "unknown option '--form'; did you mean '--format' or '--formatting'?"
expect_status 2 "$MT" --dedup-n article.html
expect_stderr "unknown option '--dedup-n'; did you mean '--dedup-near'?"
expect_status 2 "$MT" --d article.html
expect_stderr "maintext: unknown option '--d'"
check
! grep -q "did you mean" err || fail "--d begins more than three options: $(cat err)"
expect_status 2 "$MT" -x article.html
expect_stderr "maintext: unknown option '-x'"
expect_status 2 "$MT" --format yaml article.html
expect_stderr "unknown format 'yaml'"
expect_status 2 "$MT" article.html -f
expect_stderr "option '-f' needs an argument"
expect_status 2 "$MT" --url
expect_stderr "option '--url' needs an argument"
expect_status 2 "$MT" --links=yes article.html
expect_stderr "option '--links' takes no argument"
expect_status 2 "$MT" --min-length -3 article.html
expect_status 2 "$MT" --jobs -1 article.html
expect_status 2 "$MT" --jobs 257 article.html
expect_status 2 "$MT" --charset utf-9 article.html
expect_stderr "maintext: unknown charset 'utf-9'"
expect_status 2 "$MT" - -
expect_stderr "standard input (-) can be read only once"

# ---------------------------------------------------------------- one input
expect_status 0 "$MT" article.html
expect_stdout "Night trains return to the northern line"
expect_stdout "Tickets go on sale next month."
check
if grep -q "Copyright The Courier" out; then fail "footer in the main text"; fi
cp out article.txt

expect_status 0 "$MT" -o written.txt article.html
expect_empty out
check
cmp -s written.txt article.txt || fail "-o FILE differs from standard output"

expect_status 0 "$MT" - < article.html
check
cmp -s out article.txt || fail "standard input differs from the file"
expect_status 0 "$MT" < article.html
check
cmp -s out article.txt || fail "no argument should read standard input"

expect_status 0 "$MT" article.html --format=json --url https://courier.example/trains
expect_stdout '"text": "Night trains return to the northern line'
expect_stdout '"title": "Night trains return to the northern line"'
cp out article.json
expect_status 0 "$MT" -fjson --blocks --explain article.html
expect_stdout '"blocks": ['
expect_stdout '"sources": {'

expect_status 0 "$MT" -f xml article.html
expect_stdout '<?xml version="1.0" encoding="UTF-8"?>'
cp out article.xml
expect_status 0 "$MT" -f markdown article.html
expect_stdout "# Night trains return to the northern line"
expect_status 0 "$MT" -f html article.html
expect_stdout "<h1>Night trains return to the northern line</h1>"

# No main content, or too little: no output, status 1, a message unless -q.
expect_status 1 "$MT" empty.html
expect_empty out
expect_stderr "maintext: empty.html: no main content found"
expect_status 1 "$MT" -q empty.html
expect_empty out
expect_empty err
# a file of another format (a ZIP archive holding the article, stored as
# it is) is not read as a page, and the message says what it is; in JSON
# its record stands, with no text, with the address given and its type;
# in a batch the pages' records do not gain that member
{ printf 'PK\003\004\012\000\000\000\000\000'; cat article.html; } > article.zip
expect_status 1 "$MT" article.zip
expect_empty out
expect_stderr "maintext: article.zip: no main content found (the file is application/zip, not a page)"
expect_status 1 "$MT" -f json --url https://courier.example/article.zip article.zip
expect_stdout '"text": ""'
expect_stdout '"url": "https://courier.example/article.zip"'
expect_stdout '"not_a_page": "application/zip"'
expect_status 1 "$MT" -q -f json article.zip empty.html
check
[ "$(grep -c '"not_a_page":"application/zip"' out)" -eq 1 ] &&
    grep '^{"source":"article.zip"' out | grep -qF '"not_a_page":"application/zip"}' ||
    fail "not_a_page in the ZIP file's record only: $(cat out)"
expect_status 1 "$MT" -f xml article.zip
expect_stdout '<doc not_a_page="application/zip">'
: > zero.html
expect_status 1 "$MT" zero.html
expect_empty out
expect_status 1 "$MT" --min-length 100000 article.html
expect_empty out
expect_stderr "article.html: no main content found (less than the --min-length of 100000 characters)"
expect_status 0 "$MT" --min-length 50 article.html
# --whole-page: the menu and the footer too, in the page's order; the last
# of --precision, --recall and --whole-page counts
expect_status 0 "$MT" article.html
check
! grep -q "Copyright" out || fail "the footer was kept without --whole-page: $(cat out)"
expect_status 0 "$MT" --whole-page article.html
check
[ "$(head -n 1 out)" = "Home World" ] && [ "$(tail -n 1 out)" = "Copyright The Courier" ] ||
    fail "--whole-page lacks the menu or the footer: $(cat out)"
expect_stdout "Tickets go on sale next month."
expect_status 0 "$MT" --whole-page --precision article.html
check
! grep -q "Copyright" out || fail "--precision after --whole-page did not count: $(cat out)"
expect_status 1 "$MT" --whole-page empty.html
# --basic-metadata: no authors, dates or page type; every other line the same
expect_status 0 "$MT" -f json "$FIXTURES/news-article.html"
mv out all.json
expect_status 0 "$MT" -f json --basic-metadata "$FIXTURES/news-article.html"
check
diff all.json out | grep '^>' > changed
printf '%s\n' '>   "authors": [],' '>   "author": null,' '>   "date": null,' \
    '>   "date_modified": null,' '>   "pagetype": null,' | cmp -s - changed ||
    fail "--basic-metadata changed other lines than authors, dates, page type: $(cat changed)"
check
grep -q '"author": "Maren Holt"' all.json && grep -q '"pagetype": "article"' all.json ||
    fail "the news fixture lost its author or page type: $(head -c 300 all.json)"
# --language: main text in none of the languages counts as none, and the
# message says which language the page reads as; a list that is none is a
# usage error
expect_status 0 "$MT" --language en,fr article.html
expect_status 0 "$MT" --language eng article.html
expect_status 1 "$MT" --language de,fr article.html
expect_empty out
expect_stderr "article.html: no main content found in de,fr (the page reads as en)"
expect_status 1 "$MT" -f json --language de article.html
expect_stdout '"language": "en"'
expect_status 1 "$MT" --language en --min-length 100000 article.html
check
! grep -q "reads as" err || fail "a page in a language asked was told as another: $(cat err)"
# ... also when the page does not say its language: the text's is read
# before its length refuses it, and its record keeps it
sed 's/ lang="en"//' article.html > nolang.html
expect_status 1 "$MT" --language en --min-length 100000 nolang.html
expect_stderr "nolang.html: no main content found (less than the --min-length of 100000 characters)"
expect_status 1 "$MT" -f json --min-length 100000 nolang.html
expect_stdout '"language": "en"'
expect_status 2 "$MT" --language english article.html
expect_stderr "--language wants ISO 639 codes separated by commas (en,de), not 'english'"
expect_status 2 "$MT" --language en,zz article.html
expect_stderr "--language wants ISO 639 codes separated by commas (en,de), not 'en,zz'"
# a list without a code (a script's empty variable) too: taken, it would
# keep every language
expect_status 2 "$MT" --language '' article.html
expect_stderr "--language wants ISO 639 codes separated by commas (en,de), not ''"
expect_status 2 "$MT" --language , article.html
# an empty name for an output or a list is a usage error, not a file's
expect_status 2 "$MT" -o '' article.html
expect_stderr "maintext: -o/--output wants a file name, not an empty one"
expect_status 2 "$MT" --output-dir= article.html
expect_stderr "maintext: --output-dir wants a directory name, not an empty one"
expect_status 2 "$MT" -i ''
expect_stderr "maintext: -i/--input-file wants a file name, not an empty one"

# Input and output errors name the file and the problem.
expect_status 3 "$MT" missing.html
expect_stderr "maintext: missing.html: No such file or directory"
expect_empty out
# (a directory is read for the files under it: see "directories" below)
expect_status 4 "$MT" -o no/such/dir/out.txt article.html
expect_stderr "maintext: no/such/dir/out.txt: No such file or directory"
if [ -w /dev/full ]; then
    "$MT" article.html > /dev/full 2>err
    got=$?
    check
    [ "$got" -eq 4 ] || fail "writing to /dev/full exited $got, wanted 4"
    expect_stderr "No space left on device"
fi

# The output must not be one of the inputs (opening it would empty it).
cp article.html same.html
expect_status 2 "$MT" same.html -o same.html
expect_stderr "maintext: same.html: is both an input and the output"
check
cmp -s same.html article.html || fail "the input was overwritten"
# ... nor the list of inputs (-i), read before the output is opened
echo same.html > same.list
expect_status 2 "$MT" -i same.list -o same.list
expect_stderr "maintext: same.list: is both an input and the output"
check
[ "$(cat same.list)" = same.html ] || fail "the list of inputs was overwritten"
# ... nor an input not made yet, which would read the run's own output
rm -f fresh.txt
expect_status 2 "$MT" -o fresh.txt article.html ./fresh.txt
expect_stderr "maintext: fresh.txt: is both an input and the output"
check
[ ! -e fresh.txt ] || fail "a refused output was made"
# an input missing when the run begins is told as missing (not as sharing
# the output file the run then makes there)
rm -rf later && mkdir later
expect_status 3 "$MT" -q --output-dir later article.html later/article.txt
expect_stderr "maintext: later/article.txt: No such file or directory"
check
[ "$(ls later)" = article.txt ] || fail "--output-dir made more than its one output: $(ls later)"

# "--" ends the options: a file may start with a dash.
cp article.html ./-dash.html
expect_status 0 "$MT" -- -dash.html
expect_stdout "Night trains return"

# ---------------------------------------------------------------- several inputs
cp article.html second.html
expect_status 3 "$MT" article.html empty.html missing.html second.html
expect_stdout "==> article.html <=="
expect_stdout "==> second.html <=="
check
if grep -q "==> empty.html <==" out; then fail "a header for an input without content"; fi
expect_stderr "maintext: missing.html: No such file or directory"
expect_stderr "maintext: empty.html: no main content found"
check
[ "$(grep -c "Tickets go on sale" out)" -eq 2 ] || fail "two documents expected"
# a name's line break or byte that is no UTF-8 is U+FFFD in its header: the
# line stays one line, and the output UTF-8
mkdir hdr && cp article.html "hdr/$(printf 'new\nline\377\342\200\250.html')"
expect_status 0 "$MT" article.html hdr
expect_stdout "$(printf '==> hdr/new\357\277\275line\357\277\275\357\277\275.html <==')"
check
[ "$(grep -c '^==> ' out)" -eq 2 ] || fail "a header line broken by a file name: $(grep -a '==>' out)"
# ... and before HTML, a name's '<' and '&' are text, not markup
cp article.html "hdr/<b>&x.html"
expect_status 0 "$MT" -f html article.html "hdr/<b>&x.html"
expect_stdout "==> hdr/&lt;b>&amp;x.html <=="
rm -rf hdr

expect_status 1 "$MT" empty.html zero.html
expect_empty out
# with both streams in one file, each message falls between two documents:
# output larger than stdio's buffer is flushed before a message is written;
# the batch's counts end the log
{ sed -n '1,/<article>/p' article.html
  i=0; while [ $i -lt 40 ]; do sed -n '/<p>/,/<\/p>/p' article.html; i=$((i + 1)); done
  printf '</article></body></html>\n'; } > long.html
"$MT" -f json long.html missing.html long.html empty.html long.html > mixed.log 2>&1
check
[ "$(grep -c '^{"source":"long.html",' mixed.log)" -eq 3 ] &&
    [ "$(grep -c '^maintext: ' mixed.log)" -eq 3 ] && [ "$(wc -l < mixed.log)" -eq 7 ] &&
    [ "$(tail -n 1 mixed.log)" = "maintext: 5 inputs: 3 with main content, 1 without, 1 failed" ] ||
    fail "a message inside a document in one log: $(cut -c1-60 mixed.log)"
expect_status 0 "$MT" -q empty.html article.html
expect_empty err
# a page past a limit gives what fits, and says so, also with --quiet
{ printf '<html><body><article><p>'; yes 'spam eggs' | head -c 17000000 | tr '\n' ' '
  printf '</p></article></body></html>'; } > huge-block.html
expect_status 0 "$MT" -q huge-block.html
expect_stderr "maintext: huge-block.html: the page is larger than a limit: a block's text was cut at 16 MiB"
[ "$(wc -c < out)" -gt 16000000 ] || fail "the cut block's text is missing: $(wc -c < out) bytes"
rm -f huge-block.html
# --max-page lowers and raises the limit on a page's size (64 MiB)
size=$(wc -c < article.html)
expect_status 3 "$MT" --max-page $((size - 1)) article.html
expect_stderr "maintext: article.html: larger than the $((size - 1)) byte limit"
expect_status 0 "$MT" --max-page "$size" article.html
expect_stdout "Night trains return"
head -c 67108865 /dev/zero | tr '\0' ' ' > over-64mib.html
expect_status 3 "$MT" over-64mib.html
expect_status 1 "$MT" --max-page 70000000 over-64mib.html
rm -f over-64mib.html
expect_status 2 "$MT" --max-page 0 article.html
expect_stderr "--max-page wants a positive number of bytes, not '0'"

# One JSON record per input, also for a page without main content (its
# metadata, empty text), so a batch accounts for every input.
expect_status 0 "$MT" -f json article.html empty.html second.html
check
[ "$(wc -l < out)" -eq 3 ] || fail "JSON Lines: three lines expected, got $(wc -l < out)"
check
[ "$(grep -c '^{"source":"' out)" -eq 3 ] || fail "JSON Lines: each line starts with source"
expect_stdout '{"source":"second.html","title":'
check
grep '^{"source":"empty.html"' out | grep -q '"text":""' || fail "empty.html: record without text expected"
cp out batch.jsonl

# -f jsonl: the same lines, also for one input, so that runs appended to
# one file make JSON Lines (with -f json one input gives an indented object)
: > appended.jsonl
for page in article.html second.html; do
    "$MT" -f jsonl "$page" >> appended.jsonl 2>err || fail "-f jsonl $page: $(cat err)"
done
check
[ "$(wc -l < appended.jsonl)" -eq 2 ] && [ "$(grep -c '^{"source":"' appended.jsonl)" -eq 2 ] &&
    grep -qF '{"source":"second.html","title":' appended.jsonl ||
    fail "-f jsonl: one line with its source per run expected: $(head -c 300 appended.jsonl)"
expect_status 0 sh -c "\"$MT\" -f JSONL - < article.html"
expect_stdout '{"source":"-","title":'
expect_status 2 "$MT" -f jsonx article.html
expect_stderr "unknown format 'jsonx' (use txt, markdown, html, json, jsonl, xml, tei or csv)"

expect_status 0 "$MT" -f xml article.html second.html
expect_stdout '<collection>'
expect_stdout '<doc source="second.html"'
check
[ "$(grep -c '<?xml' out)" -eq 1 ] || fail "one XML declaration expected in a collection"
check
[ "$(tail -n 1 out)" = "</collection>" ] || fail "collection not closed"
cp out batch.xml

# TEI: one <teiCorpus> with a header of its own, each <TEI> named by n; a page
# without content still has its record (an empty entry)
expect_status 0 "$MT" -f tei article.html empty.html second.html
expect_stdout '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">'
expect_stdout '<TEI xmlns="http://www.tei-c.org/ns/1.0" n="second.html">'
expect_stdout '<TEI xmlns="http://www.tei-c.org/ns/1.0" n="empty.html">'
check
[ "$(grep -c '<?xml' out)" -eq 1 ] || fail "one XML declaration expected in a TEI corpus"
check
[ "$(grep -c '<teiHeader>' out)" -eq 4 ] || fail "a header per TEI and one for the corpus expected"
check
[ "$(tail -n 1 out)" = "</teiCorpus>" ] || fail "TEI corpus not closed"
cp out batch.tei
expect_status 0 "$MT" -f tei article.html
expect_stdout '<TEI xmlns="http://www.tei-c.org/ns/1.0">'
expect_stdout '<div type="entry">'
cp out article.tei

# --jobs gives the same bytes, in the same order, as one job.
for i in 1 2 3 4 5 6 7 8 9; do cp article.html "p$i.html"; cp empty.html "e$i.html"; done
"$MT" -f json p1.html e1.html p2.html p3.html e2.html p4.html p5.html p6.html e3.html \
    p7.html p8.html p9.html > one.jsonl 2>/dev/null
expect_status 0 "$MT" -j 3 -f json p1.html e1.html p2.html p3.html e2.html p4.html p5.html \
    p6.html e3.html p7.html p8.html p9.html
check
cmp -s out one.jsonl || fail "--jobs 3 output differs from --jobs 1"
expect_status 0 "$MT" -j 0 -f json p1.html e1.html p2.html p3.html e2.html p4.html p5.html \
    p6.html e3.html p7.html p8.html p9.html
check
cmp -s out one.jsonl || fail "--jobs 0 (one per processor) output differs from --jobs 1"
expect_status 3 "$MT" --jobs 4 p1.html missing.html p2.html
expect_stderr "maintext: missing.html: No such file or directory"

# -i LIST: the inputs named in a file (or standard input), one a line,
# after those of the command line; CRLF line ends and empty lines are
# passed over, a name with spaces stands as it is
cp article.html 'with space.html'
printf 'p2.html\r\n\nwith space.html\ne1.html\n' > list.txt
"$MT" -f json p1.html p2.html 'with space.html' e1.html > listed.jsonl 2>/dev/null
expect_status 0 "$MT" -f json p1.html -i list.txt
check
cmp -s out listed.jsonl || fail "-i list.txt differs from the same names on the command line"
expect_status 0 sh -c "printf 'p2.html\n' | '$MT' -f json --input-file - p1.html"
check
[ "$(cut -c1-20 out | tr '\n' ' ')" = '{"source":"p1.html", {"source":"p2.html", ' ] ||
    fail "-i -: $(cut -c1-20 out)"
expect_status 3 "$MT" -i no-such-list.txt p1.html
expect_stderr "maintext: no-such-list.txt: No such file or directory"
expect_empty out
printf 'p1.html\0\n' > nul-list.txt
expect_status 3 "$MT" -i nul-list.txt
expect_stderr "nul-list.txt: line 1 holds a NUL byte"
expect_status 2 sh -c "printf 'p2.html\n' | '$MT' -i - -"
expect_stderr "standard input (-) can be read only once"
: > empty-list.txt
expect_status 1 "$MT" -i empty-list.txt
expect_empty out
expect_stderr "maintext: empty-list.txt: no input named in it"
expect_status 1 "$MT" -q -i empty-list.txt
expect_empty err
# a byte order mark before the first name is no part of it
printf '\357\273\277p1.html\r\n' > bom-list.txt
expect_status 0 "$MT" -i bom-list.txt
# a second list is refused, not read in place of the first
expect_status 2 "$MT" -i list.txt --input-file=empty-list.txt
expect_stderr "-i/--input-file takes one list, not 'list.txt' and 'empty-list.txt'"
expect_empty out

# A file's name is data: quotes, backslashes and markup characters in it
# are escaped, a control byte is escaped in JSON and replaced in XML (where
# no escape can write it, but for tab, LF and CR), bytes that are not
# UTF-8 become U+FFFD; every record stays valid JSON and XML.
odd_q='q"b\s.html'
odd_b=$(printf 'bad\377\001.html')
odd_m='x<&>.html'
cp article.html "$odd_q" && cp article.html "$odd_b" && cp article.html "$odd_m" || fail "copies"
expect_status 0 "$MT" -f json "$odd_q" "$odd_b" "$odd_m"
expect_stdout '{"source":"q\"b\\s.html",'
expect_stdout "$(printf '{"source":"bad\357\277\275\\u0001.html",')"
expect_stdout '{"source":"x<&>.html",'
cp out names.jsonl
expect_status 0 "$MT" -f xml "$odd_q" "$odd_b" "$odd_m"
expect_stdout '<doc source="q&quot;b\s.html"'
expect_stdout "$(printf '<doc source="bad\357\277\275\357\277\275.html"')"
expect_stdout '<doc source="x&lt;&amp;>.html"'
cp out names.xml
# U+FFFE and U+FFFF are UTF-8 but no XML character: replaced there too
odd_n=$(printf 'non\357\277\276\357\277\277.html')
cp article.html "$odd_n" || fail "copies"
expect_status 0 "$MT" -f xml "$odd_n" article.html
expect_stdout "$(printf '<doc source="non\357\277\275\357\277\275.html"')"
cp out names-nonchar.xml
expect_status 0 "$MT" -f tei "$odd_n" article.html
expect_stdout "$(printf ' n="non\357\277\275\357\277\275.html"')"
cp out names-nonchar.tei
# a tab, a line feed and a carriage return in a name are written as
# character references, which an XML reader gives back as they were (a
# parser turns them, written as they are, into spaces)
odd_w=$(printf 'w\tx\ny\rz.html')
cp article.html "$odd_w" || fail "copies"
expect_status 0 "$MT" -f xml "$odd_w" article.html
expect_stdout '<doc source="w&#9;x&#10;y&#13;z.html"'
cp out names-space.xml
expect_status 0 "$MT" -f tei "$odd_w" article.html
expect_stdout ' n="w&#9;x&#10;y&#13;z.html"'

# ---------------------------------------------------------------- validity
# ---------------------------------------------------------------- web archives
# warc_record TYPE URI CONTENT-TYPE FILE: one WARC record holding FILE.
warc_record() {
    printf 'WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2026-03-01T10:00:00Z\r\n' "$1" "$2"
    printf 'WARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: %s\r\nContent-Length: %s\r\n\r\n' \
        "$(basename "$4")" "$3" "$(wc -c < "$4" | tr -d ' ')"
    cat "$4"
    printf '\r\n\r\n'
}
printf 'software: cli_test\r\n' > info.txt
printf 'GET /night-trains HTTP/1.1\r\nHost: courier.example\r\n\r\n' > request.txt
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'; cat article.html; } > ok.http
{ printf 'HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n'; cat article.html; } > missing.http
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n'; printf '\211PNG\r\n\032\n'; } > logo.http
{
    warc_record warcinfo "" application/warc-fields info.txt
    warc_record request http://courier.example/night-trains "application/http; msgtype=request" request.txt
    warc_record response http://courier.example/night-trains "application/http; msgtype=response" ok.http
    warc_record response http://courier.example/gone "application/http; msgtype=response" missing.http
    warc_record response http://courier.example/logo.png "application/http; msgtype=response" logo.http
} > clean.warc
{ cat clean.warc; printf 'a line that is no record\n'; } > damaged.warc
gzip -c clean.warc > clean.warc.gz

# an archive is found by its first bytes, plain or gzip; one JSON line per page
for a in clean.warc clean.warc.gz; do
    expect_status 0 "$MT" --format json "$a"
    expect_stdout '"source":"'"$a"'","record":{"offset":'
    expect_stdout '"uri":"http://courier.example/night-trains"'
    # what the record says of the page as served, for a corpus builder's filters
    expect_stdout '"date":"2026-03-01T10:00:00Z","status":200,"content_type":"text/html; charset=utf-8"},'
    expect_stdout 'Night trains return to the northern line'
    expect_stderr "maintext: $a: 5 records: 1 page (0 cut short), 4 passed over (2 of other types, 1 not HTML, 1 not 2xx), 0 bad"
    check
    [ "$(wc -l < out)" -eq 1 ] || fail "$a: $(wc -l < out) lines, wanted 1"
done
cp out archive.jsonl
# a .warc.zst likewise (found by its bytes, also on standard input with
# --warc), where the zstd tool is here and the build reads them (libzstd);
# built without it, the archive is one bad record saying so
if command -v zstd > /dev/null; then
    zstd -q -c clean.warc > clean-zst.bin
    if "$MT" --version | grep -q '(.warc.zst) read with libzstd'; then
        expect_status 0 "$MT" --format json clean-zst.bin
        expect_stdout '"source":"clean-zst.bin","record":{"offset":0,"uri":"http://courier.example/night-trains"'
        expect_stderr "maintext: clean-zst.bin: 5 records: 1 page (0 cut short), 4 passed over (2 of other types, 1 not HTML, 1 not 2xx), 0 bad"
        check
        expect_status 0 "$MT" --format json --warc - < clean-zst.bin
        expect_stdout 'Night trains return to the northern line'
        check
        # a page compressed with zstd, its first block past the 512 bytes
        # first read, is no archive: its first bytes decoded say so (what
        # makes it long: hex bytes from a fixed-seed generator, which
        # compress poorly; not /dev/urandom, for the same page every run)
        { cat article.html; echo '<p>'
          awk 'BEGIN { x = 1; for (i = 0; i < 3000; i++) { x = (x * 69069 + 1) % 4294967296
                printf "%02x%s", int(x / 16777216), i % 16 == 15 ? "\n" : " " } }'
          echo '</p>'; } | zstd -q -c > page-zst.bin
        [ "$(wc -c < page-zst.bin)" -gt 512 ] || fail "page-zst.bin too small to test"
        expect_status 1 "$MT" page-zst.bin
        expect_stderr "maintext: page-zst.bin: no main content found (the file is application/zstd, not a page)"
        check
    else
        expect_status 3 "$MT" --format json clean-zst.bin
        expect_stderr "this build reads no zstd: it was made without libzstd"
        check
    fi
fi
# a record's URI and ID are data as a file's name is (U+FFFF, U+FFFE)
warc_record response "$(printf 'http://courier.example/\357\277\277')" \
    "application/http; msgtype=response" ok.http > nonchar.warc
expect_status 0 "$MT" --format xml nonchar.warc article.html
expect_stdout "$(printf 'record-uri="http://courier.example/\357\277\275"')"
expect_stdout 'record-status="200" record-content-type="text/html; charset=utf-8"'
cp out archive-nonchar.xml
# a revisit record (a crawler's duplicate of an earlier page) is passed over,
# and counted apart among the other types
printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n' > revisit.http
{ cat clean.warc
  warc_record revisit http://courier.example/night-trains-again "application/http; msgtype=response" revisit.http
} > revisit.warc
expect_status 0 "$MT" --format json revisit.warc
expect_stderr "maintext: revisit.warc: 6 records: 1 page (0 cut short), 5 passed over (3 of other types, 1 of them a revisit, 1 not HTML, 1 not 2xx), 0 bad"
# in TEI a page of an archive is named by the file and the record's offset
expect_status 0 "$MT" --format tei clean.warc
expect_stdout '<TEI xmlns="http://www.tei-c.org/ns/1.0" n="clean.warc@'
# every record is accounted for: the bad one is told, counted, and sets the status
expect_status 3 "$MT" --format json damaged.warc
expect_stderr "maintext: damaged.warc: record at byte $(wc -c < clean.warc | tr -d ' '): no WARC record here"
expect_stderr "6 records: 1 page (0 cut short), 4 passed over (2 of other types, 1 not HTML, 1 not 2xx), 1 bad"
expect_stdout 'Night trains return'
# a gzip body with a wrong checksum at its end breaks off after the whole
# page: the page is extracted, told and counted as cut short
gzip -c article.html > article.gz
n=$(wc -c < article.gz | tr -d ' ')
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n'
  head -c $((n - 8)) article.gz; printf '\0\0\0\0'; tail -c 4 article.gz; } > badsum.http
warc_record response http://courier.example/badsum "application/http; msgtype=response" badsum.http > badsum.warc
expect_status 0 "$MT" --format json badsum.warc
expect_stdout 'Night trains return to the northern line'
expect_stderr "http://courier.example/badsum: the compressed page breaks off: kept what came before"
expect_stderr "1 record: 1 page (1 cut short), 0 passed over (0 of other types, 0 not HTML, 0 not 2xx), 0 bad"
# a page file compressed with gzip (a crawl's page.html.gz) is read as the
# page it holds: whole, cut short (kept, and told), or broken from its start
# (an input error)
"$MT" article.html > plain.txt
expect_status 0 "$MT" article.gz
check
cmp -s out plain.txt || fail "a gzip page did not give its page's text: $(head -c 300 out)"
head -c $(( $(wc -c < article.gz) / 2 )) article.gz > article-cut.gz
expect_status 0 "$MT" article-cut.gz
expect_stderr "maintext: article-cut.gz: the compressed page ends early: kept what came"
# without content, the page says that first and the cut after it
printf '<html><body><nav><a href="/">Home</a></nav>' | gzip -c | head -c 30 > nav-cut.gz
expect_status 1 "$MT" nav-cut.gz
expect_stderr "maintext: nav-cut.gz: no main content found (the compressed page ends early: kept what came)"
printf '\037\213 no deflate data here' > broken.gz
expect_status 3 "$MT" broken.gz
expect_stderr "maintext: broken.gz: broken gzip content"
# --quiet leaves out the archive's line, not the page that is not whole
expect_status 0 "$MT" -q --format json badsum.warc
expect_stderr "http://courier.example/badsum: the compressed page breaks off: kept what came before"
grep -q "1 record:" err && fail "--quiet left the archive's line: $(cat err)"
# a file that ends early inside a record's compressed page: the record is
# bad, and told as cut short, the cause, not only as undecodable
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n'
  cat article.gz; } > gzip.http
warc_record response http://courier.example/cut "application/http; msgtype=response" gzip.http > gzip.warc
keep=$(( $(wc -c < gzip.warc) - $(wc -c < article.gz) - 4 + 6 ))
head -c $keep gzip.warc > gzip-cut.warc
expect_status 3 "$MT" --format json gzip-cut.warc
expect_stderr "http://courier.example/cut: a record cut short: "
expect_stderr "; the page in it cannot be decoded ("
expect_stderr "1 record: 0 pages (0 cut short), 0 passed over (0 of other types, 0 not HTML, 0 not 2xx), 1 bad"
# a record that is no page, cut short by the file's end: no page is lost,
# but the archive is damaged (records after the cut could be), which is told
{ cat clean.warc; warc_record resource http://courier.example/logo.png image/png logo.http; } > cutimg.warc
head -c $(( $(wc -c < cutimg.warc) - 8 )) cutimg.warc > cutimg-cut.warc
expect_status 3 "$MT" --format json cutimg-cut.warc
expect_stderr "http://courier.example/logo.png: a record cut short: "
expect_stderr "6 records: 1 page (0 cut short), 4 passed over (2 of other types, 1 not HTML, 1 not 2xx), 1 bad"
expect_stdout 'Night trains return'
# a page whose gzip member breaks in its middle (a stored block, then a
# block of no type; bytes of nothing before the next member, as the
# inflater reads past the fault): the page is extracted as far as it goes
# and told, the records after it are read, and the damage makes the exit
# status 3, as a bad record's does
warc_record response http://courier.example/broken "application/http; msgtype=response" ok.http > broken.warc
part=$(( $(wc -c < broken.warc) * 3 / 4 ))
le16() { printf "\\$(printf %03o $(($1 & 255)))\\$(printf %03o $(($1 >> 8)))"; }
{ printf '\037\213\010\000\000\000\000\000\000\377\000'; le16 $part; le16 $((65535 - part))
  head -c $part broken.warc; printf '\377'; head -c 64 /dev/zero; gzip -c clean.warc; } > broken.warc.gz
expect_status 3 "$MT" --format json broken.warc.gz
expect_stdout '"uri":"http://courier.example/broken"'
expect_stdout '"uri":"http://courier.example/night-trains"'
expect_stderr "http://courier.example/broken: a record cut short: "
expect_stderr "6 records: 2 pages (1 cut short), 4 passed over (2 of other types, 1 not HTML, 1 not 2xx), 0 bad"
# an archive of many bad records (1,100 headers without a length) tells
# the first 1,000 one by one, then that the rest are counted, not told;
# the archive's line counts them all, also with --quiet
{ cat clean.warc; awk 'BEGIN { for (i = 0; i < 1100; i++) printf "WARC/1.1\r\n\r\n" }'; } > many-bad.warc
for q in "" -q; do
    expect_status 3 "$MT" $q --format json many-bad.warc
    expect_stdout 'Night trains return'
    expect_stderr "many-bad.warc: further bad records and pages not whole are counted, not told"
    expect_stderr "1105 records: 1 page (0 cut short), 4 passed over (2 of other types, 1 not HTML, 1 not 2xx), 1100 bad"
    n=$(grep -c "without a valid Content-Length" err)
    [ "$n" -eq 1000 ] || fail "many-bad.warc$q: $n bad records told, wanted 1000"
done
# past an archive's first 1,000 bad records, a run of them is one job
# (cli/archive.h): with --jobs, the pages between runs keep their place and
# no record is lost or counted twice. Runs of gzip members with broken
# headers, shorter and longer than a job's run (1,024), between pages (a
# copy of clean.warc.gz), the last ending the archive; a page not whole
# before the 1,000th bad record (its message is among the 1,000 told) and
# one after (counted).
printf 'WARC/1.0\r\nbroken\r\n\r\n' | gzip -c > bad.gz
# repeat FILE N: FILE's bytes N times over (by doubling: a few processes)
repeat() {
    cp "$1" rep.a && : > rep.out
    k=$2
    while [ "$k" -gt 0 ]; do
        [ $((k % 2)) -eq 0 ] || cat rep.a >> rep.out
        cat rep.a rep.a > rep.b && mv rep.b rep.a
        k=$((k / 2))
    done
    cat rep.out
}
repeat bad.gz 400 > bad400.gz
repeat bad.gz 2100 > bad2100.gz
gzip -c badsum.warc > badsum.warc.gz
cat badsum.warc.gz bad400.gz clean.warc.gz bad400.gz clean.warc.gz bad2100.gz clean.warc.gz \
    clean.warc.gz badsum.warc.gz bad400.gz clean.warc.gz bad400.gz > runs.warc.gz
runs_line="runs.warc.gz: 3727 records: 7 pages (2 cut short), 20 passed over (10 of other types, 5 not HTML, 5 not 2xx), 3700 bad"
for j in 1 2 4; do
    expect_status 3 "$MT" --format json --jobs $j runs.warc.gz
    check
    [ "$(sed 's/.*"uri":"http:\/\/courier.example\/\([a-z-]*\)".*/\1/' out | tr '\n' ' ')" = \
      'badsum night-trains night-trains night-trains night-trains badsum night-trains ' ] ||
        fail "runs.warc.gz --jobs $j: pages $(sed 's/.*"uri":"\([^"]*\)".*/\1/' out | tr '\n' ' ')"
    check
    [ "$(grep -c 'record at byte' err)" -eq 1000 ] ||
        fail "runs.warc.gz --jobs $j: $(grep -c 'record at byte' err) records told, wanted 1000"
    check
    [ "$(sed -n '1001p' err)" = "maintext: runs.warc.gz: further bad records and pages not whole are counted, not told" ] &&
        [ "$(sed -n '1002,$p' err)" = "maintext: $runs_line" ] ||
        fail "runs.warc.gz --jobs $j: stderr ends $(tail -n 3 err)"
    cp out runs-$j.jsonl && cp err runs-$j.err
done
for j in 2 4; do
    check
    cmp -s runs-1.jsonl runs-$j.jsonl && cmp -s runs-1.err runs-$j.err ||
        fail "runs.warc.gz: --jobs $j differs from one job"
done
# every page and bad record counted once: the progress line's last word (on
# a terminal only; util-linux script gives one)
if script -qec true /dev/null >/dev/null 2>&1; then
    for j in 1 4; do
        script -qec "'$MT' -f json --jobs $j -o runs-tty.jsonl runs.warc.gz" runs-tty.log >/dev/null 2>&1
        check
        grep -qF "maintext: 3707 pages and bad records: 7 with main content, 0 without, 3700 failed" \
            runs-tty.log || fail "runs.warc.gz --jobs $j on a terminal: $(tail -c 300 runs-tty.log)"
    done
fi
# standard input is read as an archive when asked; text output names the record
expect_status 0 sh -c "cat clean.warc.gz | '$MT' --warc -"
expect_stdout "==> standard input @"
expect_stdout " http://courier.example/night-trains <=="
expect_stdout "Night trains return to the northern line"
# ... and only then: without --warc an archive there is an input error that
# says what to do, not its records' headers given as a page's text
expect_status 3 sh -c "cat clean.warc.gz | '$MT' -"
expect_stderr "maintext: standard input: a web archive: --warc reads standard input as one"
expect_empty out
# a named input that is a pipe (a FIFO, /dev/stdin, bash's <(...)) is read
# once: the bytes read to tell whether it is an archive are not lost, and
# it is never opened a second time (a FIFO's writer is gone by then)
"$MT" article.html > article.txt 2>/dev/null
expect_status 0 sh -c "cat article.html | '$MT' /dev/stdin"
check
cmp -s out article.txt || fail "a page read through /dev/stdin differs from the file's: $(head -c 300 out)"
# with_deadline SECONDS CMD...: CMD, killed when it outlives SECONDS, so
# that a hang fails a check instead of stopping the suite
with_deadline() {
    secs=$1; shift
    "$@" & pid=$!
    ( sleep "$secs"; kill "$pid" ) >/dev/null 2>&1 & dog=$!
    wait "$pid"; rc=$?
    kill "$dog" 2>/dev/null
    return $rc
}
if mkfifo page.fifo archive.fifo 2>/dev/null; then
    cat article.html > page.fifo 2>/dev/null & writer=$!
    expect_status 0 with_deadline 20 "$MT" page.fifo
    kill "$writer" 2>/dev/null
    check
    cmp -s out article.txt || fail "a page read through a FIFO differs from the file's: $(head -c 300 out)"
    gzip -c clean.warc > archive.fifo 2>/dev/null & writer=$!
    expect_status 0 with_deadline 20 "$MT" --format json archive.fifo
    kill "$writer" 2>/dev/null
    expect_stdout '"uri":"http://courier.example/night-trains"'
    expect_stderr "maintext: archive.fifo: 5 records: 1 page (0 cut short), 4 passed over"
    # among several inputs a pipe is looked at in its turn: one writer may
    # feed them one after another, the first larger than a pipe holds
    { cat long.html long.html long.html long.html > page.fifo; gzip -c clean.warc > archive.fifo; } \
        2>/dev/null & writer=$!
    expect_status 0 with_deadline 20 "$MT" --format json page.fifo archive.fifo
    kill "$writer" 2>/dev/null
    expect_stdout '"source":"page.fifo","title":"Night trains return to the northern line"'
    expect_stdout '"uri":"http://courier.example/night-trains"'
    expect_stderr "maintext: archive.fifo: 5 records: 1 page (0 cut short), 4 passed over"
    # pipes that hold pages only give a table without record columns
    { cat article.html > page.fifo; cat article.html > archive.fifo; } 2>/dev/null & writer=$!
    expect_status 0 with_deadline 20 "$MT" --format csv page.fifo archive.fifo
    kill "$writer" 2>/dev/null
    check
    ! head -n 1 out | grep -q record_uri || fail "record columns for pipes of pages: $(head -n 1 out)"
    # more pipes than descriptors: none is held open waiting for its turn,
    # and an archive after them is still read as one
    few_descriptors() { ( ulimit -n 16 && with_deadline 30 "$@" ); }
    writers=
    i=1
    while [ $i -le 24 ]; do
        mkfifo many$i.fifo && { cat article.html > many$i.fifo 2>/dev/null & writers="$writers $!"; }
        i=$((i + 1))
    done
    expect_status 0 few_descriptors "$MT" --format json many*.fifo clean.warc.gz
    kill $writers 2>/dev/null
    expect_stdout '"source":"clean.warc.gz","record":'
    check
    [ "$(grep -c 'Tickets go on sale' out)" -eq 25 ] ||
        fail "with few descriptors: $(grep -c 'Tickets go on sale' out) documents, wanted 25"
else
    echo "cli_test: no FIFO here (mkfifo failed); pipes checked through /dev/stdin only"
fi
# the record's HTTP charset is the page's transport charset (over its <meta>)
{ printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-5\r\n\r\n'; cat article.html; } > cyrillic.http
warc_record response http://courier.example/ru "application/http; msgtype=response" cyrillic.http > charset.warc
expect_status 0 "$MT" --format json --explain charset.warc
expect_stdout '"encoding":"ISO-8859-5"'
expect_stdout '"encoding":"transport"}'
# --jobs extracts an archive's pages on several threads, in the same order
for k in 1 2 3 4 5 6; do cat clean.warc; done > six.warc
"$MT" --format json -q six.warc article.html clean.warc.gz > one-job.jsonl 2>/dev/null
expect_status 0 "$MT" --format json -q --jobs 3 six.warc article.html clean.warc.gz
check
cmp -s out one-job.jsonl || fail "--jobs 3 on archives differs from one job"
check
[ "$(wc -l < out)" -eq 8 ] || fail "six.warc, article.html, clean.warc.gz: $(wc -l < out) lines, wanted 8"
# pages and archives in one batch, in order
expect_status 0 "$MT" --format json -q article.html clean.warc
check
[ "$(cut -c1-40 out | tr '\n' ' ')" = '{"source":"article.html","title":"Night  {"source":"clean.warc","record":{"offset ' ] ||
    fail "mixed batch: $(cut -c1-40 out)"
expect_empty err

# ---------------------------------------------------------------- --dedup
# a page whose main text an earlier page had is left out: a file's is told,
# an archive's counted; the first of a text is kept with any --jobs
cp article.html same.html
cp "$FIXTURES/recipe.html" other.html
expect_status 0 "$MT" --format json --dedup article.html other.html same.html six.warc
expect_stderr "maintext: same.html: left out: the same main text as an earlier page (--dedup)"
expect_stderr "maintext: --dedup left out 7 pages: the same main text as an earlier one"
check
[ "$(sed 's/^{"source":"\([^"]*\)".*/\1/' out | tr '\n' ' ')" = 'article.html other.html ' ] ||
    fail "--dedup kept: $(cut -c1-30 out)"
cp out dedup-one-job.jsonl
expect_status 0 "$MT" --format json --dedup --jobs 3 article.html other.html same.html six.warc
check
cmp -s out dedup-one-job.jsonl || fail "--dedup --jobs 3 differs from one job"
# the same text in another dress (no title, no nav) is the same text
sed -e 's|<title>[^<]*</title>||' -e 's|<nav>.*</nav>||' article.html > redressed.html
check
cmp -s article.html redressed.html && fail "redressed.html is article.html"
expect_status 0 "$MT" --format json --dedup -q article.html redressed.html
expect_empty err
check
[ "$(wc -l < out)" -eq 1 ] || fail "--dedup: a redressed page was kept"
# without --dedup every page is written; with --quiet nothing is told
expect_status 0 "$MT" --format json article.html same.html
check
[ "$(wc -l < out)" -eq 2 ] || fail "without --dedup: $(wc -l < out) lines, wanted 2"
expect_status 0 "$MT" --format json --dedup -q article.html same.html
expect_empty err
# under --output-dir a left-out page has no file
expect_status 0 "$MT" --dedup --output-dir dedup-out article.html same.html other.html
check
[ -s dedup-out/article.txt ] && [ -s dedup-out/other.txt ] && [ ! -e dedup-out/same.txt ] ||
    fail "--dedup --output-dir: $(ls dedup-out | tr '\n' ' ')"
# --dedup-near also leaves out a page whose text differs from an earlier
# one's in a word (1 bit of the fingerprint apart), and still keeps one of
# another text; --dedup alone keeps it
cp "$FIXTURES/news-article.html" news.html
sed '0,/<article/!{0,/ the /s// a /}' news.html > news-edited.html
check
cmp -s news.html news-edited.html && fail "news-edited.html is news.html"
expect_status 0 "$MT" --format json --dedup-near news.html other.html news-edited.html same.html \
    article.html
expect_stderr "maintext: news-edited.html: left out: nearly the same main text as an earlier page (--dedup-near)"
expect_stderr "maintext: article.html: left out: the same main text as an earlier page (--dedup)"
expect_stderr "maintext: --dedup left out 2 pages: the same main text as an earlier one, or nearly"
check
[ "$(sed 's/^{"source":"\([^"]*\)".*/\1/' out | tr '\n' ' ')" = 'news.html other.html same.html ' ] ||
    fail "--dedup-near kept: $(cut -c1-30 out)"
cp out dedup-near-one-job.jsonl
expect_status 0 "$MT" --format json --dedup-near --jobs 2 news.html other.html news-edited.html \
    same.html article.html
check
cmp -s out dedup-near-one-job.jsonl || fail "--dedup-near --jobs 2 differs from one job"
expect_status 0 "$MT" --format json --dedup news.html news-edited.html
check
[ "$(wc -l < out)" -eq 2 ] || fail "--dedup left out a page that is only nearly the same"
# ... and an earlier run's file for it is removed
echo stale > dedup-out/same.txt
expect_status 0 "$MT" --dedup --output-dir dedup-out article.html same.html other.html
check
[ ! -e dedup-out/same.txt ] || fail "--dedup --output-dir: an earlier run's file stayed"

# ---------------------------------------------------------------- directories
# A directory stands for the files under it, in byte order of the names at
# each level (files and subdirectories together), hidden names left out;
# it makes a batch, as the same files named one by one do.
sources() { sed -n 's/^{"source":"\([^"]*\)".*/\1/p' "$1" | tr '\n' ' '; }
mkdir -p tree/sub/deeper tree/.git
cp "$FIXTURES/news-article.html" tree/Z.html
cp "$FIXTURES/recipe.html" tree/a.html
cp "$FIXTURES/login.html" tree/sub/login.html
cp "$FIXTURES/data-table.html" tree/sub/deeper/table.html
cp "$FIXTURES/docs-code.html" tree/sub.html
cp "$FIXTURES/feature-longread.html" tree/t.html
cp article.html tree/.hidden.html
cp article.html tree/.git/page.html
tree_files='tree/Z.html tree/a.html tree/sub/deeper/table.html tree/sub/login.html tree/sub.html tree/t.html'
expect_status 0 "$MT" -f json tree
check
[ "$(sources out)" = "$tree_files " ] || fail "directory order or hidden files: $(sources out)"
expect_stderr "maintext: tree/sub/login.html: no main content found"
cp out tree.jsonl
# shellcheck disable=SC2086 # the names are words on purpose
"$MT" -f json $tree_files > named.jsonl 2>/dev/null
check
cmp -s tree.jsonl named.jsonl || fail "a directory differs from its files named one by one"
expect_status 0 "$MT" -f json tree/
check
[ "$(sources out)" = "$tree_files " ] || fail "tree/ (with its slash): $(sources out)"
# a directory in an -i list is read in its place; --jobs keeps the order
printf 'tree\n' > dir-list.txt
expect_status 0 "$MT" -f json -i dir-list.txt
check
cmp -s out tree.jsonl || fail "a directory in an -i list differs"
expect_status 0 "$MT" -f json --jobs 2 tree
check
cmp -s out tree.jsonl || fail "a directory with --jobs 2 differs"
# a directory of one file is still a batch (its line says which file)
mkdir one && cp article.html one/only.html
expect_status 0 "$MT" -f json one
expect_stdout '{"source":"one/only.html",'
# an empty directory adds no page, and says so: alone, nothing to extract
# (status 1); --quiet leaves the word out, as it does "no main content"
expect_status 1 "$MT" adir
expect_empty out
expect_stderr "maintext: adir: no file under it (hidden ones are left out)"
expect_status 1 "$MT" -q adir
expect_empty err
expect_status 0 "$MT" -f json adir article.html
expect_stdout '{"source":"article.html",'
expect_stderr "maintext: adir: no file under it"
# links: one to a file is read, one to a directory is not followed (here
# it would loop), one to nothing is an input that cannot be read
mkdir links && cp article.html links/real.html
ln -s ../article.html links/file-link.html && ln -s .. links/up && ln -s no-such-target links/gone.html ||
    fail "symbolic links"
expect_status 3 "$MT" -f json links
check
[ "$(sources out)" = "links/file-link.html links/real.html " ] || fail "links: $(sources out)"
expect_stderr "maintext: links/gone.html: No such file or directory"
# a subdirectory that cannot be read is an input error in its place, and
# the others are still extracted (root reads any directory: not checked then)
mkdir -p locked/closed && cp article.html locked/open.html && cp article.html locked/closed/in.html
chmod 000 locked/closed
if [ -r locked/closed ]; then
    echo "note: running as root: the unreadable-directory check is skipped"
else
    expect_status 3 "$MT" -f json locked
    expect_stderr "maintext: locked/closed: Permission denied"
    expect_stdout '{"source":"locked/open.html",'
fi
chmod 755 locked/closed
# (as root too: a directory whose path is longer than the system takes
# cannot be read either; made of two halves that each path can reach)
long=$(printf '%0200d' 0)
half=$long; i=1
while [ $i -lt 12 ]; do half=$half/$long; i=$((i + 1)); done
mkdir -p longdir/"$half" half2/"$half" && mv half2 longdir/"$half"/ &&
    printf '<p>too far down to be read</p>' > lost.html &&
    mv lost.html longdir/"$half"/half2/ && cp article.html longdir/first.html || fail "the long path"
expect_status 3 "$MT" -f json longdir
expect_stderr ": File name too long"
expect_stdout '{"source":"longdir/first.html",'
# taken apart again: tools that walk by whole paths (git worktree remove)
# cannot remove it
mv longdir/"$half"/half2 half2 && rm -rf longdir half2 || fail "the long path stays"
# at most 64 levels of directories below the input: the 65th is told, not read
d=deep; i=0
while [ $i -lt 64 ]; do d=$d/d; i=$((i + 1)); done
mkdir -p "$d/d" && cp article.html "$d/kept.html" && cp article.html "$d/d/lost.html"
expect_status 3 "$MT" -f json deep
expect_stderr "maintext: $d/d: more than 64 levels of directories down: not read"
check
[ "$(sources out)" = "$d/kept.html " ] || fail "depth bound: $(sources out)"
# a directory met again inside itself (a bind mount) is told, not read
# again; only where this user may bind-mount (root, outside most containers)
mkdir -p looped/self && cp article.html looped/a.html
if mount --bind looped looped/self 2>/dev/null; then
    expect_status 3 "$MT" -f json looped
    umount looped/self
    expect_stderr "maintext: looped/self: the directory is one of those it is in"
    check
    [ "$(sources out)" = "looped/a.html " ] || fail "bind-mount loop: $(sources out)"
else
    echo "cli_test: no bind mount here: the directory loop is not checked" >&2
fi
# web archives in a directory stream their pages, files beside them are pages
mkdir wdir && cp clean.warc wdir/crawl.warc && cp clean.warc.gz wdir/more.warc.gz &&
    cp article.html wdir/page.html
expect_status 0 "$MT" -f json wdir
expect_stdout '{"source":"wdir/crawl.warc","record":{"offset":'
expect_stdout '{"source":"wdir/more.warc.gz","record":{"offset":'
expect_stdout '{"source":"wdir/page.html","title":'

# ---------------------------------------------------------------- --output-dir
# One file per input, its name the input's below its directory with the
# format's extension, holding what the input alone gives: the golden
# outputs of the fixture pages; no file for a page without main content.
expect_status 0 "$MT" --output-dir outd tree
expect_empty out
expect_stderr "maintext: tree/sub/login.html: no main content found"
check
[ "$(cd outd && find . -type f | sort | tr '\n' ' ')" = \
  "./Z.txt ./a.txt ./sub.txt ./sub/deeper/table.txt ./t.txt " ] ||
    fail "--output-dir files: $(cd outd && find . | sort | tr '\n' ' ')"
golden_pairs='Z:news-article a:recipe sub/deeper/table:data-table sub:docs-code t:feature-longread'
for pair in $golden_pairs; do
    check
    cmp -s "outd/${pair%%:*}.txt" "$GOLDEN/${pair#*:}.txt" || fail "outd/${pair%%:*}.txt differs from golden ${pair#*:}.txt"
done
json_opts='--format json --blocks --explain --links --images --formatting --comments'
# shellcheck disable=SC2086
expect_status 0 "$MT" $json_opts --output-dir outj tree
for pair in $golden_pairs; do
    check
    cmp -s "outj/${pair%%:*}.json" "$GOLDEN/${pair#*:}.json" || fail "outj/${pair%%:*}.json differs from golden ${pair#*:}.json"
done
check
[ ! -e outj/sub/login.json ] || fail "a file written for a page without main content"
# an earlier run's file for an input that now gives none is removed, as a
# file written again is replaced; a directory in its place is not
echo '{"stale":1}' > outj/sub/login.json
mkdir outd/sub/login.txt
# shellcheck disable=SC2086
expect_status 0 "$MT" $json_opts --output-dir outj tree
check
[ ! -e outj/sub/login.json ] || fail "an earlier run's file for a page without main content stayed"
expect_status 0 "$MT" --output-dir outd tree
check
[ -d outd/sub/login.txt ] || fail "a directory in a page's output file's place was removed"
rmdir outd/sub/login.txt
# ... nor a symbolic link to a directory
mkdir outd-linked
ln -s ../../outd-linked outd/sub/login.txt
expect_status 0 "$MT" --output-dir outd tree
check
[ -L outd/sub/login.txt ] || fail "a link to a directory in a page's output file's place was removed"
rm outd/sub/login.txt
rmdir outd-linked
# shellcheck disable=SC2086
expect_status 0 "$MT" $json_opts --jobs 2 --output-dir outj2 tree
check
diff -r outj outj2 >/dev/null || fail "--output-dir with --jobs 2 wrote other files"
# the extensions of the formats; a file named itself goes by its base name,
# standard input is stdin.<ext>; an existing directory is written into
for f in txt:txt markdown:md html:html json:json xml:xml tei:tei.xml csv:csv; do
    expect_status 0 "$MT" -f "${f%%:*}" --output-dir outf "$PWD/article.html"
    check
    [ -s "outf/article.${f#*:}" ] || fail "--format ${f%%:*}: no outf/article.${f#*:}"
done
check
cmp -s outf/article.txt article.txt || fail "outf/article.txt differs from the output of the page alone"
expect_status 0 "$MT" -f json --output-dir outs - < article.html
"$MT" -f json article.html > alone.json
check
cmp -s outs/stdin.json alone.json || fail "standard input under --output-dir: $(ls outs)"
# a web archive writes one file: its batch, as it gives alone
"$MT" -f json wdir/crawl.warc > crawl.jsonl 2>/dev/null
expect_status 0 "$MT" -f json --output-dir outw wdir
check
cmp -s outw/crawl.json crawl.jsonl || fail "outw/crawl.json differs from the archive alone"
check
[ -s outw/more.json ] && cmp -s outw/page.json alone.json || fail "outw: $(ls outw)"
# an archive none of whose pages gives a document now has no file either
"$MT" -f txt --output-dir outw wdir 2>/dev/null
expect_status 1 "$MT" -f txt --min-length 100000000 --output-dir outw wdir
check
[ -z "$(ls outw/*.txt 2>/dev/null)" ] || fail "earlier runs' text files stayed: $(ls outw)"
expect_status 0 "$MT" -f xml -q --jobs 2 --output-dir outwx wdir
check
[ "$(head -n 2 outwx/crawl.xml | tail -n 1)" = "<collection>" ] &&
    [ "$(tail -n 1 outwx/crawl.xml)" = "</collection>" ] || fail "an archive's XML file is no collection"
# two inputs with one output file: the first is written, the second told
# (status 3) and not extracted, whatever the number of threads
mkdir clash && cp article.html clash/a.htm && cp "$FIXTURES/recipe.html" clash/a.html
expect_status 3 "$MT" --output-dir outc --jobs 2 clash
expect_stderr "maintext: clash/a.html: not extracted: its output file, outc/a.txt, is already that of clash/a.htm"
check
cmp -s outc/a.txt article.txt || fail "the first input of a clash was not the one written"
expect_status 3 "$MT" --output-dir outt article.html article.html
expect_stderr "maintext: article.html: not extracted: its output file, outt/article.txt, is already that of article.html"
check
cmp -s outt/article.txt article.txt || fail "a file named twice: $(ls outt)"
# a name wanted for a file and for a directory: the file is told (status
# 3) and not extracted, whichever comes first, and the inputs after it are
# still written (not an output error that stops the run)
mkdir -p fdclash/b.json fdclash/sub.json && cp article.html fdclash/b.json/x.html &&
    cp article.html fdclash/b.xyz && cp article.html fdclash/sub.html &&
    cp article.html fdclash/sub.json/y.html && cp article.html fdclash/z.html
expect_status 3 "$MT" -f json --jobs 2 --output-dir outfd fdclash
expect_stderr "maintext: fdclash/b.xyz: not extracted: its output file, outfd/b.json, would be a directory holding that of fdclash/b.json/x.html"
expect_stderr "maintext: fdclash/sub.html: not extracted: its output file, outfd/sub.json, would be a directory holding that of fdclash/sub.json/y.html"
check
[ "$(cd outfd && find . -type f | sort | tr '\n' ' ')" = "./b.json/x.json ./sub.json/y.json ./z.json " ] ||
    fail "a file and a directory of one name: $(cd outfd && find . | sort | tr '\n' ' ')"
# a name as long as a name can be, whose output name (a longer extension)
# cannot be made: told in its place (status 3), the run goes on
name251=$(printf '%0251d' 0)
mkdir longname && cp article.html "longname/$name251.htm" && cp article.html longname/z.html
expect_status 3 "$MT" -f tei --output-dir outln longname
expect_stderr "maintext: longname/$name251.htm: not extracted: File name too long for its output file outln/$name251.tei.xml"
check
[ "$(cd outln && find . -type f)" = "./z.tei.xml" ] || fail "an output name too long: $(ls outln)"
# usage errors: with -o, and an output file that is an input (not touched)
expect_status 2 "$MT" -o x.txt --output-dir outx article.html
expect_stderr "maintext: -o/--output and --output-dir exclude each other (x.txt, outx)"
check
[ ! -e outx ] && [ ! -e x.txt ] || fail "-o with --output-dir wrote something"
mkdir inplace && cp article.html inplace/a.html
expect_status 2 "$MT" -f html --output-dir inplace inplace
expect_stderr "maintext: inplace/a.html: is both an input and an output"
check
cmp -s inplace/a.html article.html || fail "an input was overwritten by --output-dir"
# output errors (status 4) name the file
expect_status 4 "$MT" --output-dir article.txt article.html
expect_stderr "maintext: article.txt: Not a directory"
# an empty name is no directory (as -o "" is no file), not the current one
cp article.html nodir.html
expect_status 2 "$MT" --output-dir "" nodir.html
expect_stderr "maintext: --output-dir wants a directory name, not an empty one"
check
[ ! -e nodir.txt ] || fail "--output-dir '' wrote into the current directory"
mkdir outb && : > outb/sub
expect_status 4 "$MT" --output-dir outb tree
expect_stderr "maintext: outb/sub/deeper/table.txt: Not a directory"
check
[ -s outb/a.txt ] || fail "the files before an output error are written"
# a write that fails part-way (here a file size limit, EFBIG): the file
# cut short is removed, the run stops, and the inputs not done are counted
mkdir fsz
cp article.html fsz/a.html
cp "$FIXTURES/feature-longread.html" fsz/b.html
cp article.html fsz/c.html
if (trap '' XFSZ && ulimit -f 2) 2>/dev/null; then
    # (2 blocks: 1 KiB, or 2 KiB where a block is 1024 bytes; a.json is
    # under 1 KiB, b.json near 4 KiB)
    expect_status 4 sh -c 'trap "" XFSZ; ulimit -f 2; exec "$@"' sh "$MT" -f json --output-dir fszout fsz
    expect_stderr "maintext: fszout/b.json: File too large"
    expect_stderr "maintext: the output error stopped the run: 2 of 3 inputs not done"
    check
    [ -s fszout/a.json ] || fail "the file before a failed write is kept"
    check
    [ ! -e fszout/b.json ] || fail "a file cut short by a failed write is left: $(wc -c < fszout/b.json) bytes"
    check
    [ ! -e fszout/c.json ] || fail "an input after a failed write was written"
fi

# ---------------------------------------------------------------- a batch stopped by a signal
# SIGTERM (a background job's SIGINT is ignored, as it should stay) while
# the batch runs: it stops between documents, leaves whole JSON lines,
# says how far it got and dies of the signal (128 + 15)
i=0
: > many.txt
while [ $i -lt 20000 ]; do echo article.html; i=$((i + 1)); done >> many.txt
"$MT" -q -f json -i many.txt > stopped.jsonl 2> stopped.err &
pid=$!
i=0
while [ ! -s stopped.jsonl ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
kill -TERM $pid
wait $pid
got=$?
check
[ "$got" -eq 143 ] || fail "a batch stopped by SIGTERM exited $got, wanted 143: $(cat stopped.err)"
check
grep -qF "maintext: stopped by SIGTERM: " stopped.err ||
    fail "a stopped batch does not say so: $(cat stopped.err)"
check
! grep -qF "at once" stopped.err || fail "a batch stopped between documents: $(cat stopped.err)"
check
[ "$(wc -l < stopped.jsonl)" -lt 20000 ] || fail "the batch ended before the signal came"
# under --output-dir, the file of an archive the stop cut off is removed
# (it would pass for the archive's whole batch), and told
cp clean.warc.gz many.warc.gz
i=0
while [ $i -lt 13 ]; do cat many.warc.gz many.warc.gz > many2 && mv many2 many.warc.gz; i=$((i + 1)); done
"$MT" -f json many.warc.gz --output-dir outstop > /dev/null 2> outstop.err &
pid=$!
i=0
while [ ! -e outstop/many.json ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
kill -TERM $pid
wait $pid
got=$?
check
[ "$got" -eq 143 ] && [ ! -e outstop/many.json ] &&
    grep -qF "outstop/many.json: removed: the stop came before the end of its archive" outstop.err ||
    fail "an archive cut off by SIGTERM under --output-dir: status $got, $(ls outstop); $(cat outstop.err)"
# Waits up to 15 s for the background command $1 to end, and kills it and
# fails when it does not ("$2" says what it is); got is its status.
wait_ended() {
    i=0
    while kill -0 "$1" 2>/dev/null && [ $i -lt 300 ]; do sleep 0.05; i=$((i + 1)); done
    check
    if kill -0 "$1" 2>/dev/null; then
        kill -KILL "$1"
        fail "$2 outlived 15 s"
    fi
    wait "$1"
    got=$?
}
# a stop that cannot come between documents (the batch waits on a FIFO no
# one writes) ends the command by the signal after a grace of 5 seconds,
# saying so; the document written before the wait is in the output whole.
# With -j 2 the writer does not wait with the thread reading the FIFO: the
# stop comes between documents, the output is finished (XML's end too) and
# the stop told as usual.
if mkfifo stuck.fifo 2>/dev/null; then
    for jobs in 1 2; do
        "$MT" -q -j $jobs -f json article.html stuck.fifo article.html > stuck.jsonl 2> stuck.err &
        pid=$!
        sleep 0.5
        kill -TERM $pid
        wait_ended $pid "a batch waiting on a FIFO (-j $jobs) after its SIGTERM"
        check
        [ "$got" -eq 143 ] ||
            fail "a batch waiting on a FIFO (-j $jobs) exited $got after SIGTERM, wanted 143"
        check
        if [ $jobs -eq 1 ]; then
            grep -qF "maintext: stopped by SIGTERM at once: the output ends with the last document" \
                stuck.err || fail "a batch stopped at once (-j 1) is silent: $(cat stuck.err)"
        else
            grep -qxF "maintext: stopped by SIGTERM: 1 of 3 inputs done; the output holds whole documents up to there" \
                stuck.err || fail "a batch stopped while a thread waits on a FIFO: $(cat stuck.err)"
        fi
        check
        [ "$(wc -l < stuck.jsonl)" -eq 1 ] && grep -qF '"source":"article.html"' stuck.jsonl &&
            tail -c 2 stuck.jsonl | grep -qF '}' ||
            fail "a batch stopped (-j $jobs) lost a document: $(head -c 99 stuck.jsonl)"
    done
    "$MT" -q -j 2 -f xml article.html stuck.fifo > stuck.xml 2> stuck.err &
    pid=$!
    sleep 0.5
    kill -TERM $pid
    wait_ended $pid "an XML batch waiting on a FIFO (-j 2) after its SIGTERM"
    check
    [ "$got" -eq 143 ] && [ "$(grep -c '<doc ' stuck.xml)" -eq 1 ] &&
        tail -n 1 stuck.xml | grep -qxF '</collection>' ||
        fail "an XML batch stopped (-j 2) is not whole: status $got, $(tail -n 2 stuck.xml)"
    # an output error while a thread waits on the FIFO ends the run: no
    # more can be written, and the thread is not waited for
    if [ -w /dev/full ]; then
        "$MT" -j 2 -f json -o /dev/full article.html stuck.fifo 2> stuck.err &
        pid=$!
        wait_ended $pid "a batch whose output fails while a thread waits on a FIFO"
        check
        [ "$got" -eq 4 ] && grep -qF "/dev/full" stuck.err ||
            fail "an output error with a thread waiting on a FIFO: status $got, $(cat stuck.err)"
    fi
fi

if command -v /usr/bin/python3 >/dev/null 2>&1 && /usr/bin/python3 -c 'import json' 2>/dev/null; then
    check
    /usr/bin/python3 -m json.tool article.json >/dev/null || fail "article.json is not JSON"
    check
    /usr/bin/python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    assert d["source"] and (d["text"] or d["source"] == "empty.html"), d
' batch.jsonl || fail "batch.jsonl is not JSON Lines"
    check
    /usr/bin/python3 -c '
import json, sys
assert [json.loads(line)["source"] for line in open(sys.argv[1], encoding="utf-8")] == [
    "article.html", "second.html"]
' appended.jsonl || fail "appended.jsonl is not JSON Lines"
    check
    /usr/bin/python3 -c '
import json, sys
d = json.loads(open(sys.argv[1], encoding="utf-8").read())
assert d["record"]["uri"] == "http://courier.example/night-trains", d["record"]
assert d["record"]["id"] == "<urn:uuid:ok.http>" and d["url"] == d["record"]["uri"], d
' archive.jsonl || fail "archive.jsonl: the record does not read back"
    check
    /usr/bin/python3 -c '
import json, sys
names = [json.loads(line)["source"] for line in open(sys.argv[1], encoding="utf-8")]
assert names == ["q\"b\\s.html", "bad\ufffd\x01.html", "x<&>.html"], names
' names.jsonl || fail "names.jsonl: the odd names do not read back"
    check
    /usr/bin/python3 -c '
import json, sys
n = sum(1 for line in open(sys.argv[1], encoding="utf-8") if json.loads(line)["text"])
assert n > 0, n
' stopped.jsonl || fail "stopped.jsonl: a line of the stopped batch is not whole JSON"
else
    echo "note: python3 not found; JSON validity checked by the unit tests only"
fi
if command -v xmllint >/dev/null 2>&1; then
    check
    xmllint --noout article.xml batch.xml names.xml article.tei batch.tei \
        names-nonchar.xml names-nonchar.tei archive-nonchar.xml names-space.xml ||
        fail "XML output is not well-formed"
else
    echo "note: xmllint not found; XML well-formedness checked by the unit tests only"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures of $checks checks failed" >&2
    exit 1
fi
echo "$checks checks passed"
