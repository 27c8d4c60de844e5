/* kaieco export [-o FILE] [-f json|sql]: the dataset as one JSON document,
 * or as one SQL script. */
#include <errno.h>
#include <string.h>

#include "command.h"
#include "replace_file.h"

static const char *const formats[] = {"json", "sql", NULL};

/* -f json (the default) or -f sql, in the order of `formats` */
typedef int (*export_writer)(const ke_dataset *, FILE *);
static const export_writer writers[] = {ke_dataset_export, ke_dataset_export_sql};

typedef struct export_job {
    const ke_dataset *ds;
    export_writer write;
} export_job;

static int write_export(FILE *out, void *job)
{
    const export_job *j = job;
    return j->write(j->ds, out);
}

static int run(const kc_invocation *inv, FILE *out, ke_error *err)
{
    const char *path = kc_opt(inv, "output");
    if (inv->common && inv->common->as_of) {
        ke_error_set(err, KE_EXIT_USAGE, "export writes the whole dataset; --as-of does not apply to it");
        return -1;
    }
    export_job job = {inv->ds, writers[kc_command_format(inv)]};
    if (!path) {
        if (write_export(out, &job) == 0)
            return 0;
        ke_error_set(err, KE_EXIT_RUNTIME, "cannot write the export");
        return -1;
    }
    if (ke_replace_file(path, write_export, &job) == 0)
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
    .summary = "the whole dataset as one JSON document (or SQL script)",
    .usage = "[-o FILE] [-f json|sql]",
    .description = "Writes the dataset (the built-in one, or --data's, as of --as-of) as one "
    "JSON document in the schema of dataset/: every record of every kind, "
    "every field, values as strings with the source's digits, in the "
    "dataset's order, indented by two spaces. Edit it, validate it with "
    "'kaieco check', and query it with 'kaieco --data FILE'. With -f sql, "
    "one SQL script that SQLite and PostgreSQL both run: a CREATE TABLE "
    "per kind of record (and per list, such as a source's cites) with "
    "primary and foreign keys, then every record, in one transaction "
    "('kaieco export -f sql | sqlite3 kaieco.db').",
    .options = options,
    .run_text = run,
    .formats = formats,
};
