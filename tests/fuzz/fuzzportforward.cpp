// SPDX-License-Identifier: GPL-3.0-or-later
// Port-forward channel demultiplexing: the input is a sequence of length-prefixed WebSocket messages.
#include "kube/wire.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Kube::ChannelDemux demux(5432);
    size_t at = 0;
    while (at + 2 <= size) {
        const size_t length = size_t(data[at]) | (size_t(data[at + 1]) << 8);
        at += 2;
        const size_t take = std::min(length, size - at);
        const QByteArray message(reinterpret_cast<const char *>(data + at), qsizetype(take));
        at += take;
        Kube::ChannelDemux::Frame frame;
        QString error;
        if (demux.decode(message, &frame, &error)) {
            if (frame.channel != 0 && frame.channel != 1)
                std::abort();
            if (frame.payload.size() > message.size())
                std::abort();
        } else if (error.isEmpty()) {
            std::abort();
        }
    }
    return 0;
}
