/*
 * html.c - HTML escaping for the briefing page (see html.h).
 *
 * Text is copied byte by byte in runs: a run of ordinary bytes is written
 * with one fwrite, and each special byte (& < > " ', a control character or
 * the first byte of an invalid UTF-8 sequence) ends the run and is written
 * as an entity or as U+FFFD. UTF-8 is validated strictly (no overlong
 * forms, no surrogates, nothing above U+10FFFF).
 */
#include "output/html.h"

#include <string.h>

size_t dn_html_utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;

    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (n < len)
        return 0;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    return len;
}

void dn_html_escape_n(FILE *f, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t run = 0, i = 0;

    while (i < n) {
        unsigned char c = p[i];
        const char *rep = NULL;
        size_t len = 1;

        switch (c) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default:
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                rep = "\xEF\xBF\xBD";
            else if (c == 0x7F)
                rep = "\xEF\xBF\xBD";
            else if (c >= 0x80 && !(len = dn_html_utf8_len(p + i, n - i))) {
                rep = "\xEF\xBF\xBD";
                len = 1;
            }
        }
        if (rep) {
            if (i > run)
                fwrite(p + run, 1, i - run, f);
            fputs(rep, f);
            i += len;
            run = i;
        } else
            i += len;
    }
    if (n > run)
        fwrite(p + run, 1, n - run, f);
}

void dn_html_escape(FILE *f, const char *s)
{
    if (s)
        dn_html_escape_n(f, s, strlen(s));
}
