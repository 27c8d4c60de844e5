/* The command table: every subcommand is one cmd-*.c file exporting one
 * kc_command. Help, usage and shell completion are generated from it. */
#ifndef KAIECO_CLI_COMMAND_H
#define KAIECO_CLI_COMMAND_H

#include <stddef.h>
#include <stdio.h>
#include "kaieco/format.h"
#include "kaieco/load.h"
#include "kaieco/query.h"

/* What a value (an option's, or a positional word) can be, for shell
 * completion: the words to offer come from the built-in dataset, the
 * command table or the file system (completion.c). */
typedef enum kc_values {
    KC_VALUES_NONE = 0,         /* free text (a year, a number, a date) */
    KC_VALUES_METRIC,           /* metric ids */
    KC_VALUES_METRIC_BY_COUNTRY, /* metric ids with figures by country (rank's) */
    KC_VALUES_COUNTRY,          /* alpha-2 codes */
    KC_VALUES_ENTITY,           /* alpha-2 codes and entity ids */
    KC_VALUES_ORGANIZATION,     /* organisation ids */
    KC_VALUES_SOURCE,           /* source ids */
    KC_VALUES_TAG,              /* event tags */
    KC_VALUES_COLUMNS,          /* the command's column names, comma-separated */
    KC_VALUES_SORT_KEYS,        /* the same, each may start with '-' */
    KC_VALUES_EXPRESSION,       /* a --where expression: starts with a column */
    KC_VALUES_FORMAT,           /* ke_format_names */
    KC_VALUES_LANG,             /* kc_lang_names */
    KC_VALUES_COLOR,            /* kc_color_names */
    KC_VALUES_COMMAND,          /* command names and aliases */
    KC_VALUES_SHELL,            /* kc_shell_names */
    KC_VALUES_FILE,             /* a file or directory */
    KC_N_VALUES
} kc_values;

/* An option of one command (the common options are in options.c). */
typedef struct kc_option {
    const char *name;     /* long name without "--" */
    int has_arg;          /* 0: a flag; 1: takes a value; KC_REPEATABLE: takes a
                           * value and may be given again, the values joined
                           * with commas ("--metric a --metric b,c" is "a,b,c") */
    const char *arg_name; /* "YYYY", shown in help */
    const char *help;
    char short_name;      /* one-letter form ("-o"), or 0 */
    kc_values values;     /* what its value can be */
    const ke_columns *columns; /* a flag that changes the result's columns
                                * (contest --rules): those, or NULL */
} kc_option;

#define KC_MAX_OPTIONS 8
#define KC_REPEATABLE 2

/* What a command's handler gets: its positional words, the values of its
 * own options (NULL when not given), and the language chosen. */
typedef struct kc_invocation {
    const struct kc_command *cmd;
    const ke_dataset *ds;
    char **args;
    size_t n_args;
    const char *opt_values[KC_MAX_OPTIONS];
    char *joined[KC_MAX_OPTIONS]; /* storage of repeated options' values (main.c) */
    ke_lang lang;
    const struct kc_common *common; /* the common options given */
} kc_invocation;

typedef ke_table *(*kc_handler)(const kc_invocation *inv, ke_error *err);
/* For the two commands whose output is text, not a table (help and
 * completion): write to `out`, return 0, or set err and return -1. */
typedef int (*kc_text_handler)(const kc_invocation *inv, FILE *out, ke_error *err);

typedef struct kc_command {
    const char *name;
    const char *const *aliases; /* NULL-terminated, or NULL */
    const char *summary;        /* one line for `kaieco --help` */
    const char *usage;          /* arguments after the name: "METRIC [--year YYYY]" */
    const char *description;    /* a paragraph for `kaieco help NAME` */
    size_t min_args, max_args;  /* positional words; max (size_t)-1 = any */
    const kc_option *options;   /* terminated by {NULL} */
    const ke_columns *columns;  /* the result table's columns, or NULL */
    kc_handler run;             /* a result table ... */
    kc_text_handler run_text;   /* ... or text; exactly one is set */
    int no_dataset;             /* reads no dataset: --data and --as-of do not apply */
    kc_values arg_values;       /* what its positional words can be */
    /* A text command that writes formats of its own (cite: text, bibtex,
     * ...): their names, NULL-terminated, the first the default; -f takes
     * only these for it. NULL: the table formats (ke_format_names). */
    const char *const *formats;
} kc_command;

extern const kc_command *const kc_commands[];
const kc_command *kc_command_find(const char *name);

/* Value of the command's own option `name`, or NULL when not given. */
const char *kc_opt(const kc_invocation *inv, const char *name);

/* Splits a comma-separated value ("a,b,,c") into its non-empty words, in
 * `*words` (malloc'd, as is the copy they point into, `*buf`); returns the
 * count, or -1 with `err` set when out of memory. Free both with free(). */
long kc_split_list(const char *value, char ***words, char **buf, ke_error *err);

/* cli.c: the whole command line; returns the exit status. */
int kc_main(int argc, char **argv);

/* Parses a count from 0 to KC_COUNT_MAX ("--top 5"); -1 with err set
 * otherwise, the message stating the range. */
#define KC_COUNT_MAX 1000000000L
long kc_parse_count(const char *s, const char *what, ke_error *err);

/* options.c: the options every command takes. */
typedef enum kc_color { KC_COLOR_AUTO = 0, KC_COLOR_ALWAYS, KC_COLOR_NEVER } kc_color;

