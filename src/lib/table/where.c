/* The --where expression language (kaieco/where.h): a tokenizer, a
 * recursive-descent parser into a small tree, binding to a table's columns
 * and evaluation row by row. */
#include "kaieco/where.h"
#include "kaieco/format.h"
#include "kaieco/messages.h"
#include "suggest.h"
#include "base/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { N_CMP, N_NULL, N_AND, N_OR, N_NOT } node_kind;
typedef enum { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_LIKE } op_kind;

static const char *const op_names[] = {"=", "!=", "<", "<=", ">", ">=", "~"};

typedef struct node {
    node_kind kind;
    op_kind op;
    int literal;  /* COL=VALUE of earlier versions: printed text equality */
    int not_null; /* N_NULL: "is not null" */
    char *col;
    size_t col_pos; /* columns (characters) from 1, for messages */
    size_t op_pos;
    char *value;
    size_t value_pos;
    struct node *a, *b;
    /* bound by ke_table_filter */
    size_t col_index;
    double number;
    int boolean;
} node;

struct ke_where {
    node *root;
    char *what;
};

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n);
    if (!p) {
        fputs("kaieco: out of memory\n", stderr);
        exit(KE_EXIT_RUNTIME);
    }
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    return p;
}

static void free_node(node *n)
{
    if (!n)
        return;
    free_node(n->a);
    free_node(n->b);
    free(n->col);
    free(n->value);
    free(n);
}

void ke_where_free(ke_where *w)
{
    if (!w)
        return;
    free_node(w->root);
    free(w->what);
    free(w);
}

/* ---- tokens --------------------------------------------------------------- */

typedef enum { T_END, T_LPAREN, T_RPAREN, T_OP, T_WORD, T_QUOTED, T_BANG } token_type;

typedef struct token {
    token_type type;
    op_kind op;
    const char *start; /* for T_QUOTED, the text inside the quotes */
    size_t len;
    size_t pos; /* byte offset of the token in the expression */
} token;

typedef struct parser {
    const char *expr;
    const char *what;
    size_t at; /* byte offset of the next token */
    token tok; /* the current token */
    token prev; /* the token before it, once there is one */
    int has_prev;
    int started;
    ke_error *err;
    int failed;
    int depth; /* of parentheses and "not"s, bounded (MAX_DEPTH) */
} parser;

/* Deeper nesting than any person writes would only exhaust the stack. */
#define MAX_DEPTH 100

