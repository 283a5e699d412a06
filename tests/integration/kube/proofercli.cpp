// SPDX-License-Identifier: GPL-3.0-or-later
// The headless half of bin/proofer (app/main.cpp without the window): the CLI the bounds tests run as a
// child process to measure its peak memory, without linking the GUI.
//
//   proofercli --peak-rss-to FILE <proofer arguments…>
// forks, runs the CLI in the child and writes "<ru_maxrss KiB> <exit code>" of that child (wait4) to
// FILE. The fork happens here, in a small process: Linux carries the RSS high-water mark of the
// memory a process had before exec() into its ru_maxrss, so a child spawned straight from a large
// test process would report the test's own peak.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc > 2 && std::strcmp(argv[1], "--peak-rss-to") == 0) {
        const char *report = argv[2];
        const pid_t pid = fork();
        if (pid < 0)
            return 125;
        if (pid == 0) {
            argv[2] = argv[0];
            execv(argv[0], argv + 2);
            _exit(126);
        }
        int status = 0;
        struct rusage usage = {};
        if (wait4(pid, &status, 0, &usage) != pid)
            return 125;
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (FILE *out = std::fopen(report, "w")) {
            std::fprintf(out, "%ld %d\n", usage.ru_maxrss, code);
            std::fclose(out);
        }
        return code;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("proofer.*.debug=false"));
    QCoreApplication app(argc, argv);
    return Cli::run(QCoreApplication::arguments());
}
