/* A small RFC 4180 reader: fields separated by commas, records by CRLF or
 * LF; a field in double quotes may hold commas, line breaks and doubled
 * quotes (""). Used by kaieco-epoch-import; tested by tests/test_epoch.c. */
#ifndef KAIECO_EPOCH_CSV_H
#define KAIECO_EPOCH_CSV_H

#include <stddef.h>

typedef struct csv_reader {
    const char *p, *end; /* what is left to read */
    long line;           /* line of *p, from 1 */
} csv_reader;

typedef struct csv_row {
    char **fields; /* malloc'd, each malloc'd and NUL-terminated */
    size_t n;
    long line;     /* line the record starts on */
} csv_row;

/* Reads from text[0..len) (the caller keeps it alive). */
void csv_init(csv_reader *r, const char *text, size_t len);

/* The next record: 1 with `row` filled (free it with csv_row_free), 0 at
 * the end of the text, -1 on a malformed record with `err` saying why and
 * where ("line 3: ..."). A blank line at the very end is no record. */
int csv_next(csv_reader *r, csv_row *row, char *err, size_t errlen);

void csv_row_free(csv_row *row);

#endif
