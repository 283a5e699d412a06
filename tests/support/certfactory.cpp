// SPDX-License-Identifier: GPL-3.0-or-later
#include "certfactory.h"

#include <QFile>

#include <sys/stat.h>

namespace Test {

CertFactory::CertFactory(const QString &caName, int caDays, const QString &digest)
{
    m_caKey = Ops::generateKey(Ops::KeyPair::Type::EcP256, 0, &m_error);
    if (m_caKey.isNull())
        return;
    Ops::CertificateRequest request;
    request.commonName = caName;
    request.organization = QStringLiteral("Proofer tests");
    request.isCa = true;
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    request.notAfter = QDateTime::currentDateTimeUtc().addDays(caDays);
    request.digest = digest;
    m_caCertPem = Ops::issueCertificate(request, m_caKey, {}, {}, &m_error);
}

IssuedCertificate CertFactory::issue(const LeafOptions &options)
{
    IssuedCertificate issued;
    issued.key = Ops::generateKey(options.keyType, options.rsaBits, &m_error);
    if (issued.key.isNull())
        return issued;
    Ops::CertificateRequest request;
    request.commonName = options.commonName;
    request.organization = QStringLiteral("Proofer tests");
    request.dnsNames = options.dnsNames;
    request.ipAddresses = options.ipAddresses;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    request.notBefore = now.addDays(options.notBeforeDays);
    request.notAfter = now.addDays(options.notAfterDays);
    request.digest = options.digest;
    issued.certificatePem = Ops::issueCertificate(request, issued.key, m_caCertPem, m_caKey, &m_error);
    return issued;
}

bool CertFactory::writeFile(const QString &path, const QByteArray &pem, int mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // Set the mode before the content lands, so a key is never readable by others.
    if (::chmod(QFile::encodeName(path).constData(), mode_t(mode)) != 0)
        return false;
    return file.write(pem) == pem.size();
}

} // namespace Test
