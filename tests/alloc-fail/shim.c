/* The allocation-failure build (-DKAIECO_ALLOC_FAIL=ON): linked into the
 * kaieco program only, with -Wl,--wrap for malloc, calloc, realloc, strdup
 * and strndup, so that every call the program's own code makes (CLI and
 * library) comes here; jansson's allocations come here too, through
 * json_set_alloc_funcs. As sqlite's malloc-failure tests do, it counts
 * them and makes one fail:
 *
 *   KAIECO_ALLOC_FAIL=N   the Nth allocation (from 1) returns NULL, once;
 *                         unset or 0: none fails
 *   KAIECO_ALLOC_LOG=FILE at exit, writes "COUNT FAILED" to FILE: how many
 *                         allocations the run made, and 1 when the Nth
 *                         was reached (and failed), 0 when it was not
 *   KAIECO_ALLOC_TRACE=1  prints the stack of the failing call on stderr
 *                         (for debugging: it changes stderr)
 *
 * In a test program (tests/test_alloc.c) kaieco_alloc_fail_at(N) and
 * kaieco_alloc_reached() do the same in process.
 *
 * tests/scripts/alloc-fail.sh runs commands for N = 1, 2, ... until a run
 * no longer reaches N. Allocations inside the C library (stdio buffers,
 * qsort's) are not counted: the wrapper sees calls from kaieco's code.
 *
 * json_loadb is wrapped too: jansson 2.14 itself crashes when an allocation
 * fails while it reads a string or number (lex_save drops the failure:
 * akheron/jansson#362, fixed by its open pull request #747). So within a
 * load the shim lets every allocation succeed, counting them, and when the
 * one to fail is among them, returns what a fixed jansson returns: NULL,
 * "out of memory". */
#include <execinfo.h>
#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);
json_t *__real_json_loadb(const char *buffer, size_t buflen, size_t flags, json_error_t *error);
json_t *__wrap_json_loadb(const char *buffer, size_t buflen, size_t flags, json_error_t *error);

static unsigned long fail_at; /* 0: never */
static unsigned long count;
static int failed;
static int trace;
static int in_load; /* inside json_loadb: count, but fail nothing */

/* Whether this allocation is the one to fail. */
static int fail_now(void)
{
    count++;
    if (fail_at && count == fail_at && !in_load) {
        failed = 1;
        if (trace) {
            void *frames[32];
            backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
        }
        return 1;
    }
    return 0;
}

void *__wrap_malloc(size_t n)
{
    return fail_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t size)
{
    return fail_now() ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t n)
{
    return fail_now() ? NULL : __real_realloc(p, n);
}

char *__wrap_strdup(const char *s)
{
    return __wrap_strndup(s, strlen(s));
}

char *__wrap_strndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *p = __wrap_malloc(len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

json_t *__wrap_json_loadb(const char *buffer, size_t buflen, size_t flags, json_error_t *error)
{
    unsigned long before = count;
    in_load = 1;
    json_t *v = __real_json_loadb(buffer, buflen, flags, error);
    in_load = 0;
    if (fail_at > before && fail_at <= count) {
        failed = 1;
        json_decref(v);
        if (error) {
            memset(error, 0, sizeof *error);
            snprintf(error->text, sizeof error->text, "out of memory");
            error->line = error->column = -1;
        }
        return NULL;
    }
    return v;
}

/* In process: the Nth allocation from now fails (0: none); whether it did. */
void kaieco_alloc_fail_at(unsigned long n);
int kaieco_alloc_reached(void);

void kaieco_alloc_fail_at(unsigned long n)
{
    count = 0;
    failed = 0;
    fail_at = n;
}

int kaieco_alloc_reached(void)
{
    return failed;
}

static void *json_malloc(size_t n)
{
    return __wrap_malloc(n);
}

static void report(void)
{
    const char *log = getenv("KAIECO_ALLOC_LOG");
    FILE *f = log && *log ? fopen(log, "w") : NULL;
    if (f) {
        fprintf(f, "%lu %d\n", count, failed);
        fclose(f);
    }
}

__attribute__((constructor)) static void start(void)
{
    const char *n = getenv("KAIECO_ALLOC_FAIL");
    fail_at = n ? strtoul(n, NULL, 10) : 0;
    trace = getenv("KAIECO_ALLOC_TRACE") != NULL;
    if (trace) { /* backtrace() loads libgcc on its first call: not then */
        void *frame[1];
        backtrace(frame, 1);
    }
    json_set_alloc_funcs(json_malloc, free);
    atexit(report);
}
