/* Internal: a parsed --where (kaieco/where.h) as a predicate on rows, for
 * shape.c's ke_table_filter. where.c knows a table's columns and one row's
 * cells, not how the table stores its rows. */
#ifndef KAIECO_TABLE_PREDICATE_H
#define KAIECO_TABLE_PREDICATE_H

#include "kaieco/where.h"

/* Binds `w` to these columns (names and types): 0, or -1 with `err` set
 * (status 2) for an unknown column (suggesting the closest) or a value that
 * does not suit its column. Allocates nothing. */
int ke_where_bind(ke_where *w, const ke_column *cols, size_t n_cols, ke_error *err);

/* Whether the bound `w` holds for a row: its cells, one per column, in the
 * order of the columns it was bound to. */
int ke_where_eval(const ke_where *w, const ke_cell *row);

#endif
