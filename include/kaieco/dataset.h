/* kaieco/dataset.h: the types of the compiled-in dataset.
 *
 * The tables are generated at build time by kaieco-dsc (tools/dsc/) from the
 * hand-written JSON in dataset/ and linked into the core library as
 * `static const` data; see dataset/README.md for what each field means.
 * All strings are UTF-8 and never NULL unless the field is documented as
 * optional ("or NULL").
 *
 * A record's note (and a default_reason) is in English; its Korean and
 * Japanese texts are the fields note_ko / note_ja (default_reason_ko /
 * default_reason_ja) at the end of the struct, NULL where the dataset has
 * none. ke_text_in (lookup.h) picks the one of a language, falling back to
 * English.
 */
#ifndef KAIECO_DATASET_H
#define KAIECO_DATASET_H

#include "kaieco/export.h"
#include "kaieco/lang.h" /* ke_lang, KE_N_LANGS */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How much of a date is known. A date's text is ISO 8601 cut to that
 * precision ("2025", "2025-05", "2025-05-26"), so texts compare correctly
 * with strcmp within one precision. */
typedef enum ke_precision {
    KE_PREC_YEAR = 1,
    KE_PREC_MONTH = 2,
    KE_PREC_DAY = 3
} ke_precision;

typedef struct ke_date {
    const char *text;       /* ISO 8601, or NULL when absent */
    ke_precision precision; /* 0 when absent */
} ke_date;


/* A name in English, Korean and Japanese, indexed by ke_lang. */
typedef struct ke_names {
    const char *s[KE_N_LANGS];
} ke_names;

/* A decimal number as the source printed it: `text` keeps its digits
 * ("59.40"), `value` is the same number for ordering. */
typedef struct ke_number {
    const char *text;
    double value;
} ke_number;

typedef struct ke_strlist {
    const char *const *items;
    size_t n;
} ke_strlist;

typedef enum ke_source_kind {
    KE_SOURCE_ARTICLE = 0,   /* one of the five seed articles */
    KE_SOURCE_PRIMARY = 1,   /* the report or body an article cites */
    KE_SOURCE_SECONDARY = 2  /* a further public report */
} ke_source_kind;

typedef struct ke_source {
    const char *id;
    ke_source_kind kind;
    const char *outlet;
    const char *title;
    ke_date date;
    const char *language; /* "en", "ko", "ja" */
    const char *url;      /* or NULL */
    const char *seed;     /* seed file name, or NULL */
    ke_strlist cites;     /* ids of the sources it reports */
    const char *note;     /* or NULL */
    const char *no_url_reason; /* why there is no url (required without one), or NULL */
    ke_date checked;           /* day it was last checked against its page, or absent */
    const char *note_ko;        /* the note in Korean, or NULL (only with a note) */
    const char *note_ja;        /* the note in Japanese, or NULL (only with a note) */
    const char *outlet_ko;      /* the outlet's name as Korean readers see it (required) */
    const char *outlet_ja;      /* and as Japanese readers do (required) */
} ke_source;

typedef struct ke_country {
    const char *alpha2;
    const char *alpha3;
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
    const char *id;
    ke_entity_kind kind;
    ke_names name;
    ke_strlist aliases;
    const char *country;      /* alpha-2, or NULL */
    const char *organization; /* entity id, or NULL */
    const char *role;         /* or NULL */
    ke_date released;
    ke_date founded;
    const char *source;
    const char *note; /* or NULL */
    const char *note_ko;        /* the note in Korean, or NULL (only with a note) */
    const char *note_ja;        /* the note in Japanese, or NULL (only with a note) */
} ke_entity;

/* A model as a published list of models describes it (Epoch AI's Notable
 * AI Models): one record per model and list. The model is an entity of
 * kind model (its names, aliases and other sources); the list's figures
 * (parameters, training compute) are observations of that source. */
#define KE_MULTINATIONAL "Multinational" /* a list's country that is no country */

typedef struct ke_listing {
    const char *model;          /* entity id of the model */
    const char *source;         /* source id of the list (its snapshot) */
    const char *name;           /* the model's name as the list writes it */
    ke_date published;          /* publication date the list gives; text NULL if none */
    ke_strlist organizations;   /* entity ids, in the list's order */
    ke_strlist countries;       /* alpha-2 codes, or "Multinational", as the list
                                 * names them: distinct, in the list's order */
    ke_strlist domain;          /* "Language", "Vision", ... as the list writes them */
    ke_strlist task;
    ke_strlist notability;      /* the list's notability criteria */
    const char *accessibility;  /* or NULL */
    const char *link;           /* or NULL */
    const char *base_model;     /* as the list names it, or NULL */
    const char *note;           /* or NULL */
    const char *note_ko;        /* the note in Korean, or NULL (only with a note) */
    const char *note_ja;        /* the note in Japanese, or NULL (only with a note) */
} ke_listing;

