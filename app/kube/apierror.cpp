// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/apierror.h"

#include <QRegularExpression>

namespace Kube {

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ApiError::Kind::Invalid;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 410:
        return ApiError::Kind::Gone;
    case 429:
        return ApiError::Kind::TooManyRequests;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::BadResponse;
    }
}

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
