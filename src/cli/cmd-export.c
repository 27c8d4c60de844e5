/* kaieco export [-o FILE]: the dataset as one JSON document. */
#include <errno.h>
#include <string.h>

#include "command.h"
#include "replace_file.h"

static int write_export(FILE *out, void *ds)
{
    return ke_dataset_export(ds, out);
}

static int run(const kc_invocation *inv, FILE *out, ke_error *err)
{
    const char *path = kc_opt(inv, "output");
    if (inv->common && inv->common->as_of) {
        ke_error_set(err, KE_EXIT_USAGE, "export writes the whole dataset; --as-of does not apply to it");
        return -1;
    }
    if (!path) {
        if (ke_dataset_export(inv->ds, out) == 0)
            return 0;
        ke_error_set(err, KE_EXIT_RUNTIME, "cannot write the export");
        return -1;
    }
    if (ke_replace_file(path, write_export, (void *)inv->ds) == 0)
        return 0;
    ke_error_set(err, KE_EXIT_RUNTIME, "cannot write '%s': %s", path, strerror(errno));
    return -1;
}

static const kc_option options[] = {
    {.name = "output", .has_arg = 1, .arg_name = "FILE", .help = "write to FILE instead of standard output (through a temporary file and a rename; a replaced FILE keeps its mode)", .short_name = 'o', .values = KC_VALUES_FILE},
    {0},
};

const kc_command kc_cmd_export = {
    .name = "export",
    .summary = "the whole dataset as one JSON document",
    .usage = "[-o FILE]",
    .description = "Writes the dataset (the built-in one, or --data's, as of --as-of) as one "
    "JSON document in the schema of dataset/: every record of every kind, "
    "every field, values as strings with the source's digits, in the "
    "dataset's order, indented by two spaces. Edit it, validate it with "
    "'kaieco check', and query it with 'kaieco --data FILE'.",
    .options = options,
    .run_text = run,
};
