/* kaieco country COUNTRY */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    return ke_query_country(inv->ds, inv->args[0], inv->lang, err);
}

static const kc_option options[] = {{0}};

const kc_command kc_cmd_country = {
    .name = "country",
    .summary = "every figure about one country",
    .usage = "COUNTRY",
    .description = "Every figure about one country that the dataset shows by default, "
    "every metric and every year, ordered by metric then period, with the "
    "rank the source states. COUNTRY is an alpha-2 or alpha-3 code or a "
    "name in English, Korean or Japanese, any case (KR, kor, Korea, 한국, "
    "韓国). 'kaieco facts --entity COUNTRY' also lists the other sources' "
    "figures.",
    .min_args = 1,
    .max_args = 1,
    .options = options,
    .columns = &ke_country_columns,
    .run = run,
    .arg_values = KC_VALUES_COUNTRY,
};
