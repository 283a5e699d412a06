// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatesmodel.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

StatusIcons::Status CertificateEntry::status(int renewalDays) const
{
    if (info.daysLeft < 30)
        return StatusIcons::Status::Bad;
    if (info.daysLeft < renewalDays)
        return StatusIcons::Status::Warning;
    return StatusIcons::Status::Good;
}

CertificatesModel::CertificatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QList<CertificateEntry> CertificatesModel::collect(const QList<Fleet::DatastoreReport> &reports)
{
    QList<CertificateEntry> entries;
    auto entryFor = [&entries](const Probe::CertificateInfo &info) -> CertificateEntry & {
        const QString key = info.sha256Fingerprint.isEmpty() ? info.serialHex + info.subject : info.sha256Fingerprint;
        for (CertificateEntry &entry : entries) {
            const QString other = entry.info.sha256Fingerprint.isEmpty() ? entry.info.serialHex + entry.info.subject
                                                                         : entry.info.sha256Fingerprint;
            if (other == key)
                return entry;
        }
        entries.append(CertificateEntry { info, {}, {}, false, false, false, false, {} });
        return entries.last();
    };
    auto seenWith = [](CertificateEntry &entry, const QString &datastore) {
        if (!entry.datastores.contains(datastore))
            entry.datastores << datastore;
    };
    auto addChainMember = [&](const Probe::CertificateInfo &info, const QString &datastore) {
        CertificateEntry &entry = entryFor(info);
        seenWith(entry, datastore);
        if (info.isCa || info.selfSigned)
            entry.authority = true;
        else if (!entry.served && !entry.stored)
            entry.intermediate = true;
    };

    for (const Fleet::DatastoreReport &report : reports) {
        QList<Probe::CertificateInfo> served;
        if (report.tls)
            served = report.tls->chain;
        if (served.isEmpty() && report.postgres)
            served = report.postgres->chain;
        if (served.isEmpty() && report.redis)
            served = report.redis->chain;
        for (qsizetype i = 0; i < served.size(); ++i) {
            if (i == 0) {
                CertificateEntry &entry = entryFor(served.at(0));
                seenWith(entry, report.name);
                entry.served = true;
                entry.intermediate = false;
            } else {
                addChainMember(served.at(i), report.name);
            }
        }
        if (!report.k8s)
            continue;
        const Fleet::Datastore &k8s = *report.k8s;
        const QList<Probe::CertificateInfo> stored = Probe::parseCertificates(k8s.tlsSecretCertificatePem);
        for (qsizetype i = 0; i < stored.size(); ++i) {
            if (i == 0) {
                CertificateEntry &entry = entryFor(stored.at(0));
                seenWith(entry, report.name);
                entry.stored = true;
                entry.intermediate = false;
                if (!k8s.tlsSecretName.isEmpty() && !entry.secrets.contains(k8s.tlsSecretName))
                    entry.secrets << k8s.tlsSecretName;
                if (!served.isEmpty() && served.constFirst().sha256Fingerprint != stored.at(0).sha256Fingerprint)
                    entry.storedDiffersFrom << report.name;
            } else {
                addChainMember(stored.at(i), report.name);
            }
        }
        for (const Probe::CertificateInfo &ca : Probe::parseCertificates(k8s.tlsSecretCaPem)) {
            CertificateEntry &entry = entryFor(ca);
            seenWith(entry, report.name);
            entry.authority = true;
            entry.intermediate = false;
            if (!k8s.tlsSecretName.isEmpty() && !entry.secrets.contains(k8s.tlsSecretName))
                entry.secrets << k8s.tlsSecretName;
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const CertificateEntry &a, const CertificateEntry &b) {
        return a.info.notAfter < b.info.notAfter;
    });
    return entries;
}

int CertificatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_certificates.size());
}

int CertificatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CertificatesModel::setCertificates(const QList<CertificateEntry> &certificates)
{
    beginResetModel();
    m_certificates = certificates;
    endResetModel();
}

const CertificateEntry *CertificatesModel::certificate(int row) const
{
    return row >= 0 && row < m_certificates.size() ? &m_certificates.at(row) : nullptr;
}

