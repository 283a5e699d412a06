// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sslkey.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace Core {

QSslKey loadPrivateKey(const QByteArray &pem)
{
    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
            PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
        if (key) {
            switch (EVP_PKEY_get_base_id(key.get())) {
            case EVP_PKEY_RSA:
                algorithm = QSsl::Rsa;
                break;
            case EVP_PKEY_EC:
                algorithm = QSsl::Ec;
                break;
            case EVP_PKEY_DSA:
                algorithm = QSsl::Dsa;
                break;
            default:
                break;
            }
        }
    }
    QSslKey result;
    if (algorithm != QSsl::Opaque)
        result = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    ERR_clear_error();
    return result;
}

} // namespace Core
