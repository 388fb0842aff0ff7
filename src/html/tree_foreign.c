/* tree_foreign.c -- rules for parsing tokens in foreign content (HTML
 * standard 13.2.6.5): SVG and MathML elements, the tag and attribute names
 * whose case the standard restores, namespaced attributes, and the HTML
 * tags that break out of foreign content. */
#include <string.h>
#include "html/tree_internal.h"

/* ================================================================ name tables */

/* SVG element names that are not all lowercase (13.2.6.5, table of SVG tag
 * name adjustments); the tokenizer gives them lowercased. */
static const char *const svg_tag_names[] = {
    "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion",
    "animateTransform", "clipPath", "feBlend", "feColorMatrix", "feComponentTransfer",
    "feComposite", "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap",
    "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
    "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset",
    "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
    "foreignObject", "glyphRef", "linearGradient", "radialGradient", "textPath",
};

/* SVG attribute names that are not all lowercase ("adjust SVG attributes"). */
static const char *const svg_attr_names[] = {
    "attributeName", "attributeType", "baseFrequency", "baseProfile", "calcMode",
    "clipPathUnits", "diffuseConstant", "edgeMode", "filterUnits", "glyphRef",
    "gradientTransform", "gradientUnits", "kernelMatrix", "kernelUnitLength", "keyPoints",
    "keySplines", "keyTimes", "lengthAdjust", "limitingConeAngle", "markerHeight",
    "markerUnits", "markerWidth", "maskContentUnits", "maskUnits", "numOctaves",
    "pathLength", "patternContentUnits", "patternTransform", "patternUnits", "pointsAtX",
    "pointsAtY", "pointsAtZ", "preserveAlpha", "preserveAspectRatio", "primitiveUnits",
    "refX", "refY", "repeatCount", "repeatDur", "requiredExtensions", "requiredFeatures",
    "specularConstant", "specularExponent", "spreadMethod", "startOffset", "stdDeviation",
    "stitchTiles", "surfaceScale", "systemLanguage", "tableValues", "targetX", "targetY",
    "textLength", "viewBox", "viewTarget", "xChannelSelector", "yChannelSelector",
    "zoomAndPan",
};

/* Whether `lower` (lowercase) is `name` ignoring ASCII case. */
static bool same_lowered(const char *lower, size_t len, const char *name)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (c != (unsigned char)lower[i] || !name[i])
            return false;
    }
    return name[len] == '\0';
}

/* Every element and attribute of foreign content is looked up here; the
 * first byte (lowercase in both tables) rules out nearly every entry
 * before its length is counted. */
static const char *find_adjusted(const char *const *table, size_t n, const char *lower,
                                 size_t len)
{
    if (len == 0)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (table[i][0] == lower[0] && strlen(table[i]) == len &&
            same_lowered(lower, len, table[i]))
            return table[i];
    return NULL;
}

const char *mt_tree_svg_tag_name(const char *name, size_t len, size_t *out_len)
{
    const char *s = find_adjusted(svg_tag_names, sizeof svg_tag_names / sizeof *svg_tag_names,
                                  name, len);
    if (s)
        *out_len = len;
    return s;
}

/* The standard's "adjust foreign attributes": xlink:, xml: and xmlns names
 * become namespaced attributes with a local name, which points past the
 * prefix of the name as written (mt_dom_attr_prefix_len). */
static void adjust_namespaced(mt_attr *a)
{
    static const char *const xlink_names[] = {
        "xlink:actuate", "xlink:arcrole", "xlink:href", "xlink:role", "xlink:show",
        "xlink:title", "xlink:type",
    };
    const char *n = a->name;
    size_t len = a->name_len;
    if (len > 6 && memcmp(n, "xlink:", 6) == 0) {
        for (size_t i = 0; i < sizeof xlink_names / sizeof *xlink_names; i++) {
            if (strlen(xlink_names[i]) == len && memcmp(n + 6, xlink_names[i] + 6, len - 6) == 0) {
                a->name = xlink_names[i] + 6;
                a->name_len = (uint32_t)(len - 6);
                a->ns = MT_ATTR_NS_XLINK;
                return;
            }
        }
    } else if ((len == 8 && memcmp(n, "xml:lang", 8) == 0) ||
               (len == 9 && memcmp(n, "xml:space", 9) == 0)) {
        a->name = n + 4;
        a->name_len = (uint32_t)(len - 4);
        a->ns = MT_ATTR_NS_XML;
    } else if (len == 5 && memcmp(n, "xmlns", 5) == 0) {
        a->ns = MT_ATTR_NS_XMLNS;
    } else if (len == 11 && memcmp(n, "xmlns:xlink", 11) == 0) {
        a->name = n + 6;
        a->name_len = 5;
        a->ns = MT_ATTR_NS_XMLNS;
    }
}

