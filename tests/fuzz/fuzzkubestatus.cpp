// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding what an API server answers: any body under any status gives a Response whose message is
// bounded and printable; any run of list pages (one JSON page a line) stops within the page and item
// caps, and a repeated continue token stops it.
#include "fuzzcheck.h"
#include "kube/wire.h"

#include <cstddef>
#include <cstdint>

namespace {

using Fuzz::check;

bool printable(const QString &text)
{
    return Fuzz::printable(text, true);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString what = QStringLiteral("list pods in namespace \"fuzz\"");
    for (const int status : {200, 201, 400, 401, 403, 404, 409, 410, 422, 429, 500, 503}) {
        for (const bool truncated : {false, true}) {
            if (truncated && status < 300)
                continue; // only error bodies are read in part
            const Kube::Response response =
                Kube::decodeResponse(status, QStringLiteral("application/json"), bytes, truncated, what);
            check(response.httpStatus == status);
            if (status < 300)
                check(response.ok() || response.error.kind == Kube::ApiError::Kind::BadResponse);
            else
                check(response.error.kind == Kube::kindForStatus(status));
            check(response.error.message.size() <= Kube::MaxStatusMessage + 1024);
            check(printable(response.error.message));
            check(response.object.value(QStringLiteral("message")).toString().size() <= Kube::MaxStatusMessage + 1
                  || status < 300);
        }
    }

    // The same bytes as list pages, one a line.
    constexpr int maxPages = 20;
    constexpr qsizetype maxItems = 200;
    Kube::ListPager pager(maxPages, maxItems);
    QSet<QString> tokens;
    bool stopped = false;
    for (const QByteArray &line : bytes.split('\n')) {
        const Kube::Response page = Kube::decodeResponse(200, QStringLiteral("application/json"), line, false, what);
        if (!page.ok())
            continue;
        const QString token = page.object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("continue")).toString();
        if (!pager.addPage(page.object)) {
            check(!pager.error().isEmpty());
            check(printable(pager.error()));
            stopped = true;
            break;
        }
        check(token.isEmpty() || !tokens.contains(token));
        tokens.insert(token);
        check(pager.pages() <= maxPages);
        check(pager.itemCount() <= maxItems);
        if (pager.isComplete())
            break;
    }
    check(pager.pages() <= maxPages + 1);
    check(pager.itemCount() <= maxItems);
    if (!stopped)
        (void)pager.result();
    return 0;
}
