/* The prose views of a brief (kaieco/brief.h): render steps over its
 * sentence table. Rows of one sentence are consecutive and share its
 * text; consecutive sentences with one theme are a paragraph. */
#include "kaieco/brief.h"
#include "kaieco/format.h"
#include "render/cite_text.h"
#include "render/markdown.h"
#include "render/wrap.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *const references_heading[KE_N_LANGS] = {"References", "참고 자료", "参考資料"};

typedef struct brief_cols {
    int sentence, theme, kind, text, metric, entity, period, value, rank, source, ref;
} brief_cols;

static void find_cols(const ke_table *t, brief_cols *c)
{
    c->sentence = ke_table_col(t, "sentence");
    c->theme = ke_table_col(t, "theme");
    c->kind = ke_table_col(t, "kind");
    c->text = ke_table_col(t, "text");
    c->metric = ke_table_col(t, "metric");
    c->entity = ke_table_col(t, "entity");
    c->period = ke_table_col(t, "period");
    c->value = ke_table_col(t, "value");
    c->rank = ke_table_col(t, "rank");
    c->source = ke_table_col(t, "source");
    c->ref = ke_table_col(t, "ref");
}

static const char *cell(const ke_table *t, size_t r, int c)
{
    return c < 0 ? NULL : ke_table_cell(t, r, (size_t)c)->text;
}

static int str_eq(const char *a, const char *b)
{
    return a && b ? strcmp(a, b) == 0 : a == b;
}

/* Whether row r starts a new sentence, and a new paragraph. */
static int new_sentence(const ke_table *t, const brief_cols *c, size_t r)
{
    return r == 0 || !str_eq(cell(t, r, c->sentence), cell(t, r - 1, c->sentence));
}

static int new_paragraph(const ke_table *t, const brief_cols *c, size_t r)
{
    return r == 0 || !str_eq(cell(t, r, c->theme), cell(t, r - 1, c->theme));
}

/* ---- text: wrapped paragraphs ------------------------------------------- */

int ke_brief_render_text(const ke_brief *b, size_t width, FILE *out)
{
    const ke_table *t = b->sentences;
    brief_cols c;
    find_cols(t, &c);
    int cjk = b->lang == KE_LANG_JA; /* sentences joined without a space */
    ke_line l = {0};
    ke_wrap(&l, out, "", b->title, 0, 0);
    /* each paragraph built as one line, then wrapped */
    char *para = NULL;
    size_t len = 0;
    FILE *f = NULL;
    for (size_t r = 0; r <= t->n_rows; r++) {
        if (f && (r == t->n_rows || new_paragraph(t, &c, r))) {
            fclose(f);
            fputc('\n', out);
            ke_wrap(&l, out, "", para, width ? width : 80, 0);
            free(para);
            para = NULL;
            f = NULL;
        }
        if (r == t->n_rows)
            break;
        if (!new_sentence(t, &c, r))
            continue;
        if (!f) {
            f = open_memstream(&para, &len);
            if (!f) {
                free(l.buf);
                return -1;
            }
        } else if (!cjk) {
            fputc(' ', f);
        }
        const char *s = cell(t, r, c.text);
        fputs(s ? s : "", f);
    }
    /* the references: one a line, or at a terminal wrapped under their text */
    if (b->n_refs)
        fprintf(out, "\n%s\n", references_heading[b->lang]);
    for (size_t i = 0; i < b->n_refs; i++) {
        char prefix[32], *ref = NULL;
        size_t ref_len = 0;
        snprintf(prefix, sizeof prefix, "[%zu] ", i + 1);
        FILE *rf = open_memstream(&ref, &ref_len);
        if (!rf) {
            free(l.buf);
            return -1;
        }
        ke_cite_text_body(b->ds, b->refs[i], b->lang, rf);
        fclose(rf);
        ke_wrap(&l, out, prefix, ref, width, strlen(prefix));
        free(ref);
    }
    free(l.buf);
    return l.failed || ferror(out) ? -1 : 0;
}

/* ---- Markdown: paragraphs with footnotes ---------------------------------- */

/* Text with Markdown's special characters escaped, a control character
 * as a space (ke_md_byte), and the citation marks " [3]" / "[3]" written
 * as footnote references "[^3]". */
static void md_text(const char *s, int marks, FILE *out)
{
    for (; *s; s++) {
        size_t skip = *s == ' ' && s[1] == '[' ? 1 : 0;
        if (marks && s[skip] == '[' && s[skip + 1] >= '0' && s[skip + 1] <= '9') {
            const char *q = s + skip + 1;
            while (*q >= '0' && *q <= '9')
                q++;
            if (*q == ']') {
                fprintf(out, "[^%.*s]", (int)(q - (s + skip + 1)), s + skip + 1);
                s = q;
                continue;
            }
        }
        if (strchr("\\`*_[]<>", *s))
            fputc('\\', out);
        fputc(ke_md_byte((unsigned char)*s), out);
    }
}

