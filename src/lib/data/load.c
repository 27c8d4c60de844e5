/* Reading dataset files: paths and directories, then each file split into
 * records. The usual case (a well-formed file) takes the fast path: the
 * file's skeleton ({"kind": [ {...}, ... ], ...}) is scanned here and each
 * record is parsed by jansson on its own, so that memory stays near the
 * size of the text and every record's line is known. Anything unusual
 * (a syntax error, an escaped key, a duplicate kind, a record that is not
 * an object) sends the file down the slow path instead: jansson parses it
 * whole, which gives its exact message and position. What is read is
 * bounded: a file over KAIECO_DATA_MAX is refused by its size, a pipe read
 * no further, a device never opened, a FIFO in a directory skipped. */
#include "data/loader.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- reading ------------------------------------------------------------- */

/* What a path that is not a regular file is, for messages. */
static const char *file_type(mode_t mode)
{
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISDIR(mode))
        return "a directory";
    return "not a regular file";
}

/* Parses KAIECO_DATA_MAX: a number of bytes, or a number followed by K,
 * M, G or T (powers of 1024); 0 if it is not one (or is 0). */
static size_t parse_size(const char *s)
{
    size_t n = 0;
    const char *p = s;
    for (; *p >= '0' && *p <= '9'; p++) {
        size_t digit = (size_t)(*p - '0');
        if (n > ((size_t)-1 - digit) / 10)
            return 0;
        n = n * 10 + digit;
    }
    if (p == s)
        return 0;
    static const char units[] = "KMGT";
    const char *u = *p ? strchr(units, *p & ~0x20) : NULL;
    if (*p && (!u || !*u || p[1]))
        return 0;
    for (int i = u ? (int)(u - units) + 1 : 0; i > 0; i--) {
        if (n > (size_t)-1 / 1024)
            return 0;
        n *= 1024;
    }
    return n;
}

/* Reads the open file `fd` (`st` its status), NUL-terminated, into *text
 * (length *len): at most L->data_max bytes. Returns 0; -1 with errno;
 * 1 when the file is larger than the limit (nothing kept). */
static int read_all(const ke_loader *L, int fd, const struct stat *st, char **text, size_t *len)
{
    size_t max = L->data_max, n = 0;
    if (S_ISREG(st->st_mode) && (unsigned long long)st->st_size > max)
        return 1; /* refused before reading */
    /* the buffer never grows past the limit, a byte more (to see that it
     * is passed) and the NUL; a regular file's size is known (it may still
     * grow), a pipe's buffer doubles */
    size_t ceiling = max < (size_t)-1 / 2 ? max + 2 : (size_t)-1 / 2;
    size_t cap = S_ISREG(st->st_mode) ? (size_t)st->st_size + 2 : (size_t)1 << 16;
    if (cap > ceiling || cap < 2)
        cap = ceiling;
    char *buf = malloc(cap);
    if (!buf) {
        errno = ENOMEM;
        return -1;
    }
    for (;;) {
        if (cap - n < 2) {
            if (cap == ceiling) {
                free(buf);
                return 1;
            }
            size_t bigger_cap = cap > ceiling / 2 ? ceiling : cap * 2;
            char *bigger = realloc(buf, bigger_cap);
            if (!bigger) {
                free(buf);
                errno = ENOMEM;
                return -1;
            }
            buf = bigger;
            cap = bigger_cap;
        }
        ssize_t got = read(fd, buf + n, cap - n - 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            int e = errno;
            free(buf);
            errno = e;
            return -1;
        }
        if (got == 0)
            break;
        n += (size_t)got;
        if (n > max) {
            free(buf);
            return 1;
        }
    }
    buf[n] = '\0';
    *text = buf;
    *len = n;
    return 0;
}

/* ---- the fast path --------------------------------------------------------- */

typedef struct scan {
    const char *p, *end;
    const char *mark; /* lines are counted up to here */
    size_t line;
} scan;

static void ws(scan *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
        s->p++;
}

