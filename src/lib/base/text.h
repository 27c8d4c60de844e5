/* Internal: string helpers shared by the name resolvers and the queries
 * that match or list words. ASCII letters fold to lower case; every other
 * byte (Hangul, kana, kanji) must match exactly. */
#ifndef KAIECO_TEXT_H
#define KAIECO_TEXT_H

#include <stddef.h>

/* 1 if a and b are equal, ASCII case folded. */
int ke_text_eq(const char *a, const char *b);

/* 1 if the first `n` bytes of a and b are equal (or both end equal before
 * n), ASCII case folded. */
int ke_text_eq_n(const char *a, const char *b, size_t n);

/* <0, 0 or >0 as a sorts before, with or after b: bytes, ASCII case folded. */
int ke_text_cmp(const char *a, const char *b);

/* 1 if `needle` occurs in `hay`, ASCII case folded. */
int ke_text_contains(const char *hay, const char *needle);

/* The year a date's text starts with (YYYY, YYYY-MM or YYYY-MM-DD, as the
 * validator accepts them), 0 for NULL or no digits. */
int ke_date_year(const char *iso);

/* "a,b,c" from `n` strings (a ke_strlist's items and n), or NULL when n is
 * 0 (or when out of memory). Caller frees. */
char *ke_text_join(const char *const *items, size_t n);

#endif
