/* Replacing a file through a temporary one and a rename (replace_file.h). */
#include "replace_file.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The temporary file of the write in progress, removed by the handler of
 * a signal that ends the program (a write is never nested in another). */
static char *volatile pending;
static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define N_FATAL (sizeof fatal_signals / sizeof *fatal_signals)

static void on_signal(int sig)
{
    char *tmp = pending;
    if (tmp)
        unlink(tmp); /* async-signal-safe */
    signal(sig, SIG_DFL);
    raise(sig); /* ends the program as the signal would have */
}

/* Installs the handler for the signals not ignored (a job started with
 * `nohup` or in the background keeps ignoring them); `old` keeps what was
 * there. */
static void arm(struct sigaction old[N_FATAL])
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < N_FATAL; i++)
        sigaddset(&sa.sa_mask, fatal_signals[i]);
    for (size_t i = 0; i < N_FATAL; i++) {
        sigaction(fatal_signals[i], NULL, &old[i]);
        if (old[i].sa_handler != SIG_IGN)
            sigaction(fatal_signals[i], &sa, NULL);
    }
}

static void disarm(const struct sigaction old[N_FATAL])
{
    for (size_t i = 0; i < N_FATAL; i++)
        sigaction(fatal_signals[i], &old[i], NULL);
}

/* The mode the file gets: that of the file it replaces, else what the
 * umask leaves of 0666, as for any file a program creates. */
static mode_t new_mode(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
        return st.st_mode & 0777;
    mode_t mask = umask(0); /* read it: umask has no query of its own */
    umask(mask);
    return 0666 & ~mask;
}

int ke_replace_file(const char *path, int (*write)(FILE *out, void *ctx), void *ctx)
{
    /* the temporary name has a fixed length (the target's directory, then
     * ".kaieco-XXXXXX"), so any name the file system accepts can be written */
    static const char base[] = ".kaieco-XXXXXX";
    const char *slash = strrchr(path, '/');
    int dir_len = slash ? (int)(slash - path + 1) : 0;
    size_t size = (size_t)dir_len + sizeof base;
    char *tmp = malloc(size);
    if (!tmp)
        return -1;
    snprintf(tmp, size, "%.*s%s", dir_len, path, base);
    mode_t mode = new_mode(path);

    sigset_t fatal, saved;
    sigemptyset(&fatal);
    for (size_t i = 0; i < N_FATAL; i++)
        sigaddset(&fatal, fatal_signals[i]);
    struct sigaction old[N_FATAL];
    /* no signal between creating the file and arming its removal */
    sigprocmask(SIG_BLOCK, &fatal, &saved);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        sigprocmask(SIG_SETMASK, &saved, NULL);
        free(tmp);
        errno = e;
        return -1;
    }
    pending = tmp;
    arm(old);
    sigprocmask(SIG_SETMASK, &saved, NULL);

    int rc = fchmod(fd, mode) == 0 ? 0 : -1;
    int e = errno;
    FILE *out = rc == 0 ? fdopen(fd, "w") : NULL;
    if (rc == 0) {
        errno = 0;
        rc = out ? write(out, ctx) : -1;
        e = errno ? errno : EIO;
    }
    if (out) {
        if (fflush(out) != 0 || fsync(fd) != 0)
            rc = -1, e = errno;
        if (fclose(out) != 0 && rc == 0)
            rc = -1, e = errno;
    } else {
        close(fd);
    }
    /* renamed (or removed) and disarmed with the signals held, so that the
     * handler never removes a name that is no longer the temporary file */
    sigprocmask(SIG_BLOCK, &fatal, &saved);
    if (rc == 0 && rename(tmp, path) != 0)
        rc = -1, e = errno;
    if (rc != 0)
        remove(tmp);
    pending = NULL;
    disarm(old);
    sigprocmask(SIG_SETMASK, &saved, NULL);
    free(tmp);
    if (rc != 0)
        errno = e;
    return rc;
}
