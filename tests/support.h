/* Helpers shared by the cmocka test programs. */
#ifndef KAIECO_TEST_SUPPORT_H
#define KAIECO_TEST_SUPPORT_H

#include <stddef.h>
#include "kaieco/table.h"
#include "kaieco/format.h"

/* Output of running a program: stdout, stderr (NUL-terminated) and exit status. */
typedef struct run_result {
    char *out;
    char *err;
    int status;
} run_result;

/* Runs argv[0] with argv (NULL-terminated) and `envp` added to a clean
 * environment (LC_ALL=C, TZ=UTC unless envp overrides). */
run_result run_program(const char *const *argv, const char *const *envp);
/* Runs the built kaieco with `args` (NULL-terminated, at most 30) and `env`
 * (NULL-terminated, or NULL) added to run_program's neutral environment;
 * more arguments than that is a mistake of the test: status -1. */
run_result run_kaieco(const char *const *args, const char *const *env);
void run_result_free(run_result *r);

/* The whole file at `path`, NUL-terminated (malloc'd), or NULL. */
char *read_whole_file(const char *path);

/* Renders a table with a formatter into a malloc'd string (NULL when the
 * formatter fails): with the default options in language `lang`, or with
 * `opts`. */
char *render_to_string(const ke_table *t, ke_format fmt, ke_lang lang);
char *render_opts_to_string(const ke_table *t, ke_format fmt, const ke_render_opts *opts);

/* The documentation's examples (test_readme, test_tty): README.md and
 * then every .md file of docs/, in name order, as one text (malloc'd); the
 * "$ kaieco ..." command lines of its console blocks, a NULL-terminated
 * array of malloc'd strings; and a command line split into words as the
 * shell does for them (spaces separate, '...' and "..." quote, a bare '|'
 * ends the command), pointing into `line`, which is modified. */
char *read_docs(void);
char **readme_commands(const char *readme);
size_t shell_words(char *line, const char **argv, size_t max);

#endif
