/* The message catalogs, compiled from po/ko.po and po/ja.po by kaieco-po
 * (tools/po) into one table sorted by msgid. */
#ifndef KAIECO_BASE_CATALOG_H
#define KAIECO_BASE_CATALOG_H

#include <stddef.h>

typedef struct ke_catalog_entry {
    const char *msgid;     /* the English text */
    const char *msgstr[2]; /* Korean, Japanese */
} ke_catalog_entry;

extern const ke_catalog_entry ke_catalog_entries[];
extern const size_t ke_catalog_n_entries;

#endif
