/* The options every command takes: output format and language, and the
 * generic operations on the result table (--where, --sort, --limit,
 * --fields), applied here once for every command. */
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "kaieco/date.h"
#include "kaieco/format.h"
#include "kaieco/suggest.h"

const kc_common_option kc_common_options[] = {
    {"format", 'f', 1, "FORMAT", "output format: table (default), json, csv, tsv"},
    {"json", 0, 0, NULL, "same as --format=json"},
    {"csv", 0, 0, NULL, "same as --format=csv"},
    {"lang", 0, 1, "LANG", "language of names and table headers: en (default), ko, ja"},
    {"fields", 0, 1, "COL,...", "only these columns, in this order"},
    {"sort", 0, 1, "[-]COL", "order rows by a column (- for descending); missing values last"},
    {"limit", 0, 1, "N", "only the first N rows"},
    {"where", 0, 1, "COL=VALUE", "only rows whose COL equals VALUE (ASCII case-insensitive; repeatable)"},
    {"data", 0, 1, "PATH", "use the dataset in PATH (a JSON file or a directory of them, as 'kaieco export' writes) instead of the built-in one; default KAIECO_DATA"},
    {"as-of", 0, 1, "DATE", "answer as the dataset stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD): only what its sources had published by then"},
    {"help", 'h', 0, NULL, "show help for the command"},
    {NULL, 0, 0, NULL, NULL},
};

static int parse_lang(const char *s, ke_lang *out)
{
    static const char *const names[] = {"en", "ko", "ja"};
    for (int i = 0; i < 3; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (ke_lang)i;
            return 0;
        }
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
    if (best)
        ke_error_set(err, KE_EXIT_USAGE, "unknown %s '%s'; did you mean '%s'?", what, value, best);
    else
        ke_error_set(err, KE_EXIT_USAGE, "unknown %s '%s' (expected one of: %s)", what, value,
                     strcmp(what, "language") == 0 ? "en, ko, ja" : "table, json, csv, tsv");
}

static const char *const lang_names[] = {"en", "ko", "ja", NULL};

void kc_common_init(kc_common *c)
{
    memset(c, 0, sizeof *c);
    c->format = KE_FMT_TABLE;
    c->lang = KE_LANG_EN; /* whatever the locale: output must not depend on it */
    c->limit = -1;
}

int kc_common_resolve_lang(kc_common *c, ke_error *err)
{
    /* KAIECO_LANG only matters when --lang was not given, and only for a
     * command that prints names: a bad value must not block --help,
     * --version or an explicit --lang. */
    const char *env = getenv("KAIECO_LANG");
    if (c->lang_given || !env || !*env)
        return 0;
    if (parse_lang(env, &c->lang) != 0) {
        bad_choice(err, "language", env, lang_names);
        strncat(err->message, " (from KAIECO_LANG)", sizeof err->message - strlen(err->message) - 1);
        return -1;
    }
    return 0;
}

int kc_common_set(kc_common *c, const char *name, const char *value, ke_error *err)
{
    if (strcmp(name, "format") == 0) {
        if (ke_format_parse(value, &c->format) != 0) {
            bad_choice(err, "format", value, ke_format_names);
            return -1;
        }
    } else if (strcmp(name, "json") == 0) {
        c->format = KE_FMT_JSON;
    } else if (strcmp(name, "csv") == 0) {
        c->format = KE_FMT_CSV;
    } else if (strcmp(name, "lang") == 0) {
        if (parse_lang(value, &c->lang) != 0) {
            bad_choice(err, "language", value, lang_names);
            return -1;
        }
        c->lang_given = 1;
    } else if (strcmp(name, "fields") == 0) {
        c->fields = value;
    } else if (strcmp(name, "sort") == 0) {
        c->sort = value;
    } else if (strcmp(name, "limit") == 0) {
        if ((c->limit = kc_parse_count(value, "--limit", err)) < 0)
            return -1;
    } else if (strcmp(name, "where") == 0) {
        if (!strchr(value, '=') || value[0] == '=') {
            ke_error_set(err, KE_EXIT_USAGE, "invalid filter '%s' for --where (expected COLUMN=VALUE)", value);
            return -1;
        }
        if (c->n_where == sizeof c->where / sizeof c->where[0]) {
            ke_error_set(err, KE_EXIT_USAGE, "too many --where filters (at most 16)");
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
    } else if (strcmp(name, "help") == 0) {
        c->help = 1;
    }
    return 0;
}

int kc_common_apply(const kc_common *c, ke_table *t, ke_error *err)
{
    for (size_t i = 0; i < c->n_where; i++) {
        const char *eq = strchr(c->where[i], '=');
        size_t klen = (size_t)(eq - c->where[i]);
        char key[128];
        if (klen >= sizeof key)
            klen = sizeof key - 1;
        memcpy(key, c->where[i], klen);
        key[klen] = '\0';
        if (ke_table_where(t, key, eq + 1, err) != 0)
            return -1;
    }
    if (c->sort) {
        int desc = c->sort[0] == '-';
        if (ke_table_sort(t, c->sort + desc, desc, err) != 0)
            return -1;
    }
    if (c->limit >= 0)
        ke_table_limit(t, (size_t)c->limit);
    if (c->fields) {
        char *copy = strdup(c->fields);
        const char *keys[64];
        size_t n = 0;
        for (char *save = NULL, *tok = strtok_r(copy, ",", &save); tok && n < 64;
             tok = strtok_r(NULL, ",", &save))
            keys[n++] = tok;
        int rc = n ? ke_table_select(t, keys, n, err) : -1;
        if (!n)
            ke_error_set(err, KE_EXIT_USAGE, "--fields needs at least one column name");
        free(copy);
        if (rc != 0)
            return -1;
    }
    return 0;
}