static int is_special(char c)
{
    return c == '(' || c == ')' || c == '=' || c == '!' || c == '<' || c == '>' || c == '~' ||
           c == '\'' || c == '"';
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Column of a byte offset, counted in characters (UTF-8 sequences) from 1. */
static size_t column_of(const char *expr, size_t offset)
{
    size_t col = 1;
    for (size_t i = 0; i < offset && expr[i]; i++)
        col += ((unsigned char)expr[i] & 0xC0) != 0x80;
    return col;
}

/* Sets the error: "WHAT: MESSAGE at column N[HINT]"; `fmt` takes a and b.
 * `fmt` and `hint` are msgids: each is translated (kaieco/messages.h). */
static void fail(parser *p, size_t offset, const char *hint, const char *fmt, const char *a,
                 const char *b)
{
    if (p->failed)
        return;
    p->failed = 1;
    char msg[400];
    snprintf(msg, sizeof msg, ke_msg(fmt), a ? a : "", b ? b : "");
    ke_error_set(p->err, KE_EXIT_USAGE, "%s: %s at column %zu%s", p->what, msg,
                 column_of(p->expr, offset), hint ? ke_msg(hint) : "");
}

/* `n` bytes of `s` for a message in `buf`: whole when they fit, else cut
 * between characters and ended with "…". */
static void shorten(const char *s, size_t n, char *buf, size_t size)
{
    if (n < size) {
        snprintf(buf, size, "%.*s", (int)n, s);
        return;
    }
    static const char ellipsis[] = "\xe2\x80\xa6";
    char *copy = xstrndup(s, n);
    size_t keep = ke_utf8_cut(copy, size - sizeof ellipsis);
    snprintf(buf, size, "%.*s%s", (int)keep, copy, ellipsis);
    free(copy);
}

/* The text of a token as the user wrote it (quotes included), for
 * messages. */
static void token_text(const parser *p, const token *t, char *buf, size_t size)
{
    if (t->type == T_QUOTED)
        shorten(p->expr + t->pos, t->len + 2, buf, size);
    else
        shorten(t->start, t->len, buf, size);
}

static void next(parser *p)
{
    if (p->failed)
        return;
    if (p->started) {
        p->prev = p->tok;
        p->has_prev = 1;
    }
    p->started = 1;
    const char *s = p->expr;
    size_t i = p->at;
    while (is_space(s[i]))
        i++;
    token t = {T_END, OP_EQ, s + i, 0, i};
    char c = s[i];
    if (!c) {
        t.type = T_END;
    } else if (c == '(' || c == ')') {
        t.type = c == '(' ? T_LPAREN : T_RPAREN;
        t.len = 1;
    } else if (c == '\'' || c == '"') {
        const char *end = strchr(s + i + 1, c);
        if (!end) {
            fail(p, i, NULL, "unterminated quote%s%s", NULL, NULL);
            return;
        }
        t.type = T_QUOTED;
        t.start = s + i + 1;
        t.len = (size_t)(end - (s + i + 1));
        p->at = (size_t)(end - s) + 1;
        p->tok = t;
        return;
    } else if (c == '=' || c == '<' || c == '>' || c == '~' || c == '!') {
        char d = s[i + 1];
        t.type = T_OP;
        t.len = 1;
        if (c == '=') {
            t.op = OP_EQ;
            t.len = d == '=' ? 2 : 1; /* == is = */
        } else if (c == '~') {
            t.op = OP_LIKE;
        } else if (c == '!') {
            if (d == '=') {
                t.op = OP_NE;
                t.len = 2;
            } else {
                t.type = T_BANG;
            }
        } else if (c == '<') {
            t.op = d == '=' ? OP_LE : d == '>' ? OP_NE : OP_LT;
            t.len = d == '=' || d == '>' ? 2 : 1;
        } else {
            t.op = d == '=' ? OP_GE : OP_GT;
            t.len = d == '=' ? 2 : 1;
        }
    } else {
        size_t j = i;
        while (s[j] && !is_space(s[j]) && !is_special(s[j]))
            j++;
        t.type = T_WORD;
        t.len = j - i;
    }
    p->at = (size_t)(t.start - s) + t.len;
    p->tok = t;
}

static int is_keyword(const token *t, const char *kw)
{
    if (t->type != T_WORD || t->len != strlen(kw))
        return 0;
    char buf[8];
    memcpy(buf, t->start, t->len);
    buf[t->len] = '\0';
    return ke_text_eq(buf, kw);
}

/* "after 'X'" for a message, from the token before the current one. */
static void after_prev(const parser *p, char *buf, size_t size)
{
    buf[0] = '\0';
    if (!p->has_prev)
        return;
    char text[64];
    token_text(p, &p->prev, text, sizeof text);
    snprintf(buf, size, ke_msg(" after '%s'"), text);
}

/* ---- grammar -------------------------------------------------------------- */

static node *parse_or(parser *p);

static node *new_node(node_kind kind, node *a, node *b)
{
    node *n = xmalloc(sizeof *n);
    n->kind = kind;
    n->a = a;
    n->b = b;
    return n;
}

/* Enters one level of nesting; 0 (with the mistake reported) when too deep. */
static int deeper(parser *p)
{
    if (++p->depth <= MAX_DEPTH)
        return 1;
    char limit[16];
    snprintf(limit, sizeof limit, "%d", MAX_DEPTH);
    fail(p, p->tok.pos, NULL, "nested more than %s levels deep%s", limit, NULL);
    return 0;
}

static node *parse_primary(parser *p)
{
    if (p->failed)
        return NULL;
    char after[96], text[64];
    if (p->tok.type == T_LPAREN) {
        size_t open = p->tok.pos;
        if (!deeper(p))
            return NULL;
        next(p);
        node *n = parse_or(p);
        p->depth--;
        if (p->failed) {
            free_node(n);
            return NULL;
        }
        if (p->tok.type != T_RPAREN) {
            char where[48];
            snprintf(where, sizeof where, "%zu", column_of(p->expr, open));
            fail(p, p->tok.pos, NULL, "expected ')' to close the '(' of column %s%s", where, NULL);
            free_node(n);
            return NULL;
        }
        next(p);
        return n;
    }
    if (p->tok.type != T_WORD || is_keyword(&p->tok, "and") || is_keyword(&p->tok, "or")) {
        after_prev(p, after, sizeof after);
        if (p->tok.type == T_END) {
            fail(p, p->tok.pos, NULL, "expected a column name%s%s", after, NULL);
        } else {
            token_text(p, &p->tok, text, sizeof text);
            fail(p, p->tok.pos, NULL, "expected a column name, not '%s'%s", text, NULL);
        }
        return NULL;
    }
    node *n = new_node(N_CMP, NULL, NULL);
    n->col = xstrndup(p->tok.start, p->tok.len);
    n->col_pos = column_of(p->expr, p->tok.pos);
    next(p);
    if (is_keyword(&p->tok, "is")) {
        n->kind = N_NULL;
        next(p);
        if (is_keyword(&p->tok, "not")) {
            n->not_null = 1;
            next(p);
        }
        if (!is_keyword(&p->tok, "null")) {
            after_prev(p, after, sizeof after);
            fail(p, p->tok.pos, NULL,
                 n->not_null ? "expected 'null'%s%s" : "expected 'null' or 'not null'%s%s", after, NULL);
            free_node(n);
            return NULL;
        }
        next(p);
        return n;
    }
    if (p->tok.type != T_OP) {
        after_prev(p, after, sizeof after);
        fail(p, p->tok.pos, p->tok.type == T_BANG ? "; '!' alone is none: did you mean '!='?" : NULL,
             "expected an operator (= != < <= > >= ~ or is)%s%s", after, NULL);
        free_node(n);
        return NULL;
    }
    n->op = p->tok.op;
    n->op_pos = column_of(p->expr, p->tok.pos);
    next(p);
    after_prev(p, after, sizeof after);
    if (p->tok.type == T_QUOTED) {
        n->value = xstrndup(p->tok.start, p->tok.len);
    } else if (p->tok.type == T_WORD && is_keyword(&p->tok, "null")) {
        char hint[160], col[64];
        shorten(n->col, strlen(n->col), col, sizeof col);
        snprintf(hint, sizeof hint, ke_msg("; write '%s is %snull' to test for a missing value"), col,
                 n->op == OP_NE ? "not " : "");
        fail(p, p->tok.pos, hint, "expected a value%s, not null%s", after, NULL);
        free_node(n);
        return NULL;
    } else if (p->tok.type == T_WORD) {
        n->value = xstrndup(p->tok.start, p->tok.len);
    } else {
        fail(p, p->tok.pos, NULL, "expected a value%s%s", after, NULL);
        free_node(n);
        return NULL;
    }
    n->value_pos = column_of(p->expr, p->tok.pos);
    if (!*n->value && n->op != OP_EQ && n->op != OP_NE) {
        fail(p, p->tok.pos, "; an empty value stands for a missing value and goes only with = or !=",
             "expected a value%s%s", after, NULL);
        free_node(n);
        return NULL;
    }
    next(p);
    return n;
}

static node *parse_unary(parser *p)
{
    if (p->failed)
        return NULL; /* the token did not advance: do not read it again */
    if (is_keyword(&p->tok, "not")) {
        if (!deeper(p))
            return NULL;
        next(p);
        node *a = parse_unary(p);
        p->depth--;
        return a ? new_node(N_NOT, a, NULL) : NULL;
    }
    return parse_primary(p);
}

static node *parse_and(parser *p)
{
    node *left = parse_unary(p);
    while (left && !p->failed && is_keyword(&p->tok, "and")) {
        next(p);
        node *right = parse_unary(p);
        if (!right) {
            free_node(left);
            return NULL;
        }
        left = new_node(N_AND, left, right);
    }
    return left;
}

static node *parse_or(parser *p)
{
    node *left = parse_and(p);
    while (left && !p->failed && is_keyword(&p->tok, "or")) {
        next(p);
        node *right = parse_and(p);
        if (!right) {
            free_node(left);
            return NULL;
        }
        left = new_node(N_OR, left, right);
    }
    return left;
}

/* ---- the form of earlier versions: COL=VALUE ------------------------------ */

static int is_ident_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Whether `s` has "and" or "or" as a whole word (ASCII case-insensitive). */
static int has_connective(const char *s)
{
    for (const char *w = s; *w;) {
        while (*w && !is_ident_char(*w))
            w++;
        const char *e = w;
        while (is_ident_char(*e))
            e++;
        size_t n = (size_t)(e - w);
        if ((n == 3 && ke_text_eq_n(w, "and", 3)) || (n == 2 && ke_text_eq_n(w, "or", 2)))
            return 1;
        w = e;
    }
    return 0;
}

static node *legacy_form(const char *expr)
{
    size_t k = 0;
    while (is_ident_char(expr[k]))
        k++;
    if (k == 0 || expr[k] != '=')
        return NULL;
    const char *rest = expr + k + 1;
    if (strpbrk(rest, "=!<>~") || has_connective(rest))
        return NULL;
    node *n = new_node(N_CMP, NULL, NULL);
    n->op = OP_EQ;
    n->literal = 1;
    n->col = xstrndup(expr, k);
    n->col_pos = 1;
    n->value = xstrndup(rest, strlen(rest));
    n->value_pos = column_of(expr, k + 1);
    return n;
}

ke_where *ke_where_parse(const char *expr, const char *what, ke_error *err)
{
    ke_error ignored;
    parser p = {0};
    p.expr = expr;
    p.what = what;
    p.err = err ? err : &ignored;
    next(&p);
    node *root = parse_or(&p);
    if (root && !p.failed && p.tok.type != T_END) {
        char text[64], after[96];
        token_text(&p, &p.tok, text, sizeof text);
        after_prev(&p, after, sizeof after);
        if (p.tok.type == T_RPAREN)
            fail(&p, p.tok.pos, NULL, "unmatched ')'%s%s", NULL, NULL);
        else
            fail(&p, p.tok.pos, NULL, "expected 'and', 'or' or the end%s, not '%s'", after, text);
    }
    if (p.failed) {
        free_node(root);
        root = legacy_form(expr);
        if (!root)
            return NULL;
    }
    ke_where *w = xmalloc(sizeof *w);
    w->root = root;
    w->what = xstrndup(what, strlen(what));
    return w;
}

ke_where *ke_where_equals(const char *col, const char *value, const char *what)
{
    ke_where *w = xmalloc(sizeof *w);
    w->root = new_node(N_CMP, NULL, NULL);
    w->root->op = OP_EQ;
    w->root->literal = 1;
    w->root->col = xstrndup(col, strlen(col));
    w->root->col_pos = 1;
    w->root->value = xstrndup(value, strlen(value));
    w->what = xstrndup(what, strlen(what));
    return w;
}

/* ---- binding and evaluation ---------------------------------------------- */

/* A plain decimal: [+-] digits [. digits] or [+-] . digits. */
static int parse_number(const char *s, double *out)
{
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    size_t digits = 0;
    while (*p >= '0' && *p <= '9')
        p++, digits++;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9')
            p++, digits++;
    }
    if (!digits || *p)
        return -1;
    *out = strtod(s, NULL);
    return 0;
}

