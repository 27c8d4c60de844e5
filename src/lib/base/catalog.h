/* The message catalogs, compiled from po/ko.po and po/ja.po by kaieco-po
 * (tools/po) into one table sorted by msgid. The texts are offsets into
 * one array of NUL-terminated strings, so that the table holds no pointers
 * (read-only data the dynamic loader does not relocate). */
#ifndef KAIECO_BASE_CATALOG_H
#define KAIECO_BASE_CATALOG_H

#include <stddef.h>
#include <stdint.h>

typedef struct ke_catalog_entry {
    uint32_t msgid;     /* the English text */
    uint32_t msgstr[2]; /* Korean, Japanese */
} ke_catalog_entry;

extern const char ke_catalog_text[];
extern const ke_catalog_entry ke_catalog_entries[];
extern const size_t ke_catalog_n_entries;

#endif
