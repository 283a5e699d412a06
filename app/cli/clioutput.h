// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace Cli {

/** Exit codes shared by the commands that change the fleet (scan uses 0/1/2/3 the same way). */
constexpr int kExitRolledBack = 1;   ///< the operation failed and everything applied was undone
constexpr int kExitUnreachable = 3;  ///< the cluster or every target could not be reached
constexpr int kExitRollbackFailed = 4; ///< the undo failed too: the journal says what is left

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
