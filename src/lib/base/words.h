/* Internal: dates and numbers in words of each language, for the prose
 * that cite (text references) and brief write. */
#ifndef KAIECO_WORDS_H
#define KAIECO_WORDS_H

#include <stddef.h>
#include "kaieco/dataset.h"

/* A date at its own precision: "17 April 2024", "April 2024", "2024";
 * "2024년 4월 17일"; "2024年4月17日". `out` gets at most `size` bytes. */
void ke_date_words(const char *iso, ke_lang lang, char *out, size_t size);

#endif
