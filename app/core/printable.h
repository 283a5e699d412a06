// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Core {

/**
 * Text from elsewhere (a server's message, a plugin's stderr, libpq) made fit to show in a terminal,
 * a log or a label: ANSI escape sequences (CSI, OSC, DCS…) are removed whole, other control
 * characters (C0 but tab and newline, DEL, C1) and bidirectional overrides are dropped, carriage
 * returns too. With @p maxChars >= 0 the result is cut there and ends with "…".
 */
QString printable(const QString &text, qsizetype maxChars = -1);

/**
 * The same for bytes that should be UTF-8: a byte that is not part of a valid UTF-8 sequence shows
 * as \xNN instead of a replacement character, so "invalid response to SSL negotiation: \x15" says
 * which byte came.
 */
QString printable(const QByteArray &utf8, qsizetype maxChars = -1);

} // namespace Core
