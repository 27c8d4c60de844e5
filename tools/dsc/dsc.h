/* kaieco-dsc: the dataset compiler. Reads the dataset JSON files, validates every
 * record, and writes the C tables the core library links (see
 * include/kaieco/dataset.h and dataset/README.md). Like zic, it reports
 * every mistake it finds, each with its file and location, and fails. */
#ifndef KAIECO_DSC_H
#define KAIECO_DSC_H

#include <jansson.h>
#include <stddef.h>
#include <stdio.h>

/* Record kinds: the top-level keys a dataset file may have. */
enum kind {
    K_SOURCES,
    K_COUNTRIES,
    K_ENTITIES,
    K_METRICS,
    K_OBSERVATIONS,
    K_EVENTS,
    K_TEAMS,
    K_DECISIONS,
    K_RULES,
    K_COUNT
};

extern const char *const kind_names[K_COUNT];

typedef struct record {
    const char *file; /* as named on the command line */
    const char *text; /* the file's text, for locating lines */
    size_t file_seq;  /* position of the file on the command line */
    size_t index;     /* position in its file's array */
    enum kind kind;
    json_t *obj;      /* borrowed from the loaded document */
    /* computed by validation, for observations */
    int is_default;
    int disputed;
    int entity_kind; /* ke_entity_kind */
} record;

typedef struct dataset_src {
    record *recs[K_COUNT];
    size_t n[K_COUNT];
    size_t cap[K_COUNT];
    json_t **docs;
    char **texts;
    size_t n_docs;
} dataset_src;

/* locate.c: the 1-based line of $.kind[index] (or of its member `field`,
 * which may be "name[i]") in a file's text; 0 if it cannot be found. */
int locate_line(const char *text, const char *kind, size_t index, const char *field);

/* report.c: every diagnostic goes through these; they count errors. */
void report_syntax(const char *file, int line, int column, const char *text);
void report_at(const record *r, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void report_file(const char *file, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* "file:line: $.kind[i]": where a record is, for messages that point at a
 * second record ("first defined in ..."). */
const char *record_where(const record *r, char *buf, size_t size);
/* Prints the collected diagnostics, sorted; returns how many there were. */
size_t report_flush(FILE *out);

/* load.c */
/* 0, or -1 when the file could not be read (an I/O error, exit status 2). */
int load_file(dataset_src *ds, const char *path);
void dataset_src_free(dataset_src *ds);
const char *rstr(const record *r, const char *field); /* NULL if absent or not a string */

/* validate.c: checks field forms, ids, references, observation groups;
 * sorts the records into the order the library expects. */
void validate(dataset_src *ds);

/* emit.c */
int emit_c(const dataset_src *ds, FILE *out);

#endif
