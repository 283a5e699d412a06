// SPDX-License-Identifier: GPL-3.0-or-later
// The dump checker (Ops::DumpChecker and the statement policy behind it): what stands between a decrypted backup
// and psql. The bytes are fed whole, byte by byte, and split at a point taken from the input: the verdict, the
// error and the facts must agree however the stream is cut, and nothing may crash or hang. (That a refused
// statement's literals are masked in the message is the unit test's: tests/unit/ops/testbackupformat.)
#include "ops/backupdumppolicy.h"
#include "ops/backupformat.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

/** Aborts, first writing the input where $PROOFER_FUZZ_CRASH says (the standalone driver keeps no artifacts). */
[[noreturn]] void crash(QByteArrayView input, const char *why)
{
    const QByteArray path = qgetenv("PROOFER_FUZZ_CRASH");
    if (!path.isEmpty()) {
        if (FILE *file = std::fopen(path.constData(), "wb")) {
            std::fwrite(input.data(), 1, size_t(input.size()), file);
            std::fclose(file);
        }
    }
    std::fprintf(stderr, "fuzzdumpchecker: %s\n", why);
    std::abort();
}

struct Outcome
{
    bool ok = false;
    QString error;
    QList<QPair<QString, qint64>> rows;
    qint64 lines = 0;
    bool operator==(const Outcome &other) const
    {
        return ok == other.ok && error == other.error && rows == other.rows && lines == other.lines;
    }
};

Outcome check(const QList<QByteArrayView> &chunks)
{
    Ops::DumpChecker checker(QStringLiteral("auth_db"), QStringLiteral("auth_db"));
    bool ok = true;
    for (const QByteArrayView chunk : chunks) {
        if (ok)
            ok = checker.feed(chunk.data(), chunk.size());
    }
    ok = ok && checker.finish();
    Outcome outcome;
    outcome.ok = ok;
    outcome.error = checker.error();
    outcome.rows = checker.copyRows();
    outcome.lines = ok ? checker.lines() : 0;
    if (ok != outcome.error.isEmpty())
        crash(chunks.isEmpty() ? QByteArrayView() : chunks.constFirst(), "verdict and error disagree");
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // byte-by-byte feeding is quadratic in nothing, but keep runs short
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Outcome whole = check({bytes});
    QList<QByteArrayView> single;
    single.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        single << bytes.sliced(i, 1);
    const qsizetype at = size ? qsizetype(size_t(data[0]) * 257 % (size + 1)) : 0;
    if (!(whole == check(single)))
        crash(bytes, "fed byte by byte, the verdict differs");
    if (!(whole == check({bytes.first(at), bytes.sliced(at)})))
        crash(bytes, "split in two, the verdict differs");
    // The policy alone, on the input as one statement: no crash, and its excerpt masks nothing it should show.
    Ops::DumpStatement statement{QByteArray(bytes.data(), bytes.size()), QByteArray(bytes.data(), bytes.size())};
    (void)Ops::dumpStatementReach(statement);
    (void)Ops::dumpStatementExcerpt(statement.code);
    return 0;
}