int ke_brief_render_markdown(const ke_brief *b, FILE *out)
{
    const ke_table *t = b->sentences;
    brief_cols c;
    find_cols(t, &c);
    fputs("# ", out);
    md_text(b->title, 0, out);
    fputc('\n', out);
    for (size_t r = 0; r < t->n_rows; r++) {
        if (!new_sentence(t, &c, r))
            continue;
        if (new_paragraph(t, &c, r))
            fputs("\n", out);
        else if (b->lang != KE_LANG_JA)
            fputc(' ', out);
        const char *s = cell(t, r, c.text);
        md_text(s ? s : "", 1, out);
        size_t next = r + 1;
        while (next < t->n_rows && !new_sentence(t, &c, next))
            next++;
        if (next == t->n_rows || new_paragraph(t, &c, next))
            fputc('\n', out);
    }
    if (b->n_refs)
        fputc('\n', out);
    for (size_t i = 0; i < b->n_refs; i++) {
        char *ref = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&ref, &len);
        if (!f)
            return -1;
        ke_cite_text_body(b->ds, b->refs[i], b->lang, f);
        fclose(f);
        fprintf(out, "[^%zu]: ", i + 1);
        md_text(ref, 0, out);
        fputc('\n', out);
        free(ref);
    }
    return ferror(out) ? -1 : 0;
}

/* ---- JSON: each sentence with the figures it rests on ---------------------- */

static json_t *text_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *int_or_null(const char *s)
{
    return s ? json_integer(strtoll(s, NULL, 10)) : json_null();
}

int ke_brief_render_json(const ke_brief *b, FILE *out)
{
    const ke_table *t = b->sentences;
    brief_cols c;
    find_cols(t, &c);
    static const char *const langs[] = {"en", "ko", "ja"};
    /* Out of memory, nothing more is built and the rendering fails, so that
     * no key goes missing. A *_set_new or *_append_new takes its value
     * (and frees it when it fails); a value not yet given is freed here. */
    json_t *root = json_object();
    json_t *paras = json_array();
    json_t *para = NULL, *sentences = NULL, *figures = NULL;
    int bad = !root || !paras || json_object_set_new(root, "country", json_string(b->country)) != 0 ||
              json_object_set_new(root, "lang", json_string(langs[b->lang])) != 0 ||
              json_object_set_new(root, "title", json_string(b->title)) != 0;
    if (bad)
        json_decref(paras);
    else
        bad = json_object_set_new(root, "paragraphs", paras) != 0;
    for (size_t r = 0; !bad && r < t->n_rows; r++) {
        if (new_paragraph(t, &c, r)) {
            para = json_object();
            sentences = json_array();
            if (!para || !sentences) {
                json_decref(para);
                json_decref(sentences);
                bad = 1;
                break;
            }
            if (json_array_append_new(paras, para) != 0 ||
                json_object_set_new(para, "theme", text_or_null(cell(t, r, c.theme))) != 0) {
                json_decref(sentences);
                bad = 1;
                break;
            }
            if (json_object_set_new(para, "sentences", sentences) != 0) {
                bad = 1;
                break;
            }
        }
        if (new_sentence(t, &c, r)) {
            json_t *s = json_object();
            figures = json_array();
            if (!s || !figures) {
                json_decref(s);
                json_decref(figures);
                bad = 1;
                break;
            }
            if (json_array_append_new(sentences, s) != 0 ||
                json_object_set_new(s, "sentence", int_or_null(cell(t, r, c.sentence))) != 0 ||
                json_object_set_new(s, "kind", text_or_null(cell(t, r, c.kind))) != 0 ||
                json_object_set_new(s, "text", text_or_null(cell(t, r, c.text))) != 0) {
                json_decref(figures);
                bad = 1;
                break;
            }
            if (json_object_set_new(s, "figures", figures) != 0) {
                bad = 1;
                break;
            }
        }
        json_t *fig = json_object();
        bad = !fig || json_array_append_new(figures, fig) != 0 ||
              json_object_set_new(fig, "metric", text_or_null(cell(t, r, c.metric))) != 0 ||
              json_object_set_new(fig, "entity", text_or_null(cell(t, r, c.entity))) != 0 ||
              json_object_set_new(fig, "period", text_or_null(cell(t, r, c.period))) != 0 ||
              json_object_set_new(fig, "value", text_or_null(cell(t, r, c.value))) != 0 ||
              json_object_set_new(fig, "rank", int_or_null(cell(t, r, c.rank))) != 0 ||
              json_object_set_new(fig, "source", text_or_null(cell(t, r, c.source))) != 0 ||
              json_object_set_new(fig, "ref", int_or_null(cell(t, r, c.ref))) != 0;
    }
    json_t *refs = bad ? NULL : json_array();
    bad = bad || !refs || json_object_set_new(root, "references", refs) != 0;
    for (size_t i = 0; !bad && i < b->n_refs; i++) {
        const ke_source *s = b->refs[i];
        const ke_dataset *ds = b->ds;
        json_t *o = json_object();
        bad = !o || json_array_append_new(refs, o) != 0 ||
              json_object_set_new(o, "ref", json_integer((json_int_t)(i + 1))) != 0 ||
              json_object_set_new(o, "id", json_string(ke_s(ds, s->id))) != 0 ||
              json_object_set_new(o, "outlet", json_string(ke_s(ds, s->outlet))) != 0 ||
              json_object_set_new(o, "title", json_string(ke_s(ds, s->title))) != 0 ||
              json_object_set_new(o, "date", json_string(ke_s(ds, s->date.text))) != 0 ||
              json_object_set_new(o, "url", text_or_null(ke_s(ds, s->url))) != 0;
    }
    int rc = bad ? -1 : json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (rc != 0)
        return -1;
    fputc('\n', out);
    return ferror(out) ? -1 : 0;
}
