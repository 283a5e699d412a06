// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Kube {

/**
 * Reads @p data with libyaml, the C parser Go's yaml (and so kubectl) was ported from, before any
 * node tree is built, and says what kubectl would refuse: a syntax error (a truncated file's
 * "found unexpected end of stream") as "yaml: line N: problem" with Go's line numbers, an alias to
 * an unknown anchor, excessive aliasing (Go's ratio rule: the billion laughs) — ordinary anchors
 * and aliases pass, as in kubectl — and nesting deeper than @p maxDepth. Only the first document is
 * read, as Go does. Returns an empty string when the YAML is acceptable.
 */
QString checkYaml(const QByteArray &data, int maxDepth);

/**
 * Decodes standard base64 as Go's encoding/base64 does for kubectl's `*-data` fields: padding is
 * required, only \r and \n are skipped. Returns -1, or the input byte where Go reports "illegal
 * base64 data at input byte N".
 */
qsizetype decodeBase64AsGo(const QByteArray &src, QByteArray *out);

} // namespace Kube
