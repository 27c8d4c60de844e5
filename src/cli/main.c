/* kaieco's entry point. Everything else is in cli.c (kc_main), which the
 * command-line fuzzer (tests/fuzz/fuzz_cli.c) also runs, in process. */
#include "command.h"

int main(int argc, char **argv)
{
    return kc_main(argc, argv);
}
