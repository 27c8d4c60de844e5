/* Internal: a figure as the table view shows it (number.c). */
#ifndef KAIECO_BASE_NUMBER_H
#define KAIECO_BASE_NUMBER_H

#include "kaieco/lang.h"

/* ke_format_number (lang.h), and with `narrow` without the thousands
 * commas (1762억 4727만 1424, as Korean orthography writes it; 519000000000
 * in English): what the table format falls back to when a table does not
 * fit its width otherwise. */
int ke_number_shown(const char *text, int scale, ke_lang lang, int narrow, char *buf, size_t size);

#endif
