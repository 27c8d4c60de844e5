/* kaieco check PATH...: validate dataset files as the build does. */
#include "command.h"

#define STR_(x) #x
#define STR(x) STR_(x)
#define MAX_ERRORS STR(KE_DIAGS_MAX_DEFAULT)

static ke_table *run(const kc_invocation *inv, ke_error *err)
{
    ke_diags diags = {0};
    const char *max = kc_opt(inv, "max-errors");
    if (max) {
        long n = kc_parse_count(max, "--max-errors", err);
        if (n < 0)
            return NULL;
        diags.max = n == 0 ? KE_DIAGS_ALL : (size_t)n;
    }
    ke_dataset *ds = ke_dataset_load((const char *const *)inv->args, inv->n_args, &diags);
    ke_table *t = ds ? ke_query_summary(ds, err) : NULL;
    if (!ds)
        kc_report_diags(&diags, err);
    else
        ke_diags_print(&diags, stderr); /* warnings: what was skipped */
    ke_diags_free(&diags);
    ke_dataset_free(ds);
    return t;
}

static const kc_option options[] = {
    {.name = "max-errors", .has_arg = 1, .arg_name = "N", .help = "show at most the first N errors found (default " MAX_ERRORS "; 0 shows all); all are still counted"},
    {0},
};

const kc_command kc_cmd_check = {
    .name = "check",
    .summary = "validate dataset files (as the build does)",
    .usage = "PATH...",
    .description = "Validates dataset files, or directories of them (every *.json, in name "
    "order), with the same checks as the build: field forms, unique ids, "
    "references, dates with their precision, values as printed, one default "
    "per disagreement, the contest's order. Prints what they hold (records "
    "per kind, sources by kind, the latest publication date) and exits 0, or "
    "prints the mistakes on stderr as FILE:LINE: $.kind[i].field: error: "
    "reason (the first " MAX_ERRORS " found, or --max-errors N, sorted by file and line), "
    "then how many there are in all, and exits 1. In a directory, only "
    "regular files are read: a FIFO, socket or device named *.json is "
    "skipped with a warning. A file larger than KAIECO_DATA_MAX bytes "
    "(default 1 GiB) is refused before it is read.",
    .min_args = 1,
    .max_args = (size_t)-1,
    .options = options,
    .columns = &ke_summary_columns,
    .run = run,
    .no_dataset = 1,
    .arg_values = KC_VALUES_FILE,
};
