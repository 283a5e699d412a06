// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"

#include <QByteArray>
#include <QString>

namespace Ops {

/**
 * Passwords for datastores: drawn from OpenSSL's CSPRNG (RAND_bytes) by rejection sampling, so every
 * character of the alphabet is exactly as likely (no modulo bias), over a set that needs no escaping
 * in a connection URL (RFC 3986 unreserved: letters, digits and "-._~"). Every password holds at
 * least one lower-case letter, one upper-case letter, one digit and one symbol: a class missing
 * from the first draw makes the whole password drawn again (never patched in at a guessable place).
 */
class PasswordGenerator final
{
public:
    static constexpr int defaultLength = 32;

    /** The alphabet: A–Z, a–z, 0–9, "-._~" (66 characters). */
    static QByteArray alphabet();

    /**
     * A password of @p length characters (at least 4, so that every class fits). Empty when the CSPRNG
     * fails (never a weaker password); @p error then says why.
     */
    static Core::Secret generate(int length = defaultLength, QString *error = nullptr);
};

} // namespace Ops
