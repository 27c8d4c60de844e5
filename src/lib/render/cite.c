/* References to sources (kaieco/cite.h): which sources a table's rows name,
 * and each source as a line of text, a biblatex entry, a CSL JSON item or
 * a RIS record.
 *
 * A source's kind chooses its entry type, in one place (entry_type): the
 * seed articles are press (biblatex @article with journaltitle, CSL
 * article-newspaper, RIS NEWS), primary sources are reports (@report with
 * institution, report, RPRT), secondary sources are web pages (@online
 * with organization, webpage, ELEC): the dataset does not say which of
 * them are press, so none is called an article it may not be. Titles stay
 * in their own script, UTF-8. */
#include "kaieco/cite.h"
#include "kaieco/query.h"
#include "base/words.h"
#include "render/cite_text.h"
#include "render/wrap.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

const char *const ke_cite_format_names[] = {"text", "bibtex", "csl-json", "ris", NULL};

/* ---- which sources a table names -------------------------------------- */

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int source_named(const ke_table *t, size_t c)
{
    const char *k = t->cols[c].key;
    if (strcmp(k, "source") == 0 || strncmp(k, "source_", 7) == 0 || ends_with(k, "_source"))
        return 1;
    return strcmp(k, "id") == 0 && ke_table_col(t, "outlet") >= 0; /* kaieco sources */
}

size_t ke_cite_collect(const ke_dataset *ds, const ke_table *t, const ke_source ***out, ke_error *err)
{
    unsigned char *holds = calloc(t->n_cols ? t->n_cols : 1, 1);
    const ke_source **found = malloc((t->n_rows * t->n_cols + 1) * sizeof *found);
    size_t n = 0, n_holding = 0;
    if (!holds || !found) {
        free(holds);
        free(found);
        ke_error_set(err, KE_EXIT_RUNTIME, "out of memory");
        return (size_t)-1;
    }
    /* `source` holds source ids; another column named so does when one of
     * its values is one (source_kind's "article" is none); then every
     * value must be one */
    for (size_t c = 0; c < t->n_cols; c++) {
        if (!source_named(t, c))
            continue;
        holds[c] = strcmp(t->cols[c].key, "source") == 0;
        for (size_t r = 0; r < t->n_rows && !holds[c]; r++) {
            const char *s = ke_table_cell(t, r, c)->text;
            holds[c] = s && ke_source_find(ds, s) != NULL;
        }
        n_holding += holds[c];
    }
    if (!n_holding && t->n_rows) {
        char list[256] = "";
        for (size_t c = 0; c < t->n_cols; c++) {
            size_t len = strlen(list);
            snprintf(list + len, sizeof list - len, "%s%s", c ? ", " : "", t->cols[c].key);
        }
        ke_error_set(err, KE_EXIT_RUNTIME,
                     "no column of the input holds source ids (it has: %s); cite reads kaieco output "
                     "with a source column, as json, ndjson, csv or tsv",
                     t->n_cols ? list : "no columns");
        goto fail;
    }
    for (size_t r = 0; r < t->n_rows; r++)
        for (size_t c = 0; c < t->n_cols; c++) {
            const char *s = ke_table_cell(t, r, c)->text;
            if (!holds[c] || !s)
                continue;
            const ke_source *src = ke_source_find(ds, s);
            if (!src) {
                ke_error_set(err, KE_EXIT_RUNTIME,
                             "row %zu of the input names source '%s' in column '%s', which the dataset does not have",
                             r + 1, s, t->cols[c].key);
                goto fail;
            }
            size_t k = 0;
            while (k < n && found[k] != src)
                k++;
            if (k == n)
                found[n++] = src;
        }
    free(holds);
    *out = found;
    return n;
fail:
    free(holds);
    free(found);
    return (size_t)-1;
}

/* ---- entry types -------------------------------------------------------- */

typedef struct entry_type {
    const char *bibtex, *bib_outlet; /* entry type, the field naming the outlet */
    const char *csl, *csl_outlet;
    const char *ris, *ris_outlet;
} entry_type;

static const entry_type *entry_type_of(const ke_source *s)
{
    static const entry_type press = {"article", "journaltitle", "article-newspaper", "container-title", "NEWS", "T2"};
    static const entry_type report = {"report", "institution", "report", "publisher", "RPRT", "PB"};
    static const entry_type web = {"online", "organization", "webpage", "container-title", "ELEC", "T2"};
    switch (s->kind) {
    case KE_SOURCE_ARTICLE:
        return &press;
    case KE_SOURCE_PRIMARY:
        return &report;
    default:
        return &web;
    }
}

static const char *langid(const char *language)
{
    if (strcmp(language, "ko") == 0)
        return "korean";
    if (strcmp(language, "ja") == 0)
        return "japanese";
    return "english";
}

