/* kaieco-po: compile the message catalogs (gettext PO files) into C.
 *
 *   kaieco-po -o OUT.c po/ko.po po/ja.po
 *
 * The first file is Korean, the second Japanese (ke_lang's order). Each
 * entry is a msgid (the English text, as the program writes it) and its
 * msgstr; "#" lines are comments (translators' notes, "#:" references),
 * the header entry (msgid "") is skipped. OUT.c holds one table,
 * ke_catalog_entries, sorted by msgid (strcmp) for ke_tr's binary search,
 * so that the catalogs are part of the program and its messages never
 * depend on the user's locale.
 *
 * A mistake is a build error naming FILE:LINE: a string that is not
 * closed or has an unknown escape, msgctxt or plural forms (not used
 * here), a fuzzy or empty msgstr, a msgid given twice, a msgid in one
 * catalog and not the other, and a msgstr whose printf placeholders
 * ("%s", "%zu", ...; "%%" is none) are not those of its msgid, in the
 * same order.
 *
 * Exit status: 0 written, 1 a mistake in a catalog (every one listed),
 * 2 usage or I/O error. OUT.c is written through a temporary file renamed
 * into place, so a failed run leaves no half file. Uses only the C
 * library: the library it feeds is built after it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    char *msgid, *msgstr;
    int line; /* of its msgid */
} entry;

typedef struct catalog {
    const char *path;
    entry *e;
    size_t n, cap;
} catalog;

static int n_errors;

