/* What shell completion offers, shared by the bash, zsh and fish writers:
 * value words from the built-in dataset and the command table, and the
 * column sets of every command's result. */
#include <stdlib.h>
#include <string.h>

#include "completion.h"

const char *const kc_shell_names[] = {"bash", "zsh", "fish", NULL};

static const char *const value_names[KC_N_VALUES] = {
    [KC_VALUES_NONE] = "none",
    [KC_VALUES_METRIC] = "metric",
    [KC_VALUES_METRIC_BY_COUNTRY] = "metric-by-country",
    [KC_VALUES_COUNTRY] = "country",
    [KC_VALUES_ENTITY] = "entity",
    [KC_VALUES_ORGANIZATION] = "organization",
    [KC_VALUES_SOURCE] = "source",
    [KC_VALUES_TAG] = "tag",
    [KC_VALUES_COLUMNS] = "columns",
    [KC_VALUES_SORT_KEYS] = "sort-keys",
    [KC_VALUES_EXPRESSION] = "expression",
    [KC_VALUES_FORMAT] = "format",
    [KC_VALUES_LANG] = "lang",
    [KC_VALUES_COLOR] = "color",
    [KC_VALUES_COMMAND] = "command",
    [KC_VALUES_SHELL] = "shell",
    [KC_VALUES_FILE] = "file",
};

const char *kc_values_name(kc_values v)
{
    return v < KC_N_VALUES && value_names[v] ? value_names[v] : "none";
}

int kc_word_is_plain(const char *word)
{
    if (!*word)
        return 0;
    for (const char *p = word; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              strchr("._+-", *p)))
            return 0;
    return 1;
}

