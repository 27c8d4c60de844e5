/* libFuzzer harness: the whole command line, in process. The input is split
 * into arguments at NUL bytes (after "kaieco"), kc_main runs them with
 * stdout and stderr sent to /dev/null, and must return a documented exit
 * status (0, 1 or 2) without crashing, leaking or calling exit(). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "command.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    /* kaieco's output and messages go nowhere; libFuzzer keeps the real
     * stderr (file descriptor 2) for its own report */
    FILE *null = fopen("/dev/null", "w");
    if (!null || !freopen("/dev/null", "w", stdout))
        abort();
    stderr = null;
    /* `cite` without ids reads kaieco output from stdin: an empty one, so
     * that no input waits on the terminal or pipe the fuzzer started with */
    if (!freopen("/dev/null", "r", stdin))
        abort();
    /* the environment must not choose the dataset or the language */
    unsetenv("KAIECO_DATA");
    unsetenv("KAIECO_LANG");
    /* `export -o FILE` writes files: into a directory of their own, not the
     * one the fuzzer was started in (run it with absolute corpus paths) */
    char dir[] = "/tmp/kaieco-fuzz-cli-XXXXXX";
    if (!mkdtemp(dir) || chdir(dir) != 0)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = '\0';
    char *args[66] = {"kaieco"};
    int argc = 1;
    for (size_t i = 0; i <= size && argc < 64;) {
        args[argc++] = text + i;
        i += strlen(text + i) + 1;
    }
    args[argc] = NULL;
    /* no path leaves that directory: an argument with '/' or ".." is not
     * run (`check ..` read all of /tmp: 58 s and 1.9 GB in one input) */
    for (int i = 1; i < argc; i++)
        if (strchr(args[i], '/') || strstr(args[i], "..")) {
            free(text);
            return 0;
        }
    int status = kc_main(argc, args);
    fflush(stdout);
    clearerr(stdout);
    free(text);
    if (status < 0 || status > 2)
        abort();
    return 0;
}
