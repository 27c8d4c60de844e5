/* kaieco-epoch-import: Epoch AI's "Notable AI Models" CSV into dataset files.
 *
 *   kaieco-epoch-import --maps DIR --dataset DIR -o OUTDIR CSV
 *
 * Reads the CSV (csv.h, RFC 4180), the hand-written maps in --maps
 * (tools/epoch/: source.json, countries.tsv, organizations.tsv,
 * models.tsv) and the dataset's other files (--dataset, every *.json not
 * named epoch-*), and writes into OUTDIR:
 *
 *   epoch-models.json         the source and metrics of source.json, one
 *                             entity per model the dataset lacks, one
 *                             listing per model, its parameters and
 *                             training compute as observations
 *   epoch-organizations.json  one entity per organization the dataset lacks
 *   epoch-countries.json      the countries the dataset lacks
 *
 * Records are sorted as the library sorts them and written one per line
 * through jansson, so the same CSV gives the same bytes. Nothing is
 * guessed: a country name without a line in countries.tsv, a bad date or
 * an id that would clash is an error naming the CSV line; a figure that
 * cannot be kept exactly (more than 15 significant digits, or no
 * publication date to file it under) is left out and the listing says so.
 *
 * Exit status: 0 written, 1 bad input (every error on stderr, nothing
 * written), 2 usage or I/O error. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "csv.h"
#include "date.h"
#include "kaieco/load.h"
#include "kaieco/query.h"
#include "replace_file.h"

#define MAX_SIGNIFICANT 15

static int n_errors;

static void error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("kaieco-epoch-import: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    n_errors++;
}

/* ---- small helpers --------------------------------------------------------- */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0;) {
        n += got;
        if (n + 1 == cap) {
            char *b = realloc(buf, cap *= 2);
            if (!b) {
                free(buf);
                buf = NULL;
            }
            buf = b;
        }
    }
    int bad = ferror(f);
    fclose(f);
    if (!buf || bad) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* `s` without blanks (spaces, tabs, line breaks) at either end, in place. */
