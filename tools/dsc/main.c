/* kaieco-dsc: compile the dataset JSON files into C.
 *
 *   kaieco-dsc -o OUT.c FILE.json...   validate, then write OUT.c
 *   kaieco-dsc --check FILE.json...    validate only
 *
 * Exit status: 0 valid, 1 invalid data (every error listed on stderr),
 * 2 usage or I/O error. OUT.c is written only when the data is valid, and
 * through a temporary file, so a failed run never leaves a half file. */
#include "dsc.h"

#include <stdlib.h>
#include <string.h>

static int usage(void)
{
    fputs("usage: kaieco-dsc (-o OUT.c | --check) FILE.json...\n", stderr);
    return 2;
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

    dataset_src ds = {0};
    int io_error = 0;
    for (; i < argc; i++)
        io_error |= load_file(&ds, argv[i]) != 0;
    if (!io_error)
        validate(&ds);

    size_t n_errors = report_flush(stderr);
    if (io_error) {
        dataset_src_free(&ds);
        return 2;
    }
    if (n_errors) {
        fprintf(stderr, "kaieco-dsc: %zu error%s in the dataset\n", n_errors, n_errors == 1 ? "" : "s");
        dataset_src_free(&ds);
        return 1;
    }
    int status = 0;
    if (out_path) {
        size_t len = strlen(out_path);
        char *tmp = malloc(len + 5);
        memcpy(tmp, out_path, len);
        memcpy(tmp + len, ".tmp", 5);
        FILE *out = fopen(tmp, "w");
        if (!out || emit_c(&ds, out) != 0 || fclose(out) != 0 || rename(tmp, out_path) != 0) {
            perror(out_path);
            remove(tmp);
            status = 2;
        }
        free(tmp);
    }
    dataset_src_free(&ds);
    return status;
}
