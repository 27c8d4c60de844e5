/* Internal: a column's header in the table views (headers.c). */
#ifndef KAIECO_RENDER_HEADERS_H
#define KAIECO_RENDER_HEADERS_H

#include "kaieco/format.h"

/* The header the table and chart views print over column `col`: under ko
 * and ja its `heading` when it has one, read through ke_header (so that a
 * header key such as rank's "country_name", over a name column that holds
 * only countries, reads 국가명 / 国名, and a literal such as compare's 한국 stays as
 * it is); else ke_header(key). English always shows the key. */
const char *ke_column_header(const ke_column *col, ke_lang lang);

#endif
