/* kaieco search TEXT */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_search(inv->ds, inv->args[0], inv->lang, err);
}

static const kc_option options[] = {{0}};

const kc_command kc_cmd_search = {
    .name = "search",
    .summary = "find countries, organisations, models, people, metrics, events",
    .usage = "TEXT",
    .description = "Everything whose name in English, Korean or Japanese, alias, id or "
    "(for an event) title contains TEXT: Latin letters in any case, other "
    "characters exactly (search furiosa, search 업스테이지, search 韓国). "
    "One row per thing found, with the first string that matched; ordered "
    "by kind (country, organization, person, model, product, baseline, "
    "program, metric, event) then id.",
    .min_args = 1,
    .max_args = 1,
    .options = options,
    .columns = &ke_search_columns,
    .run = run,
};
