/* kaieco/dataset.h: the types of the compiled-in dataset.
 *
 * The tables are generated at build time by kaieco-dsc (tools/dsc/) from the
 * hand-written JSON in dataset/ and linked into the core library as
 * `static const` data; see dataset/README.md for what each field means.
 * Records hold no pointers (so that the compiled-in tables need no
 * relocations and stay read-only and shared): a string is a ke_str, an
 * offset into the dataset's one string table, read with ke_s(ds, field);
 * a list's entries with ke_item(ds, list, i); a reference to another
 * record is also an index into that kind's array (the *_ix members,
 * KE_NO_INDEX for none), resolved once when the dataset is loaded or
 * compiled. All strings are UTF-8 and never NULL unless the field is
 * documented as optional ("or NULL").
 *
 * A record's note (and a default_reason) is in English; its Korean and
 * Japanese texts are the fields note_ko / note_ja (default_reason_ko /
 * default_reason_ja) near the end of the struct, NULL where the dataset has
 * none. ke_text_in (lookup.h) picks the one of a language, falling back to
 * English.
 */
#ifndef KAIECO_DATASET_H
#define KAIECO_DATASET_H

#include "kaieco/export.h"
#include "kaieco/lang.h" /* ke_lang, KE_N_LANGS */

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A string of the dataset: an offset into its one string table
 * (ke_dataset.strings). Offset 0 is the empty string reserved for "absent":
 * read a field with ke_s(), which gives NULL for it. Records hold no
 * pointers, so that the compiled-in dataset needs no relocations. Equal
 * strings are stored once (by the loader, the compiler and --as-of), so
 * two fields hold the same text exactly when their offsets are equal. */
typedef struct ke_str {
    uint32_t at;
} ke_str;

/* A list of strings: `n` entries of ke_dataset.str_items from `first`
 * (read them with ke_item()). */
typedef struct ke_strlist {
    uint32_t first;
    uint32_t n;
} ke_strlist;

/* A reference resolved to an index into another kind's array, or none. */
#define KE_NO_INDEX UINT32_MAX

/* How much of a date is known. A date's text is ISO 8601 cut to that
 * precision ("2025", "2025-05", "2025-05-26"), so texts compare correctly
 * with strcmp within one precision. */
typedef enum ke_precision {
    KE_PREC_YEAR = 1,
    KE_PREC_MONTH = 2,
    KE_PREC_DAY = 3
} ke_precision;

typedef struct ke_date {
    ke_str text;            /* ISO 8601, or NULL when absent */
    ke_precision precision; /* 0 when absent */
} ke_date;


/* A name in English, Korean and Japanese, indexed by ke_lang. */
typedef struct ke_names {
    ke_str s[KE_N_LANGS];
} ke_names;

/* A decimal number as the source printed it: `text` keeps its digits
 * ("59.40"), `value` is the same number for ordering. */
typedef struct ke_number {
    ke_str text;
    double value;
} ke_number;

typedef enum ke_source_kind {
    KE_SOURCE_ARTICLE = 0,   /* one of the five seed articles */
    KE_SOURCE_PRIMARY = 1,   /* the report or body an article cites */
    KE_SOURCE_SECONDARY = 2  /* a further public report */
} ke_source_kind;

typedef struct ke_source {
    ke_str id;
    ke_source_kind kind;
    ke_str outlet;
    ke_str title;
    ke_date date;
    ke_str language; /* "en", "ko", "ja" */
    ke_str url;      /* or NULL */
    ke_str seed;     /* seed file name, or NULL */
    ke_strlist cites;     /* ids of the sources it reports */
    ke_str note;     /* or NULL */
    ke_str no_url_reason; /* why there is no url (required without one), or NULL */
    ke_date checked;           /* day it was last checked against its page, or absent */
    ke_str note_ko;        /* the note in Korean, or NULL (only with a note) */
    ke_str note_ja;        /* the note in Japanese, or NULL (only with a note) */
    ke_str outlet_ko;      /* the outlet's name as Korean readers see it (required) */
    ke_str outlet_ja;      /* and as Japanese readers do (required) */
} ke_source;

typedef struct ke_country {
    ke_str alpha2;
    ke_str alpha3;
    ke_names name;
    ke_strlist aliases;
} ke_country;

