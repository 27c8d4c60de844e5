/* Closest-word suggestions for error messages. */
#include "suggest.h"

#include <stdlib.h>
#include <string.h>

static unsigned char fold(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Optimal string alignment distance: insertions, deletions, substitutions
 * and transpositions of neighbours ("vaule" -> "value") each cost 1. Three
 * rows of the table suffice (a transposition looks two back); on the stack
 * for a `b` of up to 255 bytes (every name kaieco suggests), so that a
 * message's suggestion needs no memory; (size_t)-1 when a longer one finds
 * none. */
size_t ke_edit_distance(const char *a, const char *b)
{
    enum { ON_STACK = 256 };
    size_t la = strlen(a), lb = strlen(b), w = lb + 1;
    size_t stack[3 * ON_STACK];
    size_t *heap = w > ON_STACK ? malloc(3 * w * sizeof *heap) : NULL;
    size_t *rows = w > ON_STACK ? heap : stack;
    if (!rows)
        return (size_t)-1;
    size_t *two = rows, *one = rows + w, *cur = rows + 2 * w; /* rows i-2, i-1, i */
    for (size_t j = 0; j <= lb; j++)
        cur[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t *t = two;
        two = one;
        one = cur;
        cur = t;
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            unsigned char ai = fold((unsigned char)a[i - 1]), bj = fold((unsigned char)b[j - 1]);
            size_t best = one[j - 1] + (ai != bj);
            if (one[j] + 1 < best)
                best = one[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ai == fold((unsigned char)b[j - 2]) &&
                fold((unsigned char)a[i - 2]) == bj && two[j - 2] + 1 < best)
                best = two[j - 2] + 1;
            cur[j] = best;
        }
    }
    size_t dist = cur[lb];
    free(heap);
    return dist;
}

static int is_prefix_folded(const char *p, const char *s)
{
    for (; *p; p++, s++)
        if (!*s || fold((unsigned char)*p) != fold((unsigned char)*s))
            return 0;
    return 1;
}

void ke_suggest_init(ke_suggester *s, const char *word)
{
    s->word = word;
    s->best = NULL;
    s->best_distance = (size_t)-1;
}

void ke_suggest_add(ke_suggester *s, const char *candidate)
{
    if (!candidate || !*candidate || !s->word || !*s->word)
        return;
    size_t lw = strlen(s->word), lc = strlen(candidate);
    size_t longer = lw > lc ? lw : lc;
    size_t limit = longer / 3 ? longer / 3 : 1;
    size_t d = ke_edit_distance(s->word, candidate);
    int prefix = (lw >= 2 && is_prefix_folded(s->word, candidate)) ||
                 (lc >= 2 && is_prefix_folded(candidate, s->word));
    if (d > limit && !prefix)
        return;
    if (d < s->best_distance) {
        s->best = candidate;
        s->best_distance = d;
    }
}

const char *ke_suggest_result(const ke_suggester *s)
{
    return s->best;
}
