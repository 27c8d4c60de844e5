/* Internal: words of each language: dates for the prose that cite (text
 * references) and brief write; the fixed vocabularies (ke_term, lang.h)
 * and the table headers (render/headers.c) as entries of the three. */
#ifndef KAIECO_WORDS_H
#define KAIECO_WORDS_H

#include <stddef.h>
#include "kaieco/lang.h"

/* A date at its own precision: "17 April 2024", "April 2024", "2024";
 * "2024년 4월 17일"; "2024年4月17日". `out` gets at most `size` bytes. */
void ke_date_words(const char *iso, ke_lang lang, char *out, size_t size);

/* An English key and its Korean and Japanese. The words are in the entry
 * itself, not pointed at: no relocations at start (a word too long for
 * its array is a compile error). */
typedef struct ke_word {
    char key[24], ko[32], ja[32];
} ke_word;

/* The Korean or Japanese of `key` in the `n` entries of `list`; `key`
 * itself in English, for NULL, or when the list has no entry for it. */
const char *ke_word_in(const ke_word *list, size_t n, const char *key, ke_lang lang);

#endif