static int at(scan *s, char c)
{
    ws(s);
    if (s->p < s->end && *s->p == c) {
        s->p++;
        return 1;
    }
    return 0;
}

/* A plain key: ASCII, no escapes. Returns its kind, or -1. */
static int kind_key(scan *s)
{
    if (!at(s, '"'))
        return -1;
    char key[32];
    size_t n = 0;
    while (s->p < s->end && *s->p != '"') {
        unsigned char c = (unsigned char)*s->p++;
        if (c == '\\' || c < 0x20 || c >= 0x80 || n + 1 == sizeof key)
            return -1;
        key[n++] = (char)c;
    }
    if (s->p == s->end)
        return -1;
    s->p++;
    key[n] = '\0';
    return ke_kind_by_name(key);
}

static size_t line_at(scan *s, const char *pos)
{
    const char *nl;
    while (s->mark < pos && (nl = memchr(s->mark, '\n', (size_t)(pos - s->mark)))) {
        s->line++;
        s->mark = nl + 1;
    }
    s->mark = pos;
    return s->line;
}

/* 0 when the whole file was taken; -1 to fall back to the slow path. */
static int fast_path(ke_loader *L, const char *file, const char *text, size_t len, size_t seq)
{
    scan s = {text, text + len, text, 1};
    int seen[KE_K_COUNT] = {0};
    if (!at(&s, '{'))
        return -1;
    if (at(&s, '}'))
        goto done;
    do {
        int k = kind_key(&s);
        if (k < 0 || seen[k] || !at(&s, ':') || !at(&s, '['))
            return -1;
        seen[k] = 1;
        if (at(&s, ']'))
            continue;
        size_t index = 0;
        do {
            ws(&s);
            if (s.p == s.end || *s.p != '{')
                return -1;
            /* jansson reads one record and says where it stopped */
            json_error_t jerr;
            json_t *obj = json_loadb(s.p, (size_t)(s.end - s.p),
                                     JSON_REJECT_DUPLICATES | JSON_DISABLE_EOF_CHECK, &jerr);
            if (!obj || jerr.position <= 0 || (size_t)jerr.position > (size_t)(s.end - s.p)) {
                json_decref(obj);
                return -1;
            }
            ke_origin o = {file, text, s.p, line_at(&s, s.p), seq, index++, 0};
            ke_take_record(L, (ke_kind)k, obj, &o);
            json_decref(obj);
            s.p += jerr.position;
        } while (at(&s, ','));
        if (!at(&s, ']'))
            return -1;
    } while (at(&s, ','));
    if (!at(&s, '}'))
        return -1;
done:
    ws(&s);
    return s.p == s.end ? 0 : -1;
}

/* ---- the slow path ------------------------------------------------------------ */

static const char kinds_expected[] =
    "expected one of sources, countries, entities, metrics, observations, events, "
    "contest_teams, contest_decisions, contest_rules";

static void slow_path(ke_loader *L, const char *file, const char *text, size_t len, size_t seq)
{
    json_error_t jerr;
    json_t *doc = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!doc) {
        ke_diag_syntax(L, file, jerr.line > 0 ? (size_t)jerr.line : 0,
                       jerr.column > 0 ? (size_t)jerr.column : 0, "%s", jerr.text);
        return;
    }
    if (!json_is_object(doc)) {
        ke_diag_file(L, file, 0, "the file must be a JSON object whose keys are record kinds");
        L->syntax_failed = 1;
        json_decref(doc);
        return;
    }
    for (int k = 0; k < KE_K_COUNT; k++) {
        json_t *arr = json_object_get(doc, ke_schema[k].name);
        if (!arr)
            continue;
        if (!json_is_array(arr)) {
            ke_diag_file(L, file, 0, "$.%s: must be an array of records", ke_schema[k].name);
            L->syntax_failed = 1;
            continue;
        }
        size_t i;
        json_t *obj;
        json_array_foreach(arr, i, obj) {
            ke_origin o = {file, text, NULL, 0, seq, i, 0};
            ke_take_record(L, (ke_kind)k, obj, &o);
        }
    }
    const char *key;
    json_t *val;
    json_object_foreach(doc, key, val) {
        if (ke_kind_by_name(key) < 0) {
            ke_diag_file(L, file, 0, "$.%s: unknown record kind (%s)", key, kinds_expected);
            L->syntax_failed = 1;
        }
    }
    json_decref(doc);
}