typedef struct ke_metric {
    const char *id;
    ke_strlist aliases;
    ke_names name;
    const char *unit;
    const char *definition;
    int higher_is_better;
    /* The unit in Korean and Japanese, as the press writes it, of the value
     * times 10^scale: Korean and Japanese count large amounts in 만/억/조
     * and 万/億/兆, so the table view in those languages writes 1.33 "USD
     * billions" (scale 9) as 13.3억 and 13.3億, and the unit is 달러, ドル. */
    const char *unit_ko;
    const char *unit_ja;
    int scale;              /* the power of ten `unit` counts in (9: billions); 0: ones */
} ke_metric;

typedef struct ke_observation {
    const char *metric;
    const char *entity;     /* alpha-2 or entity id */
    ke_entity_kind entity_kind;
    ke_date period;
    ke_number value;
    const char *approx;     /* "about", "over", ... or NULL */
    int rank;               /* as the source states it; 0 = not stated */
    const char *source;
    int is_default;         /* shown by default (the lone figure, or the flagged one) */
    int disputed;           /* another source gives this metric/entity/period differently */
    const char *default_reason; /* or NULL */
    const char *note;       /* or NULL */
    const char *note_ko;        /* the note in Korean, or NULL (only with a note) */
    const char *note_ja;        /* the note in Japanese, or NULL (only with a note) */
    const char *default_reason_ko; /* default_reason in Korean, or NULL */
    const char *default_reason_ja; /* default_reason in Japanese, or NULL */
} ke_observation;

/* Events with the same `group` are one happening as different sources
 * date it: exactly one is the default (the one with a default_reason);
 * `kaieco events` shows it, `kaieco disputes` shows the others beside it. */
typedef struct ke_event {
    const char *id;
    ke_date date;
    ke_names title; /* en always; ko/ja may be NULL */
    ke_strlist tags;
    ke_strlist entities;
    const char *source;
    const char *note;
    const char *group;          /* or NULL */
    const char *default_reason; /* or NULL */
    int is_default;             /* not in a group, or the group's default */
    const char *note_ko;        /* the note in Korean, or NULL (only with a note) */
    const char *note_ja;        /* the note in Japanese, or NULL (only with a note) */
    const char *default_reason_ko; /* default_reason in Korean, or NULL */
    const char *default_reason_ja; /* default_reason in Japanese, or NULL */
} ke_event;

typedef struct ke_contest_team {
    const char *id;
    const char *organization; /* entity id */
    const char *model;        /* entity id or NULL */
    const char *source;
    const char *note;
    const char *note_ko;        /* the note in Korean, or NULL (only with a note) */
    const char *note_ja;        /* the note in Japanese, or NULL (only with a note) */
} ke_contest_team;

typedef enum ke_outcome {
    KE_OUTCOME_SELECTED = 0,
    KE_OUTCOME_ADVANCED,
    KE_OUTCOME_ELIMINATED
} ke_outcome;

typedef struct ke_contest_decision {
    ke_date date;
    const char *team;
    ke_outcome outcome;
    const char *reason;
    const char *source;
    const char *note;
    const char *note_ko;        /* the note in Korean, or NULL (only with a note) */
    const char *note_ja;        /* the note in Japanese, or NULL (only with a note) */
} ke_contest_decision;

typedef struct ke_contest_rule {
    const char *id;
    const char *text;
    const char *source;
    const char *note;
    const char *note_ko;        /* the note in Korean, or NULL (only with a note) */
    const char *note_ja;        /* the note in Japanese, or NULL (only with a note) */
} ke_contest_rule;

/* The whole dataset. The compiled-in one is ke_builtin_dataset(); tests
 * build small ones by hand. Arrays are sorted as the compiler emits them:
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
} ke_dataset;

KE_API const ke_dataset *ke_builtin_dataset(void);

/* Names of enum values as they appear in the dataset and in output. */
KE_API const char *ke_source_kind_name(ke_source_kind k);
KE_API const char *ke_entity_kind_name(ke_entity_kind k);
KE_API const char *ke_outcome_name(ke_outcome o);
KE_API const char *ke_precision_name(ke_precision p);

#ifdef __cplusplus
}
#endif
#endif
