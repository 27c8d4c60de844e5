/* Internal: a reference as text, in one place for `kaieco cite` and the
 * references of `kaieco brief`. */
#ifndef KAIECO_CITE_TEXT_H
#define KAIECO_CITE_TEXT_H

#include <stdio.h>
#include "kaieco/dataset.h"

/* "Outlet, "Title", 17 April 2024. URL" (en); "Outlet, 「Title」, 2024년
 * 4월 17일. URL" (ko); "Outlet「Title」2024年4月17日。URL" (ja); no
 * newline. */
void ke_cite_text_body(const ke_dataset *ds, const ke_source *s, ke_lang lang, FILE *out);

#endif
