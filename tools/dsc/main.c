/* kaieco-dsc: compile the dataset JSON files into C.
 *
 *   kaieco-dsc -o OUT.c PATH...   validate, then write OUT.c
 *   kaieco-dsc --check PATH...    validate only
 *
 * PATH is a JSON file or a directory of them. Loading and validation are
 * the library's (include/kaieco/load.h), the same that `kaieco check` and
 * `kaieco --data` run, so a mistake reads the same everywhere.
 *
 * Exit status: 0 valid, 1 invalid data (every error listed on stderr),
 * 2 usage or I/O error. OUT.c is written only when the data is valid,
 * through a new temporary file beside it (mkstemp) renamed into place, so
 * a failed run never leaves a half file and two runs never share one. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "kaieco/load.h"
#include "replace_file.h"

static int usage(void)
{
    fputs("usage: kaieco-dsc (-o OUT.c | --check) FILE.json...\n", stderr);
    return 2;
}

static int write_c(FILE *out, void *ds)
{
    return emit_c(ds, out);
}

int main(int argc, char **argv)
{
    const char *out_path = NULL;
    int check_only = 0, i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--check") == 0)
            check_only = 1;
        else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            out_path = argv[++i];
        else
            return usage();
    }
    if (i == argc || (!out_path && !check_only))
        return usage();

    ke_diags diags = {0};
    ke_dataset *ds = ke_dataset_load((const char *const *)argv + i, (size_t)(argc - i), &diags);
    size_t n_errors = ke_diags_print(&diags, stderr);
    int status = 0;
    if (diags.io_error) {
        status = 2;
    } else if (!ds) {
        fprintf(stderr, "kaieco-dsc: %zu error%s in the dataset", n_errors, n_errors == 1 ? "" : "s");
        if (diags.n < n_errors) /* the first KE_DIAGS_MAX_DEFAULT are kept (load.h) */
            fprintf(stderr, ", the first %zu shown", diags.n);
        fputc('\n', stderr);
        status = 1;
    } else if (out_path && ke_replace_file(out_path, write_c, ds) != 0) {
        fprintf(stderr, "kaieco-dsc: cannot write %s: %s\n", out_path, strerror(errno));
        status = 2;
    }
    ke_diags_free(&diags);
    ke_dataset_free(ds);
    return status;
}