static char *trim(char *s)
{
    while (*s && isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* `s` on one line, in place: each run of blanks that holds a line break or
 * a tab becomes one space (a note is read in a table cell, where a line
 * break would show as \x0a). */
static char *one_line(char *s)
{
    char *w = s;
    for (const char *r = s; *r;) {
        size_t k = strspn(r, " \n\r\t");
        if (!k) {
            *w++ = *r++;
            continue;
        }
        if (strcspn(r, "\n\r\t") < k) { /* a break in the run: one space */
            *w++ = ' ';
            r += k;
        } else { /* spaces only: as written */
            memmove(w, r, k);
            w += k;
            r += k;
        }
    }
    *w = '\0';
    return s;
}

/* Latin letters with accents (U+00C0..U+00FF) as their base letter. */
static const char latin1_base[64 + 1] = "AAAAAAACEEEEIIIIDNOOOOO-OUUUUYTs"
                                        "aaaaaaaceeeeiiiidnooooo-ouuuuyty";

/* An id from a name: ASCII letters and digits, lower case, the rest one
 * dash; accented Latin letters lose their accent, other characters go. */
static void slugify(const char *name, char *out, size_t cap)
{
    size_t n = 0;
    int dash = 1;
    for (const unsigned char *p = (const unsigned char *)name; *p && n + 2 < cap; p++) {
        char c = 0;
        if (isalnum(*p) && *p < 0x80)
            c = (char)tolower(*p);
        else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF) {
            c = latin1_base[p[1] - 0x80 + 0];
            c = isalpha((unsigned char)c) ? (char)tolower((unsigned char)c) : 0;
            p++;
        } else if (*p >= 0x80) {
            while ((p[1] & 0xC0) == 0x80)
                p++;
            continue; /* other non-ASCII: dropped */
        }
        if (c) {
            out[n++] = c;
            dash = 0;
        } else if (!dash) {
            out[n++] = '-';
            dash = 1;
        }
    }
    while (n && out[n - 1] == '-')
        n--;
    out[n] = '\0';
}

/* The number divided by 10^`shift`, as a plain decimal ("1.845e+24" ->
 * "1845000000000000000000000", or "1845000000" with shift 15;
 * "975000000000.0" -> "975000000000", "0.5" -> "0.5"), digits unchanged:
 * only the notation (and the decimal point) moves. Returns its significant
 * digits, or -1 when `in` is not a number. */
static int plain_decimal(const char *in, char *out, size_t cap, int shift)
{
    char digits[64];
    size_t nd = 0;
    long point = -1, exp = 0;
    const char *p = in;
    int neg = *p == '-';
    if (*p == '-' || *p == '+')
        p++;
    for (; *p && *p != 'e' && *p != 'E'; p++) {
        if (*p == '.' && point < 0)
            point = (long)nd;
        else if (*p >= '0' && *p <= '9' && nd < sizeof digits - 1)
            digits[nd++] = *p;
        else
            return -1;
    }
    if (!nd)
        return -1;
    if (*p) {
        char *end;
        exp = strtol(p + 1, &end, 10);
        if (end == p + 1 || *end || exp > 300 || exp < -300)
            return -1;
    }
    exp -= shift;
    long pos = (point < 0 ? (long)nd : point) + exp; /* digits before the point */
    size_t first = 0, last = nd;
    while (first < nd && digits[first] == '0')
        first++, pos--;
    while (last > first && digits[last - 1] == '0')
        last--;
    size_t n = 0;
#define PUT(ch)                                                                                    \
    do {                                                                                           \
        if (n + 1 >= cap)                                                                          \
            return -1;                                                                             \
        out[n++] = (ch);                                                                           \
    } while (0)
    if (first == last) {
        PUT('0');
        out[n] = '\0';
        return 0;
    }
    if (neg)
        PUT('-');
    if (pos <= 0) {
        PUT('0');
        PUT('.');
        for (long i = 0; i < -pos; i++)
            PUT('0');
        for (size_t i = first; i < last; i++)
            PUT(digits[i]);
    } else {
        for (long i = 0; i < pos; i++)
            PUT(first + (size_t)i < last ? digits[first + (size_t)i] : '0');
        if ((size_t)pos < last - first) {
            PUT('.');
            for (size_t i = first + (size_t)pos; i < last; i++)
                PUT(digits[i]);
        }
    }
    out[n] = '\0';
#undef PUT
    return (int)(last - first);
}

/* ---- the maps (tab-separated, '#' comments) ------------------------------- */

typedef struct map_row {
    char *cols[6];
    size_t n;
} map_row;

typedef struct map {
    map_row *rows;
    size_t n;
    char *text;
} map;

static int map_load(map *m, const char *dir, const char *name, size_t min_cols)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len;
    memset(m, 0, sizeof *m);
    if (!(m->text = read_file(path, &len))) {
        fprintf(stderr, "kaieco-epoch-import: cannot read %s: %s\n", path, strerror(errno));
        return -1;
    }
    long line = 0;
    for (char *s = m->text, *next; s && *s; s = next) {
        line++;
        next = strchr(s, '\n');
        if (next)
            *next++ = '\0';
        if (!*s || *s == '#')
            continue;
        map_row r = {{0}, 0};
        for (char *c = s; c && r.n < 6;) {
            r.cols[r.n++] = c;
            c = strchr(c, '\t');
            if (c)
                *c++ = '\0';
        }
        if (r.n < min_cols) {
            error("%s:%ld: %zu columns, expected at least %zu (tab-separated)", path, line, r.n, min_cols);
            continue;
        }
        map_row *rows = realloc(m->rows, (m->n + 1) * sizeof *rows);
        if (!rows)
            return -1;
        m->rows = rows;
        m->rows[m->n++] = r;
    }
    return 0;
}

static map_row *map_get(map *m, const char *key)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->rows[i].cols[0], key) == 0)
            return &m->rows[i];
    return NULL;
}

static void map_free(map *m)
{
    free(m->rows);
    free(m->text);
}

/* ---- the import ------------------------------------------------------------- */

enum {
    C_MODEL, C_ORG, C_DATE, C_DOMAIN, C_TASK, C_PARAMS, C_PARAMS_NOTES, C_COMPUTE, C_COMPUTE_NOTES,
    C_LINK, C_COUNTRY, C_NOTABILITY, C_BASE, C_ACCESS, N_COLS
};
static const char *const col_names[N_COLS] = {
    "Model", "Organization", "Publication date", "Domain", "Task", "Parameters", "Parameters notes",
    "Training compute (FLOP)", "Training compute notes", "Link", "Country (of organization)",
    "Notability criteria", "Base model", "Model accessibility"};

