// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslKey>

namespace Core {

/**
 * Loads a PEM private key (RSA, EC or DSA; PKCS#1, SEC1 or PKCS#8) as a QSslKey of the right
 * algorithm. Trying the algorithms one after another would leave OpenSSL errors ("expecting an rsa
 * key") in this thread's error queue, and a QSslSocket on the same thread would later read them as
 * a failure of its own: the queue is left empty.
 */
QSslKey loadPrivateKey(const QByteArray &pem);

} // namespace Core
