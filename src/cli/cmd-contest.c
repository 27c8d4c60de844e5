/* kaieco contest [--rules] */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    if (kc_opt(inv, "rules"))
        return ke_query_contest_rules(inv->ds, inv->lang, err);
    return ke_query_contest(inv->ds, inv->lang, err);
}

static const kc_option options[] = {
    {.name = "rules", .help = "list the contest's rules instead of its teams", .columns = &ke_contest_rules_columns},
    {0},
};

const kc_command kc_cmd_contest = {
    .name = "contest",
    .summary = "teams of Korea's sovereign AI foundation-model contest",
    .usage = "[--rules]",
    .description = "The teams of the government's sovereign AI foundation-model contest "
    "(the \"AI Squid Game\"), active teams first, each with its latest "
    "decision. With the common option --as-of DATE, the standings as known "
    "on that day: decisions taken and reported by then (a decision known "
    "only to the month counts from the month's end). "
    "With --rules, the contest's rules instead; its milestones are in "
    "'kaieco events --tag contest'.",
    .options = options,
    .columns = &ke_contest_columns,
    .run = run,
};