/* ---- one file ------------------------------------------------------------------ */

/* Forgets what a failed fast path took from a file. */
static void roll_back(ke_loader *L, const size_t counts[KE_K_COUNT], const ke_diags *mark)
{
    for (int k = 0; k < KE_K_COUNT; k++)
        ke_kind_set(&L->out->ds, (ke_kind)k, L->out->arrays[k], counts[k]);
    while (L->diags->n > mark->n) {
        ke_diag *d = &L->diags->items[--L->diags->n];
        free(d->text);
        free(d->file);
    }
    L->diags->errors = mark->errors;
    L->diags->warnings = mark->warnings;
}

static int keep_file(ke_loader *L, char *name, char *text, size_t len, unsigned long long hash)
{
    char **files = realloc(L->files, (L->n_files + 1) * sizeof *files);
    if (files)
        L->files = files;
    char **texts = realloc(L->texts, (L->n_files + 1) * sizeof *texts);
    if (texts)
        L->texts = texts;
    size_t *lens = realloc(L->lens, (L->n_files + 1) * sizeof *lens);
    if (lens)
        L->lens = lens;
    unsigned long long *hashes = realloc(L->hashes, (L->n_files + 1) * sizeof *hashes);
    if (hashes)
        L->hashes = hashes;
    if (!files || !texts || !lens || !hashes) {
        free(name);
        free(text);
        return -1;
    }
    L->files[L->n_files] = name;
    L->lens[L->n_files] = len;
    L->hashes[L->n_files] = hash;
    L->texts[L->n_files++] = text;
    return 0;
}

/* FNV-1a, 64 bits: enough to tell files apart before comparing them. */
static unsigned long long text_hash(const char *text, size_t len)
{
    unsigned long long h = 14695981039346656037ULL;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)text[i]) * 1099511628211ULL;
    return h;
}

/* The file read before whose bytes are the same as text's, or NULL. */
static const char *same_as(const ke_loader *L, const char *text, size_t len, unsigned long long hash)
{
    for (size_t i = 0; i < L->n_files; i++)
        if (L->lens[i] == len && L->hashes[i] == hash && memcmp(L->texts[i], text, len) == 0)
            return L->files[i];
    return NULL;
}

/* Takes a file's text (its name and text now belong to L). A file with the
 * same bytes as one read before (a directory of copies, the same file
 * named twice) is one mistake, said once: its records are not read again,
 * so that N copies make N - 1 errors rather than one per pair of records,
 * and hold no more memory than one. */
static void load_text(ke_loader *L, char *name, char *text, size_t len)
{
    unsigned long long hash = text_hash(text, len);
    const char *first = len ? same_as(L, text, len, hash) : NULL;
    if (first) {
        if (strcmp(first, name) == 0)
            ke_diag_file(L, name, 0, "named twice: read once");
        else
            ke_diag_file(L, name, 0, "the same bytes as %s, read before it: a copy, not read again", first);
        free(name);
        free(text);
        return;
    }
    if (keep_file(L, name, text, len, hash) != 0) {
        ke_diag_file(L, "kaieco", 1, "out of memory");
        return;
    }
    size_t seq = L->n_files - 1;
    const char *p = text;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    if (len == 0) {
        ke_diag_file(L, name, 0, "the file is empty (a dataset file is a JSON object whose keys "
                                 "are record kinds)");
        L->syntax_failed = 1;
        return;
    }
    if ((size_t)(p - text) == len) {
        ke_diag_file(L, name, 0, "the file holds only white space (a dataset file is a JSON "
                                 "object whose keys are record kinds)");
        L->syntax_failed = 1;
        return;
    }
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        ke_diag_syntax(L, name, 1, 1, "the file starts with a UTF-8 byte order mark (BOM); "
                                      "save it as UTF-8 without one");
        return;
    }
    size_t counts[KE_K_COUNT];
    ke_diags mark = *L->diags;
    for (int k = 0; k < KE_K_COUNT; k++)
        counts[k] = ke_kind_count(&L->out->ds, (ke_kind)k);
    if (strlen(text) == len && fast_path(L, name, text, len, seq) == 0)
        return;
    roll_back(L, counts, &mark);
    slow_path(L, name, text, len, seq);
}