static int bind(node *n, const ke_table *t, const char *what, ke_error *err)
{
    if (!n)
        return 0;
    if (n->kind == N_AND || n->kind == N_OR || n->kind == N_NOT)
        return bind(n->a, t, what, err) || bind(n->b, t, what, err) ? -1 : 0;
    int c = ke_table_col(t, n->col);
    if (c < 0) {
        /* ke_table_find_col's message with the position inside */
        ke_suggester s;
        ke_suggest_init(&s, n->col);
        for (size_t i = 0; i < t->n_cols; i++)
            ke_suggest_add(&s, t->cols[i].key);
        const char *best = ke_suggest_result(&s);
        if (best)
            ke_error_set(err, KE_EXIT_USAGE, "%s: unknown column '%s' at column %zu; did you mean '%s'?", what,
                         n->col, n->col_pos, best);
        else
            ke_error_set(err, KE_EXIT_USAGE, "%s: unknown column '%s' at column %zu", what, n->col, n->col_pos);
        return -1;
    }
    n->col_index = (size_t)c;
    if (n->kind != N_CMP || n->literal || n->op == OP_LIKE || !*n->value)
        return 0;
    ke_coltype type = t->cols[c].type;
    if ((type == KE_COL_INT || type == KE_COL_NUM) && parse_number(n->value, &n->number) != 0) {
        ke_error_set(err, KE_EXIT_USAGE,
                     "%s: expected a number at column %zu ('%s' is a number column), not '%s'", what,
                     n->value_pos, n->col, n->value);
        return -1;
    }
    if (type == KE_COL_BOOL) {
        if (n->op != OP_EQ && n->op != OP_NE) {
            ke_error_set(err, KE_EXIT_USAGE,
                         "%s: '%s' does not apply to the boolean column '%s' at column %zu; use = or !=",
                         what, op_names[n->op], n->col, n->op_pos);
            return -1;
        }
        if (ke_text_eq(n->value, "true"))
            n->boolean = 1;
        else if (ke_text_eq(n->value, "false"))
            n->boolean = 0;
        else {
            ke_error_set(err, KE_EXIT_USAGE,
                         "%s: expected true or false at column %zu ('%s' is a boolean column), not '%s'",
                         what, n->value_pos, n->col, n->value);
            return -1;
        }
    }
    return 0;
}

