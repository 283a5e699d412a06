// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scramverifier.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace Core {

QByteArray scramSha256Verifier(const Core::Secret &password)
{
    constexpr int iterations = 4096;
    unsigned char salt[16];
    if (RAND_bytes(salt, int(sizeof salt)) != 1)
        return {};
    unsigned char salted[SHA256_DIGEST_LENGTH];
    const QByteArray &bytes = password.reveal();
    if (PKCS5_PBKDF2_HMAC(bytes.constData(), int(bytes.size()), salt, int(sizeof salt), iterations, EVP_sha256(),
                          int(sizeof salted), salted)
        != 1)
        return {};
    unsigned char clientKey[SHA256_DIGEST_LENGTH];
    unsigned char serverKey[SHA256_DIGEST_LENGTH];
    unsigned char storedKey[SHA256_DIGEST_LENGTH];
    unsigned int length = 0;
    static const char clientLabel[] = "Client Key";
    static const char serverLabel[] = "Server Key";
    HMAC(EVP_sha256(), salted, int(sizeof salted), reinterpret_cast<const unsigned char *>(clientLabel),
         sizeof clientLabel - 1, clientKey, &length);
    HMAC(EVP_sha256(), salted, int(sizeof salted), reinterpret_cast<const unsigned char *>(serverLabel),
         sizeof serverLabel - 1, serverKey, &length);
    SHA256(clientKey, sizeof clientKey, storedKey);
    OPENSSL_cleanse(salted, sizeof salted);
    OPENSSL_cleanse(clientKey, sizeof clientKey);
    auto b64 = [](const unsigned char *data, int size) {
        return QByteArray(reinterpret_cast<const char *>(data), size).toBase64();
    };
    return QByteArrayLiteral("SCRAM-SHA-256$") + QByteArray::number(iterations) + ':' + b64(salt, int(sizeof salt))
        + '$' + b64(storedKey, int(sizeof storedKey)) + ':' + b64(serverKey, int(sizeof serverKey));
}

} // namespace Core
