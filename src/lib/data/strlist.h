/* Internal: a dataset's string list as one text. */
#ifndef KAIECO_STRLIST_H
#define KAIECO_STRLIST_H

#include "kaieco/dataset.h"

/* The entries of `l` joined as ke_text_join joins them (malloc'd), or NULL
 * when the list is empty or out of memory. */
char *ke_list_join(const ke_dataset *ds, ke_strlist l);

#endif
