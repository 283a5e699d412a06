// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/targetsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Fleet {

namespace {

QString scalar(const YAML::Node &node, const char *key)
{
    const YAML::Node value = node[key];
    if (!value || !value.IsScalar())
        return {};
    return QString::fromStdString(value.Scalar());
}

QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.read(1024 * 1024);
}

} // namespace

TargetsFile loadTargetsFile(const QString &path)
{
    TargetsFile result;
    QString readError;
    const QByteArray data = readSmallFile(path, &readError);
    if (!readError.isEmpty()) {
        result.error = QCoreApplication::translate("Fleet", "cannot read targets file %1: %2").arg(path, readError);
        return result;
    }
    const QDir base = QFileInfo(path).absoluteDir();
    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception &e) {
        result.error = QCoreApplication::translate("Fleet", "%1:%2: not valid YAML: %3").arg(path).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
        return result;
    }
    const YAML::Node list = root["datastores"];
    if (!list || !list.IsSequence()) {
        result.error = QCoreApplication::translate("Fleet", "%1: no \"datastores:\" list").arg(path);
        return result;
    }
    for (const YAML::Node &entry : list) {
        const int line = entry.Mark().line + 1;
        auto fail = [&](const QString &message) {
            result.targets.clear();
            result.error = QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message);
        };
        if (!entry.IsMap()) {
            fail(QCoreApplication::translate("Fleet", "each datastore is a mapping ({name: …, kind: …, host: …})"));
            return result;
        }
        ScanTarget target;
        target.name = scalar(entry, "name");
        const QString kind = scalar(entry, "kind");
        target.host = scalar(entry, "host");
        if (target.name.isEmpty() || kind.isEmpty() || target.host.isEmpty()) {
            fail(QCoreApplication::translate("Fleet", "\"name\", \"kind\" and \"host\" are required"));
            return result;
        }
        const auto parsedKind = kindFromName(kind);
        if (!parsedKind) {
            fail(QCoreApplication::translate("Fleet", "unknown kind \"%1\" (postgresql, redis or rabbitmq)").arg(kind));
            return result;
        }
        target.kind = *parsedKind;
        const QString port = scalar(entry, "port");
        bool ok = true;
        target.port = port.isEmpty() ? defaultPort(target.kind) : quint16(port.toUShort(&ok));
        if (!ok || target.port == 0) {
            fail(QCoreApplication::translate("Fleet", "port \"%1\" is not a TCP port").arg(port));
            return result;
        }
        const QString plainPort = scalar(entry, "plaintextPort");
        if (!plainPort.isEmpty())
            target.plaintextPort = quint16(plainPort.toUShort());
        const QString managementPort = scalar(entry, "managementPort");
        if (!managementPort.isEmpty()) {
            target.managementPort = quint16(managementPort.toUShort(&ok));
            if (!ok || target.managementPort == 0) {
                fail(QCoreApplication::translate("Fleet", "managementPort \"%1\" is not a TCP port").arg(managementPort));
                return result;
            }
        }
        target.serverName = scalar(entry, "tlsServerName");
        if (target.serverName.isEmpty())
            target.serverName = target.host;
        target.database = scalar(entry, "database");
        target.user = scalar(entry, "user");

        const QString caFile = scalar(entry, "caFile");
        if (!caFile.isEmpty()) {
            const QString caPath = base.absoluteFilePath(caFile);
            QString error;
            target.caPem = readSmallFile(caPath, &error);
            if (!error.isEmpty()) {
                fail(QCoreApplication::translate("Fleet", "caFile %1: %2").arg(caPath, error));
                return result;
            }
            if (!target.caPem.contains("-----BEGIN CERTIFICATE-----")) {
                fail(QCoreApplication::translate("Fleet", "caFile %1 holds no PEM certificate").arg(caPath));
                return result;
            }
        }
        const QString passwordFile = scalar(entry, "passwordFile");
        const QString passwordEnv = scalar(entry, "passwordEnv");
        if (!passwordFile.isEmpty()) {
            const QString secretPath = base.absoluteFilePath(passwordFile);
            // As `backup` treats its passphrase file: a password others can read is refused, not used.
            const QFileDevice::Permissions loose = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                   | QFileDevice::ReadOther | QFileDevice::WriteOther;
            if (QFileInfo::exists(secretPath) && (QFile::permissions(secretPath) & loose)) {
                fail(QCoreApplication::translate("Fleet", "passwordFile %1 is readable or writable by others: run chmod 600 %1")
                         .arg(secretPath));
                return result;
            }
            QString error;
            QByteArray secret = readSmallFile(secretPath, &error);
            if (!error.isEmpty()) {
                fail(QCoreApplication::translate("Fleet", "passwordFile %1: %2").arg(secretPath, error));
                return result;
            }
            while (secret.endsWith('\n') || secret.endsWith('\r'))
                secret.chop(1);
            target.password = Core::Secret(secret);
            Core::wipe(secret);
        } else if (!passwordEnv.isEmpty()) {
            if (!qEnvironmentVariableIsSet(passwordEnv.toLocal8Bit().constData())) {
                fail(QCoreApplication::translate("Fleet", "passwordEnv: the variable %1 is not set").arg(passwordEnv));
                return result;
            }
            QByteArray secret = qgetenv(passwordEnv.toLocal8Bit().constData());
            target.password = Core::Secret(secret);
            Core::wipe(secret);
        }
        for (const ScanTarget &existing : std::as_const(result.targets)) {
            if (existing.name == target.name) {
                fail(QCoreApplication::translate("Fleet", "the name \"%1\" is used twice").arg(target.name));
                return result;
            }
        }
        result.targets << target;
    }
    if (result.targets.isEmpty())
        result.error = QCoreApplication::translate("Fleet", "%1: the \"datastores:\" list is empty").arg(path);
    return result;
}

} // namespace Fleet
