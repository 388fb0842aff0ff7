#!/usr/bin/env python3
"""Generates src/extract/vocab_words.h: the words of class and id values that
say what an element is (nav, share, related, comment, content, ...), grouped
by their first two letters so that a lookup compares the words of one small
bucket; the whole class names that hide an element, as an open-addressing
hash table (FNV-1a of the lowercase name); the substrings searched in
compound words; and the lowercase beginnings of lines that prune.c drops
(boilerplate phrases, whole-line labels, photo credits, filing lines),
grouped by their first byte.

Run from the repository root: tools/gen_vocab.py. The output is committed;
run again after editing any of the lists. The kinds are the K_* bits of
src/extract/internal.h."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bit_table import fnv1a  # noqa: E402

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
    # a box of the site's own words: "community-notice" over a reader's post,
    # "privacy-notice" under a reply form, a wiki's "diff-notice"
    ('notice', EXACT, [], ['NOTICE']),
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
    # German captions ("bildunterschrift", "bilduntertitel": the words under a
    # picture) and captions named for what they are ("imagedescription")
    ('bildunterschrift', PREFIX, [], ['CAPTION']),
    ('bilduntertitel', PREFIX, [], ['CAPTION']),
    ('imagedescription', EXACT, [], ['CAPTION']),
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
    ('guestbook', PREFIX, [], ['COMMENT']),
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
    # what a site leaves out of its printed pages: its menus, tools and
    # columns beside the text ("noprint" cells, a wiki's "From Wikipedia"
    # tagline); not hidden (see HIDDEN), and content markup inside keeps
    # the article that some sites mark so
    ('noprint', EXACT, [], ['SIDEBAR']),
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
    ('donate', EXACT, [], ['NOTICE']),
    ('donation', PREFIX, [], ['NOTICE']),
    ('yorum', PREFIX, [], ['COMMENT']),
    ('affiliate', PREFIX, [], ['AD']),
    ('deals', EXACT, [], ['AD']),
    ('buybox', EXACT, [], ['AD']),
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
    # what customers wrote under a product ("product-reviews",
    # "spr-reviews"): comments; one "review" is an article genre
    ('reviews', EXACT, [], ['COMMENT']),
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
    # a box that pops up over an author's name ("author-dropdown",
    # "author-tooltip", "author-hovercard") tells about the author, as a
    # bio box does; the words alone are any menu's or hint's
    ("dropdown", EXACT, ["ABOUTISH"], []),
    ("tooltip", EXACT, ["ABOUTISH"], []),
    ("hovercard", EXACT, ["ABOUTISH"], []),
    ("popover", EXACT, ["ABOUTISH"], []),
    ("commentary", EXACT, ["COMMENTARY"], ["CONTENT"]),
    # a quote pulled out of the text and set large ("pullquote",
    # "wp-block-pullquote"; "pull" and "quote" together: "pull-quote")
    ("pullquote", PREFIX, [], ["PULLQUOTE"]),
    # the editors' picks, a box of links to other stories ("editors-choice",
    # "editorPicks"): the two words together ("editor" alone is a byline's
    # role, "choice" a quiz's answer)
    ("editor", EXACT, ["EDITORISH"], []),
    ("editors", EXACT, ["EDITORISH"], []),
    ("choice", EXACT, ["PICKISH"], []),
    ("pick", PREFIX, ["PICKISH"], []),
    ("pull", EXACT, ["PULLISH"], []),
    ("quote", EXACT, ["QUOTEISH"], []),
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
    # Modifiers that say what an element holds, not what it is
    # ("has-sharing", "with-sidebar", "leadArtWithAds" on the article's
    # header or wrapper): the words after them say nothing; those before
    # them still count ("comments-with-avatars" is comments)
    ("has", EXACT, ["MODIFIER"], []),
    ("with", EXACT, ["MODIFIER"], []),
    # A script's state flag in camel case ("isPaywall" on a paywalled
    # article, "isSticky"): the words after it say nothing. With a dash
    # "is" says what the element is ("is-sponsored", "is-sidebar").
    ("is", EXACT, ["STATE"], []),
]

# Whole class names (lowercased) that mean "not shown": screen-reader text,
# skip links, utility classes, heading permalinks and footnotes' links back
# to their mark ("↩"); the editor's links a
# wiki or a blog engine puts beside headings and posts ("[edit]"). (What a
# site leaves out of its printed pages is no such sign: "no-print" marks
# whole articles on some sites.)
HIDDEN = """hidden hide sr-only visually-hidden visuallyhidden screen-reader-text
screen-reader-only element-invisible offscreen is-hidden u-hidden a11y-hidden
skip-link skiplink skip-to-content invisible d-none display-none hidden-text
assistive-text sronly sr_only skip-links skipnav headerlink header-anchor
heading-anchor anchorjs-link anchor-link mw-editsection editsection edit-link
post-edit-link footnote-backref footnote-back reversefootnote
data-footnote-backref""".split()
# vocab.c caches class and id names by their bytes before the digits that end
# them: that holds only while no hidden name ends in a digit.
assert not any(name[-1].isdigit() for name in HIDDEN)
# Substrings searched, in this order, in long words that match no word
# above: compounds ("leftsidebar", "socialshare"). The first found names
# the word.
COMPOUNDS = [
    ('sidebar', [], ['SIDEBAR']), ('comment', [], ['COMMENT']), ('footer', [], ['FOOTER']),
    ('related', [], ['RELATED']), ('share', [], ['SHARE']), ('social', [], ['SHARE']),
    ('navigation', [], ['NAV']), ('breadcrumb', [], ['NAV']), ('menu', [], ['NAV']),
    ('newsletter', [], ['NOTICE']), ('cookie', [], ['NOTICE']), ('advert', [], ['AD']),
    ('sponsor', [], ['AD']), ('widget', [], ['SIDEBAR']), ('header', ['WEAK'], ['HEADER']),
    ('editorschoice', [], ['RELATED']), ('editorspick', [], ['RELATED']),
    ('editorpick', [], ['RELATED']),
]

# "author" begins author-box words too
AUTHORISH_PREFIXES = {"author"}

# Lowercased prefixes of lines that are boilerplate wherever they appear
# (the text is matched lowercased, ASCII only, with its white space
# collapsed). Several languages; kept short and unambiguous.
PHRASES = [
    "skip to ", "skip navigation", "jump to ", "please view the main text area",
    "share this", "share on ", "share:", "share via", "follow us", "tweet this",
    "print this", "email this", "printer friendly", "printer-friendly", "send this article to",
    "by continuing to use", "accept cookies", "accept all cookies",
    "sign up for our newsletter", "subscribe to our newsletter", "advertisement",
    "related articles", "related posts", "related stories", "you may also like",
    "you might also like", "recommended for you", "more from ", "more stories",
    "please enable javascript", "javascript is disabled", "all rights reserved",
    "back to top", "go to top", "loading...", "click here to subscribe",
    # a picture viewer's hint set as a line of its own under the picture
    # (marks before it, "(click to enlarge)", are passed over)
    "click to enlarge", "click here to enlarge", "click photo to enlarge",
    "click image to enlarge", "click picture to enlarge", "click on photo to enlarge",
    "click on image to enlarge", "click on the photo to enlarge", "click on the image to enlarge",
    "zum inhalt springen", "direkt zum inhalt", "zur navigation", "aller au contenu",
    "passer au contenu", "saltar al contenido", "ir al contenido", "vai al contenuto",
    "salta al contenuto", "pular para o conte", "ir para o conte", "naar de inhoud",
    "przejdź do treści", "перейти к содержимому", "перейти к основному",
    "メインコンテンツへ", "本文へ", "跳到主要内容", "본문 바로가기",
    "werbung", "anzeige", "publicité", "publicidad", "pubblicità", "реклама",
    # related-article and tag labels
    "mehr zum thema", "das könnte sie auch interessieren",
    "das könnte dich auch interessieren", "weitere artikel", "weitere beiträge",
    "ähnliche artikel", "verwandte artikel", "zum weiterlesen", "weiterführende",
    "lesen sie auch", "auch interessant", "temas relacionados", "noticias relacionadas",
    "te puede interesar", "también te puede interesar", "artículos relacionados",
    "articles similaires", "à lire aussi", "a lire aussi", "lire aussi",
    "à découvrir", "À découvrir",  # the lowercasing is ASCII only
    "contenido relacionado", "verwandte themen", "related content",
    "sur le même sujet", "leggi anche", "potrebbe interessarti", "articoli correlati",
    "filed under", "posted in ", "posted in:", "this entry was posted in",
    "dieser eintrag wurde ver", "trackback url", "explore related topics",
    "read more:", "read next", "see also:", "more on this",
    # sharing, subscribing, rating, commenting
    "artikel teilen", "news teilen", "seite teilen", "beitrag teilen", "jetzt teilen",
    "compartir en", "partager sur", "condividi su", "zum newsletter", "newsletter abonnieren",
    "jetzt abonnieren", "suscríbete", "abonnez-vous", "iscriviti alla newsletter",
    "subscribe now", "leave a reply", "leave a comment", "write a comment", "post a comment",
    "there are no comments yet", "there are no comments posted", "there are no comments for this",
    "there are currently no comments for this", "there are currently no comments on this",
    "there are currently no comments yet", "there are currently no comments.",
    "be the first to comment on this", "be the first to comment!", "be the first to comment.",
    "kommentar schreiben", "kommentare schreiben", "kommentar verfassen", "deja un comentario",
    "laisser un commentaire", "lascia un commento", "valora esta noticia", "wie bewerten sie",
    "fanden sie diesen artikel", "war dieser artikel hilfreich", "was this article helpful",
    "was this page helpful", "rate this", "bewerten sie diesen",
    "was this helpful", "did you find this helpful", "did this answer your question",
    "have more questions? submit a request", "not the answer you're looking for",
    "not the answer you’re looking for",
    "tried this recipe", "did you make this recipe", "did you make this?", "made this recipe?",
    "story continues below", "article continues below", "continue reading below",
    "the story continues after", "article continues after",
    # hit counters of old home pages
    "you are visitor", "you are the visitor", "visitors since", "besucher seit",
    "sie sind besucher",
    "hast du das rezept ausprobiert", "rezept ausprobiert?",
    # a forum's count of who reads a board or a thread with the reader, set
    # under every topic by the forum software ("Users browsing this forum: No
    # registered users and 1 guest"); with its colon (a post may open "Users
    # browsing this forum today ...")
    "users browsing this forum:", "users browsing this thread:",
    "users browsing this topic:", "currently active users viewing this thread:",
    "mitglieder in diesem forum:", "benutzer in diesem forum:",
    "mitglieder in diesem thema:", "benutzer in diesem thema:",
    "utilisateurs parcourant ce forum :", "utilisateurs parcourant ce forum:",
    "usuarios navegando por este foro:", "gebruikers op dit forum:", "visitano il forum:",
    # calls to sign up, follow, download, visit or support; paywall and
    # log-in notices; disclaimers
    "sign up for", "sign up to", "never miss", "get the latest", "for the latest stories",
    "download the", "download our", "subscribe to", "submit your letter",
    "to view the full", "if you're seeing this", "if you’re seeing this",
    "you must be logged in",
    "you must log in", "síguenos", "siguenos", "suscribete",
    "apóyanos", "apoyanos", "suivez-nous", "inscrivez-vous", "seguici", "iscriviti",
    "unterstütze", "unterstützen sie", "besuchen sie unseren", "jetzt neu",
    "die aktuelle ausgabe", "sie sind aktuell nicht eingeloggt", "sie sind nicht eingeloggt",
    "sie müssen sich einloggen", "sie müssen angemeldet sein",
    "externer inhalt", "external content", "dieser beitrag gibt die meinung",
    "dieser beitrag enthält werbung", "alle angaben ohne gewähr",
    "les opinions exprimées", "sofern nicht anders", "unless otherwise noted",
    "unless otherwise stated", "sauf mention contraire",
    # print and save buttons, "see also" links, tag-list labels
    # a player's fallback when the plugin or the format is missing
    "get adobe flash player", "get the flash player to see this player",
    "this video is unavailable", "this video is not available",
    "ad could not be loaded",
    # a media library's line under its player: how long the clip stays online
    "video verfügbar bis", "audio verfügbar bis",
    "rezept drucken", "print recipe", "artikel drucken", "mire:", "lea también",
    "lee también", "mira también", "themen in diesem artikel",
    # the placeholder of an embedded post
    "view this post on instagram", "sieh dir diesen beitrag auf instagram an",
    # copyright and reprint notices of Chinese news sites
    "【版权声明】", "版权声明", "【免责声明】", "免责声明", "本文版权归",
    # the button of Chinese news sites to report an error ("【纠错】", the
    # story's editor after it); a correction that opens with the same tag
    # ("【纠错】本报3月5日刊登的 ...") is the paper's text
    "【纠错】 责任编辑", "【纠错】责任编辑",
]

# Lowercased beginnings of notices that may run to a few sentences: the
# consent, cookie and subscription notices that open with them say nothing
# else ("We use cookies to ...", "Wir respektieren deine
# Privatsphäre und stellen deshalb ..."). No article opens so, and they are
# matched on blocks longer than a phrase (see prune.c).
NOTICES = [
    "we use cookies", "this website uses cookies", "this site uses cookies",
    "already a subscriber", "first-time subscribers", "wir respektieren deine privatsphäre",
    "wir respektieren ihre privatsphäre",
    "nous utilisons des cookies", "ce site utilise des cookies", "wir verwenden cookies",
    "diese website verwendet cookies", "diese webseite verwendet cookies",
    "utilizziamo i cookie", "questo sito utilizza cookie", "questo sito utilizza i cookie",
    "utilizamos cookies", "este sitio web utiliza cookies", "este site utiliza cookies",
    "usamos cookies", "we gebruiken cookies", "deze website gebruikt cookies",
    "używamy plików cookie", "ta strona używa plików cookie", "мы используем файлы cookie",
    "sitemizde çerezler", "bu sitede çerezler", "当サイトではcookie", "当サイトではクッキー",
    # appeals for money
    "help us keep telling", "help us keep reporting", "help us keep bringing you",
    "support our journalism", "support independent journalism",
    "support quality journalism", "support local journalism", "if you value our journalism",
    "ayúdanos a seguir contando", "ayúdanos a seguir informando", "apoya nuestro periodismo",
    "apoya el periodismo", "soutenez notre", "soutenez le journalisme",
    "unterstützen sie unabhängigen journalismus", "sostieni il nostro giornalismo",
]

# Lowercased beginnings of lines that sign a whole box as the publisher's
# (prune.c drops the small box around them) when the line is as short as a
# button or a label, or a link: a shop's price widget ("Today's best
# deals"), a bank's advert ("Member FDIC"), a product's reviews widget
# ("Write a review"). In a sentence or a heading they are the text's words.
BOX_OPENERS = [
    "today's best deals", "today’s best deals", "todays best deals", "best deals today",
    "member fdic", "view at amazon", "check price at amazon",
    "check price on amazon", "write a review", "be the first to review",
    "schreiben sie eine bewertung", "écrire un avis", "escribe una opinión",
]
# ... and the beginnings of words anywhere in a short line in a small box
# that do so: an appeal for money in the middle of a box ("The Review is
# funded by readers like you. Support independent journalism from $5 a
# month."), a calculator's small print and a lender's warning ("This
# calculator is for illustration only. Your home may be repossessed ..."),
# a price widget's boast ("We check over 250 million products every day"), a
# shop box's affiliate disclosure ("We may earn a commission on sales made
# through these links").
BOX_SIGNS = [
    "this calculator is for illustration", "this calculator is intended",
    "million products every day",
    "support independent journalism", "support our independent journalism",
    "funded by readers", "funded by our readers", "funded by its readers",
    "reader-funded", "reader-supported", "please consider a donation",
    "please consider donating", "please consider supporting", "consider making a donation",
    "consider making a contribution", "your home may be repossessed",
    "unabhängigen journalismus unterstützen", "unterstützen sie unabhängigen journalismus",
    "leserfinanziert", "soutenez le journalisme indépendant",
    "soutenir le journalisme indépendant", "apoya el periodismo independiente",
    "apoye el periodismo independiente", "sostieni il giornalismo indipendente",
    # an affiliate disclosure under a shop's buttons
    "may earn a commission", "may receive a commission", "may earn an affiliate commission",
    "earn a small commission", "from qualifying purchases",
    "erhalten wir eine provision", "erhalten wir ggf. eine provision",
    "percevoir une commission", "podemos recibir una comisión",
]

# Whole-line labels (a trailing ':' ignored): words that are also ordinary
# words inside sentences, so they only count when they stand alone.
LABELS = [
    "tags", "tag", "themen", "thema", "schlagworte", "schlagwörter", "stichworte",
    "kategorie", "kategorien", "category", "categories", "topics", "temas", "etiquetas",
    "mots-clés", "sujets", "argomenti", "tag correlati", "teilen", "share",
    # an empty thread's note standing alone (as a phrase it would open prose:
    # "There are currently no comments from the board.")
    "there are currently no comments", "be the first to comment",
    "compartir", "partager", "condividi", "kommentare", "comments", "comentarios",
    "commentaires", "commenti", "weitere themen", "mehr themen", "related", "advertisement",
    "related topics", "related topic",
    "kontakt", "contact", "contact us", "don't miss", "don’t miss", "most popular",
    "most popular stories", "latest news", "text size", "play video", "read more",
    "read more...", "read more…", "meistgelesen", "blog archive", "trackback", "trackbacks",
    # tag-list labels in other scripts
    "tagi", "etiketler", "теги", "टैग", "टैग्स", "الوسوم", "وسوم", "الكلمات المفتاحية",
    "标签", "タグ",
    # the button beside a code block ("Copy" alone may head a section)
    "copy code",
    # the trigger that opens or closes a collapsed box
    "show more", "show less", "see more", "mehr anzeigen", "weniger anzeigen",
    "afficher plus", "voir plus", "ver más", "mostrar más", "mostra di più",
    # a gallery's control that shows or hides the picture's caption
    "hide caption", "show caption", "toggle caption", "close caption",
    # a related-posts box with nothing to show
    "no related posts", "no related posts.", "no related posts found",
    # the button under a story that opens a form to report a mistake in it
    "report an error", "report a typo", "report a correction", "fehler melden",
    "reportar error", "reportar un error", "signaler une erreur", "segnala un errore", "【纠错】",
    # a Q&A page's button under each post ("Add a comment to each function
    # ..." opens a tutorial's sentence), and its mark on the answer the
    # asker took
    "add a comment", "add comment", "kommentar hinzufügen", "ajouter un commentaire",
    "añadir un comentario", "aggiungi un commento",
    "accepted", "accepted answer", "akzeptiert", "akzeptierte antwort", "réponse acceptée",
    "respuesta aceptada", "risposta accettata",
]

# The headings and lines that open a comment thread set in plain markup
# right under the article ("Comments (3)", "12 Kommentare", "Leave a
# Reply", "YOUR SAY"): what follows them is what readers wrote
# (prune_threads.c).
# Matched on the lowercased, white-space-collapsed line, after a count
# before it ("12 ") or after it ("(12)", " 12") is set aside.
# Whole lines that name a comment thread on their own:
COMMENT_LABELS = [
    "comments", "kommentare", "comentarios", "commentaires",
    "commenti", "reacties", "komentarze", "reader comments", "readers' comments",
    "readers comments", "user comments", "leserkommentare", "your say", "have your say",
    "vos réactions", "vos commentaires", "ihre meinung", "deine meinung",
    "show comments", "view comments", "no comments", "no comments yet",
]
# Whole lines that are also ordinary section headings of an article (a
# paper's "Discussion", a story's "Reactions"): a thread's only with a count.
COMMENT_COUNTED = [
    "comment", "kommentar", "discussion", "diskussion", "reactions", "réactions", "reaktionen", "responses",
    "replies", "antworten", "réponses", "respuestas", "risposte",
]
# Beginnings of the short lines of a thread's own interface, under or
# among the comments: asking for one, saying there is none, asking to sign
# in, sorting, a comment taken away. No reader's words. (A count before
# them is passed over.)
COMMENT_INTERFACE = [
    "add your comment", "add a comment", "no comments yet", "no comments so far",
    "please sign in to comment", "please log in to comment", "please login to comment",
    "join the conversation", "join the discussion", "newest first", "oldest first", "most liked",
    "most recent first", "sort by newest", "sort by oldest",
    "this comment has been removed by the author", "this comment has been removed by a blog",
    "be the first to comment", "log in to comment", "sign in to comment",
    # after the thread's count, where a theme writes it ("{ 2 comments… read
    # them below or add one }")
    "comments… read them below", "comment… read it below", "comments… add one",
    # a blog engine's count of none under a post ("No comments:"): with the
    # colon, for "No comment" opens a spokesman's line in a news story
    "no comments:",
    # the same lines in German, French, Spanish and Italian
    "noch keine kommentare", "keine kommentare:", "kommentar hinzufügen", "neueste zuerst",
    "melden sie sich an, um zu kommentieren", "sei der erste, der kommentiert",
    "schreiben sie den ersten kommentar", "schreibe den ersten kommentar",
    "aucun commentaire:", "aucun commentaire pour le moment", "ajouter un commentaire",
    "soyez le premier à commenter", "connectez-vous pour commenter",
    "no hay comentarios:", "todavía no hay comentarios", "añadir un comentario",
    "agregar un comentario", "sé el primero en comentar", "inicia sesión para comentar",
    "nessun commento:", "ancora nessun commento", "aggiungi un commento",
    "sii il primo a commentare", "accedi per commentare",
]
# Beginnings of lines that say a thread is closed: the thread follows
# them, if anything does, whatever its markup.
COMMENT_CLOSED = [
    "comments are closed", "comments are now closed", "comments closed",
    "comments for this story are closed", "comments for this entry are closed",
    "the comments to this entry are closed", "comments to this entry are closed",
    "commenting is closed", "commenting has been closed", "kommentare sind geschlossen",
    "die kommentarfunktion ist geschlossen", "les commentaires sont fermés",
    "los comentarios están cerrados", "i commenti sono chiusi",
]
# Beginnings of lines that open a thread, whatever follows them. Those
# ending in a space must have a quoted title after them ("4 thoughts on
# “...”", "12 Kommentare zu „...“"): without, they may be a listicle's
# heading ("5 thoughts on the budget").
COMMENT_STARTS = [
    "comments (", "kommentare (", "comentarios (", "commentaires (", "commenti (",
    "leave a reply", "leave a comment", "post a comment",
    "write a comment", "add a comment", "add your comment", "add new comment",
    "kommentar schreiben", "kommentare schreiben", "kommentar verfassen",
    "deja un comentario", "deja tu comentario", "laisser un commentaire",
    "lascia un commento", "join the discussion", "join the conversation",
    "one thought on ", "one response to ", "one comment on ", "ein kommentar zu ",
    "ein gedanke zu ",
    "thoughts on ", "responses to ", "comments on ", "comments to ", "replies to ",
    "kommentare zu ", "gedanken zu ", "comentarios en ", "commentaires sur ",
]

# Lowercased beginnings of photo credits ("Foto: dpa", "(Photo: Reuters)",
# "© Getty Images").
CREDIT_STARTS = [
    "foto:", "fotos:", "foto ", "photo:", "photos:", "photo ", "bild:", "bilder:",
    "image:", "images:", "picture:", "credit:", "credits:", "quelle:", "source:",
    "fotografie:", "fotograf:", "photographer:", "imagen:", "crédito:",
    "crédit:", "©", "(c)", "(foto", "(photo", "(bild", "(quelle",
    "(image", "(credit", "getty images", "istock", "shutterstock", "reuters/",
    "dpa/", "ap photo", "afp/", "abbildung:", "abb.:", "beitragsbild:", "titelbild:",
    "bildquelle:", "bildnachweis:", "fotonachweis:",
]

# Lowercased beginnings of blog engines' filing lines under a post (often
# long: they list the categories and how to follow the comments).
FILING_STARTS = [
    "this entry was posted", "this entry was filed", "dieser beitrag wurde am",
    "der beitrag wurde am", "dieser eintrag wurde am", "cette entrée a été publi",
    "esta entrada fue publicada",
    # the same post-metadata paragraph when a theme leaves the filing
    # sentence out and keeps only its feed and trackback sentences
    "you can follow any responses to this entry",
    # another theme's: who wrote the entry and when, then its permalink and
    # its comment feed, in a paragraph or two
    "this entry was written by", "bookmark the permalink",
    "follow any comments here with the rss feed",
]

# Lowercased words of a feedback widget after its count ("12 out of 15
# found this helpful", "3 people found this helpful", "12 Personen fanden
# dies hilfreich"): matched after the count and at most a few words.
FEEDBACK_STARTS = [
    "found this helpful", "found this useful", "found this review helpful",
    "found the following review helpful", "found this answer helpful",
    "found this article helpful", "found this information helpful",
    "fanden dies hilfreich", "fanden das hilfreich", "fanden diese bewertung hilfreich",
    "fanden diesen artikel hilfreich", "ont trouvé cela utile", "ont trouvé ceci utile",
    "ont trouvé cet article utile", "les ha parecido útil", "le ha parecido útil",
    "hanno trovato utile", "vonden dit nuttig", "vonden dit handig",
]

# Lowercased names of a site's legal pages, whole: a row of short items set
# apart by bars of which one is such a name ("Impressum | Datenschutz |
# © 2020 Muster GmbH") is the site's footer, wherever it was put (prune.c).
LEGAL_PAGES = [
    "impressum", "imprint", "datenschutz", "datenschutzerklärung", "datenschutzhinweise",
    "privacy", "privacy policy", "privacy notice", "privacy statement", "terms",
    "terms of use", "terms of service", "terms and conditions", "terms & conditions",
    "agb", "nutzungsbedingungen", "legal notice", "legal", "disclaimer", "cookie policy",
    "cookie-richtlinie", "cookie settings", "cookie-einstellungen", "mentions légales",
    "politique de confidentialité", "aviso legal", "política de privacidad",
    "política de cookies", "note legali", "informativa privacy", "privacybeleid",
    "colofon", "sitemap",
]

HIDDEN_SLOTS = 64

def mask_rows(masks):
    return ["    " + ", ".join("0x%x" % b for b in masks[k:k + 9]) + "," for k in range(0, 26, 9)]

def c_literal(s):
    """A C string literal of s's UTF-8 bytes: octal escapes for the bytes
    above ASCII (an octal escape ends after three digits, a hex escape
    would swallow a following letter such as the 'e' of "\\xc3\\xa9es")."""
    out = []
    for b in s.encode():
        if b >= 0x80:
            out.append("\\%03o" % b)
        elif chr(b) in '"\\':
            out.append("\\" + chr(b))
        else:
            out.append(chr(b))
    return '"' + "".join(out) + '"'

def prefix_rows(name, items, what, pairs=False):
    """A table of lowercase beginnings of lines (vocab_<name>), grouped by
    their first byte, with the first index and count of each byte's group
    (vocab_<name>_buckets) and the longest one's length (VOCAB_<NAME>_MAX):
    a line is folded only as far as that, and compared with the few
    beginnings of its own first byte, not the whole list. With `pairs`,
    also the second bytes of each first byte's beginnings, each as the bit
    of its low five bits (vocab_<name>_pairs): a line whose first two
    bytes begin none is passed before it is folded; and the beginnings are
    grouped by those two (vocab_<name>_groups, the first byte's first
    group in vocab_<name>_group_base, the others in the order of their
    bits): a folded line is compared with its own group only."""
    assert len(items) == len(set(items)), "duplicate in " + name
    assert 0 < len(items) < 256
    assert all(len(p.encode()) >= 2 for p in items), "a beginning of one byte in " + name
    if pairs:
        ordered = sorted(items, key=lambda p: (p.encode()[0], p.encode()[1] & 31))
    else:
        ordered = sorted(items, key=lambda p: p.encode()[0])
    buckets = {}
    for i, p in enumerate(ordered):
        first, count = buckets.get(p.encode()[0], (i, 0))
        buckets[p.encode()[0]] = (first, count + 1)
    out = ["",
           "/* %d %s, grouped by their first byte */" % (len(items), what),
           "#define VOCAB_%s_MAX %d" % (name.upper(), max(len(p.encode()) for p in items)),
           "static const vocab_prefix vocab_%s[%d] = {" % (name, len(items))]
    for p in ordered:
        head = int.from_bytes(p.encode()[:8], "little")
        out.append("    { %s, 0x%xull, %d }," % (c_literal(p), head, len(p.encode())))
    out += ["};",
            "/* vocab_%s_buckets[c]: those that begin with byte c (first index, count) */" % name,
            "static const uint8_t vocab_%s_buckets[256][2] = {" % name]
    for b in sorted(buckets):
        out.append("    [0x%02x] = { %d, %d }," % (b, buckets[b][0], buckets[b][1]))
    out += ["};"]
    if not pairs:
        return out
    seconds = {}
    for p in items:
        b = p.encode()
        seconds[b[0]] = seconds.get(b[0], 0) | 1 << (b[1] & 31)
    out += ["/* bit c & 31 of vocab_%s_pairs[b]: one of those begins with bytes b, c */" % name,
            "static const uint32_t vocab_%s_pairs[256] = {" % name]
    for b in sorted(seconds):
        out.append("    [0x%02x] = 0x%08x," % (b, seconds[b]))
    groups, base = [], {}
    for i, p in enumerate(ordered):
        key = (p.encode()[0], p.encode()[1] & 31)
        if not groups or groups[-1][0] != key:
            base.setdefault(key[0], len(groups))
            groups.append([key, i, 0])
        groups[-1][2] += 1
    assert len(groups) < 256
    out += ["};",
            "/* vocab_%s_groups[vocab_%s_group_base[b] + r]: those that begin with byte b" % (name, name),
            " * and the r-th (from 0) second byte of vocab_%s_pairs[b]'s bits (first index, count) */" % name,
            "static const uint8_t vocab_%s_group_base[256] = {" % name]
    for b in sorted(base):
        out.append("    [0x%02x] = %d," % (b, base[b]))
    out += ["};",
            "static const uint8_t vocab_%s_groups[%d][2] = {" % (name, len(groups))]
    for (b, c), first, count in groups:
        out.append("    { %d, %d }," % (first, count))
    return out + ["};",
                  "static const phrase_table vocab_%s_table = {" % name,
                  "    vocab_%s, vocab_%s_buckets, vocab_%s_pairs, vocab_%s_group_base, vocab_%s_groups," % (
                      name, name, name, name, name),
                  "};"]

def main():
    words = [w for w, _, _, _ in WORDS]
    assert len(words) == len(set(words)), "duplicate word"
    assert not set(words) & set(HIDDEN)
    assert len(WORDS) < 256
    # The words, grouped by their first two letters: a word of a class name
    # (lowercase letters) can only equal or begin with a table word that
    # begins with its own first two letters, so a lookup compares the few
    # words of one bucket, and most words of a page find their bucket empty.
    for w in words:
        assert len(w) >= 2 and w.isascii() and w.isalpha() and w.islower(), w
    def bucket(w):
        return (ord(w[0]) - 97) * 26 + ord(w[1]) - 97
    # (within a bucket, by their third letters: the words that share one
    # stand together, a group of the bucket, vocab_third_groups)
    def third(w):
        return ord(w[2]) - 97 if len(w) > 2 else -1
    ordered = sorted(WORDS, key=lambda e: (bucket(e[0]), third(e[0])))
    buckets = {}
    for i, (w, _, _, _) in enumerate(ordered):
        first, count = buckets.get(bucket(w), (i, 0))
        buckets[bucket(w)] = (first, count + 1)
    # The whole class names that hide an element, in an open-addressing
    # hash table (FNV-1a of the lowercase name). They begin with a letter;
    # their first letters and lengths rule out most class names before
    # hashing.
    table = [None] * HIDDEN_SLOTS
    max_probe = 0
    for name in HIDDEN:
        assert name[0].isascii() and name[0].isalpha() and name.islower(), name
        i = fnv1a(name.encode()) & (HIDDEN_SLOTS - 1)
        probes = 1
        while table[i] is not None:
            i = (i + 1) & (HIDDEN_SLOTS - 1)
            probes += 1
        table[i] = name
        max_probe = max(max_probe, probes)
    hidden_lengths = [0] * 26
    for name in HIDDEN:
        assert len(name) < 32, name
        hidden_lengths[ord(name[0]) - 97] |= 1 << len(name)
    out = ["/* Generated by tools/gen_vocab.py -- do not edit. */",
           "/* %d words in %d buckets by their first two letters. */" % (len(WORDS), len(buckets)),
           "static const vocab_word vocab_words[%d] = {" % len(WORDS)]
    for w, match, flags, kinds in ordered:
        mode = ["PREFIX" if match == PREFIX else "EXACT"] + flags
        if w in AUTHORISH_PREFIXES:
            mode.append("AUTHORISH")
        k = " | ".join("K_" + x for x in kinds) or "0"
        head = int.from_bytes(w[:8].encode(), "little")
        mask = (1 << (8 * min(len(w), 8))) - 1
        out.append('    { "%s", 0x%xull, 0x%xull, %d, %s, %s },' % (
            w, head, mask, len(w), " | ".join(mode), k))
    out += ["};",
            "/* vocab_buckets[26 * a + b]: the words that begin with 'a' + a, 'a' + b",
            " * (first index, count) */",
            "static const uint8_t vocab_buckets[26 * 26][2] = {"]
    for b in sorted(buckets):
        out.append("    [%d] = { %d, %d },    /* %s%s */" % (
            b, buckets[b][0], buckets[b][1], chr(97 + b // 26), chr(97 + b % 26)))
    # The third letters of a bucket's words: a word of three letters or
    # more whose third letter no word of its bucket has can match only a
    # two-letter PREFIX word, which allows every third letter. Most words
    # that find their bucket are ruled out here, before its words are read.
    thirds = {}
    for w, match, _, _ in WORDS:
        if len(w) > 2:
            bit = 1 << (ord(w[2]) - 97)
        else:
            bit = (1 << 26) - 1 if match == PREFIX else 0
        thirds[bucket(w)] = thirds.get(bucket(w), 0) | bit
    out += ["};",
            "/* bit c of vocab_thirds[26 * a + b]: a word of the bucket has 'a' + c as",
            " * its third letter, or can be followed by it (a two-letter PREFIX word) */",
            "static const uint32_t vocab_thirds[26 * 26] = {"]
    for b in sorted(thirds):
        if thirds[b]:
            out.append("    [%d] = 0x%07x,    /* %s%s */" % (
                b, thirds[b], chr(97 + b // 26), chr(97 + b % 26)))
    # The groups of each bucket, one a third letter, in the order of the
    # letters: a word of three letters or more is compared with the words
    # of its group only, found as the rank of its third letter among the
    # bucket's (vocab_thirds).
    assert all(match != PREFIX for w, match, _, _ in WORDS if len(w) == 2)
    groups, base = [], {}
    for i, (w, _, _, _) in enumerate(ordered):
        if len(w) < 3:
            continue
        key = (bucket(w), third(w))
        if not groups or groups[-1][0] != key:
            base.setdefault(bucket(w), len(groups))
            groups.append([key, i, 0])
        groups[-1][2] += 1
    assert len(groups) < 256
    out += ["};",
            "/* vocab_third_groups[vocab_third_base[26 * a + b] + r]: the words of the",
            " * bucket whose third letter is the r-th (from 0) of vocab_thirds' bits",
            " * (first index, count) */",
            "static const uint8_t vocab_third_base[26 * 26] = {"]
    for b in sorted(base):
        out.append("    [%d] = %d," % (b, base[b]))
    out += ["};",
            "static const uint8_t vocab_third_groups[%d][2] = {" % len(groups)]
    for (b, c), first, count in groups:
        out.append("    { %d, %d },    /* %s%s%s */" % (
            first, count, chr(97 + b // 26), chr(97 + b % 26), chr(97 + c)))
    out += ["};",
            "",
            "/* %d whole names that hide, in %d slots, at most %d probes. */" % (
                len(HIDDEN), HIDDEN_SLOTS, max_probe),
            "#define VOCAB_HIDDEN_SLOTS %d" % HIDDEN_SLOTS,
            "static const struct { const char *name; uint8_t len; } vocab_hidden[VOCAB_HIDDEN_SLOTS] = {"]
    for i, name in enumerate(table):
        if name is not None:
            out.append('    [%d] = { "%s", %d },' % (i, name, len(name)))
    out += ["};",
            "/* bit n of vocab_hidden_lengths[a]: a hidden name begins with 'a' + a and",
            " * has n bytes; the shortest and the longest */",
            "static const uint32_t vocab_hidden_lengths[26] = {"] + mask_rows(hidden_lengths) + ["};",
            "#define VOCAB_HIDDEN_MIN %d" % min(len(n) for n in HIDDEN),
            "#define VOCAB_HIDDEN_MAX %d" % max(len(n) for n in HIDDEN),
            ""]
    # compounds, each with the next one (in order) that begins with its pair
    # of letters, and the first compound of each pair: a place in a word
    # where no compound begins is passed over with one load
    assert len(COMPOUNDS) < 255
    first_of_pair, next_of = {}, [0] * len(COMPOUNDS)
    for i, (w, _, _) in reversed(list(enumerate(COMPOUNDS))):
        assert len(w) >= 2 and w.isascii() and w.isalpha() and w.islower(), w
        pair = (ord(w[0]) - 97) * 26 + ord(w[1]) - 97
        next_of[i] = first_of_pair.get(pair, 0)
        first_of_pair[pair] = i + 1
    out += ["/* substrings searched in long words that match no word, in order; next:",
            " * 1 + the index of the next one with the same first two letters, 0 for none */",
            "#define VOCAB_COMPOUND_MIN %d" % min(len(w) for w, _, _ in COMPOUNDS),
            "static const struct { const char *s; uint8_t len, next; uint32_t kinds; } vocab_compounds[] = {"]
    for i, (w, flags, kinds) in enumerate(COMPOUNDS):
        k = " | ".join(["K_" + x for x in kinds + flags])
        out.append('    { "%s", %d, %d, %s },' % (w, len(w), next_of[i], k))
    out += ["};",
            "/* vocab_compound_pairs[26 * a + b]: 1 + the index of the first compound",
            " * that begins with 'a' + a, 'a' + b; 0 for none */",
            "static const uint8_t vocab_compound_pairs[26 * 26] = {"]
    out += ["    [%d] = %d, /* %s */" % (pair, first, COMPOUNDS[first - 1][0][:2])
            for pair, first in sorted(first_of_pair.items())]
    out += ["};"]
    out += prefix_rows("phrases", PHRASES, "boilerplate phrases", pairs=True)
    out += prefix_rows("notices", NOTICES, "beginnings of notices", pairs=True)
    out += prefix_rows("labels", LABELS, "whole-line labels", pairs=True)
    out += prefix_rows("box_openers", BOX_OPENERS, "beginnings of lines that sign a box", pairs=True)
    out += prefix_rows("box_signs", BOX_SIGNS, "beginnings of words that sign a box", pairs=True)
    # every word of a line is tried for a sign: by its first two letters
    # (vocab_box_signs_pairs) most are passed over
    assert all(w[:2].isascii() and w[:2].isalpha() and w[:2].islower() for w in BOX_SIGNS)
    out += prefix_rows("comment_labels", COMMENT_LABELS, "whole lines that name a comment thread")
    out += prefix_rows("comment_counted", COMMENT_COUNTED, "whole lines that name a thread with a count")
    out += prefix_rows("comment_closed", COMMENT_CLOSED, "beginnings of lines that close a thread", pairs=True)
    out += prefix_rows("comment_interface", COMMENT_INTERFACE, "beginnings of a thread's interface lines", pairs=True)
    out += prefix_rows("comment_starts", COMMENT_STARTS, "beginnings of lines that open a thread")
    out += prefix_rows("credits", CREDIT_STARTS, "beginnings of photo credits", pairs=True)
    out += prefix_rows("filings", FILING_STARTS, "beginnings of filing lines", pairs=True)
    out += prefix_rows("feedback", FEEDBACK_STARTS, "feedback widgets' words after a count", pairs=True)
    out += prefix_rows("legal_pages", LEGAL_PAGES, "names of legal pages")
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    with open(os.path.join(root, "src/extract/vocab_words.h"), "w") as f:
        f.write("\n".join(out) + "\n")
    print("%d words in %d buckets; %d hidden names, %d slots, max probes %d" % (
        len(WORDS), len(buckets), len(HIDDEN), HIDDEN_SLOTS, max_probe))

if __name__ == "__main__":
    main()
