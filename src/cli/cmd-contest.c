/* kaieco contest [--rules] */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    if (kc_opt(inv, "rules"))
        return ke_query_contest_rules(inv->ds, err);
    return ke_query_contest(inv->ds, inv->lang, err);
}

static const kc_option options[] = {
    {"rules", 0, NULL, "list the contest's rules instead of its teams", 0, KC_VALUES_NONE, &ke_contest_rules_columns},
    {NULL, 0, NULL, NULL, 0, KC_VALUES_NONE, NULL},
};

const kc_command kc_cmd_contest = {
    "contest", NULL, "teams of Korea's sovereign AI foundation-model contest",
    "[--rules]",
    "The teams of the government's sovereign AI foundation-model contest "
    "(the \"AI Squid Game\"), active teams first, each with its latest "
    "decision. With the common option --as-of DATE, the standings as known "
    "on that day: decisions taken and reported by then (a decision known "
    "only to the month counts from the month's end). "
    "With --rules, the contest's rules instead; its milestones are in "
    "'kaieco events --tag contest'.",
    0, 0, options, &ke_contest_columns, run, NULL, 0, KC_VALUES_NONE,
};
