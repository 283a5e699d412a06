// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"

#include <QByteArray>

namespace Core {

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for @p password (4096 iterations, random salt), computed here so
 * that only the verifier is sent (CREATE/ALTER ROLE … PASSWORD): a statement log never holds the password.
 * Empty when OpenSSL fails.
 */
QByteArray scramSha256Verifier(const Secret &password);

} // namespace Core