typedef enum ke_entity_kind {
    KE_ENTITY_COUNTRY = 0, /* only used when describing an observation's subject */
    KE_ENTITY_ORGANIZATION,
    KE_ENTITY_PERSON,
    KE_ENTITY_MODEL,
    KE_ENTITY_PRODUCT,
    KE_ENTITY_BASELINE,
    KE_ENTITY_PROGRAM
} ke_entity_kind;

typedef struct ke_entity {
    ke_str id;
    ke_entity_kind kind;
    ke_names name;
    ke_strlist aliases;
    ke_str country;      /* alpha-2, or NULL */
    ke_str organization; /* entity id, or NULL */
    ke_str role;         /* or NULL */
    ke_date released;
    ke_date founded;
    ke_str source;
    ke_str note; /* or NULL */
    ke_str note_ko;        /* the note in Korean, or NULL (only with a note) */
    ke_str note_ja;        /* the note in Japanese, or NULL (only with a note) */
    uint32_t source_ix;       /* index of `source` in sources */
    uint32_t organization_ix; /* index of `organization` in entities, or KE_NO_INDEX */
} ke_entity;

/* A model as a published list of models describes it (Epoch AI's Notable
 * AI Models): one record per model and list. The model is an entity of
 * kind model (its names, aliases and other sources); the list's figures
 * (parameters, training compute) are observations of that source. */
#define KE_MULTINATIONAL "Multinational" /* a list's country that is no country */

typedef struct ke_listing {
    ke_str model;          /* entity id of the model */
    ke_str source;         /* source id of the list (its snapshot) */
    ke_str name;           /* the model's name as the list writes it */
    ke_date published;          /* publication date the list gives; text NULL if none */
    ke_strlist organizations;   /* entity ids, in the list's order */
    ke_strlist countries;       /* alpha-2 codes, or "Multinational", as the list
                                 * names them: distinct, in the list's order */
    ke_strlist domain;          /* "Language", "Vision", ... as the list writes them */
    ke_strlist task;
    ke_strlist notability;      /* the list's notability criteria */
    ke_str accessibility;  /* or NULL */
    ke_str link;           /* or NULL */
    ke_str base_model;     /* as the list names it, or NULL */
    ke_str note;           /* or NULL */
    ke_str note_ko;        /* the note in Korean, or NULL (only with a note) */
    ke_str note_ja;        /* the note in Japanese, or NULL (only with a note) */
    uint32_t model_ix;          /* index of `model` in entities */
    uint32_t source_ix;         /* index of `source` in sources */
} ke_listing;

typedef struct ke_metric {
    ke_str id;
    ke_strlist aliases;
    ke_names name;
    ke_str unit;
    ke_str definition;
    int higher_is_better;
    /* The unit in Korean and Japanese, as the press writes it, of the value
     * times 10^scale: Korean and Japanese count large amounts in 만/억/조
     * and 万/億/兆, so the table view in those languages writes 1.33 "USD
     * billions" (scale 9) as 13.3억 and 13.3億, and the unit is 달러, ドル. */
    ke_str unit_ko;
    ke_str unit_ja;
    int scale;              /* the power of ten `unit` counts in (9: billions); 0: ones */
} ke_metric;

typedef struct ke_observation {
    ke_str metric;
    ke_str entity;     /* alpha-2 or entity id */
    ke_entity_kind entity_kind;
    ke_date period;
    ke_number value;
    ke_str approx;     /* "about", "over", ... or NULL */
    int rank;               /* as the source states it; 0 = not stated */
    ke_str source;
    int is_default;         /* shown by default (the lone figure, or the flagged one) */
    int disputed;           /* another source gives this metric/entity/period differently */
    ke_str default_reason; /* or NULL */
    ke_str note;       /* or NULL */
    ke_str note_ko;        /* the note in Korean, or NULL (only with a note) */
    ke_str note_ja;        /* the note in Japanese, or NULL (only with a note) */
    ke_str default_reason_ko; /* default_reason in Korean, or NULL */
    ke_str default_reason_ja; /* default_reason in Japanese, or NULL */
    uint32_t metric_ix;     /* index of `metric` in metrics */
    uint32_t entity_ix;     /* of `entity` in countries (entity_kind KE_ENTITY_COUNTRY), else entities */
    uint32_t source_ix;     /* index of `source` in sources */
} ke_observation;

/* Events with the same `group` are one happening as different sources
 * date it: exactly one is the default (the one with a default_reason);
 * `kaieco events` shows it, `kaieco disputes` shows the others beside it. */
