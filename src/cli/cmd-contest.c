/* kaieco contest [--as-of YYYY-MM-DD] */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_contest(inv->ds, kc_opt(inv, "as-of"), inv->lang, err);
}

static const kc_option options[] = {
    {"as-of", 1, "YYYY-MM-DD", "the standings as they were on that day"},
    {NULL, 0, NULL, NULL},
};

const kc_command kc_cmd_contest = {
    "contest", NULL, "teams of Korea's sovereign AI foundation-model contest",
    "[--as-of YYYY-MM-DD]",
    "The teams of the government's sovereign AI foundation-model contest "
    "(the \"AI Squid Game\"), active teams first, each with its latest "
    "decision. With --as-of, only what had been decided by that day counts; "
    "a decision known only to the month counts from the month's end.",
    0, 0, options, &ke_contest_columns, run, NULL,
};
