/* kaieco-dsc's C emitter. */
#ifndef KAIECO_DSC_EMIT_H
#define KAIECO_DSC_EMIT_H

#include <stdio.h>

#include "kaieco/dataset.h"

/* Writes `ds` as C defining ke_builtin_dataset(); 0, or -1 on a write error. */
int emit_c(const ke_dataset *ds, FILE *out);

#endif
