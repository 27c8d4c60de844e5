/* kaieco.h: the whole public API of libkaieco in one include.
 *
 *   #include <kaieco.h>
 *   cc app.c $(pkg-config --cflags --libs kaieco)
 *
 * dataset.h  the dataset's types and the built-in dataset
 * load.h     loading, validating and exporting a dataset; --as-of
 * query.h    every query and name resolver
 * table.h    result tables, their columns and the generic operations
 * where.h    the --where expression language
 * format.h   formatters (table, JSON, NDJSON, CSV, TSV, Markdown, chart)
 *
 * examples/rank.c runs a query and renders it. */
#ifndef KAIECO_H
#define KAIECO_H

#include "kaieco/export.h"
#include "kaieco/dataset.h"
#include "kaieco/table.h"
#include "kaieco/query.h"
#include "kaieco/where.h"
#include "kaieco/format.h"
#include "kaieco/load.h"
#include "kaieco/messages.h"
#include "kaieco/cite.h"
#include "kaieco/brief.h"

#endif
