/* Internal (shared by the library, the CLI and kaieco-dsc; not installed):
 * ISO 8601 dates with their precision, checked without the
 * C library's time functions (so no time zone or locale can change them). */
#ifndef KAIECO_DATE_H
#define KAIECO_DATE_H

/* 1 if `s` is "YYYY", "YYYY-MM" or a real calendar day "YYYY-MM-DD", with
 * *precision set to 1, 2 or 3 (ke_precision); 0 otherwise. */
int ke_date_parse(const char *s, int *precision);

/* Copies into out (11 bytes) the last day that `s` can mean: "2025" ->
 * "2025-12-31", "2024-02" -> "2024-02-29", "2026-01-15" -> itself.
 * Comparing this with strcmp tells whether a whole period is over by a
 * given day. */
void ke_date_period_end(const char *s, char out[11]);

#endif
