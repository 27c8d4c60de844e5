/* kaieco models [--country C] [--organization O] [--year YYYY] [--domain D]
 *               [--count-by country|organization|year [--top N]] */
#include "command.h"
#include "kaieco/query.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    ke_models_filter f = {.country = kc_opt(inv, "country"), .organization = kc_opt(inv, "organization"),
                          .domain = kc_opt(inv, "domain")};
    const char *y = kc_opt(inv, "year"), *by = kc_opt(inv, "count-by"), *top = kc_opt(inv, "top");
    if (y && !(f.year = ke_year_parse(y, "--year", err)))
        return NULL;
    long n = top ? kc_parse_count(top, "--top", err) : -1;
    if (top && n < 0)
        return NULL;
    if (top && !by) {
        ke_error_set(err, KE_EXIT_USAGE, "--top keeps the largest counts of --count-by; without it, use --limit");
        return NULL;
    }
    if (!by)
        return ke_query_models_filtered(inv->ds, &f, inv->lang, err);
    ke_table *t = ke_query_model_counts(inv->ds, &f, by, inv->lang, err);
    if (t && n >= 0)
        ke_table_limit(t, (size_t)n);
    return t;
}

static const kc_option options[] = {
    {.name = "country", .has_arg = 1, .arg_name = "C", .help = "only models of this country (code or name), its own or as a list names it", .values = KC_VALUES_COUNTRY},
    {.name = "organization", .has_arg = 1, .arg_name = "O", .help = "only models of this organisation or its subsidiaries (id or name)", .values = KC_VALUES_ORGANIZATION},
    {.name = "year", .has_arg = 1, .arg_name = "YYYY", .help = "only models released (else published, as a list says) in this year"},
    {.name = "domain", .has_arg = 1, .arg_name = "D", .help = "only models of this domain of the list (Language, Vision, Biology, ...)"},
    {.name = "count-by", .has_arg = 1, .arg_name = "BY", .help = "count the listed models by country, organization or year (computed; see the note)", .columns = &ke_model_counts_columns},
    {.name = "top", .has_arg = 1, .arg_name = "N", .help = "with --count-by: only the N largest counts"},
    {0},
};

const kc_command kc_cmd_models = {
    .name = "models",
    .summary = "AI models, Epoch AI's notable models and counts from that list",
    .usage = "[--country C] [--year YYYY] [--count-by BY [--top N]]",
    .description = "The AI models named in the sources and in Epoch AI's list of notable AI "
    "models (its July 2026 snapshot, CC BY 4.0), one row per model: developer, country "
    "(the model's, else its developer's, else the countries the list names), parameter "
    "count, release date with its precision, and the lists that list it (listed_in; "
    "null for a model from other sources only). A model both the sources and the list "
    "name is one row with both sources. "
    "With --count-by country|organization|year, counts of the listed models computed "
    "from the list, labelled computed (kind), most first, each beside the count a report "
    "printed for the same country and year (stated, from the metric notable-models) "
    "where the dataset has one. The rule: a model whose organizations are in several "
    "countries counts once for each distinct country, as the list names them "
    "(Multinational counts as itself); once for each distinct organization; once in "
    "the year the list says it was published. A computed count is never a rank and "
    "never replaces the report's figure; the notes say both and why they differ. "
    "With --as-of DATE, a model counts only from the day it was known: released or "
    "published, else once the source that names it was out.",
    .options = options,
    .columns = &ke_models_columns,
    .run = run,
};