typedef struct importer {
    const ke_dataset *existing;
    map countries, orgs, models;
    const char *source;   /* the snapshot's source id */
    json_t *static_recs;  /* source.json */
    json_t *model_ents;   /* id -> entity */
    json_t *org_ents;     /* id -> entity */
    json_t *countries_out;/* alpha2 -> country */
    json_t *listings;     /* array */
    json_t *observations; /* array */
    json_t *slug_names;   /* model slug -> number of models with it */
    size_t left_out;
} importer;

/* Splits `s` at commas (at ",", not at ", ": an organization's name may
 * hold ", ") into trimmed non-empty words, appended to `out`. */
static void split_list(const char *s, int keep_comma_space, json_t *out)
{
    char *copy = strdup(s), *start = copy;
    if (!copy)
        return;
    for (char *p = copy;; p++) {
        if (*p == ',' && keep_comma_space && p[1] == ' ')
            continue;
        if (*p == ',' || !*p) {
            int end = !*p;
            *p = '\0';
            char *w = trim(start);
            if (*w)
                json_array_append_new(out, json_string(w));
            if (end)
                break;
            start = p + 1;
        }
    }
    free(copy);
}

/* The entity of the dataset that users reach by `word` (its id, a name or
 * an alias, ASCII case-insensitive), or NULL: a new entity with that id or
 * name would make the word ambiguous. */
static const ke_entity *named_like(const importer *im, const char *word)
{
    for (size_t i = 0; i < im->existing->n_entities; i++) {
        const ke_entity *e = &im->existing->entities[i];
        const ke_dataset *ds = im->existing;
        if (ke_text_eq(ke_s(ds, e->id), word))
            return e;
        for (int l = 0; l < KE_N_LANGS; l++)
            if (e->name.s[l].at && ke_text_eq(ke_s(ds, e->name.s[l]), word))
                return e;
        for (size_t a = 0; a < e->aliases.n; a++)
            if (ke_text_eq(ke_item(ds, e->aliases, a), word))
                return e;
    }
    return NULL;
}

/* The id of an organization as the list names it: the map's, else a new
 * entity from its name. */
static const char *org_id(importer *im, const char *name, long line)
{
    static char id[256];
    map_row *r = map_get(&im->orgs, name);
    if (r) {
        snprintf(id, sizeof id, "%s", r->cols[1]);
        const ke_entity *e = ke_entity_find(im->existing, id);
        if (e && e->kind != KE_ENTITY_ORGANIZATION)
            error("organizations.tsv: '%s' is mapped to '%s', which is not an organization", name, id);
        if (e)
            return id;
    } else {
        slugify(name, id, sizeof id);
        if (!*id) {
            error("line %ld: organization '%s' gives no id; give it one in organizations.tsv", line, name);
            return NULL;
        }
        const ke_entity *like = named_like(im, id);
        if (!like)
            like = named_like(im, name);
        if (like) {
            error("line %ld: organization '%s' (id '%s') would be named like the dataset's '%s'; say in "
                  "organizations.tsv whether it is the same organization, or give it an id of its own",
                  line, name, id, ke_s(im->existing, like->id));
            return NULL;
        }
    }
    json_t *prev = json_object_get(im->org_ents, id);
    if (prev) {
        const char *en = json_string_value(json_object_get(json_object_get(prev, "name"), "en"));
        if (strcmp(en, name) != 0)
            error("line %ld: organizations '%s' and '%s' would both have the id '%s'; give one another "
                  "id in organizations.tsv", line, en, name, id);
        return id;
    }
    json_object_set_new(im->org_ents, id,
                        json_pack("{s:s, s:s, s:{s:s}, s:s}", "id", id, "kind", "organization", "name",
                                  "en", name, "source", im->source));
    return id;
}

/* The alpha-2 code of a country as the list names it ("Korea (Republic
 * of)" -> "KR"), adding the country to the output if the dataset lacks
 * it; "Multinational" stays itself. NULL (an error) if the map lacks it. */