/* What may be read: a regular file; on the command line a pipe too. */
static int readable(mode_t mode, int in_dir)
{
    return S_ISREG(mode) || (!in_dir && S_ISFIFO(mode));
}

static void not_a_file(ke_loader *L, const char *path, int in_dir, mode_t mode)
{
    if (in_dir)
        ke_diag_warn(L, path, "skipped: %s, not a regular file", file_type(mode));
    else
        ke_diag_file(L, path, 1, "cannot read %s (a dataset is a file, a pipe or a directory)",
                     file_type(mode));
}

/* Reads one file. A path in a directory scan must be a regular file (any
 * other entry is skipped with a warning, without opening it, or opening it
 * without waiting); a path given by the user is read as given, so that a
 * pipe (`--data <(jq ...)`) works, but a device or socket is refused. No
 * more than L->data_max bytes are read. */
static void load_file(ke_loader *L, const char *path, int in_dir)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        ke_diag_file(L, path, 1, "cannot read: %s", strerror(errno));
        return;
    }
    if (!readable(st.st_mode, in_dir)) { /* not opened: opening may wait or act */
        not_a_file(L, path, in_dir, st.st_mode);
        return;
    }
    int fd = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC | (in_dir ? O_NONBLOCK : 0));
    if (fd < 0) {
        ke_diag_file(L, path, 1, "cannot read: %s", strerror(errno));
        return;
    }
    if (fstat(fd, &st) != 0 || !readable(st.st_mode, in_dir)) { /* replaced meanwhile */
        close(fd);
        not_a_file(L, path, in_dir, st.st_mode);
        return;
    }
    char *name = NULL, *text = NULL;
    size_t len = 0;
    int rc = read_all(L, fd, &st, &text, &len), e = errno;
    close(fd);
    if (rc == 1 && S_ISREG(st.st_mode))
        ke_diag_file(L, path, 1, "the file has %llu bytes, more than the limit of %zu (KAIECO_DATA_MAX)",
                     (unsigned long long)st.st_size, L->data_max);
    else if (rc == 1)
        ke_diag_file(L, path, 1, "more than %zu bytes, the limit (KAIECO_DATA_MAX): stopped reading",
                     L->data_max);
    else if (rc != 0 || !(name = strdup(path))) {
        if ((rc != 0 ? e : ENOMEM) == ENOMEM)
            ke_diag_file(L, path, 1, "out of memory");
        else
            ke_diag_file(L, path, 1, "cannot read: %s", strerror(e));
        free(text);
    } else {
        load_text(L, name, text, len);
    }
}

/* ---- paths ---------------------------------------------------------------------- */

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_json_name(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".json") == 0;
}

