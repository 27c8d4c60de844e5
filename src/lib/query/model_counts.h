/* Internal: counts of listed models computed from a list (models.c), for
 * the queries that show them beside the count a report printed (models
 * --count-by, disputes, country). The rule lives in models.c, once. */
#ifndef KAIECO_MODEL_COUNTS_H
#define KAIECO_MODEL_COUNTS_H

#include "kaieco/query.h"

/* The metric of the counts a report printed from the list (AI Index). */
#define KE_STATED_MODELS_METRIC "notable-models"
/* The metric under which counts computed from a list are shown (its
 * definition states the rule); it has no observations. */
#define KE_LISTED_MODELS_METRIC "notable-models-listed"

/* Models of list `source` published in `year` with `country` among the
 * countries the list names (a model counts once for the country however
 * many of its organizations are there); -1 when the list has no model
 * published that year (it does not cover it). */
long ke_listed_count(const ke_dataset *ds, const char *source, const char *country, int year);
/* The same for every year from `first` to `last`, in one pass over the
 * listings: counts[y - first] (-1 where the list does not cover y). */
void ke_listed_counts(const ke_dataset *ds, const char *source, const char *country, int first, int last,
                      long *counts);

/* The lists of models the listings come from (their source ids), at most
 * `cap`, in the order first met; returns how many. */
size_t ke_model_lists(const ke_dataset *ds, const char **out, size_t cap);

/* The note of a count computed from list `source`: what it counts and
 * that no source printed it, into buf, in `lang` (a note follows --lang,
 * as the dataset's notes do). */
void ke_count_note(char *buf, size_t cap, const char *source, ke_lang lang);

/* The sentence that sets a computed count beside a printed one and says
 * why they differ, into buf, in `lang`: a note's text, or a `why` of
 * disputes, which follows --lang in every format as the dataset's
 * default_reason does. */
void ke_count_reason(char *buf, size_t cap, const ke_dataset *ds, const ke_observation *stated,
                     const char *list_source, long computed, ke_lang lang);

#endif
