/* kaieco events [--from DATE] [--to DATE] [--tag T] */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_events(inv->ds, kc_opt(inv, "from"), kc_opt(inv, "to"), kc_opt(inv, "tag"),
                           inv->lang, err);
}

static const kc_option options[] = {
    {.name = "from", .has_arg = 1, .arg_name = "DATE", .help = "only events not over before DATE (YYYY, YYYY-MM or YYYY-MM-DD)"},
    {.name = "to", .has_arg = 1, .arg_name = "DATE", .help = "only events begun by the end of DATE (YYYY, YYYY-MM or YYYY-MM-DD)"},
    {.name = "tag", .has_arg = 1, .arg_name = "T", .help = "only events with this tag (e.g. contest, policy, talent)", .values = KC_VALUES_TAG},
    {0},
};

const kc_command kc_cmd_events = {
    .name = "events",
    .summary = "a timeline of dated events",
    .usage = "[--from DATE] [--to DATE] [--tag T]",
    .description = "Dated events, ordered by date, each with its precision: a date known "
    "only to the year or month is the whole year or month. An event is in "
    "the range --from..--to when its period overlaps it: '--from 2025-03' "
    "includes an event dated only '2025'. Titles are in --lang where the "
    "dataset has them, else English.",
    .options = options,
    .columns = &ke_events_columns,
    .run = run,
};
