// SPDX-License-Identifier: GPL-3.0-or-later
// Kubeconfig parsing: any bytes give a Kubeconfig or an error, never a crash, a hang or unbounded memory.
#include "kube/kubeconfigloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Kube::KubeconfigLoader loader;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto config = loader.parse(bytes, QStringLiteral("/fuzz/kubeconfig"));
    // resolve() reads the files a kubeconfig names: not fuzzed, since arbitrary paths (/dev/zero…)
    // would test the machine, not the parser.
    (void)config;
    return 0;
}