/* ---- text --------------------------------------------------------------- */

/* A Korean or Japanese reference names the outlet as its readers know it
 * (경향신문, 京郷新聞); the title stays in its own language. */
void ke_cite_text_body(const ke_dataset *ds, const ke_source *s, ke_lang lang, FILE *out)
{
    char date[64];
    ke_date_words(ke_s(ds, s->date.text), lang, date, sizeof date);
    switch (lang) {
    case KE_LANG_KO:
        fprintf(out, "%s, 「%s」, %s.", KE_OUTLET_IN(ds, s, lang), ke_s(ds, s->title), date);
        break;
    case KE_LANG_JA:
        fprintf(out, "%s「%s」%s。", KE_OUTLET_IN(ds, s, lang), ke_s(ds, s->title), date);
        break;
    default:
        fprintf(out, "%s, \"%s\", %s.", ke_s(ds, s->outlet), ke_s(ds, s->title), date);
        break;
    }
    if (ke_s(ds, s->url))
        fprintf(out, lang == KE_LANG_JA ? "%s" : " %s", ke_s(ds, s->url));
    if (ke_s(ds, s->url) && ke_s(ds, s->checked.text)) { /* the day the page was last read */
        char checked[64];
        ke_date_words(ke_s(ds, s->checked.text), lang, checked, sizeof checked);
        fprintf(out, lang == KE_LANG_KO ? " (%s 확인)" : lang == KE_LANG_JA ? "（%s閲覧）" : " (accessed %s)", checked);
    }
}

/* "[id] " and the reference; at a terminal (width), wrapped under it */
static int write_text(const ke_dataset *ds, const ke_source *s, ke_lang lang, size_t width, FILE *out)
{
    char *body = NULL, prefix[128];
    size_t len = 0;
    FILE *f = open_memstream(&body, &len);
    if (!f)
        return -1;
    ke_cite_text_body(ds, s, lang, f);
    fclose(f);
    snprintf(prefix, sizeof prefix, "[%s] ", ke_s(ds, s->id));
    ke_line l = {0};
    ke_wrap(&l, out, prefix, body, width, 4);
    free(body);
    free(l.buf);
    return l.failed ? -1 : 0;
}

/* ---- biblatex ----------------------------------------------------------- */

/* A field value inside braces: TeX's special characters escaped. */
static void bib_text(const char *s, FILE *out)
{
    for (; *s; s++) {
        switch (*s) {
        case '\\':
            fputs("\\textbackslash{}", out);
            break;
        case '{':
        case '}':
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
            fputc('\\', out);
            fputc(*s, out);
            break;
        case '~':
            fputs("\\textasciitilde{}", out);
            break;
        case '^':
            fputs("\\textasciicircum{}", out);
            break;
        default:
            fputc((unsigned char)*s < 0x20 ? ' ' : *s, out);
        }
    }
}

static void write_bibtex(const ke_dataset *ds, const ke_source *s, int first, FILE *out)
{
    const entry_type *e = entry_type_of(s);
    fprintf(out, "%s@%s{%s,\n  title = {", first ? "" : "\n", e->bibtex, ke_s(ds, s->id));
    bib_text(ke_s(ds, s->title), out);
    fprintf(out, "},\n  %s = {", e->bib_outlet);
    bib_text(ke_s(ds, s->outlet), out);
    fprintf(out, "},\n  date = {%s},\n  langid = {%s},\n", ke_s(ds, s->date.text), langid(ke_s(ds, s->language)));
    /* url is verbatim in biblatex: only a brace could end it early, and
     * no URL holds one unescaped (they are %7B, %7D) */
    if (ke_s(ds, s->url) && !strpbrk(ke_s(ds, s->url), "{}"))
        fprintf(out, "  url = {%s},\n", ke_s(ds, s->url));
    if (ke_s(ds, s->url) && ke_s(ds, s->checked.text))
        fprintf(out, "  urldate = {%s},\n", ke_s(ds, s->checked.text));
    fputs("}\n", out);
}

/* ---- CSL JSON ----------------------------------------------------------- */

/* {"date-parts": [[2024, 4, 17]]}, as many parts as the date has; NULL
 * when out of memory (a *_new call takes its value, freeing it if it
 * fails, so nothing leaks and no part goes missing) */
