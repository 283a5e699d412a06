// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the fuzz targets assert: a failed check aborts, which libFuzzer and the standalone driver report as a crash.

#include <QString>

#include <cstdlib>

namespace Fuzz {

inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

/** No control character (C0 or C1) in @p text, except tab and newline when @p allowLineBreaks. */
inline bool printable(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (allowLineBreaks && (u == u'\t' || u == u'\n'))
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return false;
    }
    return true;
}

} // namespace Fuzz