static int compare(const node *n, const ke_table *t, const ke_cell *cell)
{
    switch (t->cols[n->col_index].type) {
    case KE_COL_INT:
    case KE_COL_NUM:
        return (cell->num > n->number) - (cell->num < n->number);
    case KE_COL_BOOL:
        return (cell->num != 0) != n->boolean;
    case KE_COL_TEXT:
        break;
    }
    return ke_text_cmp(cell->text, n->value);
}

static int eval(const node *n, const ke_table *t, size_t row)
{
    switch (n->kind) {
    case N_AND:
        return eval(n->a, t, row) && eval(n->b, t, row);
    case N_OR:
        return eval(n->a, t, row) || eval(n->b, t, row);
    case N_NOT:
        return !eval(n->a, t, row);
    case N_NULL:
        return (ke_table_cell(t, row, n->col_index)->text != NULL) == n->not_null;
    case N_CMP:
        break;
    }
    const ke_cell *cell = ke_table_cell(t, row, n->col_index);
    if (!*n->value) /* '' stands for the missing value */
        return (cell->text == NULL) == (n->op == OP_EQ);
    if (!cell->text)
        return n->op == OP_NE;
    if (n->literal)
        return ke_text_eq(cell->text, n->value);
    if (n->op == OP_LIKE)
        return ke_text_contains(cell->text, n->value);
    int r = compare(n, t, cell);
    switch (n->op) {
    case OP_EQ:
        return r == 0;
    case OP_NE:
        return r != 0;
    case OP_LT:
        return r < 0;
    case OP_LE:
        return r <= 0;
    case OP_GT:
        return r > 0;
    case OP_GE:
        return r >= 0;
    case OP_LIKE:
        break;
    }
    return 0;
}

int ke_table_filter(ke_table *t, ke_where *w, ke_error *err)
{
    if (bind(w->root, t, w->what, err) != 0)
        return -1;
    unsigned char *keep = xmalloc(t->n_rows ? t->n_rows : 1);
    for (size_t r = 0; r < t->n_rows; r++)
        keep[r] = (unsigned char)eval(w->root, t, r);
    ke_table_keep_rows(t, keep);
    free(keep);
    return 0;
}
