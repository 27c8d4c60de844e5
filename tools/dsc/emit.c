/* Emitting a validated dataset as C: the string table, the list entries,
 * one `static const` array per record kind and the ke_dataset that points
 * at them (types in kaieco/dataset.h). Records hold only numbers (string
 * offsets and the indexes the loader resolved), so that the tables need no
 * relocations. Driven by the schema's field tables (src/lib/data/schema.h),
 * with designated initializers, so that the C says which member each value
 * fills. */
#include "emit.h"

#include <stdlib.h>
#include <string.h>

#include "data/pool.h"
#include "data/schema.h"

/* A C string literal's body. Bytes >= 0x80 (UTF-8) pass through; control
 * bytes, quotes, backslashes and '?' (trigraphs) are escaped. */
static void put_chars(FILE *out, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\' || *p == '?')
            fprintf(out, "\\%c", *p);
        else if (*p < 0x20 || *p == 0x7f)
            fprintf(out, "\\%03o", *p);
        else
            fputc(*p, out);
    }
}

/* The string table as it is in memory: one literal per string, each
 * ending in "\0" but the last, whose NUL is the literal's own. */
static void emit_strings(FILE *out, const ke_dataset *ds)
{
    fputs("#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n", out);
    fprintf(out, "static const char strings[%zu] =\n    \"\\0\"", ds->strings_len);
    for (size_t at = 1; at < ds->strings_len; at += strlen(ds->strings + at) + 1) {
        fputs("\n    \"", out);
        put_chars(out, ds->strings + at);
        fputs(at + strlen(ds->strings + at) + 1 < ds->strings_len ? "\\0\"" : "\"", out);
    }
    fputs(";\n\n", out);
    if (!ds->n_str_items)
        return;
    fprintf(out, "static const ke_str str_items[%zu] = {", ds->n_str_items);
    for (size_t i = 0; i < ds->n_str_items; i++)
        fprintf(out, "%s{%lu},", i % 16 ? " " : "\n    ", (unsigned long)ds->str_items[i].at);
    fputs("\n};\n\n", out);
}

static const char *const precisions[] = {"0", "KE_PREC_YEAR", "KE_PREC_MONTH", "KE_PREC_DAY"};

static void put_str(FILE *out, ke_str s)
{
    fprintf(out, "{%lu}", (unsigned long)s.at);
}

static void put_value(FILE *out, const ke_dataset *ds, const void *rec, const ke_field *f)
{
    const void *p = KE_FIELD_PTR(rec, f);
    switch (f->type) {
    case KE_F_DATE: {
        const ke_date *d = p;
        fputc('{', out);
        put_str(out, d->text);
        fprintf(out, ", %s}", precisions[(unsigned)d->precision <= 3 ? d->precision : 0]);
        break;
    }
    case KE_F_NAMES:
    case KE_F_TITLE: {
        const ke_names *n = p;
        fputs("{{", out);
        for (int l = 0; l < KE_N_LANGS; l++) {
            fputs(l ? ", " : "", out);
            put_str(out, n->s[l]);
        }
        fputs("}}", out);
        break;
    }
    case KE_F_STRLIST:
    case KE_F_SLUGLIST: {
        const ke_strlist *l = p;
        fprintf(out, "{%lu, %lu}", (unsigned long)l->first, (unsigned long)l->n);
        break;
    }
    case KE_F_ENUM: {
        int v = *(const int *)p;
        fprintf(out, "%d /* %s */", v, f->choices[v - f->enum_base]);
        break;
    }
    case KE_F_BOOL:
    case KE_F_RANK:
    case KE_F_COMPUTED:
        fprintf(out, "%d", *(const int *)p);
        break;
    case KE_F_INDEX: {
        uint32_t ix = *(const uint32_t *)p;
        if (ix == KE_NO_INDEX)
            fputs("KE_NO_INDEX", out);
        else
            fprintf(out, "%lu", (unsigned long)ix);
        break;
    }
    case KE_F_VALUE: {
        /* the text, and the same text as a C double literal ("12" -> 12.0;
         * with a '.' or an exponent it is decimal even with leading zeros) */
        const ke_number *num = p;
        const char *text = ke_s(ds, num->text);
        fputc('{', out);
        put_str(out, num->text);
        fprintf(out, ", %s%s}", text ? text : "0", text && strchr(text, '.') ? "" : ".0");
        break;
    }
    case KE_F_FLAG:
        break;
    default:
        put_str(out, *(const ke_str *)p);
        break;
    }
}

