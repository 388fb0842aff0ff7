#!/usr/bin/python3
"""md_roundtrip.py MAINTEXT PAGE... -- the Markdown rendering must say what
the plain text says: for each page, `maintext -f markdown --links
--formatting` is rendered by cmark-gfm (GitHub's CommonMark, with tables,
strikethrough and autolinks) and its visible text compared, white space
folded, with `maintext -f txt`. A difference means an escape is missing or
markup was read the wrong way (emphasis that did not pair, a list that did
not start, a backslash that shows).

Exits 77 (skipped) when cmark-gfm is not installed."""
import re, shutil, subprocess, sys
from html.parser import HTMLParser

BREAKS = {'br', 'p', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre',
          'blockquote', 'hr'}

class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
    def handle_data(self, data):
        self.parts.append(data)
    def handle_starttag(self, tag, attrs):
        if tag in BREAKS:
            self.parts.append(' ')
    def handle_endtag(self, tag):
        if tag in BREAKS:
            self.parts.append(' ')

def fold(text):
    return re.sub(r'\s+', ' ', text).strip()

def main():
    cmark = shutil.which('cmark-gfm')
    if not cmark:
        print('md_roundtrip: cmark-gfm not installed (apt-get install cmark-gfm); skipped')
        return 77
    mt, pages = sys.argv[1], sys.argv[2:]
    failures = checked = 0
    for page in pages:
        md = subprocess.run([mt, '-q', '-f', 'markdown', '--links', '--formatting', page],
                            capture_output=True).stdout
        txt = subprocess.run([mt, '-q', '-f', 'txt', page], capture_output=True).stdout
        if not md:
            continue
        html = subprocess.run([cmark, '--unsafe', '-e', 'table', '-e', 'strikethrough',
                               '-e', 'autolink'], input=md, capture_output=True).stdout
        parser = VisibleText()
        parser.feed(html.decode('utf-8'))
        got, want = fold(''.join(parser.parts)), fold(txt.decode('utf-8'))
        checked += 1
        if got != want:
            failures += 1
            a, b = got.split(' '), want.split(' ')
            i = 0
            while i < min(len(a), len(b)) and a[i] == b[i]:
                i += 1
            print(f'{page}: Markdown reads differently from the text near word {i}:')
            print('  markdown:', ' '.join(a[max(0, i - 6):i + 8]))
            print('  text    :', ' '.join(b[max(0, i - 6):i + 8]))
    print(f'md_roundtrip: {checked - failures} of {checked} pages read the same')
    return 1 if failures else 0

if __name__ == '__main__':
    sys.exit(main())
