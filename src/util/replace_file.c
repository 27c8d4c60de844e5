/* Replacing a file through a temporary one and a rename (replace_file.h). */
#include "replace_file.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int ke_replace_file(const char *path, int (*write)(FILE *out, void *ctx), void *ctx)
{
    const char *slash = strrchr(path, '/');
    int dir_len = slash ? (int)(slash - path + 1) : 0;
    size_t size = strlen(path) + 16;
    char *tmp = malloc(size);
    if (!tmp) {
        errno = ENOMEM;
        return -1;
    }
    snprintf(tmp, size, "%.*s.%s.XXXXXX", dir_len, path, path + dir_len);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        free(tmp);
        errno = e;
        return -1;
    }
    FILE *out = fdopen(fd, "w");
    errno = 0; /* what write() sets, not an earlier call's */
    int rc = out ? write(out, ctx) : -1;
    int e = errno ? errno : EIO;
    if (out) {
        if (fflush(out) != 0 || fsync(fd) != 0)
            rc = -1, e = errno;
        if (fclose(out) != 0 && rc == 0)
            rc = -1, e = errno;
    } else {
        close(fd);
    }
    if (rc == 0 && rename(tmp, path) != 0)
        rc = -1, e = errno;
    if (rc != 0) {
        remove(tmp);
        errno = e;
    }
    free(tmp);
    return rc;
}
