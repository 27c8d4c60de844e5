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
 * rows of the table are kept, not the whole of it: memory grows with the
 * shorter word's length only. */
size_t ke_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (lb > la) { /* rows as long as the shorter word */
        const char *t = a;
        a = b;
        b = t;
        size_t tl = la;
        la = lb;
        lb = tl;
    }
    size_t w = lb + 1;
    size_t *rows = malloc(3 * w * sizeof *rows);
    if (!rows)
        return (size_t)-1;
    size_t *prev2 = rows, *prev = rows + w, *cur = rows + 2 * w;
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            unsigned char ai = fold((unsigned char)a[i - 1]), bj = fold((unsigned char)b[j - 1]);
            size_t best = prev[j - 1] + (ai != bj);
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && ai == fold((unsigned char)b[j - 2]) &&
                fold((unsigned char)a[i - 2]) == bj && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
        }
        size_t *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    size_t dist = prev[lb];
    free(rows);
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
    size_t longer = lw > lc ? lw : lc, apart = lw > lc ? lw - lc : lc - lw;
    size_t limit = longer / 3 ? longer / 3 : 1;
    int prefix = (lw >= 2 && is_prefix_folded(s->word, candidate)) ||
                 (lc >= 2 && is_prefix_folded(candidate, s->word));
    /* The distance is at least the difference in length, and exactly that
     * when one word begins the other: no table is needed then, nor when
     * the words are too far apart in length or too long to be a typo. */
    size_t d;
    if (prefix)
        d = apart;
    else if (apart > limit || longer > KE_SUGGEST_MAX_LEN)
        return;
    else
        d = ke_edit_distance(s->word, candidate);
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
