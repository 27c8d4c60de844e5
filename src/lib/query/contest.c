/* kaieco contest: the sovereign AI foundation-model contest's teams and
 * their standing (on a past day: run it on ke_dataset_as_of). */
#include "kaieco/query.h"
#include "data/refs.h"

#include <string.h>

static const ke_column cols[] = {
    {.key = "team", .type = KE_COL_TEXT, .doc = "team id", .flags = KE_WIDE | KE_CODE},
    {.key = "organization", .type = KE_COL_TEXT, .doc = "the team's organisation, in the chosen language", .flags = KE_LABEL},
    {.key = "model", .type = KE_COL_TEXT, .doc = "the team's model, or null", .priority = KE_PRIO_HIGH},
    {.key = "status", .type = KE_COL_TEXT, .doc = "active or eliminated", .flags = KE_CODE | KE_TERM},
    {.key = "outcome", .type = KE_COL_TEXT, .doc = "the latest decision: selected, advanced or eliminated", .flags = KE_CODE | KE_TERM, .priority = KE_PRIO_MEDIUM},
    {.key = "decided_on", .type = KE_COL_TEXT, .doc = "date of that decision (ISO 8601), or null", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "reason", .type = KE_COL_TEXT, .doc = "the reason given for that decision", .flags = KE_WIDE},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the source of that decision", .flags = KE_WIDE | KE_CODE},
};
const ke_columns ke_contest_columns = {cols, sizeof cols / sizeof cols[0]};

ke_table *ke_query_contest(const ke_dataset *ds, ke_lang lang, ke_error *err)
{
    (void)err;
    ke_table *t = ke_table_new(cols, ke_contest_columns.n);
    if (!t)
        return ke_table_done(NULL, err);
    for (int pass = 0; pass < 2; pass++) { /* active teams first, then eliminated */
        for (size_t i = 0; i < ds->n_teams; i++) {
            const ke_contest_team *team = &ds->teams[i];
            const ke_contest_decision *last = NULL;
            for (size_t k = 0; k < ds->n_decisions; k++)
                if (ds->decisions[k].team_ix == i)
                    last = &ds->decisions[k]; /* decisions are sorted by date */
            if (!last)
                continue; /* not in the contest yet on that date */
            int eliminated = last->outcome == KE_OUTCOME_ELIMINATED;
            if (eliminated != pass)
                continue;
            size_t r = ke_table_add_row(t);
            const ke_entity *org = ke_entity_at(ds, team->organization_ix);
            const ke_entity *model = ke_entity_at(ds, team->model_ix);
            ke_table_set_text(t, r, "team", ke_s(ds, team->id));
            ke_table_set_text(t, r, "organization",
                              org ? ke_name(ds, &org->name, lang) : ke_s(ds, team->organization));
            ke_table_set_text(t, r, "model", model ? ke_name(ds, &model->name, lang) : ke_s(ds, team->model));
            ke_table_set_text(t, r, "status", eliminated ? "eliminated" : "active");
            ke_table_set_text(t, r, "outcome", ke_outcome_name(last->outcome));
            ke_table_set_text(t, r, "decided_on", ke_s(ds, last->date.text));
            ke_table_set_text(t, r, "reason", ke_s(ds, last->reason));
            ke_table_set_text(t, r, "source", ke_s(ds, last->source));
        }
    }
    return ke_table_done(t, err);
}

static const ke_column rule_cols[] = {
    {.key = "id", .type = KE_COL_TEXT, .doc = "rule id", .flags = KE_LABEL | KE_CODE},
    {.key = "text", .type = KE_COL_TEXT, .doc = "the rule, in English", .footnote = 1},
    {.key = "source", .type = KE_COL_TEXT, .doc = "id of the source (see kaieco sources)", .flags = KE_CODE, .priority = KE_PRIO_HIGH},
    {.key = "note", .type = KE_COL_TEXT, .doc = "caveats, or null", .footnote = 1},
};
const ke_columns ke_contest_rules_columns = {rule_cols, sizeof rule_cols / sizeof rule_cols[0]};

ke_table *ke_query_contest_rules(const ke_dataset *ds, ke_lang lang, ke_error *err)
{
    (void)err;
    ke_table *t = ke_table_new(rule_cols, ke_contest_rules_columns.n);
    if (!t)
        return ke_table_done(NULL, err);
    for (size_t i = 0; i < ds->n_rules; i++) {
        size_t r = ke_table_add_row(t);
        ke_table_set_text(t, r, "id", ke_s(ds, ds->rules[i].id));
        ke_table_set_text(t, r, "text", ke_s(ds, ds->rules[i].text));
        ke_table_set_text(t, r, "source", ke_s(ds, ds->rules[i].source));
        ke_table_set_text(t, r, "note", KE_NOTE_IN(ds, &ds->rules[i], lang));
    }
    return ke_table_done(t, err);
}
