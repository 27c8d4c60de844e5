/* The prose views of a brief (kaieco/brief.h): render steps over its
 * sentence table. Rows of one sentence are consecutive and share its
 * text; consecutive sentences with one theme are a paragraph. */
#include "kaieco/brief.h"
#include "kaieco/format.h"
#include "render/cite_text.h"

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

static size_t utf8_len(const char *s)
{
    unsigned char b = (unsigned char)*s;
    size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    for (size_t i = 1; i < n; i++)
        if (!s[i])
            return i;
    return n;
}

static size_t char_width(const char *s, size_t len)
{
    char buf[8];
    memcpy(buf, s, len);
    buf[len] = '\0';
    return ke_display_width(buf);
}

static int is_one_of(const char *s, size_t len, const char *const *set)
{
    for (size_t i = 0; set[i]; i++)
        if (strlen(set[i]) == len && memcmp(s, set[i], len) == 0)
            return 1;
    return 0;
}

static const char *const closing[] = {"、", "。", "」", "』", "）", "，", "．", "：", "！", "？", "・", "ー", ")", "]", ".", ",", ":", ";", NULL};
static const char *const opening[] = {"「", "『", "（", "(", "[", NULL};

/* Whether a line may break between a (len la) and b (len lb): at a space
 * (always); in Japanese (cjk) also next to a wide character, but never
 * before closing punctuation or a citation mark nor after opening
 * punctuation. */
static int may_break(const char *a, size_t la, const char *b, size_t lb, int cjk)
{
    if (!cjk)
        return 0;
    int wa = char_width(a, la) == 2, wb = char_width(b, lb) == 2;
    if (!wa && !wb)
        return 0;
    /* a number keeps its counter ("1位", "17.27件"), a Latin word its
     * neighbour ("AI人材") */
    if (!wa && ((*a >= '0' && *a <= '9') || (*a >= 'A' && *a <= 'Z') || (*a >= 'a' && *a <= 'z') ||
                *a == '%' || *a == '.'))
        return 0;
    return !is_one_of(b, lb, closing) && !is_one_of(a, la, opening) && *b != '[';
}

/* Writes `text` wrapped at `width` display columns: greedy, over units
 * that cannot be broken (a word; in Japanese a character with the
 * punctuation attached to it). */
static void wrap(const char *text, size_t width, int cjk, FILE *out)
{
    size_t line = 0;
    const char *p = text;
    int space = 0;
    while (*p) {
        if (*p == ' ') {
            space = 1;
            p++;
            continue;
        }
        /* one unit: up to a space or a break opportunity */
        const char *start = p;
        size_t w = 0;
        size_t len = utf8_len(p);
        w += char_width(p, len);
        p += len;
        while (*p && *p != ' ') {
            size_t l2 = utf8_len(p);
            const char *prev = p - 1;
            while (prev > start && ((unsigned char)*prev & 0xC0) == 0x80)
                prev--;
            if (may_break(prev, (size_t)(p - prev), p, l2, cjk))
                break;
            w += char_width(p, l2);
            p += l2;
        }
        size_t need = w + (space && line ? 1 : 0);
        if (line && line + need > width) {
            fputc('\n', out);
            line = 0;
        } else if (space && line) {
            fputc(' ', out);
            line++;
        }
        fwrite(start, 1, (size_t)(p - start), out);
        line += w;
        space = 0;
    }
}

int ke_brief_render_text(const ke_brief *b, size_t width, FILE *out)
{
    const ke_table *t = b->sentences;
    brief_cols c;
    find_cols(t, &c);
    if (!width)
        width = 80;
    fprintf(out, "%s\n", b->title);
    /* each paragraph built as one line, then wrapped */
    char *para = NULL;
    size_t len = 0;
    FILE *f = NULL;
    for (size_t r = 0; r <= t->n_rows; r++) {
        if (f && (r == t->n_rows || new_paragraph(t, &c, r))) {
            fclose(f);
            fputc('\n', out);
            wrap(para, width, b->lang == KE_LANG_JA, out);
            fputc('\n', out);
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
            if (!f)
                return -1;
        } else if (b->lang != KE_LANG_JA) {
            fputc(' ', f);
        }
        const char *s = cell(t, r, c.text);
        fputs(s ? s : "", f);
    }
    if (b->n_refs) {
        fprintf(out, "\n%s\n", references_heading[b->lang]);
        for (size_t i = 0; i < b->n_refs; i++) {
            fprintf(out, "[%zu] ", i + 1);
            ke_cite_text_body(b->refs[i], b->lang, out);
            fputc('\n', out);
        }
    }
    return ferror(out) ? -1 : 0;
}

/* ---- Markdown: paragraphs with footnotes ---------------------------------- */

/* Text with Markdown's special characters escaped, and the citation marks
 * " [3]" / "[3]" written as footnote references "[^3]". */
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
        fputc(*s, out);
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
        ke_cite_text_body(b->refs[i], b->lang, f);
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
    json_t *root = json_object();
    json_t *paras = json_array();
    json_t *para = NULL, *sentences = NULL, *figures = NULL;
    json_object_set_new(root, "country", json_string(b->country));
    json_object_set_new(root, "lang", json_string(langs[b->lang]));
    json_object_set_new(root, "title", json_string(b->title));
    for (size_t r = 0; r < t->n_rows; r++) {
        if (new_paragraph(t, &c, r)) {
            para = json_object();
            sentences = json_array();
            json_object_set_new(para, "theme", text_or_null(cell(t, r, c.theme)));
            json_object_set_new(para, "sentences", sentences);
            json_array_append_new(paras, para);
        }
        if (new_sentence(t, &c, r)) {
            json_t *s = json_object();
            figures = json_array();
            json_object_set_new(s, "sentence", int_or_null(cell(t, r, c.sentence)));
            json_object_set_new(s, "kind", text_or_null(cell(t, r, c.kind)));
            json_object_set_new(s, "text", text_or_null(cell(t, r, c.text)));
            json_object_set_new(s, "figures", figures);
            json_array_append_new(sentences, s);
        }
        json_t *fig = json_object();
        json_object_set_new(fig, "metric", text_or_null(cell(t, r, c.metric)));
        json_object_set_new(fig, "entity", text_or_null(cell(t, r, c.entity)));
        json_object_set_new(fig, "period", text_or_null(cell(t, r, c.period)));
        json_object_set_new(fig, "value", text_or_null(cell(t, r, c.value)));
        json_object_set_new(fig, "rank", int_or_null(cell(t, r, c.rank)));
        json_object_set_new(fig, "source", text_or_null(cell(t, r, c.source)));
        json_object_set_new(fig, "ref", int_or_null(cell(t, r, c.ref)));
        json_array_append_new(figures, fig);
    }
    json_object_set_new(root, "paragraphs", paras);
    json_t *refs = json_array();
    for (size_t i = 0; i < b->n_refs; i++) {
        const ke_source *s = b->refs[i];
        json_t *o = json_object();
        json_object_set_new(o, "ref", json_integer((json_int_t)(i + 1)));
        json_object_set_new(o, "id", json_string(s->id));
        json_object_set_new(o, "outlet", json_string(s->outlet));
        json_object_set_new(o, "title", json_string(s->title));
        json_object_set_new(o, "date", json_string(s->date.text));
        json_object_set_new(o, "url", text_or_null(s->url));
        json_array_append_new(refs, o);
    }
    json_object_set_new(root, "references", refs);
    int rc = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (rc != 0)
        return -1;
    fputc('\n', out);
    return ferror(out) ? -1 : 0;
}
