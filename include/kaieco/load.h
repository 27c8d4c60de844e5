/* kaieco/load.h: reading a dataset from JSON files at run time.
 *
 * The same loader and validator serve kaieco-dsc (which compiles dataset/
 * into the binary at build time) and the CLI's `check` and `--data`, so a
 * mistake gives the same message in both:
 *
 *   FILE:LINE: $.kind[i].field: error: reason     (a record or field)
 *   FILE:LINE:COLUMN: error: reason                (JSON syntax)
 *   FILE: error: reason                            (the file as a whole)
 *
 * Every mistake is counted, not only the first; the first ones found are
 * kept (KE_DIAGS_MAX_DEFAULT unless `max` says otherwise) and printed
 * sorted: syntax errors first, then file by file, top to bottom. A path
 * skipped (not a regular file, in a directory) is a warning:
 *
 *   FILE: warning: reason                          (the load does not fail)
 *
 * A dataset file larger than KAIECO_DATA_MAX bytes (an environment
 * variable: a number, or a number followed by K, M, G or T for powers of
 * 1024; default 1 GiB) is refused before it is read, and a pipe is read no
 * further than that. */
#ifndef KAIECO_LOAD_H
#define KAIECO_LOAD_H

#include "kaieco/export.h"

#include <stddef.h>
#include <stdio.h>

#include "kaieco/dataset.h"
#include "kaieco/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ke_diag {
    char *text;       /* one line, without the newline */
    char *file;       /* for ordering */
    size_t line;      /* 0 when unknown */
    int syntax;       /* a JSON syntax error or a file that cannot be read */
    int kind;         /* record kind, -1 for the file as a whole */
    size_t index;     /* record index in its file */
    size_t seq;       /* order found */
    int warning;      /* a warning (a path skipped), not an error */
} ke_diag;

/* How many diagnostics a ke_diags keeps when its `max` is 0. */
#define KE_DIAGS_MAX_DEFAULT 50
/* A `max` that keeps every diagnostic (memory then grows with them). */
#define KE_DIAGS_ALL ((size_t)-1)

/* Initialise with {0} (or set `max` first). Memory stays bounded by `max`
 * whatever the input: past it, diagnostics are only counted. */
typedef struct ke_diags {
    ke_diag *items;  /* the diagnostics kept: the first `max` found */
    size_t n, cap;
    int io_error;    /* some path could not be read (kaieco-dsc exits 2 for it) */
    size_t max;      /* in: how many to keep; 0 for KE_DIAGS_MAX_DEFAULT, KE_DIAGS_ALL for all */
    size_t errors;   /* out: how many errors were found, kept or not */
    size_t warnings; /* out: how many warnings were found, kept or not */
} ke_diags;

/* Sorts the diagnostics kept (syntax errors first, then by file and line)
 * and writes one per line to `out`. Returns how many errors were found
 * (d->errors: kept or not, warnings not counted). */
KE_API size_t ke_diags_print(ke_diags *d, FILE *out);
KE_API void ke_diags_free(ke_diags *d);

/* The most bytes a dataset file may have unless KAIECO_DATA_MAX says otherwise. */
#define KE_DATA_MAX_DEFAULT ((size_t)1 << 30)

/* Loads and validates the dataset in `paths`: each a JSON file (or a pipe,
 * read as given; a device is refused), or a directory whose *.json regular
 * files are read in name order (byte order, as the build does; any other
 * *.json entry, a FIFO, socket, device or directory, is skipped with a
 * warning). Returns the dataset, or NULL with its mistakes in `diags`.
 * The result is sorted as the compiler emits it and answers every query;
 * free it with ke_dataset_free. */
KE_API ke_dataset *ke_dataset_load(const char *const *paths, size_t n_paths, ke_diags *diags);

/* The same for one document in memory (`len` bytes, not NUL-terminated);
 * `name` names it in messages.
 *
 * Out of memory, both return NULL with a diagnostic "out of memory" in
 * `diags`, or, when even that could not be recorded, with no diagnostic
 * and `diags->io_error` set: never a partial dataset. */
KE_API ke_dataset *ke_dataset_load_text(const char *name, const char *text, size_t len, ke_diags *diags);

/* Frees a dataset returned by ke_dataset_load(_text) or ke_dataset_as_of (never
 * the built-in one; NULL is ignored). */
KE_API void ke_dataset_free(ke_dataset *ds);

/* The dataset as it stood on `date` (YYYY, YYYY-MM or YYYY-MM-DD): only the
 * sources published by the end of that period, and the figures, events and
 * contest decisions they report. A model counts from the day it was known
 * (its release date, or a list's publication date for it, whichever is
 * earlier; without either, once the source of its record is out), and
 * figures about it and its listings with it. Other names (countries,
 * organisations, metrics) stay.
 * Where the default figure of a disagreement was not yet published, the
 * figure of the most recently published source among those that were
 * becomes the default. NULL with `err` set (status 2) if `date` is
 * malformed, or (status 1, "out of memory") when an allocation fails. `ds`
 * must outlive the result. */
KE_API ke_dataset *ke_dataset_as_of(const ke_dataset *ds, const char *date, ke_error *err);

#define KE_N_RECORD_KINDS 10

/* What a dataset holds, for --version and `check`. */
typedef struct ke_dataset_summary {
    size_t records[KE_N_RECORD_KINDS];          /* per record kind, in file-key order */
    size_t sources_by_kind[3];  /* article, primary, secondary */
    const char *latest_source;  /* date text of the latest-published source, or NULL */
    const char *last_checked;   /* the latest day a source was checked against its page
                                 * (ke_source.checked), or NULL when none was */
} ke_dataset_summary;
KE_API void ke_dataset_summarize(const ke_dataset *ds, ke_dataset_summary *out);
/* The file key of record kind k (0 .. KE_N_RECORD_KINDS-1, in the order
 * of `records` above): "sources" .. "listings". */
KE_API const char *ke_record_kind_name(size_t k);

/* Writes the whole dataset as one JSON document in the schema of dataset/:
 * every kind, every field, values as the source printed them, records in
 * the dataset's order, two-space indent, one final newline. Returns 0, or
 * -1 on a write or allocation failure (errno ENOMEM for the latter). */
KE_API int ke_dataset_export(const ke_dataset *ds, FILE *out);

/* The same dataset as one SQL script that SQLite and PostgreSQL both run:
 * a CREATE TABLE per record kind (and per list field) with primary and
 * foreign keys, then every record as an INSERT, in one transaction
 * (src/lib/data/export_sql.c says how fields become columns). Returns 0,
 * or -1 on a write failure. */
KE_API int ke_dataset_export_sql(const ke_dataset *ds, FILE *out);

#ifdef __cplusplus
}
#endif
#endif
