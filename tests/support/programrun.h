// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a program (the built bin/proofer, a shell) as a child the way the CLI tests need it: no display, an
// optional working directory and extra environment, a bounded wait.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace TestSupport {

struct ProgramRun
{
    int exitCode = -1; ///< -1: did not finish in time (killed); -2: crashed
    QString out;
    QString err;
};

/**
 * Runs @p program with @p arguments without a display (DISPLAY and WAYLAND_DISPLAY removed), in
 * @p workingDirectory when given, with @p environment added, and waits up to @p timeoutMs.
 */
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
                      const QMap<QString, QString> &environment = {}, int timeoutMs = 60000);

/**
 * Writes @p path: a targets file naming one PostgreSQL ("gone-db") on a local port nothing listens on, so that a
 * scan of it ends at once (exit 3) and still writes its report. False when it could not be written.
 */
bool writeUnreachableTargets(const QString &path);

} // namespace TestSupport
