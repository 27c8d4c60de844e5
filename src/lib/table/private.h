/* Internal: what the library's own stages may do to a table beyond the
 * public API (kaieco/table.h). */
#ifndef KAIECO_TABLE_PRIVATE_H
#define KAIECO_TABLE_PRIVATE_H

#include "kaieco/table.h"

/* Marks `t` failed for want of memory, as a setter that cannot allocate
 * does: for a query whose own allocation (not the table's) failed while it
 * filled `t`; ke_table_done then reports "out of memory". */
void ke_table_out_of_memory(ke_table *t);

/* Whether `t` has failed (what ke_table_done reports). */
int ke_table_failed(const ke_table *t);

#endif
