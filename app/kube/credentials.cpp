// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/credentials.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kube {

namespace {

/** Reads a whole small file; on failure sets @p error to client-go's "open F: reason". */
QByteArray readSmallFile(const QString &path, QString &error)
{
    constexpr qint64 maxSize = 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QString reason = file.errorString();
        if (!reason.isEmpty())
            reason[0] = reason[0].toLower();
        error = QCoreApplication::translate("Kube", "open %1: %2").arg(path, reason);
        return {};
    }
    QByteArray data = file.read(maxSize + 1);
    if (data.size() > maxSize) {
        Core::wipe(data);
        error = QCoreApplication::translate("Kube", "%1 is larger than 1 MiB").arg(path);
        return {};
    }
    return data;
}

} // namespace

QDateTime jwtExpiry(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    const auto payload
        = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!payload)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(*payload);
    const QJsonValue exp = document.object().value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
}

Expected<Credentials> staticCredentials(const ResolvedContext &context)
{
    const AuthInfo &user = context.user;
    Credentials credentials;
    QString error;

    if (!user.clientCertificateData.isEmpty())
        credentials.clientCertificatePem = user.clientCertificateData;
    else if (!user.clientCertificate.isEmpty())
        credentials.clientCertificatePem = readSmallFile(user.clientCertificate, error);
    if (!error.isEmpty()) {
        return Expected<Credentials>::failure(
            QCoreApplication::translate("Kube", "unable to read client-cert %1 for %2 due to %3")
                .arg(user.clientCertificate, user.name, error));
    }
    if (!user.clientKeyData.isEmpty()) {
        credentials.clientKeyPem = user.clientKeyData;
    } else if (!user.clientKey.isEmpty()) {
        QByteArray key = readSmallFile(user.clientKey, error);
        credentials.clientKeyPem = Core::Secret(key);
        Core::wipe(key);
    }
    if (!error.isEmpty()) {
        return Expected<Credentials>::failure(
            QCoreApplication::translate("Kube", "unable to read client-key %1 for %2 due to %3")
                .arg(user.clientKey, user.name, error));
    }
    if (credentials.clientCertificatePem.isEmpty() != credentials.clientKeyPem.isEmpty()) {
        return Expected<Credentials>::failure(
            QCoreApplication::translate("Kube",
                                        "client-key-data or client-key must be specified for %1 to use the "
                                        "clientCert authentication method.")
                .arg(user.name));
    }

    if (!user.tokenFile.isEmpty()) {
        // Re-read on every call: projected service-account tokens rotate under us.
        QByteArray token = readSmallFile(user.tokenFile, error).trimmed();
        if (!error.isEmpty()) {
            return Expected<Credentials>::failure(
                QCoreApplication::translate("Kube", "unable to read tokenFile %1 for %2 due to %3")
                    .arg(user.tokenFile, user.name, error));
        }
        if (token.isEmpty()) {
            return Expected<Credentials>::failure(
                QCoreApplication::translate("Kube", "tokenFile %1 for %2 is empty").arg(user.tokenFile, user.name));
        }
        credentials.token = Core::Secret(token);
        Core::wipe(token);
    } else if (!user.token.isEmpty()) {
        credentials.token = user.token;
    }
    credentials.username = user.username;
    credentials.password = user.password;

    if (user.authProvider) {
        const AuthProviderConfig &provider = *user.authProvider;
        if (provider.name != u"oidc") {
            return Expected<Credentials>::failure(
                QCoreApplication::translate("Kube", "no Auth Provider found for name \"%1\"").arg(provider.name));
        }
        const Core::Secret idToken = provider.config.value(QStringLiteral("id-token"));
        if (idToken.isEmpty()) {
            return Expected<Credentials>::failure(
                QCoreApplication::translate(
                    "Kube",
                    "the oidc auth provider of user \"%1\" has no id-token; log in with your OIDC helper (for "
                    "example \"kubectl oidc-login\") first: Proofer does not run the OIDC refresh flow")
                    .arg(user.name));
        }
        const QDateTime expiry = jwtExpiry(idToken.reveal());
        if (expiry.isValid() && Core::Clock::instance().now() >= expiry) {
            return Expected<Credentials>::failure(
                QCoreApplication::translate(
                    "Kube",
                    "the id-token of the oidc auth provider of user \"%1\" expired at %2; log in again with "
                    "your OIDC helper (for example \"kubectl oidc-login\"): Proofer does not run the OIDC "
                    "refresh flow")
                    .arg(user.name, expiry.toString(Qt::ISODate)));
        }
        credentials.token = idToken;
        credentials.expiry = expiry;
    }
    return credentials;
}

} // namespace Kube
