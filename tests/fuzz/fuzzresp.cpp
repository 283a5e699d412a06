// SPDX-License-Identifier: GPL-3.0-or-later
// RESP decoding: the bytes are fed to Probe::RespCodec whole, byte by byte, and split at a point taken from
// the input; the replies and the error must agree, and the caps must hold (a tiny cap set is used as well,
// so the fuzzer reaches the cap paths with short inputs).
#include "probe/respcodec.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct Outcome
{
    QList<Probe::RespValue> replies;
    QString error;
    bool operator==(const Outcome &other) const { return replies == other.replies && error == other.error; }
};

Outcome decodeAll(const QList<QByteArrayView> &chunks, const Probe::RespLimits &limits)
{
    Probe::RespCodec codec(limits);
    Outcome outcome;
    for (const QByteArrayView chunk : chunks) {
        codec.feed(chunk);
        if (codec.bufferedBytes() > limits.maxBuffered)
            std::abort();
        outcome.replies << codec.takeReplies();
    }
    outcome.error = codec.errorString();
    return outcome;
}

void check(const QByteArrayView bytes, size_t cut, const Probe::RespLimits &limits)
{
    const Outcome whole = decodeAll({ bytes }, limits);
    QList<QByteArrayView> single;
    single.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        single << bytes.sliced(i, 1);
    const Outcome byteByByte = decodeAll(single, limits);
    const qsizetype at = qsizetype(cut % size_t(bytes.size() + 1));
    const Outcome split = decodeAll({ bytes.first(at), bytes.sliced(at) }, limits);
    if (!(whole == byteByByte) || !(whole == split))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const size_t cut = size ? size_t(data[0]) : 0;
    check(bytes, cut, Probe::RespLimits());
    Probe::RespLimits tiny;
    tiny.maxBulk = 16;
    tiny.maxArray = 8;
    tiny.maxDepth = 3;
    tiny.maxBuffered = 64;
    tiny.maxLine = 32;
    check(bytes, cut, tiny);
    return 0;
}
