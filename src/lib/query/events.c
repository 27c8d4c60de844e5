/* kaieco events [--from DATE] [--to DATE] [--tag T]: a timeline. */
#include "date.h"
#include "kaieco/query.h"
#include "suggest.h"
#include "base/text.h"
#include "data/strlist.h"
#include "table/private.h"

#include <stdlib.h>
#include <string.h>

static const ke_column cols[] = {
    {.key = "date", .type = KE_COL_TEXT, .doc = "when it happened: YYYY, YYYY-MM or YYYY-MM-DD", .flags = KE_LABEL | KE_CODE},
    {.key = "precision", .type = KE_COL_TEXT, .doc = "year, month or day: how much of the date is known", .flags = KE_WIDE | KE_CODE | KE_TERM},
    {.key = "id", .type = KE_COL_TEXT, .doc = "event id", .flags = KE_LABEL | KE_CODE | KE_WIDE},
    {.key = "title", .type = KE_COL_TEXT, .doc = "what happened, in the chosen language (English where none)"},
    {.key = "tags", .type = KE_COL_TEXT, .doc = "subjects, comma-separated", .flags = KE_WIDE | KE_CODE},
    {.key = "entities", .type = KE_COL_TEXT, .doc = "entity ids and country codes involved, comma-separated, or null", .flags = KE_WIDE | KE_CODE},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the source (see kaieco sources)", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "note", .type = KE_COL_TEXT, .doc = "how the date was resolved, caveats, or null", .footnote = 1},
};
const ke_columns ke_events_columns = {cols, sizeof cols / sizeof cols[0]};

/* The first day that a date can mean: "2025" -> "2025-01-01". */
static void period_start(const char *s, char out[11])
{
    size_t len = strlen(s);
    memcpy(out, "0000-01-01", 11);
    memcpy(out, s, len < 10 ? len : 10);
}

static int parse_bound(const char *s, const char *what, ke_error *err)
{
    int prec = 0;
    if (ke_date_parse(s, &prec))
        return 0;
    ke_error_set(err, KE_EXIT_USAGE,
                 "invalid date '%s' for %s (expected YYYY, YYYY-MM or YYYY-MM-DD)", s, what);
    return -1;
}

static int has_tag(const ke_dataset *ds, const ke_event *e, const char *tag)
{
    for (size_t i = 0; i < e->tags.n; i++)
        if (ke_text_eq(ke_item(ds, e->tags, i), tag))
            return 1;
    return 0;
}

static int tag_exists(const ke_dataset *ds, const char *tag, ke_error *err)
{
    ke_suggester s;
    ke_suggest_init(&s, tag);
    for (size_t i = 0; i < ds->n_events; i++) {
        if (has_tag(ds, &ds->events[i], tag))
            return 1;
        for (size_t k = 0; k < ds->events[i].tags.n; k++)
            ke_suggest_add(&s, ke_item(ds, ds->events[i].tags, k));
    }
    const char *best = ke_suggest_result(&s);
    if (best)
        ke_error_set(err, KE_EXIT_USAGE, "unknown tag '%s'; did you mean '%s'?", tag, best);
    else
        ke_error_set(err, KE_EXIT_USAGE, "unknown tag '%s'; see the tags column of 'kaieco events'", tag);
    return 0;
}

ke_table *ke_query_events(const ke_dataset *ds, const char *from, const char *to,
                          const char *tag, ke_lang lang, ke_error *err)
{
    if ((from && parse_bound(from, "--from", err)) || (to && parse_bound(to, "--to", err)))
        return NULL;
    if (tag && !tag_exists(ds, tag, err))
        return NULL;
    char lo[11] = "", hi[11] = "";
    if (from)
        period_start(from, lo);
    if (to)
        ke_date_period_end(to, hi);
    if (from && to && strcmp(lo, hi) > 0) {
        ke_error_set(err, KE_EXIT_USAGE, "--from %s is after --to %s", from, to);
        return NULL;
    }
    ke_table *t = ke_table_new(cols, ke_events_columns.n);
    if (!t)
        return ke_table_done(NULL, err);
    /* events are sorted by date; one overlaps the range when it ends on
     * or after its start and starts on or before its end. Of a group's
     * versions of one event (dated differently by different sources) only
     * the default is listed; 'kaieco disputes' shows the others. */
    for (size_t i = 0; i < ds->n_events; i++) {
        const ke_event *e = &ds->events[i];
        char start[11], end[11];
        period_start(ke_s(ds, e->date.text), start);
        ke_date_period_end(ke_s(ds, e->date.text), end);
        if (!e->is_default || (from && strcmp(end, lo) < 0) || (to && strcmp(start, hi) > 0) ||
            (tag && !has_tag(ds, e, tag)))
            continue;
        size_t r = ke_table_add_row(t);
        char *tags = ke_list_join(ds, e->tags), *ents = ke_list_join(ds, e->entities);
        if ((!tags && e->tags.n) || (!ents && e->entities.n))
            ke_table_out_of_memory(t);
        ke_table_set_text(t, r, "date", ke_s(ds, e->date.text));
        ke_table_set_text(t, r, "precision", ke_precision_name(e->date.precision));
        ke_table_set_text(t, r, "id", ke_s(ds, e->id));
        ke_table_set_text(t, r, "title", ke_name(ds, &e->title, lang));
        ke_table_set_text(t, r, "tags", tags);
        ke_table_set_text(t, r, "entities", ents);
        ke_table_set_text(t, r, "source", ke_s(ds, e->source));
        ke_table_set_text(t, r, "note", KE_NOTE_IN(ds, e, lang));
        free(tags);
        free(ents);
    }
    return ke_table_done(t, err);
}