static void error_at(const char *path, int line, const char *fmt, const char *a, const char *b)
{
    fprintf(stderr, "%s:%d: ", path, line);
    fprintf(stderr, fmt, a ? a : "", b ? b : "");
    fputc('\n', stderr);
    n_errors++;
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p) {
        fputs("kaieco-po: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

/* A growing string. */
typedef struct buf {
    char *s;
    size_t n, cap;
} buf;

static void buf_add(buf *b, char c)
{
    if (b->n + 2 > b->cap) {
        b->cap = b->cap ? 2 * b->cap : 64;
        b->s = xrealloc(b->s, b->cap);
    }
    b->s[b->n++] = c;
    b->s[b->n] = '\0';
}

static int hex(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Appends the C-style quoted string at `p` ("...", escapes as gettext
 * writes them) to `b`; returns 0, or -1 (reported) when malformed. */
static int unquote(const char *p, buf *b, const char *path, int line)
{
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p != '"') {
        error_at(path, line, "expected a quoted string%s%s", NULL, NULL);
        return -1;
    }
    for (p++; *p != '"'; p++) {
        if (!*p || *p == '\n') {
            error_at(path, line, "string not closed%s%s", NULL, NULL);
            return -1;
        }
        if (*p != '\\') {
            buf_add(b, *p);
            continue;
        }
        p++;
        static const char from[] = "ntr\"\\abfv?'", to[] = "\n\t\r\"\\\a\b\f\v?'";
        const char *k = *p ? strchr(from, *p) : NULL;
        if (k) {
            buf_add(b, to[k - from]);
        } else if (*p >= '0' && *p <= '7') {
            int v = 0;
            for (int i = 0; i < 3 && *p >= '0' && *p <= '7'; i++, p++)
                v = v * 8 + (*p - '0');
            p--;
            buf_add(b, (char)v);
        } else if (*p == 'x' && hex(p[1]) >= 0) {
            int v = 0;
            for (p++; hex(*p) >= 0; p++)
                v = v * 16 + hex(*p);
            p--;
            buf_add(b, (char)v);
        } else {
            char esc[3] = {'\\', *p, '\0'};
            error_at(path, line, "unknown escape '%s'%s", esc, NULL);
            return -1;
        }
        if (b->n && b->s[b->n - 1] == '\0') {
            error_at(path, line, "a string may not hold a NUL byte%s%s", NULL, NULL);
            return -1;
        }
    }
    p++;
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
    if (*p) {
        error_at(path, line, "text after the closing quote%s%s", NULL, NULL);
        return -1;
    }
    return 0;
}

/* The printf conversions of `s`, each as written ("%s", "%zu", "%-8s"),
 * joined with spaces; "%%" is none. */
static void placeholders(const char *s, buf *out)
{
    out->n = 0;
    if (out->s)
        out->s[0] = '\0';
    for (const char *p = strchr(s, '%'); p; p = strchr(p, '%')) {
        if (p[1] == '%') {
            p += 2;
            continue;
        }
        size_t n = 1 + strspn(p + 1, "0123456789$#-+ '.*hlLqjzt");
        if (p[n])
            n++; /* the conversion letter */
        if (out->n)
            buf_add(out, ' ');
        for (size_t i = 0; i < n; i++)
            buf_add(out, p[i]);
        p += n;
    }
}

static int starts(const char *line, const char *word)
{
    size_t n = strlen(word);
    return strncmp(line, word, n) == 0 && (line[n] == ' ' || line[n] == '\t');
}

static void add_entry(catalog *c, buf *id, buf *str, int id_line, int fuzzy)
{
    if (!id->s || !*id->s) /* the header entry */
        return;
    if (fuzzy) {
        error_at(c->path, id_line, "fuzzy translation of \"%s\" (review it, then remove \"#, fuzzy\")%s",
                 id->s, NULL);
        return;
    }
    if (!str->s || !*str->s) {
        error_at(c->path, id_line, "no translation of \"%s\"%s", id->s, NULL);
        return;
    }
    buf a = {0}, b = {0};
    placeholders(id->s, &a);
    placeholders(str->s, &b);
    if (strcmp(a.s ? a.s : "", b.s ? b.s : "") != 0) {
        char why[512];
        snprintf(why, sizeof why, "msgstr's placeholders (%s) differ from msgid's (%s)", b.s ? b.s : "none",
                 a.s ? a.s : "none");
        error_at(c->path, id_line, "%s: \"%s\"", why, id->s);
    }
    free(a.s);
    free(b.s);
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 64;
        c->e = xrealloc(c->e, c->cap * sizeof *c->e);
    }
    c->e[c->n++] = (entry){id->s, str->s, id_line};
    *id = (buf){0};
    *str = (buf){0};
}

/* Reads one PO file into `c`; mistakes are reported and counted. */
static int read_po(catalog *c)
{
    FILE *f = fopen(c->path, "r");
    if (!f) {
        fprintf(stderr, "kaieco-po: cannot read %s: %s\n", c->path, strerror(errno));
        return -1;
    }
    char line[8192];
    int lineno = 0, id_line = 0, fuzzy = 0, next_fuzzy = 0;
    enum { NONE, ID, STR } state = NONE;
    buf id = {0}, str = {0};
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (!strchr(line, '\n') && !feof(f)) {
            error_at(c->path, lineno, "line too long%s%s", NULL, NULL);
            break;
        }
        const char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '\n' || *p == '\r' || !*p)
            continue;
        if (*p == '#') {
            if (p[1] == ',' && strstr(p, "fuzzy"))
                next_fuzzy = 1;
            continue;
        }
        if (starts(p, "msgctxt") || starts(p, "msgid_plural") || strncmp(p, "msgstr[", 7) == 0) {
            error_at(c->path, lineno, "msgctxt and plural forms are not used in kaieco's catalogs%s%s", NULL,
                     NULL);
            state = NONE;
            continue;
        }
        if (starts(p, "msgid")) {
            if (state == STR)
                add_entry(c, &id, &str, id_line, fuzzy);
            else if (state == ID)
                error_at(c->path, id_line, "msgid without msgstr%s%s", NULL, NULL);
            free(id.s);
            free(str.s);
            id = (buf){0};
            str = (buf){0};
            buf_add(&id, 'x'); /* so that an empty msgid is an empty string, not NULL */
            id.n = 0;
            id.s[0] = '\0';
            id_line = lineno;
            fuzzy = next_fuzzy;
            next_fuzzy = 0;
            state = ID;
            unquote(p + 5, &id, c->path, lineno);
        } else if (starts(p, "msgstr")) {
            if (state != ID) {
                error_at(c->path, lineno, "msgstr without msgid%s%s", NULL, NULL);
                continue;
            }
            state = STR;
            unquote(p + 6, &str, c->path, lineno);
        } else if (*p == '"') {
            if (state == NONE)
                error_at(c->path, lineno, "string outside an entry%s%s", NULL, NULL);
            else
                unquote(p, state == ID ? &id : &str, c->path, lineno);
        } else {
            error_at(c->path, lineno, "not a PO line: %s%s", p, NULL);
        }
    }
    if (state == STR)
        add_entry(c, &id, &str, id_line, fuzzy);
    else if (state == ID)
        error_at(c->path, id_line, "msgid without msgstr%s%s", NULL, NULL);
    free(id.s);
    free(str.s);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        fprintf(stderr, "kaieco-po: cannot read %s\n", c->path);
        return -1;
    }
    return 0;
}

static int by_msgid(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->msgid, ((const entry *)b)->msgid);
}

static const entry *find(const catalog *c, const char *msgid)
{
    entry key = {(char *)msgid, NULL, 0};
    return bsearch(&key, c->e, c->n, sizeof *c->e, by_msgid);
}