void CertificatesModel::setRenewalDays(int days)
{
    if (days == m_renewalDays)
        return;
    m_renewalDays = days;
    if (!m_certificates.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString CertificatesModel::roleText(const CertificateEntry &entry)
{
    QStringList roles;
    if (entry.authority)
        roles << tr("CA");
    if (entry.intermediate)
        roles << tr("intermediate");
    if (entry.served)
        roles << tr("served");
    const QString secrets = entry.secrets.join(QStringLiteral(", "));
    if (entry.stored)
        roles << (secrets.isEmpty() ? tr("stored in the TLS secret") : tr("stored in secret %1").arg(secrets));
    else if (!secrets.isEmpty())
        roles << tr("in secret %1").arg(secrets);
    return roles.join(QStringLiteral(", "));
}

QString CertificatesModel::statusText(const CertificateEntry &entry, int renewalDays)
{
    if (entry.info.daysLeft < 0)
        return tr("expired");
    if (entry.info.daysLeft < 30)
        return tr("expires in under 30 days");
    if (entry.info.daysLeft < renewalDays)
        return tr("renew now");
    return tr("valid");
}

QVariant CertificatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificateEntry &entry = m_certificates.at(index.row());
    const Probe::CertificateInfo &info = entry.info;
    const StatusIcons::Status status = entry.status(m_renewalDays);
    switch (role) {
    case StatusRole:
        return int(status);
    case DaysLeftRole:
        return info.daysLeft;
    case NotAfterRole:
        return info.notAfter;
    case FingerprintRole:
        return info.sha256Fingerprint;
    default:
        break;
    }
    const int column = index.column();
    if (role == SortRole) {
        switch (Column(column)) {
        case StatusColumn:
        case DaysLeftColumn:
        case ExpiresColumn:
            return info.daysLeft;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (Column(column)) {
        case StatusColumn:
            return statusText(entry, m_renewalDays);
        case DaysLeftColumn:
            return info.daysLeft < 0 ? tr("expired %n day(s) ago", nullptr, -info.daysLeft)
                                     : tr("%n day(s)", nullptr, info.daysLeft);
        case ExpiresColumn:
            return QLocale().toString(info.notAfter.toLocalTime().date(), QLocale::ShortFormat);
        case DatastoresColumn:
            if (entry.datastores.size() > 3)
                return tr("%1 and %n more", nullptr, int(entry.datastores.size() - 2))
                    .arg(entry.datastores.mid(0, 2).join(QStringLiteral(", ")));
            return entry.datastores.join(QStringLiteral(", "));
        case RoleColumn:
            return roleText(entry);
        case SubjectColumn:
            return info.commonName.isEmpty() ? info.subject : info.commonName;
        case IssuerColumn:
            return info.issuer;
        case KeyColumn:
            return info.keyCurve.isEmpty() ? QStringLiteral("%1 %2").arg(info.keyType).arg(info.keyBits)
                                           : QStringLiteral("%1 %2").arg(info.keyType, info.keyCurve);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == StatusColumn)
        return StatusIcons::statusIcon(status);
    if (role == Qt::ForegroundRole && (column == StatusColumn || column == DaysLeftColumn)
        && status != StatusIcons::Status::Good)
        return QBrush(StatusIcons::statusColor(status));
    if (role == Qt::TextAlignmentRole && column == DaysLeftColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QStringList lines { info.subject, tr("Issuer: %1").arg(info.issuer),
                            tr("Valid from %1 to %2")
                                .arg(QLocale().toString(info.notBefore.toLocalTime(), QLocale::ShortFormat),
                                     QLocale().toString(info.notAfter.toLocalTime(), QLocale::ShortFormat)),
                            tr("Seen with: %1").arg(entry.datastores.join(QStringLiteral(", "))) };
        if (!info.sans.isEmpty())
            lines << tr("Names (SAN): %1").arg(info.sans.join(QStringLiteral(", ")));
        if (!entry.storedDiffersFrom.isEmpty())
            lines << tr("Stored in the secret but not served by: %1")
                         .arg(entry.storedDiffersFrom.join(QStringLiteral(", ")));
        lines << tr("SHA-256: %1").arg(info.sha256Fingerprint);
        return lines.join(u'\n');
    }
    return {};
}

QVariant CertificatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case DaysLeftColumn:
        return tr("Days left");
    case ExpiresColumn:
        return tr("Expires");
    case DatastoresColumn:
        return tr("Datastores");
    case RoleColumn:
        return tr("Role");
    case SubjectColumn:
        return tr("Subject");
    case IssuerColumn:
        return tr("Issuer");
    case KeyColumn:
        return tr("Key");
    case ColumnCount:
        break;
    }
    return {};
}
