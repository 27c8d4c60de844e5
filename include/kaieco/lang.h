/* kaieco/lang.h: the languages kaieco names things and speaks in, and the
 * words and numbers each writes (src/lib/base/words.c, number.c). Below
 * everything else: the dataset's names (dataset.h), the program's messages
 * (messages.h), the queries' text for people and the formatters all count
 * in them. */
#ifndef KAIECO_LANG_H
#define KAIECO_LANG_H

#include "kaieco/export.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ke_lang { KE_LANG_EN = 0, KE_LANG_KO = 1, KE_LANG_JA = 2 } ke_lang;
#define KE_N_LANGS 3

/* A figure as the table view writes it in `lang` (base/number.c says
 * how): `text` a decimal as the dataset keeps it (-?[0-9]+(\.[0-9]+)?)
 * counted in 10^scale, written exactly, by moving the printed digits and
 * never through a double. English groups thousands (519,000,000,000;
 * 1.33 as it is); Korean and Japanese count in 만/억/조 and 万/億/兆
 * (5,190억, 1억 4,986만 5,000; 5190億, 1億4986万5000), a figure printed in
 * a scale as a decimal of the largest (1.33 at scale 9: 13.3억, 13.3億).
 * 0, or -1 (`buf` then empty) when `text` is not such a decimal or `size`
 * is too small: the caller shows `text` as it is. */
KE_API int ke_format_number(const char *text, int scale, ke_lang lang, char *buf, size_t size);

/* A word of a fixed vocabulary (a KE_TERM column's value: "active",
 * "eliminated", "primary", "month", "inflow", ...; "true" and "false") in
 * a language; the word itself in English or when it has no translation. */
KE_API const char *ke_term(const char *word, ke_lang lang);

#ifdef __cplusplus
}
#endif
#endif