#define KC_MAX_WHERE 16

typedef struct kc_common {
    ke_format format;
    const char *format_name; /* the format as given (-f, --json ...), or NULL */
    ke_lang lang;
    int lang_given;     /* --lang was on the command line */
    const char *fields; /* comma-separated, or NULL */
    const char *sort;   /* [-]KEY,..., or NULL */
    long limit;         /* -1: none */
    const char *where[KC_MAX_WHERE]; /* expressions, each checked when given */
    size_t n_where;
    int wide;           /* --wide */
    int no_header;      /* --no-header */
    int exit_status;    /* -e: status 1 for an empty result */
    kc_color color;
    int chart;          /* --chart */
    int no_pager;       /* --no-pager */
    int help;
    const char *data;   /* --data PATH, or NULL (then KAIECO_DATA) */
    const char *as_of;  /* --as-of DATE, or NULL */
} kc_common;

/* has_arg of a common option: 0 none, 1 required, KC_REPEATABLE required
 * and each one given kept (--where), KC_OPTIONAL_ARG optional ("--color"
 * or "--color=WHEN"). */
#define KC_OPTIONAL_ARG 3

typedef struct kc_common_option {
    const char *name;
    char short_name; /* 0: none */
    int has_arg;
    const char *arg_name;
    const char *help;
    kc_values values; /* what its value can be */
} kc_common_option;

extern const kc_common_option kc_common_options[];
/* The values of --lang and --color, NULL-terminated, indexed by ke_lang
 * and kc_color. */
extern const char *const kc_lang_names[];
extern const char *const kc_color_names[];
/* Applies one parsed common option (its long name); -1 with err set on a
 * bad value. */
int kc_common_set(kc_common *c, const char *name, const char *value, ke_error *err);
/* Defaults: table format, English, no limit, colour auto. */
void kc_common_init(kc_common *c);
/* Applies KAIECO_LANG unless --lang was given (an unknown one is a warning
 * on stderr, and English); returns 0. */
int kc_common_resolve_lang(kc_common *c, ke_error *err);
/* Options that do not go together (--chart with json, --no-header with a
 * format without header); -1 with err set. */
int kc_common_check(const kc_common *c, ke_error *err);
/* The format given, checked against what `cmd` writes: a table format,
 * or one of cmd->formats; -1 with err set (naming the closest) if not. */
int kc_common_check_format(const kc_common *c, const kc_command *cmd, ke_error *err);
/* The format a command with formats of its own writes: the one given, or
 * its first (default); its index in cmd->formats. */
size_t kc_command_format(const kc_invocation *inv);
/* --where, --sort, --limit, --fields, in that order. */
int kc_common_apply(const kc_common *c, ke_table *t, ke_error *err);

/* dataset.c: the dataset a command reads. */
typedef struct kc_data {
    const ke_dataset *ds; /* what the command queries */
    ke_dataset *loaded;   /* --data / KAIECO_DATA, or NULL */
    ke_dataset *dated;    /* --as-of, or NULL */
} kc_data;
/* The built-in dataset, or --data / KAIECO_DATA validated and loaded, then
 * --as-of applied. On an invalid dataset every mistake goes to stderr and
 * `err` gets the count (status 1). Returns 0 or -1. */
int kc_data_open(const kc_common *c, kc_data *d, ke_error *err);
void kc_data_close(kc_data *d);
/* "kaieco 0.2.0 (dataset 2026-05-17, 155 figures, 36 sources)" */
void kc_print_version(const ke_dataset *ds, FILE *out);
/* Prints a load's diagnostics and sets err to their count (status 1). */
void kc_report_diags(ke_diags *diags, ke_error *err);
/* terminal.c: what the CLI knows about standard output. */
typedef struct kc_terminal {
    int is_tty;       /* stdout is a terminal */
    size_t columns;   /* its width (TIOCGWINSZ, else COLUMNS, else 80); 0 when not a terminal */
    size_t rows;      /* its height (TIOCGWINSZ, else LINES, else 24); 0 when not a terminal */
    int no_color_env; /* NO_COLOR is set and not empty, or TERM is dumb */
} kc_terminal;

void kc_terminal_detect(kc_terminal *term);

/* The pager to write a tall answer through, as git and gh choose it:
 * KAIECO_PAGER, else PAGER, else "less -FRX"; NULL when it is set empty
 * (or to "cat"): no pager. */
const char *kc_pager_command(void);

/* Rendering options from the common options and the terminal: the view,
 * header, colour, width to cut to and chart width. In the table format
 * without --fields or --chart, adds the trend column to a table with
 * series (ke_table_add_trend). For --chart, checks that the table can be
 * drawn: -1 with err set, naming the commands that can chart, when not. */
#define KC_PIPED_WIDTH 100 /* the default table view's width when not at a terminal */
int kc_render_setup(const kc_common *c, const kc_terminal *term, ke_table *t,
                    ke_render_opts *opts, ke_error *err);

/* help.c */
extern const char kc_version_help[]; /* what --version does, in a few words */
/* Whether the table format adds a trend column to results with these
 * columns (a KE_SERIES and a KE_YEAR column: ke_table_add_trend). */
int kc_columns_have_trend(const ke_columns *cols);
void kc_print_top_help(FILE *out);
/* "Commands:" and one line per command: what --help shows, and what
 * kaieco alone prints on stderr. */
void kc_print_command_list(FILE *out);
void kc_print_command_help(const kc_command *cmd, FILE *out);

#endif
