// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to app/ops: what every GPGME user shares (backups, recovery records).
#pragma once

#include <QString>

#include <gpgme.h>

#include <memory>

namespace Ops::Gpg {

/** Initialises GPGME once per process, thread-safe; call it before the first context (gpgme_check_version's rule). */
void initialise();

/** GPGME's words for @p error. */
inline QString errorText(gpgme_error_t error)
{
    return QString::fromUtf8(gpgme_strerror(error));
}

struct ContextDeleter
{
    void operator()(gpgme_ctx_t ctx) const { gpgme_release(ctx); }
};
struct DataDeleter
{
    void operator()(gpgme_data_t data) const { gpgme_data_release(data); }
};
struct KeyDeleter
{
    void operator()(gpgme_key_t key) const { gpgme_key_unref(key); }
};
using ContextPtr = std::unique_ptr<gpgme_context, ContextDeleter>;
using DataPtr = std::unique_ptr<gpgme_data, DataDeleter>;
using KeyPtr = std::unique_ptr<_gpgme_key, KeyDeleter>;

} // namespace Ops::Gpg
