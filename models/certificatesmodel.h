// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/snapshot.h"
#include "probe/tlscertificate.h"
#include "statusicons.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

/**
 * One distinct certificate of the fleet (by SHA-256 fingerprint) and where it was seen: served by datastores,
 * stored in their TLS secrets, or as the CA of their chains.
 */
struct CertificateEntry
{
    Probe::CertificateInfo info;
    QStringList datastores; ///< every datastore it was seen with, in fleet order
    QStringList secrets; ///< the TLS secrets that hold it
    bool served = false; ///< some datastore presented it as its leaf
    bool stored = false; ///< some TLS secret holds it as the server certificate
    bool authority = false; ///< a CA certificate (ca.crt, or a CA in a served chain)
    bool intermediate = false; ///< a non-leaf, non-CA certificate of a chain
    QStringList storedDiffersFrom; ///< datastores whose secret holds this one but that serve another

    /** Good, Warning (inside the renewal window) or Bad (expired or under 30 days). */
    StatusIcons::Status status(int renewalDays = 90) const;
};

/**
 * The certificates of a fleet as a table: status, days left, expiry date, datastores, role, subject, issuer,
 * key. collect() reads a scan's reports (the served chains and the secrets' PEM); it parses X.509 and is meant
 * for a worker thread.
 */
class CertificatesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificatesModel)

public:
    enum Column {
        StatusColumn,
        DaysLeftColumn,
        ExpiresColumn,
        DatastoresColumn,
        RoleColumn,
        SubjectColumn,
        IssuerColumn,
        KeyColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole, ///< StatusIcons::Status as int
        DaysLeftRole,
        NotAfterRole, ///< QDateTime, UTC
        FingerprintRole,
    };

    explicit CertificatesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Every distinct certificate of @p reports, fewest days left first. Pure (parses PEM: call it off the GUI thread).
     */
    static QList<CertificateEntry> collect(const QList<Fleet::DatastoreReport> &reports);

    void setCertificates(const QList<CertificateEntry> &certificates);
    const QList<CertificateEntry> &certificates() const { return m_certificates; }
    const CertificateEntry *certificate(int row) const;

    void setRenewalDays(int days);
    int renewalDays() const { return m_renewalDays; }

    /** "served, stored in secret postgres-tls" — translated. */
    static QString roleText(const CertificateEntry &entry);
    /** "expired", "expires in under 30 days", "renew now", "valid" — translated. */
    static QString statusText(const CertificateEntry &entry, int renewalDays);

private:
    QList<CertificateEntry> m_certificates;
    int m_renewalDays = 90;
};