static const char *country_code(importer *im, const char *name, long line)
{
    if (strcmp(name, KE_MULTINATIONAL) == 0)
        return KE_MULTINATIONAL;
    map_row *r = map_get(&im->countries, name);
    if (!r) {
        error("line %ld: country '%s' is not in countries.tsv", line, name);
        return NULL;
    }
    const char *a2 = r->cols[1];
    if (!ke_country_by_alpha2(im->existing, a2) && r->n < 6) {
        error("countries.tsv: '%s' (%s) is a country the dataset lacks: give its alpha-3 code and its names "
              "in en, ko and ja", name, a2);
        return NULL;
    }
    if (!ke_country_by_alpha2(im->existing, a2) && !json_object_get(im->countries_out, a2)) {
        json_t *c = json_pack("{s:s, s:s, s:{s:s, s:s, s:s}}", "alpha2", a2, "alpha3", r->cols[2], "name",
                              "en", r->cols[3], "ko", r->cols[4], "ja", r->cols[5]);
        if (strcmp(name, r->cols[3]) != 0)
            json_object_set_new(c, "aliases", json_pack("[s]", name));
        json_object_set_new(im->countries_out, a2, c);
    }
    return a2;
}

/* A listing's note in English, Korean and Japanese (note, note_ko,
 * note_ja): each sentence is added in the three languages at once, from
 * one template per language. */
enum { L_EN, L_KO, L_JA, N_L };
typedef struct tnote {
    char s[N_L][4096];
} tnote;

static const char *const note_keys[N_L] = {"note", "note_ko", "note_ja"};

static void add_text(char *note, size_t cap, const char *text)
{
    size_t n = strlen(note);
    if (n && n + 1 < cap)
        note[n++] = ' ', note[n] = '\0';
    snprintf(note + n, cap - n, "%s", text);
}

static void add_note(tnote *note, const char *en, const char *ko, const char *ja)
{
    const char *t[N_L] = {en, ko, ja};
    for (int l = 0; l < N_L; l++)
        add_text(note->s[l], sizeof note->s[l], t[l]);
}

/* The three texts on record `o` after its other keys, if there are any. */
static void set_note(json_t *o, const tnote *note)
{
    if (*note->s[L_EN])
        for (int l = 0; l < N_L; l++)
            json_object_set_new(o, note_keys[l], json_string(note->s[l]));
}

/* A figure of the list (parameters, training compute) as an observation
 * filed under the month of publication. */