static void load_dir(ke_loader *L, const char *path)
{
    DIR *dir = opendir(path);
    if (!dir) {
        ke_diag_file(L, path, 1, "cannot read: %s", strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (!is_json_name(e->d_name))
            continue;
        char **more = realloc(names, (n + 1) * sizeof *names);
        if (more)
            names = more;
        size_t len = strlen(path);
        int slash = len && path[len - 1] == '/';
        size_t size = len + strlen(e->d_name) + 2;
        if (!more || !(names[n] = malloc(size))) { /* not a dataset with files left out */
            ke_diag_file(L, path, 1, "out of memory");
            break;
        }
        snprintf(names[n++], size, "%s%s%s", path, slash ? "" : "/", e->d_name);
    }
    closedir(dir);
    if (n == 0)
        ke_diag_file(L, path, 1, "no *.json files in this directory");
    if (n)
        qsort(names, n, sizeof *names, by_name);
    size_t warnings = L->diags->warnings;
    for (size_t i = 0; i < n; i++) {
        load_file(L, names[i], 1);
        free(names[i]);
    }
    free(names);
    if (n && L->diags->warnings - warnings == n)
        ke_diag_file(L, path, 1, "no *.json file in this directory was read (each one was skipped)");
}

static ke_loader *loader_new(ke_diags *diags)
{
    ke_loader *L = calloc(1, sizeof *L);
    if (L && !(L->out = calloc(1, sizeof *L->out))) {
        free(L);
        L = NULL;
    }
    if (!L) {
        diags->io_error = 1;
        diags->errors++;
        return NULL;
    }
    if (ke_pool_init(&L->out->pool, NULL, 0) != 0) {
        free(L->out);
        free(L);
        diags->io_error = 1;
        diags->errors++;
        return NULL;
    }
    ke_pool_publish(&L->out->pool, &L->out->ds);
    L->diags = diags;
    L->errors_before = diags->errors;
    L->data_max = KE_DATA_MAX_DEFAULT;
    return L;
}

/* Validates across records (unless a file did not load), frees what only
 * loading needed, and returns the dataset, or NULL if anything was wrong. */
static ke_dataset *loader_finish(ke_loader *L)
{
    /* checks across records would only repeat what a file that did not
     * load leaves out ("unknown source ..."), so they wait for clean files */
    if (!L->syntax_failed)
        ke_validate(L);
    for (size_t i = 0; i < L->n_files; i++) {
        free(L->files[i]);
        free(L->texts[i]);
    }
    free(L->files);
    free(L->texts);
    free(L->lens);
    free(L->hashes);
    for (int k = 0; k < KE_K_COUNT; k++)
        free(L->origins[k]);
    ke_dataset *ds = &L->out->ds;
    if (L->diags->errors > L->errors_before || L->diags->io_error) {
        ke_dataset_free(ds);
        ds = NULL;
    }
    free(L);
    return ds;
}

ke_dataset *ke_dataset_load(const char *const *paths, size_t n_paths, ke_diags *diags)
{
    ke_loader *L = loader_new(diags);
    if (!L)
        return NULL;
    const char *max = getenv("KAIECO_DATA_MAX");
    if (max && *max && !(L->data_max = parse_size(max))) {
        ke_diag_file(L, "KAIECO_DATA_MAX", 1, "'%s' is not a size: a number of bytes, or a number "
                     "followed by K, M, G or T (powers of 1024), at least 1", max);
        n_paths = 0;
        paths = NULL;
    }
    for (size_t i = 0; i < n_paths; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
            load_dir(L, paths[i]);
        else
            load_file(L, paths[i], 0);
    }
    if (n_paths == 0 && !L->diags->io_error)
        ke_diag_file(L, "kaieco", 1, "no dataset files given");
    return loader_finish(L);
}

ke_dataset *ke_dataset_load_text(const char *name, const char *text, size_t len, ke_diags *diags)
{
    ke_loader *L = loader_new(diags);
    if (!L)
        return NULL;
    char *n = strdup(name), *t = malloc(len + 1);
    if (!n || !t) {
        free(n);
        free(t);
        ke_diag_file(L, name, 1, "out of memory");
    } else {
        memcpy(t, text, len);
        t[len] = '\0';
        load_text(L, n, t, len);
    }
    return loader_finish(L);
}

void ke_dataset_free(ke_dataset *ds)
{
    if (!ds)
        return;
    ke_owned *o = (ke_owned *)ds;
    for (int k = 0; k < KE_K_COUNT; k++)
        free(o->arrays[k]);
    ke_pool_free(&o->pool);
    free(o);
}
