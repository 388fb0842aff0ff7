#!/usr/bin/env python3
"""Generates src/extract/vocab_words.h: the words of class and id values that
say what an element is (nav, share, related, comment, content, ...), and the
whole class names that hide an element, as one open-addressing hash table
(FNV-1a of the lowercase text) so that a lookup costs one hash and about
one comparison.

Run from the repository root: tools/gen_vocab.py. The output is committed;
run again after editing WORDS. The kinds are the K_* bits of
src/extract/internal.h."""
import os

EXACT, PREFIX = 0, 1
# word, match, flags, kinds. "reply" and "respond" name the reply link and
# form of a comment thread (a notice within it); "replies" a list of nested
# comments. PREFIX words also match words they begin
# ("navbar" for "nav"). WEAK words are also used for the article's own
# wrapper by page builders and only count where nothing else speaks
# against them. AUTHORISH and ABOUTISH words together make an author box
# ("author-bio", "message-user"); COMMENTARY turns a comment word into
# content ("commentary" is an article genre).
WORDS = [
    ('ad', EXACT, [], ['AD']),
    ('ads', EXACT, [], ['AD']),
    ('adv', EXACT, [], ['AD']),
    ('advert', PREFIX, [], ['AD']),
    ('adsense', EXACT, [], ['AD']),
    ('adslot', EXACT, [], ['AD']),
    ('adunit', EXACT, [], ['AD']),
    ('addthis', EXACT, [], ['SHARE']),
    ('aside', EXACT, [], ['SIDEBAR']),
    ('article', PREFIX, [], ['CONTENT']),
    ('author', PREFIX, [], ['META']),
    ('alert', EXACT, [], ['NOTICE']),
    ('authorinfo', EXACT, [], ['ABOUT']),
    ('authorbox', EXACT, [], ['ABOUT']),
    ('aboutauthor', EXACT, [], ['ABOUT']),
    ('banner', EXACT, ['WEAK'], ['HEADER', 'AD']),
    ('breadcrumb', PREFIX, [], ['NAV']),
    ('byline', PREFIX, [], ['META']),
    ('body', EXACT, [], ['CONTENT']),
    ('blog', EXACT, [], ['CONTENT']),
    ('branding', EXACT, ['WEAK'], ['HEADER']),
    ('bottom', EXACT, ['WEAK'], ['FOOTER']),
    ('comment', PREFIX, [], ['COMMENT']),
    ('cookie', PREFIX, [], ['NOTICE']),
    ('consent', PREFIX, [], ['NOTICE']),
    # affiliate and advertising disclosures, legal disclaimers
    ('disclosure', PREFIX, [], ['NOTICE']),
    ('disclaimer', PREFIX, [], ['NOTICE']),
    ('content', PREFIX, [], ['CONTENT']),
    ('copyright', EXACT, [], ['FOOTER']),
    ('colophon', EXACT, [], ['FOOTER']),
    ('caption', PREFIX, [], ['CAPTION']),
    ('credit', PREFIX, [], ['CREDIT']),
    ('category', EXACT, ["TAXONOMY"], ['META']),
    ('citations', EXACT, [], ['NOTES']),
    ('categories', EXACT, ["TAXONOMY"], ['META']),
    ('cta', EXACT, [], ['NOTICE']),
    ('combx', EXACT, ['WEAK'], ['SIDEBAR']),
    ('community', EXACT, ['WEAK'], ['COMMENT']),
    ('dateline', PREFIX, [], ['META']),
    ('disqus', PREFIX, [], ['COMMENT']),
    ('dialog', PREFIX, [], ['MODAL']),
    ('discussion', EXACT, [], ['COMMENT']),
    ('dfp', EXACT, [], ['AD']),
    ('date', EXACT, [], ['META']),
    ('entry', PREFIX, [], ['CONTENT']),
    ('extra', EXACT, ['WEAK'], ['SIDEBAR']),
    ('footer', PREFIX, [], ['FOOTER']),
    ('foot', EXACT, ['WEAK'], ['FOOTER']),
    ('follow', EXACT, [], ['SHARE']),
    ('facebook', EXACT, [], ['SHARE']),
    ('feedback', EXACT, [], ['NOTICE']),
    ('footnote', PREFIX, [], ['NOTES']),
    ('gdpr', EXACT, [], ['NOTICE']),
    ('header', PREFIX, ['WEAK'], ['HEADER']),
    ('hentry', EXACT, [], ['CONTENT']),
    ('login', EXACT, [], ['NOTICE']),
    ('lightbox', EXACT, [], ['MODAL']),
    ('linkedin', EXACT, [], ['SHARE']),
    ('main', EXACT, [], ['CONTENT']),
    ('menu', PREFIX, [], ['NAV']),
    ('masthead', EXACT, ['WEAK'], ['HEADER']),
    ('meta', EXACT, [], ['META']),
    ('modal', PREFIX, [], ['MODAL']),
    ('mostread', EXACT, [], ['RELATED']),
    ('nav', PREFIX, [], ['NAV']),
    ('newsletter', PREFIX, [], ['NOTICE']),
    ('outbrain', EXACT, [], ['RELATED']),
    ('overlay', EXACT, [], ['MODAL']),
    ('post', EXACT, [], ['CONTENT']),
    ('pager', EXACT, [], ['NAV']),
    ('postprofile', EXACT, [], ['ABOUT']),
    ('postauthor', EXACT, [], ['ABOUT']),
    ('paging', EXACT, [], ['NAV']),
    ('paginat', PREFIX, [], ['NAV']),
    ('popup', PREFIX, [], ['MODAL']),
    ('popular', EXACT, [], ['RELATED']),
    ('promo', PREFIX, [], ['AD']),
    ('prose', EXACT, [], ['CONTENT']),
    ('paywall', EXACT, [], ['NOTICE']),
    ('poll', EXACT, [], ['NOTICE']),
    ('pinterest', EXACT, [], ['SHARE']),
    ('rail', EXACT, ['WEAK'], ['SIDEBAR']),
    ('reflist', EXACT, [], ['NOTES']),
    ('references', EXACT, [], ['NOTES']),
    ('rating', PREFIX, [], ['NOTICE']),
    ('rate', EXACT, [], ['NOTICE']),
    ('related', PREFIX, [], ['RELATED']),
    ('recommend', PREFIX, [], ['RELATED']),
    ('reply', EXACT, [], ['COMMENT', 'NOTICE']),
    ('replies', EXACT, [], ['COMMENT']),
    ('respond', EXACT, [], ['COMMENT', 'NOTICE']),
    ('rss', EXACT, [], ['SHARE']),
    ('register', EXACT, [], ['NOTICE']),
    ('share', PREFIX, [], ['SHARE']),
    ('sharing', EXACT, [], ['SHARE']),
    ('social', PREFIX, [], ['SHARE']),
    ('sidebar', PREFIX, [], ['SIDEBAR']),
    ('sponsor', PREFIX, [], ['AD']),
    ('subscribe', PREFIX, [], ['NOTICE']),
    ('subscription', EXACT, [], ['NOTICE']),
    ('signup', EXACT, [], ['NOTICE']),
    ('signin', EXACT, [], ['NOTICE']),
    ('skip', EXACT, [], ['NAV']),
    ('signature', EXACT, [], ['ABOUT']),
    ('survey', EXACT, [], ['NOTICE']),
    ('sitemap', EXACT, [], ['NAV']),
    ('story', PREFIX, [], ['CONTENT']),
    ('shoutbox', EXACT, [], ['SIDEBAR']),
    ('skyscraper', EXACT, [], ['AD']),
    ('subnav', EXACT, [], ['NAV']),
    ('tags', EXACT, ["TAXONOMY"], ['META']),
    ('tag', EXACT, ["TAXONOMY"], ['META']),
    ('timestamp', EXACT, [], ['META']),
    ('toc', EXACT, [], ['NAV']),
    ('toolbar', EXACT, [], ['NAV']),
    ('topbar', EXACT, ['WEAK'], ['HEADER']),
    ('trending', EXACT, [], ['RELATED']),
    ('taboola', PREFIX, [], ['RELATED']),
    ('teaser', PREFIX, [], ['RELATED']),
    ('text', EXACT, [], ['CONTENT']),
    ('tweet', EXACT, [], ['SHARE']),
    ('twitter', EXACT, [], ['SHARE']),
    ('topnav', EXACT, [], ['NAV']),
    ('userinfo', EXACT, [], ['ABOUT']),
    ('vote', EXACT, [], ['NOTICE']),
    ('voting', EXACT, [], ['NOTICE']),
    ('widget', PREFIX, ['WEAK'], ['SIDEBAR']),
    ('whatsapp', EXACT, [], ['SHARE']),
    # words that only count together (author boxes, forum user panels)
    ("autor", PREFIX, ["AUTHORISH"], []),
    ("user", EXACT, ["AUTHORISH"], []),
    ("poster", EXACT, ["AUTHORISH"], []),
    ("bio", EXACT, ["ABOUTISH"], []),
    ("box", EXACT, ["ABOUTISH"], []),
    ("about", EXACT, ["ABOUTISH"], []),
    ("profile", EXACT, ["ABOUTISH"], []),
    ("info", EXACT, ["ABOUTISH"], []),
    ("panel", EXACT, ["ABOUTISH"], []),
    ("card", EXACT, ["ABOUTISH"], []),
    ("stats", EXACT, ["ABOUTISH"], []),
    ("message", EXACT, ["ABOUTISH"], []),
    ("commentary", EXACT, ["COMMENTARY"], ["CONTENT"]),
    # taxonomy markers: a class name in which one of these words is followed
    # by '-' or '_' ("tag-social-media", "entry-category-politics") carries
    # the author's taxonomy, not the layout, and says nothing
    ("cat", EXACT, ["TAXONOMY"], []),
    ("label", EXACT, ["TAXONOMY"], []),
    ("topic", EXACT, ["TAXONOMY"], []),
    ("format", EXACT, ["TAXONOMY"], []),
    ("type", EXACT, ["TAXONOMY"], []),
    ("status", EXACT, ["TAXONOMY"], []),
    ("postid", EXACT, ["TAXONOMY"], []),
]