static void add_figure(importer *im, const char *metric, const char *what, int shift, const char *id, const char *raw,
                       const char *notes, const char *published, const map_row *merged, tnote *lnote,
                       long line)
{
    /* what, in each language: "parameter count", "training compute" */
    const char *what_ko = shift ? "학습 연산량" : "파라미터 수", *what_ja = shift ? "学習計算量" : "パラメーター数";
    const char *topic_ko = shift ? "은" : "는"; /* after 량 / 수, before the parenthesis */
    char value[512], en[1024], ko[1024], ja[1024];
    if (!*raw)
        return;
    int sig = plain_decimal(raw, value, sizeof value, shift);
    if (sig < 0) {
        error("line %ld: %s '%s' is not a number", line, what, raw);
        return;
    }
    if (sig > MAX_SIGNIFICANT || !published || strlen(published) < 7) {
        int digits = sig > MAX_SIGNIFICANT;
        snprintf(en, sizeof en, "The list's %s, %s, is not entered as a figure (%s).", what, raw,
                 digits ? "more digits than can be kept exactly, and it is not rounded"
                        : "no publication month to file it under");
        snprintf(ko, sizeof ko, "목록이 적은 %s(%s)%s 수치로 넣지 않는다(%s).", what_ko, raw, topic_ko,
                 digits ? "정확히 담을 수 있는 자릿수보다 길며, 반올림하지 않는다" : "수치를 둘 공개 월이 없다");
        snprintf(ja, sizeof ja, "リストの%s（%s）は数値として入れていない（%s）。", what_ja, raw,
                 digits ? "正確に保持できる桁数を超えており、丸めない" : "数値を置く公開月がない");
        add_note(lnote, en, ko, ja);
        im->left_out++;
        return;
    }
    char period[8];
    memcpy(period, published, 7);
    period[7] = '\0';
    /* a model the dataset has, with the same figure from another source for
     * the same month: the figure is not entered twice */
    for (size_t i = 0; merged && i < im->existing->n_observations; i++) {
        const ke_dataset *ds = im->existing;
        const ke_observation *e = &ds->observations[i];
        const char *source = ke_s(ds, e->source);
        if (strcmp(ke_s(ds, e->metric), metric) == 0 && strcmp(ke_s(ds, e->entity), id) == 0 &&
            strcmp(ke_s(ds, e->period.text), period) == 0 && strcmp(ke_s(ds, e->value.text), value) == 0) {
            snprintf(en, sizeof en, "The list's %s, %s, is the figure the dataset has for %s from %s; it is not "
                     "entered twice.", what, value, period, source);
            snprintf(ko, sizeof ko, "목록이 적은 %s(%s)%s %s에 따른 %s 수치로 데이터셋에 이미 있어 두 번 넣지 "
                     "않는다.", what_ko, value, topic_ko, source, period);
            snprintf(ja, sizeof ja, "リストの%s（%s）は、%sによる%sの数値としてデータセットに既にあるため、二重には"
                     "入れない。", what_ja, value, source, period);
            add_note(lnote, en, ko, ja);
            return;
        }
    }
    json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s}", "metric", metric, "entity", id, "period", period,
                          "value", value, "source", im->source);
    /* models.tsv: the reason the list's parameter count is the default
     * where another source gives one too */
    if (merged && merged->n > 2 && *merged->cols[2] && strcmp(metric, "parameters") == 0) {
        json_object_set_new(o, "default", json_true());
        json_object_set_new(o, "default_reason", json_string(merged->cols[2]));
        if (merged->n < 5 || !*merged->cols[3] || !*merged->cols[4])
            error("models.tsv: %s: the reason has no Korean and Japanese text (columns 4 and 5)", merged->cols[0]);
        else {
            json_object_set_new(o, "default_reason_ko", json_string(merged->cols[3]));
            json_object_set_new(o, "default_reason_ja", json_string(merged->cols[4]));
        }
    }
    /* the list's own note is quoted as it writes it (in English), in the
     * Korean and Japanese texts as well */
    char *n = strdup(notes), *t = n ? one_line(trim(n)) : NULL;
    int has = t && *t;
    static const char *const lead[N_L] = {" Its note: ", " 목록의 주석(원문): ", "リストの注記（原文）: "};
    static const char *const alone[N_L] = {"The list's note: ", "목록의 주석(원문): ", "リストの注記（原文）: "};
    tnote fig;
    for (int l = 0; l < N_L; l++) {
        char *buf = fig.s[l];
        /* English: 2,400 bytes, as before (one note of the list, PaLI-X's, is
         * longer and cut there) */
        size_t cap = l == L_EN ? 2400 : sizeof fig.s[l];
        if (strcmp(value, raw) != 0)
            snprintf(buf, cap, l == L_EN ? "The list prints %s%s.%s%s" : l == L_KO ? "목록 표기: %s%s.%s%s"
                                                                                  : "リストの表記: %s%s。%s%s",
                     raw, shift ? " FLOP" : "", has ? lead[l] : "", has ? t : "");
        else
            snprintf(buf, cap, "%s%s", has ? alone[l] : "", has ? t : "");
    }
    set_note(o, &fig);
    free(n);
    json_array_append_new(im->observations, o);
}

static void set_list(json_t *rec, const char *key, const char *value, int keep_comma_space)
{
    json_t *a = json_array();
    split_list(value, keep_comma_space, a);
    if (json_array_size(a))
        json_object_set_new(rec, key, a);
    else
        json_decref(a);
}

static void set_text(json_t *rec, const char *key, char *value)
{
    char *v = trim(value);
    if (*v)
        json_object_set_new(rec, key, json_string(v));
}

