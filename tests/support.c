/* Helpers shared by the cmocka test programs. */
#define _GNU_SOURCE /* clearenv */
#include "support.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static char *read_all(int fd)
{
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (len + 1 >= cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        ssize_t n = read(fd, buf + len, cap - len - 1);
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    buf[len] = '\0';
    return buf;
}

run_result run_program(const char *const *argv, const char *const *envp)
{
    run_result r = {0};
    char out_tmpl[] = "/tmp/kaieco-test-out-XXXXXX";
    char err_tmpl[] = "/tmp/kaieco-test-err-XXXXXX";
    int out_fd = mkstemp(out_tmpl), err_fd = mkstemp(err_tmpl);
    unlink(out_tmpl);
    unlink(err_tmpl);
    /* KAIECO_TEST_WRAPPER ("/usr/bin/valgrind -q --error-exitcode=99 ...")
     * runs the kaieco binary under a checker; .ci/run sets it for the CLI
     * tests. Words are split on spaces. */
    const char *wrapper = getenv("KAIECO_TEST_WRAPPER");
    pid_t pid = fork();
    if (pid == 0) {
        size_t count = 0;
        while (argv[count])
            count++;
        const char **full = malloc((count + 34) * sizeof *full);
        size_t n = 0;
#ifdef KAIECO_BIN
        if (wrapper && *wrapper && strcmp(argv[0], KAIECO_BIN) == 0) {
            char *words = strdup(wrapper);
            for (char *save = NULL, *w = strtok_r(words, " ", &save); w && n < 32; w = strtok_r(NULL, " ", &save))
                full[n++] = w;
        }
#endif
        for (size_t i = 0; argv[i]; i++)
            full[n++] = argv[i];
        full[n] = NULL;
        argv = full;
        dup2(out_fd, 1);
        dup2(err_fd, 2);
        int null_fd = open("/dev/null", O_RDONLY);
        dup2(null_fd, 0);
        clearenv();
        setenv("LC_ALL", "C", 1);
        setenv("TZ", "UTC", 1);
        setenv("PATH", "/usr/bin:/bin", 1);
        for (size_t i = 0; envp && envp[i]; i++) {
            char *kv = strdup(envp[i]);
            char *eq = strchr(kv, '=');
            if (eq) {
                *eq = '\0';
                setenv(kv, eq + 1, 1);
            }
        }
        execv(argv[0], (char *const *)argv);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    lseek(out_fd, 0, SEEK_SET);
    lseek(err_fd, 0, SEEK_SET);
    r.out = read_all(out_fd);
    r.err = read_all(err_fd);
    close(out_fd);
    close(err_fd);
    return r;
}

void run_result_free(run_result *r)
{
    free(r->out);
    free(r->err);
}

char *render_to_string(const ke_table *t, ke_format fmt, ke_lang lang)
{
    ke_render_opts o;
    ke_render_opts_init(&o);
    o.lang = lang;
    return render_opts_to_string(t, fmt, &o);
}

char *render_opts_to_string(const ke_table *t, ke_format fmt, const ke_render_opts *opts)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (ke_render(t, fmt, opts, f) != 0) {
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    return buf;
}

char *read_whole_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        fwrite(chunk, 1, n, m);
    fclose(f);
    fclose(m);
    return buf;
}

/* Splits a command line into words as the shell does for the examples:
 * spaces separate, '...' and "..." quote; a bare '|' ends the command.
 * The words point into `line`, which is modified. */
size_t shell_words(char *line, const char **argv, size_t max)
{
    size_t n = 0;
    char *p = line;
    while (*p && n + 1 < max) {
        while (*p == ' ')
            p++;
        if (!*p || (*p == '|' && (p[1] == ' ' || !p[1])))
            break;
        char *out = p;
        argv[n++] = out;
        while (*p && *p != ' ') {
            if (*p == '\'' || *p == '"') {
                char q = *p++;
                while (*p && *p != q)
                    *out++ = *p++;
                if (*p)
                    p++;
            } else {
                *out++ = *p++;
            }
        }
        if (*p)
            p++;
        *out = '\0';
    }
    argv[n] = NULL;
    return n;
}

/* README.md and then every .md file of docs/, in name order, as one text: the
 * documentation whose examples are checked. Each file ends its own code
 * blocks, so they may simply follow one another. */
char *read_docs(void)
{
    char *all = read_whole_file(KAIECO_SOURCE_DIR "/README.md");
    if (!all)
        return NULL;
    struct dirent **names = NULL;
    int n = scandir(KAIECO_SOURCE_DIR "/docs", &names, NULL, alphasort);
    for (int i = 0; i < n; i++) {
        size_t len = strlen(names[i]->d_name);
        if (len > 3 && strcmp(names[i]->d_name + len - 3, ".md") == 0) {
            char path[2048];
            snprintf(path, sizeof path, "%s/docs/%s", KAIECO_SOURCE_DIR, names[i]->d_name);
            char *text = read_whole_file(path);
            if (text) {
                size_t a = strlen(all), b = strlen(text);
                char *joined = realloc(all, a + b + 1);
                if (joined) {
                    memcpy(joined + a, text, b + 1);
                    all = joined;
                }
                free(text);
            }
        }
        free(names[i]);
    }
    free(names);
    return all;
}

/* The examples' command lines, in README order: a NULL-terminated array
 * of malloc'd strings. */
char **readme_commands(const char *readme)
{
    size_t n = 0, cap = 16;
    char **cmds = malloc(cap * sizeof *cmds);
    int in_console = 0;
    for (const char *l = readme; *l;) {
        const char *nl = strchr(l, '\n');
        size_t len = nl ? (size_t)(nl - l) : strlen(l);
        if (strncmp(l, "```", 3) == 0)
            in_console = !in_console && len == 10 && strncmp(l, "```console", 10) == 0;
        else if (in_console && strncmp(l, "$ kaieco", 8) == 0) {
            if (n + 2 > cap)
                cmds = realloc(cmds, (cap *= 2) * sizeof *cmds);
            cmds[n] = malloc(len - 1);
            memcpy(cmds[n], l + 2, len - 2);
            cmds[n++][len - 2] = '\0';
        }
        l = nl ? nl + 1 : l + len;
    }
    cmds[n] = NULL;
    return cmds;
}

run_result run_kaieco(const char *const *args, const char *const *env)
{
    const char *argv[32] = {KAIECO_BIN};
    size_t n = 1;
    for (size_t i = 0; args[i]; i++) {
        if (n + 1 >= sizeof argv / sizeof argv[0]) {
            fprintf(stderr, "run_kaieco: more than 30 arguments\n");
            return (run_result){.status = -1, .out = strdup(""), .err = strdup("")};
        }
        argv[n++] = args[i];
    }
    argv[n] = NULL;
    return run_program(argv, env);
}
