// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Kube {

/** Why a call to the API server failed, typed so callers can decide (retry, relist, ask to log in). */
struct ApiError
{
    enum class Kind {
        None,
        Network,        ///< DNS, refused, reset, proxy
        Tls,            ///< handshake or verification failed (the reason says which)
        Timeout,
        Credentials,    ///< no usable credentials (exec plugin failed, unreadable token file…)
        Unauthorized,   ///< 401 after one refresh
        Forbidden,      ///< 403, never retried
        NotFound,       ///< 404
        Conflict,       ///< 409: someone else changed it (resourceVersion precondition)
        Gone,           ///< 410: resourceVersion or continue token too old
        TooManyRequests,///< 429 after the allowed retries
        Invalid,        ///< 400/422
        Server,         ///< 5xx
        BadResponse,    ///< not the JSON we expect (a proxy's HTML page…)
        Cancelled,
        Refused,        ///< the client refused before sending (e.g. a paused Deployment)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString reason;  ///< Status.reason, e.g. "NotFound"
    QString message; ///< a whole sentence for people: names the verb, resource, namespace and cause

    bool isError() const { return kind != Kind::None; }
};

/** The answer to one API call: the JSON object (an object or a List), or the error. */
struct Response
{
    ApiError error;
    int httpStatus = 0;
    QJsonObject object;

    bool ok() const { return !error.isError(); }
};

/** The kind of error an HTTP status (or a watch ERROR event's code) means. */
ApiError::Kind kindForStatus(int status);

/** Keeps a body fit to show: printable ASCII only, whitespace folded, at most @p maxChars. */
QString sanitizeBody(const QByteArray &body, int maxChars = 200);

} // namespace Kube