static void import_row(importer *im, char **f, long line)
{
    char *name = trim(f[C_MODEL]);
    char *date = trim(f[C_DATE]);
    int prec;
    if (!*name) {
        error("line %ld: a model without a name", line);
        return;
    }
    if (*date && !ke_date_parse(date, &prec)) {
        error("line %ld: publication date '%s' of model '%s' is not an ISO 8601 date (YYYY-MM-DD)", line, date,
              name);
        return;
    }
    /* the model: an entity the dataset has (models.tsv), else a new one */
    char id[256];
    map_row *merged = map_get(&im->models, name);
    if (merged) {
        snprintf(id, sizeof id, "%s", merged->cols[1]);
        const ke_entity *e = ke_entity_find(im->existing, id);
        if (!e || e->kind != KE_ENTITY_MODEL) {
            error("models.tsv: '%s' is mapped to '%s', which is not a model of the dataset", name, id);
            return;
        }
    } else {
        slugify(name, id, sizeof id);
        if (json_integer_value(json_object_get(im->slug_names, id)) > 1 && *date) {
            size_t n = strlen(id);
            snprintf(id + n, sizeof id - n, "-%s", date); /* two models, one name: by date */
        }
        if (!*id) {
            error("line %ld: model '%s' gives no id; give it one in models.tsv", line, name);
            return;
        }
        const ke_entity *like = named_like(im, id);
        if (!like)
            like = named_like(im, name);
        if (like) {
            error("line %ld: model '%s' (id '%s') would be named like the dataset's '%s'; say in models.tsv "
                  "whether it is the same model", line, name, id, ke_s(im->existing, like->id));
            return;
        }
        if (json_object_get(im->model_ents, id) || json_object_get(im->org_ents, id)) {
            error("line %ld: model '%s' would take the id '%s' twice; give it one in models.tsv", line, name, id);
            return;
        }
        json_object_set_new(im->model_ents, id,
                            json_pack("{s:s, s:s, s:{s:s}, s:s}", "id", id, "kind", "model", "name", "en", name,
                                      "source", im->source));
    }
    json_t *li = json_pack("{s:s, s:s, s:s}", "model", id, "source", im->source, "name", name);
    if (*date)
        json_object_set_new(li, "published", json_string(date));
    json_t *org_names = json_array(), *orgs = json_array(), *cnames = json_array(), *countries = json_array();
    split_list(f[C_ORG], 1, org_names);
    size_t i;
    json_t *v;
    json_array_foreach(org_names, i, v) {
        const char *oid = org_id(im, json_string_value(v), line);
        if (oid)
            json_array_append_new(orgs, json_string(oid));
    }
    split_list(f[C_COUNTRY], 0, cnames);
    json_array_foreach(cnames, i, v) {
        const char *code = country_code(im, json_string_value(v), line);
        int seen = 0;
        size_t j;
        json_t *w;
        json_array_foreach(countries, j, w) seen |= code && strcmp(json_string_value(w), code) == 0;
        if (code && !seen)
            json_array_append_new(countries, json_string(code));
    }
    if (json_array_size(orgs))
        json_object_set(li, "organizations", orgs);
    if (json_array_size(countries))
        json_object_set(li, "countries", countries);
    set_list(li, "domain", f[C_DOMAIN], 0);
    set_list(li, "task", f[C_TASK], 0);
    set_list(li, "notability", f[C_NOTABILITY], 0);
    set_text(li, "accessibility", f[C_ACCESS]);
    set_text(li, "link", f[C_LINK]);
    set_text(li, "base_model", f[C_BASE]);
    tnote note = {{"", "", ""}};
    if (json_array_size(org_names) != json_array_size(cnames)) {
        size_t no = json_array_size(org_names), nc = json_array_size(cnames);
        char en[512], ko[512], ja[512];
        snprintf(en, sizeof en, "The list names %zu organization%s and %zu countr%s, which do not pair "
                 "up; the countries are kept as it names them.", no, no == 1 ? "" : "s", nc, nc == 1 ? "y" : "ies");
        snprintf(ko, sizeof ko, "목록이 기관 %zu곳과 국가 %zu곳을 적어 서로 짝이 맞지 않는다. 국가는 목록에 적힌 "
                 "대로 둔다.", no, nc);
        snprintf(ja, sizeof ja, "リストは組織%zu件と国%zu件を挙げており、対応が取れない。国はリストの記載どおりに"
                 "残す。", no, nc);
        add_note(&note, en, ko, ja);
    }
    add_figure(im, "parameters", "parameter count", 0, id, trim(f[C_PARAMS]), f[C_PARAMS_NOTES], *date ? date : NULL,
               merged, &note, line);
    add_figure(im, "training-compute", "training compute", 15, id, trim(f[C_COMPUTE]), f[C_COMPUTE_NOTES],
               *date ? date : NULL, merged, &note, line);
    set_note(li, &note);
    json_decref(org_names);
    json_decref(orgs);
    json_decref(cnames);
    json_decref(countries);
    json_array_append_new(im->listings, li);
}

/* ---- writing ------------------------------------------------------------- */

typedef struct sorted {
    const char *k[3];
    json_t *rec;
} sorted;

static int cmp_sorted(const void *pa, const void *pb)
{
    const sorted *a = pa, *b = pb;
    for (int i = 0; i < 3; i++) {
        int c = strcmp(a->k[i] ? a->k[i] : "", b->k[i] ? b->k[i] : "");
        if (c)
            return c;
    }
    return 0;
}

/* The records of `arr` (an array, or an object's values) sorted by up to
 * three string fields, as a new array. */
