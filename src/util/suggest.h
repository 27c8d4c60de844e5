/* Internal (shared by the library, the CLI and kaieco-dsc; not installed):
 * "did you mean ...?" for mistyped words. */
#ifndef KAIECO_SUGGEST_H
#define KAIECO_SUGGEST_H

#include <stddef.h>

/* Collects candidates and keeps the closest one to `word` (edit distance
 * with transpositions, ASCII case folded). A candidate counts as close when its distance is at
 * most a third of the longer word's length (at least 1), or when one word
 * is a prefix of the other. Ties keep the first candidate offered, so the
 * suggestion is deterministic. The time per candidate stays bounded: when
 * the lengths differ by more than that third, or either word is longer
 * than KE_SUGGEST_MAX_LEN bytes, no distance is computed (only a prefix
 * can then make a candidate close: a 128 KiB word costs a comparison of
 * each candidate's length). */
#define KE_SUGGEST_MAX_LEN 256

typedef struct ke_suggester {
    const char *word;
    const char *best;
    size_t best_distance;
} ke_suggester;

void ke_suggest_init(ke_suggester *s, const char *word);
void ke_suggest_add(ke_suggester *s, const char *candidate);
/* The closest candidate, or NULL when none is close enough. */
const char *ke_suggest_result(const ke_suggester *s);

/* Edit distance (with transpositions) on bytes, ASCII letters folded to lower case. */
size_t ke_edit_distance(const char *a, const char *b);

#endif
