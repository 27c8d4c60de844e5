/* Internal: the state of one ke_dataset_load call, shared by the file
 * reader (load.c), the per-record checks (record.c), the checks across
 * records (validate.c) and the diagnostics (diag.c). */
#ifndef KAIECO_LOADER_H
#define KAIECO_LOADER_H

#include <jansson.h>
#include <stddef.h>

#include "data/pool.h"
#include "kaieco/load.h"
#include "data/schema.h"

/* Where a record came from, for diagnostics. */
typedef struct ke_origin {
    const char *file;  /* as named (directory joined) */
    const char *text;  /* the file's text */
    const char *start; /* the record's first byte in `text`, or NULL if unknown */
    size_t line;       /* the record's line, 0 if unknown */
    size_t file_seq;   /* position of the file in load order */
    size_t index;      /* position in its file's array */
    int flagged;       /* an observation marked "default": true */
} ke_origin;

/* A dataset that owns its memory: ke_dataset first, so that a
 * ke_dataset * from the loader is also a ke_owned *. */
typedef struct ke_owned {
    ke_dataset ds;
    ke_pool pool; /* its strings and list entries */
    void *arrays[KE_K_COUNT];
} ke_owned;

typedef struct ke_loader {
    ke_diags *diags;
    ke_owned *out;
    size_t cap[KE_K_COUNT];
    ke_origin *origins[KE_K_COUNT];
    char **files;     /* names and texts of the files read, freed at the end */
    char **texts;
    size_t *lens;     /* and their lengths and hashes, to know a copy */
    unsigned long long *hashes;
    size_t n_files;
    int syntax_failed; /* some file did not parse: skip checks across records */
    size_t data_max;   /* the most bytes a file may have (KAIECO_DATA_MAX) */
    size_t errors_before; /* diags->errors when the load began */
} ke_loader;

/* diag.c */
/* How many diagnostics `d` keeps (its max, or the default). */
size_t ke_diags_limit(const ke_diags *d);
/* 1 (and the error counted) when no more diagnostics are kept: the caller
 * skips the work of the message (a second record's place, a suggestion). */
int ke_diag_skip(ke_loader *L);
/* "FILE: warning: ...": something skipped; the load does not fail for it. */
void ke_diag_warn(ke_loader *L, const char *file, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void ke_diag_syntax(ke_loader *L, const char *file, size_t line, size_t column, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void ke_diag_file(ke_loader *L, const char *file, int io, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void ke_diag_at(ke_loader *L, ke_kind k, size_t i, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* "FILE:LINE: $.kind[i]": where record i of kind k is, for messages that
 * point at a second record. */
const char *ke_diag_where(const ke_loader *L, ke_kind k, size_t i, char *buf, size_t size);
/* The message for an unknown reference, with the closest valid key of up
 * to two kinds (k2 < 0 for none). */
void ke_diag_unresolved(ke_loader *L, ke_kind k, size_t i, const char *field, const char *what,
                        const char *value, ke_kind k1, int k2);

/* locate.c: the 1-based line of a record's member `field` (which may be
 * "name[i]"), given the record's first byte and line; of the record itself
 * when the member is not found. Without `start`, walks `text` from the top
 * to find $.kind[index] first. 0 if it cannot be found. */
size_t ke_locate(const char *text, const char *start, size_t line, const char *kind,
                 size_t index, const char *field);

/* record.c: checks a parsed record's fields and appends it, converted, to
 * its kind's array (also when it has mistakes: the load fails then, but
 * later checks still see it). */
void ke_take_record(ke_loader *L, ke_kind k, json_t *obj, const ke_origin *origin);

/* validate.c: the checks across records (ids, references, contest order,
 * observation groups); sorts every kind first, then resolves every
 * reference to its index (ke_resolve_refs). */
void ke_validate(ke_loader *L);

#endif