static json_t *sort_records(json_t *arr, const char *k0, const char *k1, const char *k2)
{
    size_t n = json_is_array(arr) ? json_array_size(arr) : json_object_size(arr), i = 0;
    sorted *s = calloc(n ? n : 1, sizeof *s);
    json_t *out = json_array();
    const char *key;
    json_t *v;
    if (json_is_array(arr)) {
        json_array_foreach(arr, i, v) s[i].rec = v;
    } else {
        json_object_foreach(arr, key, v) s[i++].rec = v;
    }
    const char *ks[3] = {k0, k1, k2};
    for (i = 0; i < n; i++)
        for (int j = 0; j < 3; j++)
            s[i].k[j] = ks[j] ? json_string_value(json_object_get(s[i].rec, ks[j])) : NULL;
    qsort(s, n, sizeof *s, cmp_sorted);
    for (i = 0; i < n; i++)
        json_array_append(out, s[i].rec);
    free(s);
    return out;
}

typedef struct doc {
    const char *keys[5];
    json_t *arrays[5];
} doc;

/* One JSON object, each record on a line of its own. */
static int write_doc(FILE *out, void *ctx)
{
    const doc *d = ctx;
    fputs("{", out);
    for (int k = 0; k < 5 && d->keys[k]; k++) {
        fprintf(out, "%s\n  \"%s\": [", k ? "," : "", d->keys[k]);
        size_t i;
        json_t *v;
        json_array_foreach(d->arrays[k], i, v) {
            char *s = json_dumps(v, JSON_PRESERVE_ORDER);
            if (!s)
                return -1;
            fprintf(out, "%s\n    %s", i ? "," : "", s);
            free(s);
        }
        fputs(json_array_size(d->arrays[k]) ? "\n  ]" : "]", out);
    }
    fputs("\n}\n", out);
    return ferror(out) ? -1 : 0;
}

static int write_out(const char *dir, const char *name, doc *d)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (ke_replace_file(path, write_doc, d) != 0) {
        fprintf(stderr, "kaieco-epoch-import: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* ---- the dataset's other files --------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static ke_dataset *load_others(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "kaieco-epoch-import: cannot read %s: %s\n", dir, strerror(errno));
        return NULL;
    }
    char **paths = NULL;
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".json") || strncmp(e->d_name, "epoch-", 6) == 0)
            continue;
        char **p = realloc(paths, (n + 1) * sizeof *p);
        if (!p)
            break;
        paths = p;
        paths[n] = malloc(strlen(dir) + len + 2);
        sprintf(paths[n++], "%s/%s", dir, e->d_name);
    }
    closedir(d);
    qsort(paths, n, sizeof *paths, cmp_str);
    ke_diags diags = {0};
    ke_dataset *ds = ke_dataset_load((const char *const *)paths, n, &diags);
    ke_diags_print(&diags, stderr);
    ke_diags_free(&diags);
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
    if (!ds)
        fprintf(stderr, "kaieco-epoch-import: the dataset in %s does not load\n", dir);
    return ds;
}

static int usage(void)
{
    fputs("usage: kaieco-epoch-import --maps DIR --dataset DIR -o OUTDIR FILE.csv\n", stderr);
    return 2;
}

