/* The program's own messages in Korean and Japanese: error messages,
 * help, usage. One catalog per language (po/ko.po, po/ja.po, gettext PO
 * files), compiled into the library at build time: what is printed never
 * depends on the user's locale, and no file is read at run time.
 *
 * Only what people read is translated. JSON keys, CSV headers, the
 * values of the machine formats and exit statuses are the same in every
 * language. */
#ifndef KAIECO_MESSAGES_H
#define KAIECO_MESSAGES_H

#include <stddef.h>

#include "kaieco/dataset.h"
#include "kaieco/export.h"

/* The translation of `msgid` (the English text) into `lang`, or `msgid`
 * itself: in English, and for a text the catalog does not have. A
 * translation has the same printf placeholders as its msgid, in the same
 * order (the build checks it), so it may be used as the format. */
KE_API const char *ke_tr(ke_lang lang, const char *msgid)
#if defined(__GNUC__)
    __attribute__((format_arg(2)))
#endif
    ;

/* The language of the library's messages: ke_error_set translates its
 * format into it before formatting, as gettext does with its one global
 * domain. English until set; a program sets it once, as soon as it knows
 * the reader's language (kaieco: from --lang or KAIECO_LANG). Not
 * thread-safe: set it before starting threads. */
KE_API void ke_set_message_lang(ke_lang lang);
KE_API ke_lang ke_message_lang(void);

/* ke_tr in the message language. */
KE_API const char *ke_msg(const char *msgid)
#if defined(__GNUC__)
    __attribute__((format_arg(1)))
#endif
    ;

/* The catalog's messages, for tools and tests: how many, and the msgid
 * of each (in strcmp order), NULL past the end. */
KE_API size_t ke_catalog_size(void);
KE_API const char *ke_catalog_msgid(size_t i);

#endif
