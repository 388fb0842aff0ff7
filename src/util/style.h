/* style.h -- what a list of CSS declarations says about showing an element.
 *
 * Three stages ask it: the class vocabulary of an inline style attribute
 * ("display: none" hides the element from the text), the metadata walk of
 * the same attribute (a hidden byline is no byline), and the content stage
 * of a page's own style sheet rules (#printCopy { display: none }). They
 * ask the same question of the same syntax, so they read it here, the
 * same way. */
#ifndef MT_UTIL_STYLE_H
#define MT_UTIL_STYLE_H

#include <stddef.h>

/* What mt_style_read found, as bits: whether `display` was set and to
 * `none`, whether `visibility` was set and to `hidden` or `collapse`. The
 * last declaration of a property counts, as in the cascade. */
enum {
    MT_STYLE_DISPLAY_SET = 1 << 0,
    MT_STYLE_DISPLAY_NONE = 1 << 1,
    MT_STYLE_VISIBILITY_SET = 1 << 2,
    MT_STYLE_VISIBILITY_HIDDEN = 1 << 3
};

/* Reads the declarations d[0..n) ("color:red; display : none !important"),
 * not NUL-terminated; property names and keywords in any ASCII case,
 * white space anywhere between the tokens. Returns the MT_STYLE_* bits; 0
 * when neither property is set. Reads each byte at most a few times: a
 * 1 MB style attribute costs a scan, no more. */
unsigned mt_style_read(const char *d, size_t n);

/* Whether declarations read by mt_style_read hide their element. */
static inline int mt_style_hides(unsigned bits)
{
    return (bits & (MT_STYLE_DISPLAY_NONE | MT_STYLE_VISIBILITY_HIDDEN)) != 0;
}

#endif
