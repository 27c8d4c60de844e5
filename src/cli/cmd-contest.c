/* kaieco contest [--as-of YYYY-MM-DD | --rules] */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    if (kc_opt(inv, "rules")) {
        if (kc_opt(inv, "as-of")) {
            ke_error_set(err, KE_EXIT_USAGE, "--rules and --as-of cannot be used together");
            return NULL;
        }
        return ke_query_contest_rules(inv->ds, err);
    }
    return ke_query_contest(inv->ds, kc_opt(inv, "as-of"), inv->lang, err);
}

static const kc_option options[] = {
    {"as-of", 1, "YYYY-MM-DD", "the standings as they were on that day"},
    {"rules", 0, NULL, "list the contest's rules instead (columns: id, text, source, note)"},
    {NULL, 0, NULL, NULL},
};

const kc_command kc_cmd_contest = {
    "contest", NULL, "teams of Korea's sovereign AI foundation-model contest",
    "[--as-of YYYY-MM-DD | --rules]",
    "The teams of the government's sovereign AI foundation-model contest "
    "(the \"AI Squid Game\"), active teams first, each with its latest "
    "decision. With --as-of, only what had been decided by that day counts; "
    "a decision known only to the month counts from the month's end. "
    "With --rules, the contest's rules instead; its milestones are in "
    "'kaieco events --tag contest'.",
    0, 0, options, &ke_contest_columns, run, NULL,
};
