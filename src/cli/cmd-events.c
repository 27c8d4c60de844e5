/* kaieco events [--from DATE] [--to DATE] [--tag T] */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_events(inv->ds, kc_opt(inv, "from"), kc_opt(inv, "to"), kc_opt(inv, "tag"),
                           inv->lang, err);
}

static const kc_option options[] = {
    {"from", 1, "DATE", "only events not over before DATE (YYYY, YYYY-MM or YYYY-MM-DD)", 0, KC_VALUES_NONE, NULL},
    {"to", 1, "DATE", "only events begun by the end of DATE (YYYY, YYYY-MM or YYYY-MM-DD)", 0, KC_VALUES_NONE, NULL},
    {"tag", 1, "T", "only events with this tag (e.g. contest, policy, talent)", 0, KC_VALUES_TAG, NULL},
    {NULL, 0, NULL, NULL, 0, KC_VALUES_NONE, NULL},
};

const kc_command kc_cmd_events = {
    "events", NULL, "a timeline of dated events",
    "[--from DATE] [--to DATE] [--tag T]",
    "Dated events, ordered by date, each with its precision: a date known "
    "only to the year or month is the whole year or month. An event is in "
    "the range --from..--to when its period overlaps it: '--from 2025-03' "
    "includes an event dated only '2025'. Titles are in --lang where the "
    "dataset has them, else English.",
    0, 0, options, &ke_events_columns, run, NULL, 0, KC_VALUES_NONE,
};
