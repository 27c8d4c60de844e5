/* Internal: what Markdown output (the table format, brief's) does with a
 * byte of text. */
#ifndef KAIECO_RENDER_MARKDOWN_H
#define KAIECO_RENDER_MARKDOWN_H

/* A control character (C0, DEL) becomes a space: a cell and a paragraph
 * are one line each, and Markdown goes to renderers and terminals alike. */
static inline char ke_md_byte(unsigned char c)
{
    return c < 0x20 || c == 0x7F ? ' ' : (char)c;
}

#endif
