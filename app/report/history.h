// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Report {

/** One past scan as the history lists it: read from the audited snapshot JSON it keeps. */
struct HistoryEntry
{
    QString path;
    QDateTime takenAt;
    QString source; ///< "kubernetes" or "targets"
    QString scope; ///< the namespace, or the targets file
    QString context;
    QString server;
    QString letter; ///< fleet grade, "N/A" without a score
    std::optional<double> score;
    QMap<QString, int> counts; ///< "critical", "high", "medium", "low", "info" → failed checks
    int datastores = 0;
    int findings = 0;

    /** {"path","takenAt","source","scope","context","server","letter","score","counts","datastores","findings"} */
    QJsonObject toJson() const;
    /** "namespace bakery-ia of context prod (https://…)" or "targets file /path/targets.yaml", for people. */
    QString scopeText() const;
    /** The same scope: source, namespace or targets file, context and API server all equal. */
    bool sameScope(const HistoryEntry &other) const;

    /** Reads what the list shows from an audited snapshot (schema proofer.snapshot/v1 with "grade"). */
    static HistoryEntry fromSnapshot(const QJsonObject &snapshot, const QString &path = QString());
};

/**
 * The scans Proofer ran, each kept as the exact audited snapshot JSON that `proofer scan --format json` writes,
 * one file per scan in <AppDataLocation>/history/. Bounded: save() prunes to the newest kMaxEntries and drops
 * files older than kMaxAgeDays.
 */
class HistoryStore final
{
public:
    static constexpr int kMaxEntries = 200;
    static constexpr int kMaxAgeDays = 365;

    /** A store in @p directory; empty: defaultDirectory(). The directory is created on the first save. */
    explicit HistoryStore(const QString &directory = QString());

    /** <QStandardPaths::AppDataLocation>/history */
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /**
     * Keeps @p snapshotJson (the audited snapshot, byte for byte) and prunes. Returns the file's path, or an
     * empty string with @p error set.
     */
    QString save(const QByteArray &snapshotJson, QString *error = nullptr);

    /** Every kept scan, newest first; only those whose scope or context is @p scope when it is not empty. */
    QList<HistoryEntry> entries(const QString &scope = QString()) const;

    /** Reads one kept (or any) snapshot file. */
    static std::optional<QJsonObject> load(const QString &path, QString *error = nullptr);

    /** Removes the files beyond the newest @p maxEntries and those older than @p maxAgeDays before @p now. */
    int prune(const QDateTime &now, int maxEntries = kMaxEntries, int maxAgeDays = kMaxAgeDays);

private:
    QString m_directory;
};

/** A finding of a snapshot, as a diff compares it: by datastore and finding id. */
struct FindingKey
{
    QString datastore;
    QString id;
    QString severity;
    QString title;

    QJsonObject toJson() const;
};

/** What changed from snapshot A (older) to snapshot B (newer). */
struct HistoryDiff
{
    HistoryEntry from;
    HistoryEntry to;
    QList<FindingKey> newFindings; ///< in B, not in A
    QList<FindingKey> fixedFindings; ///< in A, not in B
    int unchanged = 0;

    /** {"from","to","sameScope","newFindings","fixedFindings","unchanged"} */
    QJsonObject toJson() const;
};

/** Every finding of an audited snapshot: per datastore and fleet-wide. */
QList<FindingKey> snapshotFindings(const QJsonObject &snapshot);

HistoryDiff diffSnapshots(const QJsonObject &from, const QJsonObject &to, const QString &fromPath = QString(),
                          const QString &toPath = QString());

} // namespace Report