int main(int argc, char **argv)
{
    const char *maps = NULL, *dataset = NULL, *outdir = NULL, *csv_path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--maps") == 0 && i + 1 < argc)
            maps = argv[++i];
        else if (strcmp(argv[i], "--dataset") == 0 && i + 1 < argc)
            dataset = argv[++i];
        else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            outdir = argv[++i];
        else if (argv[i][0] != '-' && !csv_path)
            csv_path = argv[i];
        else
            return usage();
    }
    if (!maps || !dataset || !outdir || !csv_path)
        return usage();

    importer im = {0};
    size_t len;
    char *text = read_file(csv_path, &len);
    if (!text) {
        fprintf(stderr, "kaieco-epoch-import: cannot read %s: %s\n", csv_path, strerror(errno));
        return 2;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/source.json", maps);
    json_error_t jerr;
    im.static_recs = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (!im.static_recs) {
        fprintf(stderr, "kaieco-epoch-import: %s:%d: %s\n", path, jerr.line, jerr.text);
        free(text);
        return 2;
    }
    im.source = json_string_value(json_object_get(json_array_get(json_object_get(im.static_recs, "sources"), 0), "id"));
    if (!im.source || map_load(&im.countries, maps, "countries.tsv", 2) || map_load(&im.orgs, maps, "organizations.tsv", 2) ||
        map_load(&im.models, maps, "models.tsv", 2) || !(im.existing = load_others(dataset))) {
        if (!im.source)
            fprintf(stderr, "kaieco-epoch-import: %s has no source with an id\n", path);
        free(text);
        return 2;
    }
    im.model_ents = json_object();
    im.org_ents = json_object();
    im.countries_out = json_object();
    im.listings = json_array();
    im.observations = json_array();
    im.slug_names = json_object();

    csv_reader r;
    csv_row row;
    char err[256];
    csv_init(&r, text, len);
    int idx[N_COLS];
    int rc = csv_next(&r, &row, err, sizeof err);
    if (rc != 1) {
        error("%s: %s", csv_path, rc < 0 ? err : "empty file: no header");
        goto done;
    }
    for (int c = 0; c < N_COLS; c++) {
        idx[c] = -1;
        for (size_t j = 0; j < row.n; j++)
            if (strcmp(row.fields[j], col_names[c]) == 0)
                idx[c] = (int)j;
        if (idx[c] < 0)
            error("%s: line 1: no column '%s'", csv_path, col_names[c]);
    }
    size_t n_cols = row.n;
    csv_row_free(&row);
    if (n_errors)
        goto done;
    /* first pass: which ids two models would share */
    csv_reader r1 = r;
    while ((rc = csv_next(&r1, &row, err, sizeof err)) == 1) {
        if (row.n == n_cols && !map_get(&im.models, trim(row.fields[idx[C_MODEL]]))) {
            char id[256];
            slugify(trim(row.fields[idx[C_MODEL]]), id, sizeof id);
            json_object_set_new(im.slug_names, id,
                                json_integer(json_integer_value(json_object_get(im.slug_names, id)) + 1));
        }
        csv_row_free(&row);
    }
    size_t n_models = 0;
    while ((rc = csv_next(&r, &row, err, sizeof err)) == 1) {
        if (row.n != n_cols) {
            error("%s: line %ld: %zu fields, the header has %zu", csv_path, row.line, row.n, n_cols);
        } else {
            char *f[N_COLS];
            for (int c = 0; c < N_COLS; c++)
                f[c] = row.fields[idx[c]];
            import_row(&im, f, row.line);
            n_models++;
        }
        csv_row_free(&row);
    }
    if (rc < 0)
        error("%s: %s", csv_path, err);
    if (n_errors)
        goto done;

    json_t *metrics = sort_records(json_object_get(im.static_recs, "metrics"), "id", NULL, NULL);
    json_t *sources = sort_records(json_object_get(im.static_recs, "sources"), "id", NULL, NULL);
    json_t *ents = sort_records(im.model_ents, "id", NULL, NULL);
    json_t *lis = sort_records(im.listings, "model", "source", NULL);
    json_t *obs = sort_records(im.observations, "metric", "entity", "period");
    json_t *orgs = sort_records(im.org_ents, "id", NULL, NULL);
    json_t *ctry = sort_records(im.countries_out, "alpha2", NULL, NULL);
    doc models_doc = {{"sources", "metrics", "entities", "listings", "observations"}, {sources, metrics, ents, lis, obs}};
    doc orgs_doc = {{"entities"}, {orgs}};
    doc ctry_doc = {{"countries"}, {ctry}};
    int bad = write_out(outdir, "epoch-models.json", &models_doc) || write_out(outdir, "epoch-organizations.json", &orgs_doc) ||
              write_out(outdir, "epoch-countries.json", &ctry_doc);
    if (!bad)
        fprintf(stderr, "kaieco-epoch-import: %zu models (%zu new), %zu new organizations, %zu new countries, "
                "%zu figures (%zu left out)\n", n_models, json_array_size(ents), json_array_size(orgs),
                json_array_size(ctry), json_array_size(obs), im.left_out);
    json_decref(metrics);
    json_decref(sources);
    json_decref(ents);
    json_decref(lis);
    json_decref(obs);
    json_decref(orgs);
    json_decref(ctry);
    if (bad)
        n_errors = -1;
done:
    free(text);
    json_decref(im.static_recs);
    json_decref(im.model_ents);
    json_decref(im.org_ents);
    json_decref(im.countries_out);
    json_decref(im.listings);
    json_decref(im.observations);
    json_decref(im.slug_names);
    map_free(&im.countries);
    map_free(&im.orgs);
    map_free(&im.models);
    ke_dataset_free((ke_dataset *)im.existing);
    return n_errors < 0 ? 2 : n_errors ? 1 : 0;
}
