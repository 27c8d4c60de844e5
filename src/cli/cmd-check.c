/* kaieco check PATH...: validate dataset files as the build does. */
#include "command.h"

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    ke_diags diags = {0};
    ke_dataset *ds = ke_dataset_load((const char *const *)inv->args, inv->n_args, &diags);
    ke_table *t = ds ? ke_query_summary(ds, err) : NULL;
    if (!ds)
        kc_report_diags(&diags, err);
    ke_diags_free(&diags);
    ke_dataset_free(ds);
    return t;
}

static const kc_option options[] = {{0}};

const kc_command kc_cmd_check = {
    .name = "check",
    .summary = "validate dataset files (as the build does)",
    .usage = "PATH...",
    .description = "Validates dataset files, or directories of them (every *.json, in name "
    "order), with the same checks as the build: field forms, unique ids, "
    "references, dates with their precision, values as printed, one default "
    "per disagreement, the contest's order. Prints what they hold (records "
    "per kind, sources by kind, the latest publication date) and exits 0, or "
    "prints every mistake on stderr as FILE:LINE: $.kind[i].field: error: "
    "reason and exits 1.",
    .min_args = 1,
    .max_args = (size_t)-1,
    .options = options,
    .columns = &ke_summary_columns,
    .run = run,
    .no_dataset = 1,
    .arg_values = KC_VALUES_FILE,
};
