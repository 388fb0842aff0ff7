#!/bin/sh
# mt_blocks_test.sh MT_BLOCKS WORKDIR -- mt-blocks lists every block of a
# page, the ones after the main region included (the extractor stops
# cutting the page at the first block after the region; the tool must not).
set -u
tool=$1
work=$2
mkdir -p "$work"
page="$work/after-region.html"
cat > "$page" <<'HTML'
<html><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<p>The river rose all night, and by morning the lower streets were under water,
the shops closed, the buses stopped, and the bridge was shut.</p>
<p>Residents, who had been warned on Tuesday, moved cars, furniture and animals
to higher ground; some stayed, others left for relatives inland.</p>
<p>The council said, late on Wednesday, that pumps would run until the level
fell, and that schools, libraries and the market would stay shut.</p>
</article>
<ul><li><a href="/harbour">Older story about the harbour</a></li>
<li><a href="/bridge">Newer story about the bridge</a></li></ul>
<div>Last line of the page</div>
</body></html>
HTML
out=$("$tool" --full "$page") || { echo "mt-blocks failed"; exit 1; }
status=0
for line in "The river rose all night" "Older story about the harbour" \
            "Newer story about the bridge" "Last line of the page"; do
    case $out in
        *"$line"*) ;;
        *) echo "mt-blocks does not show: $line"; status=1 ;;
    esac
done
[ $status -eq 0 ] || printf '%s\n' "$out"
exit $status
