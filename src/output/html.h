/*
 * html.h - private helpers of the HTML report (src/output/report.c):
 * escaping text for HTML element content and attribute values.
 * Not public API.
 */
#ifndef DN_OUTPUT_HTML_H
#define DN_OUTPUT_HTML_H

#include <stddef.h>
#include <stdio.h>

/* Writes the n bytes of s escaped for HTML text or a quoted attribute
 * value: & < > " ' become entities; invalid UTF-8 and C0 controls other
 * than TAB, LF and CR become U+FFFD, so the output is always valid UTF-8
 * and can never open a tag, close an attribute or start a character
 * reference. */
void dn_html_escape_n(FILE *f, const char *s, size_t n);
/* The same for a NUL-terminated string; NULL writes nothing. */
void dn_html_escape(FILE *f, const char *s);

/* Length of the valid UTF-8 sequence starting at s (at most n bytes),
 * or 0 when the bytes there are not valid UTF-8. */
size_t dn_html_utf8_len(const unsigned char *s, size_t n);

#endif
