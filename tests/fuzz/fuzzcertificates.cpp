// SPDX-License-Identifier: GPL-3.0-or-later
// The PEM/certificate parsing the scanner does on Secret data. Any bytes, as the value of a Secret key (base64,
// as the API server sends it, and the same bytes taken as if they were the base64 text), are read back by the
// mount chain exactly or not at all; parsed as certificates they give well-formed certificates that parse
// again to themselves, or none and a printable reason; loaded as the CA a server is verified against they give
// trust anchors, or an error that names the Secret and the key.
#include "fuzzcheck.h"
#include "fleet/tlsmaterial.h"
#include "probe/tlscertificate.h"
#include "probe/tlsopenssl.h"
#include "probe/tlsverification.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

using Fuzz::check;

bool printable(const QString &text)
{
    return Fuzz::printable(text, false);
}

QJsonObject secretWith(const QString &key, const QString &value)
{
    return { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), QStringLiteral("postgres-tls") } } },
             { QStringLiteral("data"), QJsonObject { { key, value } } } };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Fleet::TlsFileSource source;
    source.path = QStringLiteral("/tls/ca-cert.pem");
    source.secret = QStringLiteral("postgres-tls");
    source.key = QStringLiteral("ca-cert.pem");
    const QString named = source.describe();
    check(named == u"Secret postgres-tls key ca-cert.pem");

    // The Secret key as the API server sends it: read back exactly.
    const QByteArray content
        = Fleet::tlsFileContent(source, { secretWith(source.key, QString::fromLatin1(bytes.toBase64())) }, {});
    check(content == bytes);
    // The bytes as if they were the base64 text: whatever decodes, never more than they can hold.
    const QByteArray lenient = Fleet::tlsFileContent(source, { secretWith(source.key, QString::fromLatin1(bytes)) }, {});
    check(lenient.size() <= bytes.size());

    for (const QByteArray &pem : { content, lenient }) {
        QString error;
        const QList<Probe::CertificateInfo> certificates = Probe::parseCertificates(pem, &error);
        if (certificates.isEmpty()) {
            check(!error.isEmpty());
            check(printable(error));
        } else {
            check(error.isEmpty());
            for (const Probe::CertificateInfo &info : certificates) {
                check(!info.pem.isEmpty());
                check(!info.sha256Fingerprint.isEmpty());
                QString again;
                const QList<Probe::CertificateInfo> reparsed = Probe::parseCertificates(info.pem, &again);
                check(reparsed.size() == 1 && again.isEmpty());
                check(reparsed.first().sha256Fingerprint == info.sha256Fingerprint);
            }
        }

        // The CA the inspector trusts: anchors, or an error naming where the CA came from.
        Probe::Ssl::SslCtxPtr context(SSL_CTX_new(TLS_client_method()));
        check(context != nullptr);
        QString caError;
        const bool loaded = Probe::Inspection::loadCaCertificates(context.get(), pem, named, &caError);
        check(loaded == caError.isEmpty());
        if (!loaded)
            check(caError == named + QStringLiteral(": not a PEM certificate"));
        // Whatever parseCertificates accepts whole, the trust store accepts too.
        if (!certificates.isEmpty())
            check(loaded);
    }
    return 0;
}
