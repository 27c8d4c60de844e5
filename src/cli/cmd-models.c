/* kaieco models [--country C] [--organization O] */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_models(inv->ds, kc_opt(inv, "country"), kc_opt(inv, "organization"),
                           inv->lang, err);
}

static const kc_option options[] = {
    {.name = "country", .has_arg = 1, .arg_name = "C", .help = "only models of this country (code or name)", .values = KC_VALUES_COUNTRY},
    {.name = "organization", .has_arg = 1, .arg_name = "O", .help = "only models of this organisation or its subsidiaries (id or name)", .values = KC_VALUES_ORGANIZATION},
    {0},
};

const kc_command kc_cmd_models = {
    .name = "models",
    .summary = "named AI models: developer, country, size, release",
    .usage = "[--country C] [--organization O]",
    .description = "The AI models named in the sources, by id: developer, country (the "
    "model's, else its developer's), parameter count where a source gives "
    "one, and release date with its precision.",
    .options = options,
    .columns = &ke_models_columns,
    .run = run,
};