static void emit_kind(FILE *out, const ke_dataset *ds, ke_kind k)
{
    size_t n = ke_kind_count(ds, k);
    if (!n)
        return;
    const ke_field *key = ke_schema[k].key ? ke_field_find(k, ke_schema[k].key) : NULL;
    fprintf(out, "static const %s %s[%zu] = {\n", ke_schema[k].ctype, ke_schema[k].cvar, n);
    for (size_t i = 0; i < n; i++) {
        const void *rec = ke_kind_record(ds, k, i);
        fputs("    {", out);
        int first = 1;
        for (const ke_field *f = ke_schema[k].fields; f->name; f++) {
            if (f->type == KE_F_FLAG)
                continue;
            fprintf(out, "%s.%s = ", first ? "" : ", ", f->name);
            put_value(out, ds, rec, f);
            first = 0;
        }
        /* the record's key, for a reader (ids and codes: no comment ends in them) */
        const char *id = key ? ke_field_str(ds, rec, key) : NULL;
        fprintf(out, "},%s%s%s\n", id ? " /* " : "", id ? id : "", id ? " */" : "");
    }
    fputs("};\n\n", out);
}

static int write_c(const ke_dataset *ds, FILE *out)
{
    fputs("/* Generated by kaieco-dsc from the files in dataset/. Do not edit. */\n"
          "#include <stddef.h>\n#include \"kaieco/dataset.h\"\n\n", out);
    emit_strings(out, ds);
    for (int k = 0; k < KE_K_COUNT; k++)
        emit_kind(out, ds, (ke_kind)k);
    fputs("static const ke_dataset dataset = {\n", out);
    for (int k = 0; k < KE_K_COUNT; k++) {
        size_t n = ke_kind_count(ds, (ke_kind)k);
        fprintf(out, "    .%s = %s, .n_%s = %zu,\n", ke_schema[k].cvar, n ? ke_schema[k].cvar : "NULL",
                ke_schema[k].cvar, n);
    }
    fprintf(out, "    .strings = strings, .strings_len = %zu,\n", ds->strings_len);
    fprintf(out, "    .str_items = %s, .n_str_items = %zu,\n", ds->n_str_items ? "str_items" : "NULL",
            ds->n_str_items);
    fputs("};\n\nconst ke_dataset *ke_builtin_dataset(void)\n{\n    return &dataset;\n}\n", out);
    return ferror(out) ? -1 : 0;
}

/* A copy of `ds` whose string table holds the strings in the order the
 * (sorted) records use them, so that the C depends on the records alone,
 * not on the order the files were read in. 0, or -1 out of memory. */
static int canonical(const ke_dataset *ds, ke_dataset *copy, ke_pool *pool, void *arrays[KE_K_COUNT])
{
    memset(copy, 0, sizeof *copy);
    if (ke_pool_init(pool, NULL, 0) != 0)
        return -1;
    for (int k = 0; k < KE_K_COUNT; k++) {
        size_t n = ke_kind_count(ds, (ke_kind)k), size = ke_schema[k].size;
        if (!(arrays[k] = malloc(n ? n * size : 1)))
            return -1;
        if (n)
            memcpy(arrays[k], ke_kind_record(ds, (ke_kind)k, 0), n * size);
        ke_kind_set(copy, (ke_kind)k, arrays[k], n);
        for (size_t i = 0; i < n; i++) {
            void *rec = (char *)arrays[k] + i * size;
            for (const ke_field *f = ke_schema[k].fields; f->name; f++) {
                void *p = KE_FIELD_PTR(rec, f);
                ke_str *strs[KE_N_LANGS] = {NULL};
                switch (f->type) {
                case KE_F_DATE:
                    strs[0] = &((ke_date *)p)->text;
                    break;
                case KE_F_VALUE:
                    strs[0] = &((ke_number *)p)->text;
                    break;
                case KE_F_NAMES:
                case KE_F_TITLE:
                    for (int l = 0; l < KE_N_LANGS; l++)
                        strs[l] = &((ke_names *)p)->s[l];
                    break;
                case KE_F_STRLIST:
                case KE_F_SLUGLIST: {
                    ke_strlist *l = p, old = *l;
                    l->first = old.n ? (uint32_t)pool->n_items : 0;
                    for (size_t j = 0; j < old.n; j++)
                        ke_pool_item(pool, ke_pool_add(pool, ke_item(ds, old, j)));
                    break;
                }
                case KE_F_STR:
                case KE_F_ID:
                case KE_F_ALPHA2:
                case KE_F_ALPHA3:
                case KE_F_CHOICE:
                    strs[0] = p;
                    break;
                default:
                    break;
                }
                for (int l = 0; l < KE_N_LANGS && strs[l]; l++)
                    *strs[l] = ke_pool_add(pool, ke_s(ds, *strs[l]));
            }
        }
    }
    ke_pool_publish(pool, copy);
    return pool->failed ? -1 : 0;
}

int emit_c(const ke_dataset *loaded, FILE *out)
{
    ke_dataset copy;
    ke_pool pool;
    void *arrays[KE_K_COUNT] = {NULL};
    int rc = canonical(loaded, &copy, &pool, arrays) == 0 ? write_c(&copy, out) : -1;
    for (int k = 0; k < KE_K_COUNT; k++)
        free(arrays[k]);
    ke_pool_free(&pool);
    return rc;
}