/* A C string literal: printable ASCII as itself, the rest (UTF-8 bytes
 * included) as octal escapes; '?' escaped so that no trigraph forms. */
static void put_literal(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\' || *p == '?')
            fprintf(out, "\\%c", *p);
        else if (*p >= 0x20 && *p < 0x7f)
            fputc(*p, out);
        else
            fprintf(out, "\\%03o", *p);
    }
    fputc('"', out);
}

static int emit(const char *path, const catalog *ko, const catalog *ja)
{
    size_t len = strlen(path);
    char *tmp = xrealloc(NULL, len + 5);
    snprintf(tmp, len + 5, "%s.tmp", path);
    FILE *out = fopen(tmp, "w");
    if (!out) {
        fprintf(stderr, "kaieco-po: cannot write %s: %s\n", tmp, strerror(errno));
        free(tmp);
        return 2;
    }
    fprintf(out, "/* Generated by kaieco-po from %s and %s: do not edit. */\n", ko->path, ja->path);
    /* the texts, one literal each ("\0"-terminated), then the entries as
     * their offsets: no pointers, so nothing for the dynamic loader to
     * relocate */
    fputs("#include \"base/catalog.h\"\n\n#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n"
          "const char ke_catalog_text[] =\n    \"\"", out);
    for (size_t i = 0; i < ko->n; i++) {
        const char *texts[3] = {ko->e[i].msgid, ko->e[i].msgstr, find(ja, ko->e[i].msgid)->msgstr};
        for (int t = 0; t < 3; t++) {
            fputs("\n    ", out);
            put_literal(out, texts[t]);
            fputs(" \"\\0\"", out);
        }
    }
    fputs(";\n\nconst ke_catalog_entry ke_catalog_entries[] = {\n", out);
    size_t at = 0;
    for (size_t i = 0; i < ko->n; i++) {
        const char *texts[3] = {ko->e[i].msgid, ko->e[i].msgstr, find(ja, ko->e[i].msgid)->msgstr};
        size_t o[3];
        for (int t = 0; t < 3; t++) {
            o[t] = at;
            at += strlen(texts[t]) + 1;
        }
        fprintf(out, "    {%zu, {%zu, %zu}},\n", o[0], o[1], o[2]);
    }
    if (ko->n == 0)
        fputs("    {0, {0, 0}},\n", out);
    fprintf(out, "};\n\nconst size_t ke_catalog_n_entries = %zu;\n", ko->n);
    int bad = ferror(out);
    if (fclose(out) != 0 || bad || rename(tmp, path) != 0) {
        fprintf(stderr, "kaieco-po: cannot write %s\n", path);
        remove(tmp);
        free(tmp);
        return 2;
    }
    free(tmp);
    return 0;
}

static void free_catalog(catalog *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free(c->e[i].msgid);
        free(c->e[i].msgstr);
    }
    free(c->e);
}

int main(int argc, char **argv)
{
    if (argc != 5 || strcmp(argv[1], "-o") != 0) {
        fputs("usage: kaieco-po -o OUT.c KO.po JA.po\n", stderr);
        return 2;
    }
    catalog cats[2] = {{.path = argv[3]}, {.path = argv[4]}};
    for (int k = 0; k < 2; k++) {
        if (read_po(&cats[k]) != 0) {
            free_catalog(&cats[0]);
            free_catalog(&cats[1]);
            return 2;
        }
        catalog *c = &cats[k];
        qsort(c->e, c->n, sizeof *c->e, by_msgid);
        for (size_t i = 1; i < c->n; i++)
            if (strcmp(c->e[i - 1].msgid, c->e[i].msgid) == 0)
                error_at(c->path, c->e[i].line > c->e[i - 1].line ? c->e[i].line : c->e[i - 1].line,
                         "msgid \"%s\" given twice%s", c->e[i].msgid, NULL);
    }
    /* the same messages in both */
    for (int k = 0; k < 2; k++)
        for (size_t i = 0; i < cats[k].n; i++)
            if (!find(&cats[1 - k], cats[k].e[i].msgid))
                error_at(cats[k].path, cats[k].e[i].line, "msgid \"%s\" is not in %s", cats[k].e[i].msgid,
                         cats[1 - k].path);
    int status = 1;
    if (n_errors)
        fprintf(stderr, "kaieco-po: %d error%s in the catalogs\n", n_errors, n_errors == 1 ? "" : "s");
    else
        status = emit(argv[2], &cats[0], &cats[1]);
    free_catalog(&cats[0]);
    free_catalog(&cats[1]);
    return status;
}
