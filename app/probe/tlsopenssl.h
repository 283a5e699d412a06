// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RAII owners for the OpenSSL objects of the TLS probe and the certificate parser. Internal to app/probe.

#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Probe::Ssl {

template<auto Free> struct Deleter {
    template<typename T> void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};

struct X509StackDeleter {
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};

struct GeneralNamesDeleter {
    void operator()(GENERAL_NAMES *names) const { GENERAL_NAMES_free(names); }
};

struct OpenSslStringDeleter {
    void operator()(char *s) const { OPENSSL_free(s); }
};

using SslCtxPtr = std::unique_ptr<SSL_CTX, Deleter<&SSL_CTX_free>>;
using SslPtr = std::unique_ptr<SSL, Deleter<&SSL_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<&X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<&BN_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, GeneralNamesDeleter>;
using OpenSslString = std::unique_ptr<char, OpenSslStringDeleter>;

/** Drains this thread's OpenSSL error queue into one line ("reason; reason"); empty when it was empty. */
inline QString drainErrors(unsigned long *firstError = nullptr)
{
    QString text;
    unsigned long first = 0;
    while (const unsigned long code = ERR_get_error()) {
        if (!first)
            first = code;
        const char *reason = ERR_reason_error_string(code);
        const QString line
            = reason ? QString::fromLatin1(reason) : QStringLiteral("OpenSSL error 0x%1").arg(code, 0, 16);
        if (!text.contains(line))
            text += (text.isEmpty() ? QString() : QStringLiteral("; ")) + line;
    }
    if (firstError)
        *firstError = first;
    return text;
}

} // namespace Probe::Ssl
