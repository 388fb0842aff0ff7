#!/usr/bin/python3
"""make_seeds.py -- writes the seed inputs of fuzz/fuzz_extract.c and
fuzz/fuzz_charset.c (fuzz/seeds/extract/, fuzz/seeds/charset/): small pages
of our own, each behind the header bytes its harness reads (see the comment
at the top of each harness). Run from the repository root:

    /usr/bin/python3 fuzz/make_seeds.py

The fuzzers grow their working corpora (fuzz/corpus-*/, not committed) from
these."""
import os
import re

# ---------------------------------------------------------------- fuzz_extract

EXTRACT = 'fuzz/seeds/extract'
ALL = 0x7E      # byte 0: focus balanced (126 % 3 == 0), every MT_INCLUDE_* bit
URL = 0x04      # byte 1: URL #1, default limits, no transport charset


def write_extract(name, a, b, html):
    with open(os.path.join(EXTRACT, name), 'wb') as f:
        f.write(bytes([a, b]) + html.encode('utf-8'))


def extract_seeds():
    write_extract('news.html', ALL, URL, '''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable changes for winter | Harbour Gazette</title>
<meta property="og:title" content="Ferry timetable changes for winter">
<meta property="og:site_name" content="Harbour Gazette">
<meta name="author" content="Ines Marlow">
<link rel="canonical" href="https://example.org/news/ferry-winter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Ferry timetable changes for winter","datePublished":"2024-10-02T08:00:00Z",
"author":{"@type":"Person","name":"Ines Marlow"},"articleSection":"Local"}</script>
</head><body><a class="skip-link" href="#main">Skip to main content</a>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
<div id="cookie-banner" role="dialog">We use cookies. <button>Accept</button></div>
<main id="main"><article itemprop="articleBody"><h1>Ferry timetable changes for winter</h1>
<p class="byline">By <span class="author">Ines Marlow</span> &middot; <time datetime="2024-10-02">2 October 2024</time></p>
<figure><img src="/img/ferry.jpg" alt="The ferry at the pier"><figcaption>The morning ferry. Photo: J. Reed</figcaption></figure>
<p>From November the first crossing will leave at <strong>6:40</strong>, twenty minutes later than in summer, the operator said on <em>Tuesday</em>.</p>
<h2>Fewer evening sailings</h2>
<p>The last crossing on weekdays moves to 19:10. Passengers asked for a later boat on Fridays; see the <a href="/timetable.pdf">timetable (PDF)</a>.</p>
<blockquote><p>We would rather run fewer boats on time than more boats late.</p></blockquote>
<div class="share-tools"><a href="https://twitter.example/share">Share</a> <a href="mailto:?">Email</a></div>
</article></main>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Bridge repairs</a></li><li><a href="/b">Bus lanes</a></li></ul></aside>
<footer class="site-footer">&copy; 2024 Harbour Gazette. <a href="/privacy">Privacy</a></footer>
</body></html>''')

    write_extract('blog-comments.html', ALL, URL, '''<!DOCTYPE html><html><head><title>Sourdough at altitude</title></head><body>
<header><div class="logo">Crumb Notes</div></header>
<div class="post"><h1 class="entry-title">Sourdough at altitude</h1><div class="entry-content">
<p>Baking above 1,500 metres changes everything: water boils sooner, dough rises faster and crusts dry out.</p>
<p>I cut the yeast by a quarter and added ten percent more water.<br>The loaf held its shape.</p>
<ol><li>Feed the starter the night before.</li><li>Mix, rest forty minutes.<ol><li>Fold four times.</li><li>Shape.</li></ol></li><li>Bake at 240&deg;C.</li></ol>
</div></div>
<section id="comments" class="comments"><h2>3 comments</h2>
<div class="comment"><span class="comment-author">Marta</span><p>Tried it at 2,000 m, worked well!</p></div>
<div class="comment"><span class="comment-author">Teo</span><p>How long was the final proof?</p></div>
</section><div class="newsletter">Subscribe to our newsletter</div></body></html>''')

    write_extract('docs-table.html', ALL, URL, '''<!DOCTYPE html><html><head><title>Configuration reference - Tidewatch docs</title></head><body>
<div class="sidebar"><ul><li><a href="/install">Install</a></li><li><a href="/config">Configure</a></li></ul></div>
<div role="main"><h1>Configuration reference</h1><p>Options live in <code>tidewatch.toml</code>; each has a default.</p>
<pre><code class="language-toml">[station]
id = "PORT-7"   # *not* _the_ name
interval = 600
</code></pre>
<table><caption>Options</caption><thead><tr><th>Name</th><th>Default</th><th>Meaning</th></tr></thead>
<tbody><tr><td>interval</td><td>600</td><td>Seconds between | readings</td></tr>
<tr><td colspan="2">units</td><td>metric or *imperial*</td></tr><tr><td rowspan="2">alerts</td><td>off</td><td>Send mail when the tide passes a mark</td></tr></tbody></table>
<p>Escapes: \\*, `ticks`, [brackets](paren), # not a heading, 1. not a list, &lt;tag&gt; &amp; entities.</p>
<p><a href="https://example.org/a_(b)">link with parentheses</a> and <sub>sub</sub>/<sup>sup</sup>, <del>old</del>.</p>
</div><footer>Edit this page on GitHub</footer></body></html>''')

    write_extract('teasers.html', ALL, URL, '''<!DOCTYPE html><html><head><title>Latest news</title></head><body><h1>Latest</h1>
<div class="teaser"><h2><a href="/1">Council approves budget</a></h2><p>The vote was close.</p><a href="/1">Read more</a></div>
<div class="teaser"><h2><a href="/2">Storm closes coast road</a></h2><p>Detours in place.</p><a href="/2">Read more</a></div>
<div class="teaser"><h2><a href="/3">Library opens late</a></h2><p>Now until nine.</p><a href="/3">Read more</a></div>
<div class="pagination"><a href="?p=2">Next</a></div></body></html>''')

    write_extract('forum.html', ALL, URL, '''<!DOCTYPE html><html><head><title>Thread: Which knot for a mooring line?</title></head><body>
<div class="breadcrumb"><a href="/">Forum</a> &gt; <a href="/boats">Boats</a></div>
<div class="thread"><div class="post" id="p1"><div class="postauthor">seagull42</div><div class="postbody">
<p>Bowline or cleat hitch for a small dinghy in a tidal harbour?</p></div></div>
<div class="post" id="p2"><div class="postauthor">old_salt</div><div class="postbody"><blockquote>Bowline or cleat hitch?</blockquote>
<p>A cleat hitch on the boat, a round turn and two half hitches on the ring. Leave slack for the tide.</p></div></div></div>
<div class="signature">Fair winds</div></body></html>''')

    write_extract('japanese-rtl.html', ALL, URL, '''<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>港の朝市が再開 - 海辺新聞</title></head><body>
<nav>ホーム | 地域 | 経済</nav><article><h1>港の朝市が再開</h1><p>三年ぶりに港の朝市が再開され、早朝から多くの人が訪れた。地元の漁師は「やっと戻ってきた」と話した。</p>
<p dir="rtl" lang="ar">عاد سوق الميناء الصباحي بعد ثلاث سنوات، وزاره كثيرون منذ الفجر.</p></article>
<footer>© 海辺新聞</footer></body></html>''')

    # byte 1 bit 0: depth 8, 200 nodes, 2 attributes
    write_extract('small-limits.html', ALL, 0x01 | URL, '''<html><body><div><div><div><div><div><div><div><div><div><div>
<p a=1 b=2 c=3 d=4>Deep paragraph beyond the depth limit, with attributes past the limit.</p>
</div></div></div></div></div></div></div></div></div></div>''' + '<p>more</p>' * 120 + '</body></html>')

    # byte 1: URL #7, which is URL #1 again with the whole-page focus
    write_extract('whole-page.html', ALL, 0x1C, '''<!DOCTYPE html><html><head><title>Ferry news</title></head><body>
<nav><a href="/">Home</a> <a href="/ferries">Ferries</a></nav>
<main><h1>Winter timetable for the island ferry</h1><p>From November the ferry leaves the harbour
twice a day, at seven and at four, and the last crossing on Sundays is cancelled.</p></main>
<aside class="related"><h2>More</h2><ul><li><a href="/a">Harbour works</a></li></ul></aside>
<div id="comments"><p>Finally an early boat again.</p></div>
<div hidden>Never shown</div><footer>&copy; The Island Post</footer></body></html>''')

    # byte 0: precision (130 % 3 == 1), nothing included, min_length 200
    write_extract('min-length.html', 0x82, 0x44, '<html><head><title>Short</title></head><body>'
                  '<p>Too short to count as main text.</p></body></html>')

    # a page a script fills in: its text is the body its JSON-LD states
    write_extract('stated-body.html', ALL, URL, '''<!DOCTYPE html><html><head><title>Tide gauge moved</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"Tide gauge moved","author":{"@type":"Person","name":"Ines Marlow"},
"articleBody":"The harbour's tide gauge moved to the north pier on Monday, where the swell is lower.\\n\\nReadings from 3<5 metres read true again; the old mast goes to the museum &amp; archive."}</script>
</head><body><div id="app"></div><noscript>Turn on JavaScript to read this page.</noscript></body></html>''')

    # the same written as markup: lines of inline tags, then paragraphs and a list
    write_extract('stated-body-markup.html', ALL, URL, '''<!DOCTYPE html><html><head><title>Tide gauge moved</title>
<link rel="canonical" href="https://example.org/news/tide-gauge">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"BlogPosting",
"url":"https://example.org/news/tide-gauge","headline":"Tide gauge moved",
"articleBody":"The harbour's <a href='/gauges'>tide gauge</a> moved on Monday.\\r\\n<em>Readings</em> for i<n read true.\\rThe old mast goes to the museum."},
{"@type":"Article","url":"https://example.org/news/museum","headline":"Museum",
"articleBody":"<h2>Mast</h2><p>The mast</p><ul><li>goes</li></ul><plaintext>there"}]</script>
</head><body><div id="app"></div></body></html>''')
    # text in declarative shadow roots, light children in their slots
    write_extract('shadow-roots.html', ALL, URL, '''<!DOCTYPE html><html><head><title>Ferry news</title></head><body>
<x-story><template shadowrootmode="open"><style>p{margin:0}</style><article><header><slot name="title">Untitled</slot></header>
<p>From November the ferry leaves the harbour twice a day, at seven and at four.</p><slot></slot>
<x-note><template shadowrootmode="closed"><aside><slot></slot></aside></template>Sundays: no late boat.</x-note></article></template>
<h1 slot="title">Winter timetable</h1><p>The last crossing on Sundays is cancelled.</p><span slot="gone">Not shown</span></x-story>
<div><template shadowrootmode="open"></template><p>Hidden by an empty root</p></div></body></html>''')

