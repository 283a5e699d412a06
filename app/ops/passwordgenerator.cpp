// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/passwordgenerator.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

#include <array>

namespace Ops {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr int kAlphabetSize = int(sizeof kAlphabet - 1);
// The largest multiple of the alphabet's size that fits in a byte: bytes at or above it are thrown away,
// so that every character keeps the same odds (256 % 66 != 0).
constexpr int kLimit = 256 - (256 % kAlphabetSize);

int classOf(char c)
{
    if (c >= 'a' && c <= 'z')
        return 0;
    if (c >= 'A' && c <= 'Z')
        return 1;
    if (c >= '0' && c <= '9')
        return 2;
    return 3;
}

} // namespace

QByteArray PasswordGenerator::alphabet()
{
    return QByteArray(kAlphabet, kAlphabetSize);
}

Core::Secret PasswordGenerator::generate(int length, QString *error)
{
    if (length < 4) {
        if (error)
            *error = QCoreApplication::translate("Ops", "a password needs at least 4 characters, not %1").arg(length);
        return {};
    }
    QByteArray password(length, '\0');
    std::array<unsigned char, 64> pool {};
    // A draw without every class is thrown away whole; with 32 characters about one draw in seven
    // lacks a symbol (4 of 66 characters), so a few draws are usual.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        int filled = 0;
        while (filled < length) {
            if (RAND_bytes(pool.data(), int(pool.size())) != 1) {
                OPENSSL_cleanse(pool.data(), pool.size());
                Core::wipe(password);
                const unsigned long code = ERR_get_error();
                ERR_clear_error();
                if (error) {
                    char text[256] = {};
                    ERR_error_string_n(code, text, sizeof text);
                    *error = QCoreApplication::translate("Ops", "the random number generator failed: %1")
                                 .arg(QString::fromLatin1(text));
                }
                return {};
            }
            for (unsigned char byte : pool) {
                if (byte >= kLimit)
                    continue;
                password[filled++] = kAlphabet[byte % kAlphabetSize];
                if (filled == length)
                    break;
            }
        }
        std::array<bool, 4> seen {};
        for (char c : std::as_const(password))
            seen[size_t(classOf(c))] = true;
        if (seen[0] && seen[1] && seen[2] && seen[3]) {
            OPENSSL_cleanse(pool.data(), pool.size());
            Core::Secret secret(password);
            Core::wipe(password);
            return secret;
        }
    }
    OPENSSL_cleanse(pool.data(), pool.size());
    Core::wipe(password);
    if (error)
        *error = QCoreApplication::translate("Ops", "no password with every character class after 1000 draws");
    return {};
}

} // namespace Ops
