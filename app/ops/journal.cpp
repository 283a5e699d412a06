// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Ops {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

/** fsync on the directory so that a new file's name survives a crash too. */
void syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

} // namespace

/** An open descriptor of the journal holding flock(LOCK_EX); closed (so released) with the last copy. */
struct Journal::Lock
{
    int fd = -1;
    ~Lock()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

bool Journal::lock(int timeoutMs, QString *error)
{
    if (!isValid()) {
        setError(error, QCoreApplication::translate("Ops::Journal", "No journal to write to"));
        return false;
    }
    if (isLocked())
        return true;
    auto held = std::make_shared<Lock>();
    held->fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (held->fd < 0) {
        setError(error, QCoreApplication::translate("Ops::Journal", "Cannot open the journal %1: %2")
                            .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (::flock(held->fd, LOCK_EX | LOCK_NB) == 0) {
            m_lock = std::move(held);
            return true;
        }
        if (errno != EWOULDBLOCK && errno != EINTR) {
            setError(error, QCoreApplication::translate("Ops::Journal", "Cannot lock the journal %1: %2")
                                .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        if (waited.elapsed() >= timeoutMs)
            break;
        QThread::msleep(50);
    }
    setError(error, QCoreApplication::translate("Ops::Journal", "The run of %1 is in use by another process or window (its journal is "
                                                                "locked): nothing was done. Try again once it has finished.")
                        .arg(QDir::toNativeSeparators(m_path)));
    return false;
}

bool Journal::isLocked() const
{
    return m_lock && m_lock->fd >= 0;
}

void Journal::unlock()
{
    if (m_lock && m_lock->fd >= 0) {
        ::close(m_lock->fd); // every copy shares this descriptor: released for them all
        m_lock->fd = -1;
    }
    m_lock.reset();
}

QString Journal::defaultDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("journal"));
}

Journal Journal::create(const QString &directory, const QString &kind, QString *error)
{
    Journal journal;
    if (!QDir().mkpath(directory)) {
        setError(error, QCoreApplication::translate("Ops::Journal", "Cannot create the journal directory %1").arg(QDir::toNativeSeparators(directory)));
        return journal;
    }
    // The journal names datastores and Secrets: readable by its owner only, like the directory.
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QString safeKind = kind;
    for (QChar &c : safeKind) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString random = QString::number(QRandomGenerator::system()->bounded(0x1000000), 16)
                                   .rightJustified(6, QLatin1Char('0'));
        const QString path = QDir(directory).filePath(safeKind % QLatin1Char('-') % stamp % QLatin1Char('-') % random
                                                      % QStringLiteral(".jsonl"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            file.close();
            syncDirectory(directory);
            journal.m_path = path;
            // The new run's lock: nobody else knows the file yet, so this cannot wait.
            if (!journal.lock(0, error))
                journal.m_path.clear();
            return journal;
        }
        if (file.exists())
            continue;
        setError(error, QCoreApplication::translate("Ops::Journal", "Cannot create the journal %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return journal;
    }
    setError(error, QCoreApplication::translate("Ops::Journal", "Cannot create a journal in %1: every name tried exists").arg(QDir::toNativeSeparators(directory)));
    return journal;
}

Journal Journal::open(const QString &path, QString *error)
{
    Journal journal;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        setError(error, QCoreApplication::translate("Ops::Journal", "Cannot open the journal %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return journal;
    }
    journal.m_path = QFileInfo(path).absoluteFilePath();
    if (journal.header().value(QLatin1String("event")).toString() != QLatin1String("plan")) {
        setError(error, QCoreApplication::translate("Ops::Journal", "%1 is not a Proofer journal (its first line is not a plan)").arg(QDir::toNativeSeparators(path)));
        journal.m_path.clear();
    }
    return journal;
}

QStringList Journal::unfinished(const QString &directory)
{
    struct Found
    {
        QDateTime time;
        QString path;
    };
    std::vector<Found> found;
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        Journal journal;
        journal.m_path = dir.filePath(name);
        const QJsonObject header = journal.header();
        // A dry run changed nothing: even cut short, there is nothing in it to resume or roll back.
        if (header.value(QLatin1String("event")).toString() != QLatin1String("plan")
            || header.value(QLatin1String("dryRun")).toBool() || journal.isFinished())
            continue;
        QDateTime time = parseTime(header.value(QLatin1String("time")));
        if (!time.isValid())
            time = QFileInfo(journal.m_path).lastModified().toUTC();
        found.push_back({time, journal.m_path});
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.time != b.time ? a.time < b.time : a.path < b.path;
    });
    QStringList paths;
    for (const Found &f : found)
        paths << f.path;
    return paths;
}

bool Journal::append(const QJsonObject &line, QString *error)
{
    if (!isValid()) {
        setError(error, QCoreApplication::translate("Ops::Journal", "No journal to write to"));
        return false;
    }
    QJsonObject object = line;
    if (!m_cluster.isEmpty() && object.value(QLatin1String("event")).toString() == QLatin1String("plan")
        && !object.contains(QLatin1String("cluster")))
        object.insert(QStringLiteral("cluster"), m_cluster);
    if (!object.contains(QLatin1String("time")))
        object.insert(QStringLiteral("time"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';

    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        setError(error, QCoreApplication::translate("Ops::Journal", "Cannot open the journal %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return false;
    }
    // A crash in the middle of a write leaves a torn last line without its newline: start a new line,
    // so that what is appended now is not glued to it (and lost with it).
    if (file.size() > 0) {
        char last = 0;
        if (file.seek(file.size() - 1) && file.read(&last, 1) == 1 && last != '\n')
            bytes.prepend('\n');
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        setError(error, QCoreApplication::translate("Ops::Journal", "Cannot write the journal %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return false;
    }
    if (::fsync(file.handle()) != 0) {
        setError(error, QCoreApplication::translate("Ops::Journal", "Cannot write the journal %1 to disk").arg(QDir::toNativeSeparators(m_path)));
        return false;
    }
    return true;
}

QList<Journal::Entry> Journal::entries() const
{
    QList<Entry> list;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return list;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        // A crash in the middle of a write leaves a torn last line: it never happened.
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            continue;
        const QJsonObject object = document.object();
        Entry entry;
        entry.event = object.value(QLatin1String("event")).toString();
        entry.step = object.value(QLatin1String("step")).toString();
        entry.index = object.value(QLatin1String("index")).toInt(-1);
        entry.message = object.value(QLatin1String("message")).toString();
        entry.facts = object.value(QLatin1String("facts")).toObject();
        entry.state = object.value(QLatin1String("state")).toObject();
        entry.time = parseTime(object.value(QLatin1String("time")));
        entry.raw = object;
        list << entry;
    }
    return list;
}

QJsonObject Journal::header() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readLine().trimmed());
    return document.object();
}

bool Journal::isFinished() const
{
    const QString last = outcome();
    // A rollback that failed left steps applied: the run still needs a rollback (or to be abandoned).
    return !last.isEmpty() && last != QLatin1String("RollbackFailed");
}

QString Journal::outcome() const
{
    const QList<Entry> all = entries();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->event == QLatin1String("end"))
            return it->raw.value(QLatin1String("outcome")).toString(QStringLiteral("?"));
    }
    return {};
}

} // namespace Ops
