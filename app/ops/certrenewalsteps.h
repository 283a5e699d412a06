// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the certificate renewal (ops/certrenewal.cpp): its steps and what they share.
#pragma once

#include "core/secret.h"
#include "ops/certrenewal.h"
#include "ops/plan.h"

#include <QByteArray>
#include <QDir>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Kube {
class KubeClient;
}

namespace Ops::Renewal {

/**
 * One Secret's old and new material. Key material lives in Core::Secret only. The key names are the Secret keys
 * the servers read (followed through their mounts by discovery), never renamed: certKey and keyKey always, caKey
 * when the CA file the servers read comes from the same Secret (empty: the CA lives elsewhere and is not written).
 */
struct SecretMaterial
{
    RenewalTarget target;
    QString namespaceName;
    QString secretType;
    QString certKey = QStringLiteral("tls.crt");
    QString keyKey = QStringLiteral("tls.key");
    QString caKey = QStringLiteral("ca.crt");
    QByteArray certificatePem;
    QByteArray caBundlePem;
    Core::Secret keyPem;
    QString keyDescription; ///< "RSA 4096", "EC P-256"
    /** The Secret's data before the patch, as compact JSON ({key: base64}): it holds the old private key. */
    Core::Secret previousData;
    /** The same, as the inventory read it when the plan was made (same resourceVersion): copied to previous/. */
    Core::Secret initialData;
    QString resourceVersionAfter;

    QString previousDirectory() const { return QDir(target.directory).filePath(QStringLiteral("previous")); }
    /** The file the CA bundle is written to in target.directory: caKey, or ca-bundle.pem when it has none. */
    QString caFileName() const { return caKey.isEmpty() ? QStringLiteral("ca-bundle.pem") : caKey; }
    /** The Secret keys the renewal writes. */
    QStringList writtenKeys() const
    {
        QStringList keys{certKey, keyKey};
        if (!caKey.isEmpty())
            keys << caKey;
        return keys;
    }
};

using MaterialPtr = std::shared_ptr<SecretMaterial>;

QString b64(const QByteArray &bytes);
Probe::Preamble preambleFor(Fleet::Kind kind);
QByteArray readSmallFile(const QString &path, QString *error);
/** The PEM private key can be read (unencrypted PEM of any of PKCS#1/SEC1/PKCS#8). */
bool isReadableKey(const Core::Secret &pem);
bool keyMatches(const QByteArray &certificatePem, const Core::Secret &keyPem);
/** "" when the new material is consistent (key matches, chain verifies for every name); else why not. */
QString validateMaterial(const SecretMaterial &m);

struct RenewalFile
{
    QString relativePath;
    Core::Secret bytes;
};

std::unique_ptr<Step> makeValidateStep(QList<MaterialPtr> materials);
/** Writes files (mode 0600) into a new directory; @p reload reads them back when a crashed run is resumed. */
std::unique_ptr<Step> makeWriteFilesStep(QString id, QString title, QString directory, QList<RenewalFile> files,
                                         std::function<bool(const QString &)> reload = {});
std::unique_ptr<Step> makePatchSecretStep(Kube::KubeClient *client, MaterialPtr material, const RenewalOptions &options);
std::unique_ptr<Step> makeRestartStep(Kube::KubeClient *client, MaterialPtr material, Fleet::Datastore store,
                                      const RenewalOptions &options);

} // namespace Ops::Renewal
