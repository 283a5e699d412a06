// SPDX-License-Identifier: GPL-3.0-or-later
// Watch stream decoding: the bytes are split into lines (whole, byte by byte, and at a split point
// taken from the input) and each line decoded; the three feeds must agree.
#include "kube/wire.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
QList<Kube::WatchEvent::Type> decodeAll(const QList<QByteArray> &chunks)
{
    Kube::LineSplitter splitter(1 << 20);
    QList<Kube::WatchEvent::Type> types;
    for (const QByteArray &chunk : chunks) {
        for (const QByteArray &line : splitter.feed(chunk))
            types << Kube::parseWatchEvent(line).type;
    }
    const QByteArray rest = splitter.takeRest();
    if (!rest.isEmpty())
        types << Kube::parseWatchEvent(rest).type;
    return types;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto whole = decodeAll({bytes});
    QList<QByteArray> single;
    for (const char c : bytes)
        single << QByteArray(1, c);
    const auto byteByByte = decodeAll(single);
    const qsizetype cut = size ? qsizetype(data[0]) % (qsizetype(size) + 1) : 0;
    const auto split = decodeAll({bytes.left(cut), bytes.mid(cut)});
    if (whole != byteByByte || whole != split)
        std::abort();
    return 0;
}