# ---------------------------------------------------------------- fuzz_charset

CHARSET = 'fuzz/seeds/charset'


def encoding_numbers():
    """MT_ENC_* numbers by name, in the order of src/charset/charset.h."""
    header = open('src/charset/charset.h', encoding='utf-8').read()
    body = header[header.index('typedef enum mt_encoding {'):header.index('MT_ENC__COUNT')]
    return {name: i for i, name in enumerate(re.findall(r'MT_ENC_([A-Z0-9_]+)', body))}


def charset_seeds():
    number = encoding_numbers()

    def write(name, enc, label, content, fallback=False):
        """byte 0: the encoding mt_decode() gets (top bit: UTF-8 fallback);
        byte 1: 0 for no label, 0xF0 + length for a label that follows."""
        head = bytes([number[enc] | (0x80 if fallback else 0)])
        if label is None:
            head += b'\0'
        else:
            assert len(label) < 16
            head += bytes([0xF0 | len(label)]) + label.encode('ascii')
        with open(os.path.join(CHARSET, name), 'wb') as f:
            f.write(head + content)

    fr = '<p>Le café du port ouvre à six heures ; l’été, dès cinq heures. « Bienvenue » à tous — même aux goélands.</p>'
    ru = '<p>Паром отходит в шесть утра, зимой - на двадцать минут позже.</p>'
    ja = '<p>港の朝市が三年ぶりに再開され、早朝から多くの人が訪れた。</p>'
    zh = '<p>港口早市时隔三年重新开放，清晨就有很多人来。</p>'
    ko = '<p>항구 아침 시장이 삼 년 만에 다시 열렸다.</p>'
    el = '<p>Το πλοίο φεύγει στις έξι το πρωί.</p>'

    def page(meta, body):
        return '<!DOCTYPE html><html><head>' + meta + '<title>T</title></head><body>' + body + '</body></html>'

    write('utf8-meta.html', 'UTF_8', None, page('<meta charset="utf-8">', fr + ja).encode('utf-8'))
    write('utf8-truncated.html', 'UTF_8', None, page('', fr).encode('utf-8') + '€'.encode('utf-8')[:2])
    write('utf8-stray-latin1.html', 'UTF_8', 'utf-8',
          page('<meta charset="utf-8">', fr).encode('utf-8') + 'Gar\xe7on'.encode('latin-1'), fallback=True)
    write('cp1252-undeclared.html', 'WINDOWS_1252', None, page('', fr).encode('cp1252'))
    write('latin1-meta.html', 'ISO_8859_15', None,
          page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
               fr.replace('’', "'").replace('—', '-')).encode('latin-1'))
    write('koi8r-transport.html', 'KOI8_R', 'koi8-r', page('', ru).encode('koi8_r'))
    write('cp1251-meta.html', 'WINDOWS_1251', None, page('<meta charset=windows-1251>', ru).encode('cp1251'))
    write('greek.html', 'ISO_8859_7', 'iso-8859-7', page('', el).encode('iso8859_7'))
    write('sjis.html', 'SHIFT_JIS', None, page('<meta charset="shift_jis">', ja).encode('cp932'))
    write('eucjp-undeclared.html', 'EUC_JP', None, page('', ja * 3).encode('euc_jp'))
    write('iso2022jp.html', 'ISO_2022_JP', 'iso-2022-jp', page('', ja).encode('iso2022_jp'))
    write('gb18030.html', 'GB18030', 'gbk',
          page('<meta charset="gb2312">', zh).encode('gb18030') + '😀'.encode('gb18030'))
    write('big5.html', 'BIG5', 'big5', page('', zh.replace('开放', '開放')).encode('big5', errors='replace'))
    write('euckr.html', 'EUC_KR', None, page('<meta charset="euc-kr">', ko).encode('cp949'))
    write('utf16le-bom.html', 'UTF_16LE', None, b'\xff\xfe' + page('', fr + ja).encode('utf-16-le'))
    write('utf16be-lone-surrogate.html', 'UTF_16BE', 'utf-16be', page('', ru).encode('utf-16-be') + b'\xd8\x3d')
    write('x-user-defined.html', 'X_USER_DEFINED', 'x-user-defined', bytes(range(0x20, 0x100)))
    write('replacement.html', 'REPLACEMENT', 'iso-2022-kr', page('', '<p>x</p>').encode())
    write('unknown-label.html', 'MACINTOSH', 'utf-9',
          page('<meta charset="mac">', fr).encode('mac_roman', errors='replace'))
    write('late-meta.html', 'WINDOWS_1250', None,
          page('', '<!--' + 'x' * 1100 + '--><meta charset="windows-1250"><p>Příliš žluťoučký kůň</p>').encode('cp1250'))


if __name__ == '__main__':
    os.makedirs(EXTRACT, exist_ok=True)
    os.makedirs(CHARSET, exist_ok=True)
    extract_seeds()
    charset_seeds()
