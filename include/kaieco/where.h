/* kaieco/where.h: the --where expression language, a row filter over any
 * result table.
 *
 *   expr    := or
 *   or      := and { "or" and }
 *   and     := unary { "and" unary }
 *   unary   := "not" unary | primary
 *   primary := "(" expr ")"
 *            | COL op VALUE                 op: = != < <= > >= ~
 *            | COL "is" [ "not" ] "null"
 *
 * Keywords are case-insensitive. A VALUE is a bare word (no space and none
 * of ( ) = ! < > ~ ' ") or quoted with ' or " (the other quote may appear
 * inside). On a number column (integer or number), = != < <= > >= compare
 * numerically and VALUE must be a number; on a text column they compare
 * ASCII case-insensitively; a boolean column takes = or != with true or
 * false. COL ~ TEXT is a case-insensitive substring test on the printed
 * value, on any column. A missing value satisfies no comparison except !=;
 * an empty VALUE ('' or "") stands for the missing value: COL = '' is
 * COL is null.
 *
 * The form of earlier versions, COL=VALUE with everything after the '='
 * as the value ("outlet=Bloomberg (Japanese edition)"), keeps its meaning:
 * an expression that is not valid in the language, starts with a column
 * name directly followed by '=', and has no further operator character or
 * "and"/"or" word, selects the rows whose COL equals that text.
 */
#ifndef KAIECO_WHERE_H
#define KAIECO_WHERE_H

#include "kaieco/export.h"

#include "kaieco/table.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ke_where ke_where;

/* Parses `expr`. `what` names the option in messages ("--where"). NULL with
 * `err` set (status 2) on a mistake, with its position counted in
 * characters from 1: "--where: expected a value after '>' at column 8";
 * NULL with status 1, "out of memory", when an allocation fails. */
KE_API ke_where *ke_where_parse(const char *expr, const char *what, ke_error *err);

/* `COL = VALUE` as text: the rows whose printed COL equals `value` (ASCII
 * case-insensitive), the missing ones for an empty value. NULL when out of
 * memory. */
KE_API ke_where *ke_where_equals(const char *col, const char *value, const char *what);

KE_API void ke_where_free(ke_where *w);

/* Keeps the rows of `t` for which `w` holds, in their order (binding `w`
 * to t's columns). -1 with `err` set (status 2) when a column is unknown
 * (suggesting the closest) or a value does not suit its column (not a
 * number for a number column, not true/false for a boolean one). It
 * allocates nothing, so it cannot run out of memory. */
KE_API int ke_table_filter(ke_table *t, ke_where *w, ke_error *err);

#ifdef __cplusplus
}
#endif
#endif