typedef struct ke_event {
    ke_str id;
    ke_date date;
    ke_names title; /* en always; ko/ja may be NULL */
    ke_strlist tags;
    ke_strlist entities;
    ke_str source;
    ke_str note;
    ke_str group;          /* or NULL */
    ke_str default_reason; /* or NULL */
    int is_default;             /* not in a group, or the group's default */
    ke_str note_ko;        /* the note in Korean, or NULL (only with a note) */
    ke_str note_ja;        /* the note in Japanese, or NULL (only with a note) */
    ke_str default_reason_ko; /* default_reason in Korean, or NULL */
    ke_str default_reason_ja; /* default_reason in Japanese, or NULL */
    uint32_t source_ix;        /* index of `source` in sources */
} ke_event;

typedef struct ke_contest_team {
    ke_str id;
    ke_str organization; /* entity id */
    ke_str model;        /* entity id or NULL */
    ke_str source;
    ke_str note;
    ke_str note_ko;        /* the note in Korean, or NULL (only with a note) */
    ke_str note_ja;        /* the note in Japanese, or NULL (only with a note) */
    uint32_t organization_ix; /* index of `organization` in entities */
    uint32_t model_ix;        /* index of `model` in entities, or KE_NO_INDEX */
    uint32_t source_ix;       /* index of `source` in sources */
} ke_contest_team;

typedef enum ke_outcome {
    KE_OUTCOME_SELECTED = 0,
    KE_OUTCOME_ADVANCED,
    KE_OUTCOME_ELIMINATED
} ke_outcome;

typedef struct ke_contest_decision {
    ke_date date;
    ke_str team;
    ke_outcome outcome;
    ke_str reason;
    ke_str source;
    ke_str note;
    ke_str note_ko;        /* the note in Korean, or NULL (only with a note) */
    ke_str note_ja;        /* the note in Japanese, or NULL (only with a note) */
    uint32_t team_ix;      /* index of `team` in teams */
    uint32_t source_ix;    /* index of `source` in sources */
} ke_contest_decision;

typedef struct ke_contest_rule {
    ke_str id;
    ke_str text;
    ke_str source;
    ke_str note;
    ke_str note_ko;        /* the note in Korean, or NULL (only with a note) */
    ke_str note_ja;        /* the note in Japanese, or NULL (only with a note) */
    uint32_t source_ix;    /* index of `source` in sources */
} ke_contest_rule;

/* The whole dataset. The compiled-in one is ke_builtin_dataset(); tests
 * load small ones from JSON text (ke_dataset_load_text). Arrays are sorted as the compiler emits them:
 * sources, countries, entities, metrics by id; observations by metric,
 * entity, period, source; events and decisions by date; listings by
 * model, source. */
typedef struct ke_dataset {
    const ke_source *sources;                 size_t n_sources;
    const ke_country *countries;              size_t n_countries;
    const ke_entity *entities;                size_t n_entities;
    const ke_metric *metrics;                 size_t n_metrics;
    const ke_observation *observations;       size_t n_observations;
    const ke_event *events;                   size_t n_events;
    const ke_contest_team *teams;             size_t n_teams;
    const ke_contest_decision *decisions;     size_t n_decisions;
    const ke_contest_rule *rules;             size_t n_rules;
    const ke_listing *listings;               size_t n_listings;
    const char *strings;     size_t strings_len;  /* every string, NUL-terminated; strings[0] == '\0' */
    const ke_str *str_items; size_t n_str_items;  /* the entries of every ke_strlist */
} ke_dataset;

KE_API const ke_dataset *ke_builtin_dataset(void);

/* The text of a string field, or NULL when absent. */
static inline const char *ke_s(const ke_dataset *ds, ke_str s)
{
    return s.at ? ds->strings + s.at : NULL;
}

/* Entry i (< l.n) of a string list. */
static inline const char *ke_item(const ke_dataset *ds, ke_strlist l, size_t i)
{
    return ds->strings + ds->str_items[l.first + i].at;
}

/* Names of enum values as they appear in the dataset and in output. */
KE_API const char *ke_source_kind_name(ke_source_kind k);
KE_API const char *ke_entity_kind_name(ke_entity_kind k);
KE_API const char *ke_outcome_name(ke_outcome o);
KE_API const char *ke_precision_name(ke_precision p);

#ifdef __cplusplus
}
#endif
#endif
