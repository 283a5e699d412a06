// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/operationshistory.h"

#include "ops/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Session {

namespace {

/** The journal's lines as JSON objects (bounded); an unparsable line is skipped (a crash may cut the last one). */
QList<QJsonObject> readLines(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Session", "Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray data = file.read(OperationsHistory::MaxJournalBytes);
    QList<QJsonObject> lines;
    for (const QByteArray &line : data.split('\n')) {
        const QJsonDocument json = QJsonDocument::fromJson(line);
        if (json.isObject())
            lines << json.object();
    }
    return lines;
}

QDateTime timeOf(const QJsonObject &line)
{
    return QDateTime::fromString(line.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
}

} // namespace

QString OperationsHistory::defaultDirectory()
{
    return Ops::Journal::defaultDirectory();
}

OperationRecord OperationsHistory::read(const QString &path)
{
    OperationRecord record;
    record.path = path;
    const QList<QJsonObject> lines = readLines(path, nullptr);
    if (lines.isEmpty() || lines.constFirst().value(QLatin1String("event")).toString() != u"plan")
        return record;
    const QJsonObject &plan = lines.constFirst();
    record.kind = plan.value(QLatin1String("kind")).toString();
    record.title = plan.value(QLatin1String("title")).toString();
    record.started = timeOf(plan);
    record.dryRun = plan.value(QLatin1String("dryRun")).toBool();
    record.context = plan.value(QLatin1String("cluster")).toObject().value(QLatin1String("context")).toString();
    const QJsonObject parameters = plan.value(QLatin1String("parameters")).toObject();
    const auto add = [&record](const QString &name) {
        if (!name.isEmpty() && !record.datastores.contains(name))
            record.datastores << name;
    };
    add(parameters.value(QLatin1String("datastore")).toString());
    for (const char *key : { "datastores", "renewedDatastores" }) {
        for (const QJsonValue &name : parameters.value(QLatin1String(key)).toArray())
            add(name.toString());
    }
    // A restart names its workload, not a datastore.
    if (const QString workload = parameters.value(QLatin1String("workload")).toString();
        record.datastores.isEmpty() && !workload.isEmpty())
        add(QStringLiteral("%1/%2").arg(parameters.value(QLatin1String("workloadKind")).toString(), workload));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->value(QLatin1String("event")).toString() == u"end") {
            record.outcome = it->value(QLatin1String("outcome")).toString();
            record.ended = timeOf(*it);
            break;
        }
    }
    return record;
}

QFuture<QList<OperationRecord>> OperationsHistory::list(const QString &directory, QThreadPool *pool)
{
    return QtConcurrent::run(pool, [directory] {
        QList<OperationRecord> records;
        const QFileInfoList files
            = QDir(directory).entryInfoList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::Time);
        for (const QFileInfo &file : files) {
            if (records.size() >= MaxJournals)
                break;
            OperationRecord record = read(file.absoluteFilePath());
            if (!record.kind.isEmpty())
                records << record;
        }
        std::stable_sort(records.begin(), records.end(),
                         [](const OperationRecord &a, const OperationRecord &b) { return a.started > b.started; });
        return records;
    });
}

QJsonObject OperationsHistory::journalJson(const QString &path, QString *error)
{
    QString failure;
    const QList<QJsonObject> lines = readLines(path, &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    const OperationRecord record = read(path);
    QJsonArray entries;
    for (const QJsonObject &line : lines)
        entries.append(line);
    return {
        { QStringLiteral("journal"), QFileInfo(path).fileName() },
        { QStringLiteral("kind"), record.kind },
        { QStringLiteral("outcome"), record.outcome.isEmpty() ? QJsonValue() : QJsonValue(record.outcome) },
        { QStringLiteral("entries"), entries },
    };
}

QFuture<QString> OperationsHistory::exportJournals(const QStringList &paths, const QString &target, bool collection,
                                                  QThreadPool *pool)
{
    return QtConcurrent::run(pool, [paths, target, collection]() -> QString {
        QJsonObject document;
        if (!collection && paths.size() == 1) {
            QString error;
            document = journalJson(paths.constFirst(), &error);
            if (!error.isEmpty())
                return error;
        } else {
            QJsonArray journals;
            for (const QString &path : paths) {
                QString error;
                const QJsonObject journal = journalJson(path, &error);
                if (!error.isEmpty())
                    return error;
                journals.append(journal);
            }
            document = { { QStringLiteral("format"), QStringLiteral("proofer.journals/v1") },
                         { QStringLiteral("journals"), journals } };
        }
        QSaveFile file(target);
        const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return QCoreApplication::translate("Session", "Cannot write %1: %2").arg(target, file.errorString());
        return {};
    });
}

} // namespace Session
