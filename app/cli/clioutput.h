// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli.h" // the exit codes

#include <QTextStream>

namespace Cli {

/** The command's standard output and error, one stream each for the whole process. */
inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace Cli