void mt_tree_adjust_foreign_attr(mt_attr *a, mt_namespace ns)
{
    if (ns == MT_NS_SVG) {
        const char *s = find_adjusted(svg_attr_names, sizeof svg_attr_names / sizeof *svg_attr_names,
                                      a->name, a->name_len);
        if (s) {
            a->name = s;
            return;
        }
    } else if (ns == MT_NS_MATHML && a->name_len == 13 && memcmp(a->name, "definitionurl", 13) == 0) {
        a->name = "definitionURL";
        return;
    }
    adjust_namespaced(a);
}

/* ================================================================ the rules */

/* HTML start tags that end foreign content (and <font> with a presentational
 * attribute). */
static bool is_breakout_tag(const mt_token *tok)
{
    switch (tok->tag) {
    case MT_TAG_B: case MT_TAG_BIG: case MT_TAG_BLOCKQUOTE: case MT_TAG_BODY: case MT_TAG_BR:
    case MT_TAG_CENTER: case MT_TAG_CODE: case MT_TAG_DD: case MT_TAG_DIV: case MT_TAG_DL:
    case MT_TAG_DT: case MT_TAG_EM: case MT_TAG_EMBED: case MT_TAG_H1: case MT_TAG_H2:
    case MT_TAG_H3: case MT_TAG_H4: case MT_TAG_H5: case MT_TAG_H6: case MT_TAG_HEAD:
    case MT_TAG_HR: case MT_TAG_I: case MT_TAG_IMG: case MT_TAG_LI: case MT_TAG_LISTING:
    case MT_TAG_MENU: case MT_TAG_META: case MT_TAG_NOBR: case MT_TAG_OL: case MT_TAG_P:
    case MT_TAG_PRE: case MT_TAG_RUBY: case MT_TAG_S: case MT_TAG_SMALL: case MT_TAG_SPAN:
    case MT_TAG_STRONG: case MT_TAG_STRIKE: case MT_TAG_SUB: case MT_TAG_SUP:
    case MT_TAG_TABLE: case MT_TAG_TT: case MT_TAG_U: case MT_TAG_UL: case MT_TAG_VAR:
        return true;
    case MT_TAG_FONT:
        for (uint32_t i = 0; i < tok->nattrs; i++) {
            const mt_token_attr *a = &tok->attrs[i];
            if ((a->name_len == 5 && memcmp(a->name, "color", 5) == 0) ||
                (a->name_len == 4 && (memcmp(a->name, "face", 4) == 0 ||
                                      memcmp(a->name, "size", 4) == 0)))
                return true;
        }
        return false;
    default:
        return false;
    }
}

/* Pops foreign elements until HTML content (an HTML element or an
 * integration point) is current. */
static void break_out(mt_tree *t)
{
    while (t->nstack > 1) {
        const mt_node *n = mt_tree_current(t);
        if (n->ns == MT_NS_HTML || mt_tree_is_mathml_text_ip(n) || mt_tree_is_html_ip(n))
            return;
        mt_tree_pop(t);
    }
}

static void foreign_start_tag(mt_tree *t, mt_token *tok)
{
    const mt_node *acn = mt_tree_adjusted_current(t);
    mt_namespace ns = (mt_namespace)acn->ns;
    mt_tree_insert_element(t, tok, ns, tok->self_closing ? MT_INSERT_LEAF : 0);
}

/* Whether the element's name, lowercased, is the end tag's name. */
static bool lowered_equals(const mt_node *n, const mt_token *tok)
{
    if (n->data_len != tok->name_len)
        return false;
    for (uint32_t i = 0; i < n->data_len; i++) {
        unsigned char c = (unsigned char)n->data[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (c != (unsigned char)tok->name[i])
            return false;
    }
    return true;
}

/* "Any other end tag" in foreign content: closes the nearest foreign
 * element of that name; an HTML element on the way hands the token to the
 * HTML rules. */
static bool foreign_end_tag(mt_tree *t, const mt_token *tok)
{
    uint32_t i = t->nstack - 1;
    for (;;) {
        if (i == 0)
            return false;
        mt_node *n = t->stack[i];
        if (lowered_equals(n, tok)) {
            mt_tree_pop_until_node(t, n);
            return false;
        }
        if (t->stack[--i]->ns == MT_NS_HTML)
            return true;
    }
}

bool mt_tree_foreign(mt_tree *t, mt_token *tok)
{
    switch (tok->type) {
    case MT_TOKEN_CHARS:
        mt_tree_insert_run(t, tok, MT_NUL_REPLACE);
        if (t->frameset_ok && mt_tree_has_text(tok))
            t->frameset_ok = false;
        return false;
    case MT_TOKEN_COMMENT:
        mt_tree_insert_comment(t, tok, NULL);
        return false;
    case MT_TOKEN_DOCTYPE:
        return false;
    case MT_TOKEN_START_TAG:
        if (is_breakout_tag(tok)) {
            break_out(t);
            return true;
        }
        foreign_start_tag(t, tok);
        return false;
    case MT_TOKEN_END_TAG:
        if (tok->tag == MT_TAG_BR || tok->tag == MT_TAG_P) {
            break_out(t);
            return true;
        }
        return foreign_end_tag(t, tok);
    case MT_TOKEN_EOF:
        return true;
    }
    return false;
}
