/* The options every command takes: output format, language and rendering,
 * and the generic operations on the result table (--where, --sort,
 * --limit, --fields), applied here once for every command. */
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "date.h"
#include "kaieco/format.h"
#include "kaieco/messages.h"
#include "suggest.h"
#include "kaieco/where.h"

const kc_common_option kc_common_options[] = {
    {.name = "format", .short_name = 'f', .has_arg = 1, .arg_name = "FORMAT", .help = "output format: table (default), json, csv, tsv, ndjson, markdown", .values = KC_VALUES_FORMAT},
    {.name = "json", .help = "same as --format=json"},
    {.name = "csv", .help = "same as --format=csv"},
    {.name = "tsv", .help = "same as --format=tsv"},
    {.name = "lang", .has_arg = 1, .arg_name = "LANG", .help = "language of what people read: names, units, table headers, help and messages, and numbers in the table view: en (default), ko, ja (JSON keys and CSV headers do not change)", .values = KC_VALUES_LANG},
    {.name = "fields", .has_arg = 1, .arg_name = "COL,...", .help = "only these columns, in this order (every format)", .values = KC_VALUES_COLUMNS},
    {.name = "wide", .help = "table format: every column, not only the default view"},
    {.name = "where", .has_arg = KC_REPEATABLE, .arg_name = "EXPR", .help = "only rows where EXPR holds: COL = V, != < <= > >=, COL ~ TEXT, COL is [not] null, "
     "and, or, not, ( ); repeatable (all must hold)", .values = KC_VALUES_EXPRESSION},
    {.name = "sort", .has_arg = 1, .arg_name = "[-]COL,...", .help = "order rows by these columns, the first deciding (- for descending); missing values last", .values = KC_VALUES_SORT_KEYS},
    {.name = "limit", .has_arg = 1, .arg_name = "N", .help = "only the first N rows (N from 0 to 1000000000)"},
    {.name = "no-header", .help = "no header row (table, csv, tsv, markdown)"},
    {.name = "exit-status", .short_name = 'e', .help = "exit with status 1 when the result has no rows"},
    {.name = "color", .has_arg = KC_OPTIONAL_ARG, .arg_name = "WHEN", .help = "colour in the table format: auto (default; when stdout is a terminal and NO_COLOR is unset), always, never", .values = KC_VALUES_COLOR},
    {.name = "chart", .help = "table format: draw the number column as horizontal bars"},
    {.name = "no-pager", .help = "at a terminal, print a tall answer straight out rather than through the pager (KAIECO_PAGER, else PAGER, else less -FRX)"},
    {.name = "data", .has_arg = 1, .arg_name = "PATH", .help = "use the dataset in PATH (a JSON file or a directory of them, as 'kaieco export' writes) instead of the built-in one; default KAIECO_DATA", .values = KC_VALUES_FILE},
    {.name = "as-of", .has_arg = 1, .arg_name = "DATE", .help = "answer as the dataset stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD): only what its sources had published by then"},
    {.name = "help", .short_name = 'h', .help = "show help for the command"},
    {0},
};

const char *const kc_lang_names[] = {"en", "ko", "ja", NULL};
const char *const kc_color_names[] = {"auto", "always", "never", NULL};