static json_t *date_value(const ke_dataset *ds, const ke_date *d)
{
    json_t *parts = json_array();
    int y = 0, m = 0, day = 0;
    sscanf(ke_s(ds, d->text), "%4d", &y);
    if (d->precision >= KE_PREC_MONTH)
        sscanf(ke_s(ds, d->text) + 5, "%2d", &m);
    if (d->precision >= KE_PREC_DAY)
        sscanf(ke_s(ds, d->text) + 8, "%2d", &day);
    if (!parts || json_array_append_new(parts, json_integer(y)) != 0 ||
        (m && json_array_append_new(parts, json_integer(m)) != 0) ||
        (day && json_array_append_new(parts, json_integer(day)) != 0)) {
        json_decref(parts);
        return NULL;
    }
    json_t *date_parts = json_array();
    if (!date_parts || json_array_append_new(date_parts, parts) != 0) {
        if (!date_parts)
            json_decref(parts);
        json_decref(date_parts);
        return NULL;
    }
    return json_pack("{s:o}", "date-parts", date_parts); /* NULL (date_parts freed) when it fails */
}

/* One source as CSL JSON; NULL when out of memory. */
static json_t *csl_item(const ke_dataset *ds, const ke_source *s)
{
    const entry_type *e = entry_type_of(s);
    json_t *o = json_object();
    if (!o || json_object_set_new(o, "id", json_string(ke_s(ds, s->id))) != 0 ||
        json_object_set_new(o, "type", json_string(e->csl)) != 0 ||
        json_object_set_new(o, "title", json_string(ke_s(ds, s->title))) != 0 ||
        json_object_set_new(o, e->csl_outlet, json_string(ke_s(ds, s->outlet))) != 0 ||
        json_object_set_new(o, "issued", date_value(ds, &s->date)) != 0 ||
        json_object_set_new(o, "language", json_string(ke_s(ds, s->language))) != 0 ||
        (s->url.at && json_object_set_new(o, "URL", json_string(ke_s(ds, s->url))) != 0) ||
        (s->url.at && s->checked.text.at &&
         json_object_set_new(o, "accessed", date_value(ds, &s->checked)) != 0)) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* ---- RIS ---------------------------------------------------------------- */

static void ris_line(const char *tag, const char *value, FILE *out)
{
    fprintf(out, "%s  - ", tag);
    for (const char *p = value; *p; p++)
        fputc((unsigned char)*p < 0x20 ? ' ' : *p, out);
    fputc('\n', out);
}

static void write_ris(const ke_dataset *ds, const ke_source *s, FILE *out)
{
    const entry_type *e = entry_type_of(s);
    char da[16];
    const char *t = ke_s(ds, s->date.text);
    /* RIS dates are YYYY/MM/DD/ with empty parts for what is not known */
    snprintf(da, sizeof da, "%.4s/%.2s/%.2s/", t, s->date.precision >= KE_PREC_MONTH ? t + 5 : "",
             s->date.precision >= KE_PREC_DAY ? t + 8 : "");
    ris_line("TY", e->ris, out);
    ris_line("ID", ke_s(ds, s->id), out);
    ris_line("TI", ke_s(ds, s->title), out);
    ris_line(e->ris_outlet, ke_s(ds, s->outlet), out);
    fprintf(out, "PY  - %.4s\n", t);
    ris_line("DA", da, out);
    ris_line("LA", ke_s(ds, s->language), out);
    if (ke_s(ds, s->url))
        ris_line("UR", ke_s(ds, s->url), out);
    if (ke_s(ds, s->url) && ke_s(ds, s->checked.text)) { /* access date, YYYY/MM/DD */
        char y2[16];
        const char *c = ke_s(ds, s->checked.text);
        snprintf(y2, sizeof y2, "%.4s/%.2s/%.2s", c, c + 5, c + 8);
        ris_line("Y2", y2, out);
    }
    fputs("ER  - \n", out);
}

int ke_cite_write(const ke_dataset *ds, const ke_source *const *sources, size_t n, ke_cite_format fmt,
                  ke_lang lang, size_t width, FILE *out)
{
    if (fmt == KE_CITE_CSL_JSON) {
        json_t *a = json_array();
        for (size_t i = 0; a && i < n; i++)
            if (json_array_append_new(a, csl_item(ds, sources[i])) != 0) {
                json_decref(a);
                return -1;
            }
        int rc = a ? json_dumpf(a, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : -1;
        json_decref(a);
        if (rc != 0)
            return -1;
        fputc('\n', out);
        return ferror(out) ? -1 : 0;
    }
    for (size_t i = 0; i < n; i++) {
        switch (fmt) {
        case KE_CITE_BIBTEX:
            write_bibtex(ds, sources[i], i == 0, out);
            break;
        case KE_CITE_RIS:
            if (i)
                fputc('\n', out);
            write_ris(ds, sources[i], out);
            break;
        default:
            if (write_text(ds, sources[i], lang, width, out) != 0)
                return -1;
            break;
        }
    }
    return ferror(out) ? -1 : 0;
}