static void each_name(const char *const *names, kc_word_fn fn, void *ctx)
{
    for (size_t i = 0; names[i]; i++)
        fn(names[i], ctx);
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every tag of every event, sorted, each once. */
static void each_tag(const ke_dataset *ds, kc_word_fn fn, void *ctx)
{
    size_t n = 0;
    for (size_t i = 0; i < ds->n_events; i++)
        n += ds->events[i].tags.n;
    const char **tags = malloc((n ? n : 1) * sizeof *tags);
    if (!tags) {
        fputs("kaieco: out of memory\n", stderr);
        exit(KE_EXIT_RUNTIME);
    }
    n = 0;
    for (size_t i = 0; i < ds->n_events; i++)
        for (size_t t = 0; t < ds->events[i].tags.n; t++)
            tags[n++] = ke_item(ds, ds->events[i].tags, t);
    qsort(tags, n, sizeof *tags, compare_strings);
    for (size_t i = 0; i < n; i++)
        if (i == 0 || strcmp(tags[i], tags[i - 1]) != 0)
            fn(tags[i], ctx);
    free(tags);
}

/* The metrics `rank` takes: by_country in the metrics query, which owns
 * that rule. */
static void each_metric_by_country(const ke_dataset *ds, kc_word_fn fn, void *ctx)
{
    ke_error err = {0};
    ke_table *t = ke_query_metrics(ds, KE_LANG_EN, &err);
    if (!t) {
        fprintf(stderr, "kaieco: %s\n", err.message);
        exit(err.status ? err.status : KE_EXIT_RUNTIME);
    }
    int metric = ke_table_col(t, "metric"), by_country = ke_table_col(t, "by_country");
    for (size_t r = 0; r < t->n_rows; r++) {
        const char *flag = ke_table_cell(t, r, (size_t)by_country)->text;
        if (flag && strcmp(flag, "true") == 0)
            fn(ke_table_cell(t, r, (size_t)metric)->text, ctx);
    }
    ke_table_free(t);
}

typedef struct plain_filter {
    kc_described_fn fn;
    void *ctx;
} plain_filter;

static void only_plain_described(const char *word, const char *desc, void *ctx)
{
    plain_filter *f = ctx;
    if (kc_word_is_plain(word))
        f->fn(word, desc, f->ctx);
}

static void only_plain(const char *word, void *ctx)
{
    only_plain_described(word, NULL, ctx);
}

/* A metric id with its name, for the metrics `rank` takes. */
typedef struct metric_namer {
    const ke_dataset *ds;
    plain_filter *f;
} metric_namer;

static void metric_with_name(const char *id, void *ctx)
{
    metric_namer *m = ctx;
    const ke_metric *metric = ke_metric_by_id(m->ds, id);
    only_plain_described(id, metric ? ke_name(m->ds, &metric->name, KE_LANG_EN) : NULL, m->f);
}

void kc_values_each_described(kc_values v, kc_described_fn fn, void *ctx)
{
    const ke_dataset *ds = ke_builtin_dataset();
    plain_filter f = {fn, ctx};
    switch (v) {
    case KC_VALUES_METRIC:
        for (size_t i = 0; i < ds->n_metrics; i++)
            only_plain_described(ke_s(ds, ds->metrics[i].id), ke_name(ds, &ds->metrics[i].name, KE_LANG_EN), &f);
        break;
    case KC_VALUES_METRIC_BY_COUNTRY: {
        metric_namer m = {ds, &f};
        each_metric_by_country(ds, metric_with_name, &m);
        break;
    }
    case KC_VALUES_ENTITY: /* a country, or an organisation, model, person ... */
    case KC_VALUES_COUNTRY:
        for (size_t i = 0; i < ds->n_countries; i++)
            only_plain_described(ke_s(ds, ds->countries[i].alpha2),
                                 ke_name(ds, &ds->countries[i].name, KE_LANG_EN), &f);
        for (size_t i = 0; v == KC_VALUES_ENTITY && i < ds->n_entities; i++)
            only_plain_described(ke_s(ds, ds->entities[i].id), ke_name(ds, &ds->entities[i].name, KE_LANG_EN), &f);
        break;
    case KC_VALUES_ORGANIZATION:
        for (size_t i = 0; i < ds->n_entities; i++)
            if (ds->entities[i].kind == KE_ENTITY_ORGANIZATION)
                only_plain_described(ke_s(ds, ds->entities[i].id),
                                     ke_name(ds, &ds->entities[i].name, KE_LANG_EN), &f);
        break;
    case KC_VALUES_SOURCE:
        for (size_t i = 0; i < ds->n_sources; i++)
            only_plain_described(ke_s(ds, ds->sources[i].id), ke_s(ds, ds->sources[i].outlet), &f);
        break;
    case KC_VALUES_TAG:
        each_tag(ds, only_plain, &f);
        break;
    case KC_VALUES_FORMAT:
        each_name(ke_format_names, only_plain, &f);
        break;
    case KC_VALUES_LANG:
        each_name(kc_lang_names, only_plain, &f);
        break;
    case KC_VALUES_COLOR:
        each_name(kc_color_names, only_plain, &f);
        break;
    case KC_VALUES_SHELL:
        each_name(kc_shell_names, only_plain, &f);
        break;
    case KC_VALUES_COMMAND:
        for (size_t i = 0; kc_commands[i]; i++) {
            only_plain_described(kc_commands[i]->name, kc_commands[i]->summary, &f);
            for (size_t a = 0; kc_commands[i]->aliases && kc_commands[i]->aliases[a]; a++)
                only_plain_described(kc_commands[i]->aliases[a], kc_commands[i]->summary, &f);
        }
        break;
    default: /* free text, files and columns are not a fixed list */
        break;
    }
}

typedef struct undescribed {
    kc_word_fn fn;
    void *ctx;
} undescribed;

static void drop_description(const char *word, const char *desc, void *ctx)
{
    (void)desc;
    undescribed *u = ctx;
    u->fn(word, u->ctx);
}

void kc_values_each(kc_values v, kc_word_fn fn, void *ctx)
{
    undescribed u = {fn, ctx};
    kc_values_each_described(v, drop_description, &u);
}

int kc_values_listed(kc_values v)
{
    switch (v) {
    case KC_VALUES_NONE:
    case KC_VALUES_FILE:
    case KC_VALUES_COLUMNS:
    case KC_VALUES_SORT_KEYS:
    case KC_VALUES_EXPRESSION:
        return 0;
    default:
        return 1;
    }
}

typedef struct printer {
    FILE *out;
    const char *sep;
    size_t n;
} printer;

static void print_word(const char *word, void *ctx)
{
    printer *p = ctx;
    fprintf(p->out, "%s%s", p->n++ ? p->sep : "", word);
}

void kc_values_print(FILE *out, kc_values v, const char *sep)
{
    printer p = {out, sep, 0};
    kc_values_each(v, print_word, &p);
}

void kc_columns_print(FILE *out, const ke_columns *cols, const char *sep)
{
    printer p = {out, sep, 0};
    for (size_t i = 0; i < cols->n; i++)
        if (kc_word_is_plain(cols->cols[i].key))
            print_word(cols->cols[i].key, &p);
}

void kc_column_sets_each(kc_column_set_fn fn, void *ctx)
{
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *cmd = kc_commands[i];
        if (!cmd->columns)
            continue;
        kc_column_set set = {cmd, NULL, cmd->columns, ""};
        snprintf(set.key, sizeof set.key, "%s", cmd->name);
        fn(&set, ctx);
        for (size_t o = 0; cmd->options[o].name; o++) {
            if (!cmd->options[o].columns)
                continue;
            set.flag = &cmd->options[o];
            set.columns = cmd->options[o].columns;
            snprintf(set.key, sizeof set.key, "%s--%s", cmd->name, cmd->options[o].name);
            fn(&set, ctx);
        }
    }
}

size_t kc_option_count(const kc_command *cmd)
{
    size_t n = 0;
    while (cmd->options && cmd->options[n].name)
        n++;
    return n;
}

void kc_usage_argument(const kc_command *cmd, char *buf, size_t size)
{
    snprintf(buf, size, "ARG");
    for (const char *p = cmd->usage; *p;) {
        p += strspn(p, " [");
        size_t len = strcspn(p, " []."), caps = 0;
        while (caps < len && ((p[caps] >= 'A' && p[caps] <= 'Z') || p[caps] == '_'))
            caps++;
        if (len && caps == len) {
            snprintf(buf, size, "%.*s", (int)len, p);
            return;
        }
        p += len;
        p += strspn(p, "].");
    }
}

void kc_command_formats_print(FILE *out, const char *pattern_start, const char *alt, const char *pattern_end,
                              const char *sep, const char *end)
{
    for (size_t i = 0; kc_commands[i]; i++) {
        const kc_command *c = kc_commands[i];
        if (!c->formats)
            continue;
        fprintf(out, "%s%s", pattern_start, c->name);
        for (size_t a = 0; c->aliases && c->aliases[a]; a++)
            fprintf(out, "%s%s", alt, c->aliases[a]);
        fputs(pattern_end, out);
        for (size_t k = 0; c->formats[k]; k++)
            fprintf(out, "%s%s", k ? sep : "", c->formats[k]);
        fputs(end, out);
    }
}