static int parse_choice(const char *s, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

static void bad_choice(ke_error *err, const char *what, const char *value,
                       const char *const *choices)
{
    ke_suggester s;
    ke_suggest_init(&s, value);
    for (size_t i = 0; choices[i]; i++)
        ke_suggest_add(&s, choices[i]);
    const char *best = ke_suggest_result(&s);
    if (best) {
        ke_error_set(err, KE_EXIT_USAGE, "unknown %s '%s'; did you mean '%s'?", ke_msg(what), value, best);
        return;
    }
    char list[128] = "";
    for (size_t i = 0; choices[i]; i++) {
        size_t len = strlen(list);
        snprintf(list + len, sizeof list - len, "%s%s", i ? ", " : "", choices[i]);
    }
    ke_error_set(err, KE_EXIT_USAGE, "unknown %s '%s' (expected one of: %s)", ke_msg(what), value, list);
}

void kc_common_init(kc_common *c)
{
    memset(c, 0, sizeof *c);
    c->format = KE_FMT_TABLE;
    c->lang = KE_LANG_EN; /* whatever the locale: output must not depend on it */
    c->limit = -1;
    c->color = KC_COLOR_AUTO;
}

int kc_common_resolve_lang(kc_common *c, ke_error *err)
{
    /* KAIECO_LANG only matters when --lang was not given, and only for a
     * command that prints names: a bad value must not block --help,
     * --version or an explicit --lang. */
    const char *env = getenv("KAIECO_LANG");
    if (c->lang_given || !env || !*env)
        return 0;
    int i = parse_choice(env, kc_lang_names);
    if (i < 0) {
        /* a setting of the environment, not of this command line: a
         * warning, and English, rather than every command failing */
        ke_error why;
        bad_choice(&why, "language", env, kc_lang_names);
        char *shown = ke_utf8_escape(why.message);
        fprintf(stderr, "kaieco: warning: %s (from KAIECO_LANG); using en\n", shown ? shown : "?");
        free(shown);
        (void)err;
        return 0;
    }
    c->lang = (ke_lang)i;
    return 0;
}

int kc_common_set(kc_common *c, const char *name, const char *value, ke_error *err)
{
    if (strcmp(name, "format") == 0) {
        /* checked once the command is known (kc_common_check_format): a
         * command may write formats of its own (cite -f bibtex) */
        c->format_name = value;
        if (ke_format_parse(value, &c->format) != 0)
            c->format = KE_FMT_TABLE;
    } else if (strcmp(name, "json") == 0) {
        c->format = KE_FMT_JSON;
        c->format_name = "json";
    } else if (strcmp(name, "csv") == 0) {
        c->format = KE_FMT_CSV;
        c->format_name = "csv";
    } else if (strcmp(name, "tsv") == 0) {
        c->format = KE_FMT_TSV;
        c->format_name = "tsv";
    } else if (strcmp(name, "lang") == 0) {
        int i = parse_choice(value, kc_lang_names);
        if (i < 0) {
            bad_choice(err, "language", value, kc_lang_names);
            return -1;
        }
        c->lang = (ke_lang)i;
        c->lang_given = 1;
        ke_set_message_lang(c->lang); /* the messages from here on */
    } else if (strcmp(name, "fields") == 0) {
        c->fields = value;
    } else if (strcmp(name, "sort") == 0) {
        c->sort = value;
    } else if (strcmp(name, "limit") == 0) {
        if ((c->limit = kc_parse_count(value, "--limit", err)) < 0)
            return -1;
    } else if (strcmp(name, "where") == 0) {
        /* syntax now, so that a mistake stops before the query runs; the
         * columns are checked against the result */
        ke_where *w = ke_where_parse(value, "--where", err);
        if (!w)
            return -1;
        ke_where_free(w);
        if (c->n_where == KC_MAX_WHERE) {
            ke_error_set(err, KE_EXIT_USAGE, "too many --where expressions (at most %d); join them with 'and'",
                         KC_MAX_WHERE);
            return -1;
        }
        c->where[c->n_where++] = value;
    } else if (strcmp(name, "data") == 0) {
        c->data = value;
    } else if (strcmp(name, "as-of") == 0) {
        int prec;
        if (!ke_date_parse(value, &prec)) {
            ke_error_set(err, KE_EXIT_USAGE,
                         "invalid date '%s' for --as-of (expected YYYY, YYYY-MM or YYYY-MM-DD)", value);
            return -1;
        }
        c->as_of = value;
    } else if (strcmp(name, "wide") == 0) {
        c->wide = 1;
    } else if (strcmp(name, "no-header") == 0) {
        c->no_header = 1;
    } else if (strcmp(name, "exit-status") == 0) {
        c->exit_status = 1;
    } else if (strcmp(name, "color") == 0) {
        int i = value ? parse_choice(value, kc_color_names) : KC_COLOR_ALWAYS;
        if (i < 0) {
            bad_choice(err, "--color value", value, kc_color_names);
            return -1;
        }
        c->color = (kc_color)i;
    } else if (strcmp(name, "chart") == 0) {
        c->chart = 1;
    } else if (strcmp(name, "no-pager") == 0) {
        c->no_pager = 1;
    } else if (strcmp(name, "help") == 0) {
        c->help = 1;
    }
    return 0;
}

int kc_common_check_format(const kc_common *c, const kc_command *cmd, ke_error *err)
{
    ke_format f;
    if (!cmd || !cmd->formats) {
        if (c->format_name && ke_format_parse(c->format_name, &f) != 0) {
            bad_choice(err, "format", c->format_name, ke_format_names);
            return -1;
        }
        return 0;
    }
    if (c->format_name && parse_choice(c->format_name, cmd->formats) < 0) {
        bad_choice(err, "format", c->format_name, cmd->formats);
        char why[sizeof err->message];
        memcpy(why, err->message, sizeof why);
        ke_error_set(err, KE_EXIT_USAGE, "%s: %s", cmd->name, why);
        return -1;
    }
    if (c->no_header || c->chart) {
        ke_error_set(err, KE_EXIT_USAGE, "%s: %s writes no table", c->chart ? "--chart" : "--no-header",
                     cmd->name);
        return -1;
    }
    return 0;
}

size_t kc_command_format(const kc_invocation *inv)
{
    const char *name = inv->common ? inv->common->format_name : NULL;
    int i = name ? parse_choice(name, inv->cmd->formats) : 0;
    return i < 0 ? 0 : (size_t)i;
}

int kc_common_check(const kc_common *c, ke_error *err)
{
    const char *fmt = ke_format_names[c->format];
    if (c->chart && c->format != KE_FMT_TABLE) {
        ke_error_set(err, KE_EXIT_USAGE, "--chart draws in the table format only, not %s", fmt);
        return -1;
    }
    if (c->no_header && !ke_format_has_header(c->format)) {
        ke_error_set(err, KE_EXIT_USAGE,
                     "--no-header: %s has no header row (only table, csv, tsv and markdown have one)",
                     fmt);
        return -1;
    }
    return 0;
}

int kc_common_apply(const kc_common *c, ke_table *t, ke_error *err)
{
    for (size_t i = 0; i < c->n_where; i++) { /* repeated: each must hold */
        ke_where *w = ke_where_parse(c->where[i], "--where", err);
        int rc = w ? ke_table_filter(t, w, err) : -1;
        ke_where_free(w);
        if (rc != 0)
            return -1;
    }
    if (c->sort && ke_table_sort_spec(t, c->sort, err) != 0)
        return -1;
    if (c->limit >= 0)
        ke_table_limit(t, (size_t)c->limit);
    if (c->fields && ke_table_select_spec(t, c->fields, err) != 0)
        return -1;
    return 0;
}

/* Whether a command's table has exactly one number column to chart. */
static int can_chart(const kc_command *cmd)
{
    size_t n = 0;
    for (size_t i = 0; cmd->columns && i < cmd->columns->n; i++)
        n += cmd->columns->cols[i].type == KE_COL_NUM;
    return n == 1 && cmd->run; /* brief's table of sentences is no chart */
}

int kc_render_setup(const kc_common *c, const kc_terminal *term, ke_table *t,
                    ke_render_opts *opts, ke_error *err)
{
    ke_render_opts_init(opts);
    opts->lang = c->lang;
    opts->header = !c->no_header;
    /* --fields chooses the columns: the table shows them all */
    opts->wide = c->wide || c->fields;
    opts->chart = c->chart;
    opts->exact = c->fields != NULL;
    if (term->is_tty) {
        opts->width = term->columns;
        opts->chart_width = term->columns;
        opts->wrap = 1;
    } else if (!opts->wide) {
        /* piped, the default view is fitted to a fixed width, the same
         * whatever the terminal, with its notes one line each */
        opts->width = KC_PIPED_WIDTH;
    }
    opts->color = c->color == KC_COLOR_ALWAYS ||
                  (c->color == KC_COLOR_AUTO && term->is_tty && !term->no_color_env);
    if (c->format != KE_FMT_TABLE)
        return 0;
    if (c->chart) {
        if (ke_chart_column(t, err) >= 0)
            return 0;
        char list[256] = "";
        for (size_t i = 0; kc_commands[i]; i++)
            if (can_chart(kc_commands[i])) {
                size_t len = strlen(list);
                snprintf(list + len, sizeof list - len, "%s%s", len ? ", " : "", kc_commands[i]->name);
            }
        char why[sizeof err->message];
        memcpy(why, err->message, sizeof why);
        ke_error_set(err, KE_EXIT_USAGE, "%s; commands that can chart: %s", why, list);
        return -1;
    }
    if (!c->fields && ke_table_add_trend(t) < 0) {
        ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
        return -1;
    }
    return 0;
}
