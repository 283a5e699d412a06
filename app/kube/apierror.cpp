// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/apierror.h"

#include <QRegularExpression>

namespace Kube {

QString sanitizeBody(const QByteArray &body, int maxChars)
{
    QString text = QString::fromUtf8(body.left(maxChars * 8));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.isSpace())
            clean += u' ';
        else if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            clean += c;
    }
    clean = clean.simplified();
    if (clean.size() > maxChars)
        clean = clean.left(maxChars) + QStringLiteral("…");
    return clean;
}

} // namespace Kube
