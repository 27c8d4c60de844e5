/* kaieco models [--country C] [--organization O] */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_models(inv->ds, kc_opt(inv, "country"), kc_opt(inv, "organization"),
                           inv->lang, err);
}

static const kc_option options[] = {
    {"country", 1, "C", "only models of this country (code or name)", 0, KC_VALUES_COUNTRY, NULL},
    {"organization", 1, "O", "only models of this organisation or its subsidiaries (id or name)", 0, KC_VALUES_ORGANIZATION, NULL},
    {NULL, 0, NULL, NULL, 0, KC_VALUES_NONE, NULL},
};

const kc_command kc_cmd_models = {
    "models", NULL, "named AI models: developer, country, size, release",
    "[--country C] [--organization O]",
    "The AI models named in the sources, by id: developer, country (the "
    "model's, else its developer's), parameter count where a source gives "
    "one, and release date with its precision.",
    0, 0, options, &ke_models_columns, run, NULL, 0, KC_VALUES_NONE,
};
