/* Shell completion: what to offer where, from the command table (commands,
 * aliases, options and what their values are) and the built-in dataset
 * (metric ids, country codes, tags, ...). One writer per shell turns it
 * into a script; they share everything here. */
#ifndef KAIECO_CLI_COMPLETION_H
#define KAIECO_CLI_COMPLETION_H

#include <stdio.h>

#include "command.h"

/* The shells `kaieco completion` writes for, NULL-terminated. */
extern const char *const kc_shell_names[];

/* The name of a kind of value in the scripts ("metric", "country",
 * "columns", ...), a word of [a-z-]. */
const char *kc_values_name(kc_values v);

/* Calls `fn` with each word of a kind whose words are a fixed list:
 * dataset ids, format names, languages, colours, commands and aliases,
 * shells. Nothing for KC_VALUES_NONE, KC_VALUES_FILE or the column kinds
 * (kc_column_sets). Words that a shell would have to quote are left out:
 * ids are [A-Za-z0-9._+-]. */
typedef void (*kc_word_fn)(const char *word, void *ctx);
void kc_values_each(kc_values v, kc_word_fn fn, void *ctx);
/* The same words, each with what it means for a person choosing it (a
 * country's or metric's English name, an entity's name, a source's
 * outlet, a command's summary), or NULL when the word says it all. */
typedef void (*kc_described_fn)(const char *word, const char *desc, void *ctx);
void kc_values_each_described(kc_values v, kc_described_fn fn, void *ctx);
/* Whether kc_values_each has words for `v`. */
int kc_values_listed(kc_values v);
/* Whether a word can be written into a script unquoted. */
int kc_word_is_plain(const char *word);

/* For each command that writes formats of its own (cite, export: its
 * kc_command.formats), writes `pattern_start`, its name and aliases joined
 * by `alt`, `pattern_end`, its formats joined by `sep`, then `end`: one
 * case of a shell's "formats after -f" switch. The other commands take the
 * table formats (KC_VALUES_FORMAT). */
void kc_command_formats_print(FILE *out, const char *pattern_start, const char *alt, const char *pattern_end,
                              const char *sep, const char *end);

/* The words of `v`, each preceded by `sep` but the first. */
void kc_values_print(FILE *out, kc_values v, const char *sep);

/* A result's column set: a command's own columns, or those a flag of it
 * gives instead (contest --rules). `key` names it in the scripts: the
 * command's name, followed by the flag ("contest--rules"). */
typedef struct kc_column_set {
    const kc_command *cmd;
    const kc_option *flag; /* NULL for the command's own */
    const ke_columns *columns;
    char key[64];
} kc_column_set;

/* Calls `fn` for every column set of every command that has columns. */
typedef void (*kc_column_set_fn)(const kc_column_set *set, void *ctx);
void kc_column_sets_each(kc_column_set_fn fn, void *ctx);
void kc_columns_print(FILE *out, const ke_columns *cols, const char *sep);

/* Whether a common option takes the next word as its value ("--where X";
 * not "--color", whose value is only ever "--color=WHEN"). */
static inline int kc_common_takes_value(const kc_common_option *o)
{
    return o->has_arg == 1 || o->has_arg == KC_REPEATABLE;
}

/* The first word in capitals of a command's usage ("METRIC" in "METRIC
 * [--year YYYY]"), the name of its positional words; "ARG" if none. */
void kc_usage_argument(const kc_command *cmd, char *buf, size_t size);

/* Number of a command's options (before the {NULL} terminator). */
size_t kc_option_count(const kc_command *cmd);

/* One writer per shell: the whole script to `out`. */
void kc_completion_bash(FILE *out);
void kc_completion_zsh(FILE *out);
void kc_completion_fish(FILE *out);

#endif