# Whole class names (lowercased) that mean "not shown": screen-reader text,
# skip links, utility classes, heading permalinks.
HIDDEN = """hidden hide sr-only visually-hidden visuallyhidden screen-reader-text
screen-reader-only element-invisible offscreen is-hidden u-hidden a11y-hidden
skip-link skiplink skip-to-content invisible d-none display-none hidden-text
assistive-text sronly sr_only skip-links skipnav headerlink header-anchor
heading-anchor anchorjs-link anchor-link""".split()
# "author" begins author-box words too
AUTHORISH_PREFIXES = {"author"}

SIZE = 512

def fnv(word):
    h = 2166136261
    for ch in word.encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h

def main():
    words = [w for w, _, _, _ in WORDS]
    assert len(words) == len(set(words)), "duplicate word"
    assert not set(words) & set(HIDDEN)
    entries = WORDS + [(name, EXACT, ["WHOLE"], ["HIDDEN"]) for name in HIDDEN]
    table = [None] * SIZE
    max_probe = 0
    for entry in entries:
        i = fnv(entry[0]) & (SIZE - 1)
        probes = 1
        while table[i] is not None:
            i = (i + 1) & (SIZE - 1)
            probes += 1
        table[i] = entry
        max_probe = max(max_probe, probes)
    prefix_lengths = 0
    for w, match, _, _ in WORDS:
        if match == PREFIX:
            prefix_lengths |= 1 << len(w)
    out = ["/* Generated by tools/gen_vocab.py -- do not edit. */",
           "/* %d words and %d whole names in %d slots, at most %d probes. */" % (
               len(WORDS), len(HIDDEN), SIZE, max_probe),
           "#define VOCAB_SLOTS %d" % SIZE,
           "/* bit n set: some PREFIX word has n letters */",
           "#define VOCAB_PREFIX_LENGTHS 0x%xull" % prefix_lengths,
           "static const vocab_word vocab_words[VOCAB_SLOTS] = {"]
    for i, entry in enumerate(table):
        if entry is None:
            continue
        w, match, flags, kinds = entry
        mode = ["PREFIX" if match == PREFIX else "EXACT"] + flags
        if w in AUTHORISH_PREFIXES:
            mode.append("AUTHORISH")
        k = " | ".join("K_" + x for x in kinds) or "0"
        out.append('    [%d] = { "%s", %d, %s, %s },' % (i, w, len(w), " | ".join(mode), k))
    out.append("};")
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    with open(os.path.join(root, "src/extract/vocab_words.h"), "w") as f:
        f.write("\n".join(out) + "\n")
    print("%d entries, %d slots, max probes %d" % (len(entries), SIZE, max_probe))

if __name__ == "__main__":
    main()
