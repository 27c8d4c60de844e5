/* Preloaded by test_hostile (LD_PRELOAD): fsync raises the signal named by
 * KAIECO_TEST_RAISE (a number), so that a signal arrives at a known point
 * of `kaieco export -o FILE`: the temporary file written, not yet renamed. */
#include <signal.h>
#include <stdlib.h>

int fsync(int fd);

int fsync(int fd)
{
    (void)fd;
    const char *sig = getenv("KAIECO_TEST_RAISE");
    if (sig && *sig)
        raise(atoi(sig));
    return 0;
}
