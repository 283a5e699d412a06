// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

namespace Demo {

/** One change of the store, as a watch reports it. */
struct StoreEvent
{
    qint64 resourceVersion = 0;
    QString type; ///< ADDED, MODIFIED, DELETED
    QString resource;
    QString namespaceName;
    QJsonObject object; ///< the object after the change (before it, for DELETED, with the deletion's version)
};

/**
 * The emulator's etcd: Kubernetes objects as QJsonObjects keyed by (resource, namespace, name). It assigns
 * uid, creationTimestamp and one increasing resourceVersion shared by all objects, and keeps a bounded
 * history of changes so that a watch can resume from a resourceVersion; versions older than the history
 * (compacted) are "too old" and a watch from them gets 410 Gone.
 */
class ObjectStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectStore)

public:
    enum class Result { Ok, NotFound, AlreadyExists, Conflict, Invalid };

    explicit ObjectStore(QObject *parent = nullptr);
    ~ObjectStore() override;

    /**
     * Stores a new object. Its metadata.name (or generateName plus a random suffix) names it; namespace,
     * uid, creationTimestamp, resourceVersion and generation are set by the store. Returns the stored
     * object, or an empty one with @p result AlreadyExists / Invalid.
     */
    QJsonObject create(const QString &resource, const QString &namespaceName, QJsonObject object,
                       Result *result = nullptr);
    /**
     * Replaces an object. A non-empty metadata.resourceVersion in @p object must match the stored one
     * (else Conflict). Server-set metadata (uid, creationTimestamp, generation) is kept.
     */
    QJsonObject replace(const QString &resource, const QString &namespaceName, const QString &name, QJsonObject object,
                        Result *result = nullptr);
    /** Deletes an object; returns its last state (with the deletion's resourceVersion) or empty. */
    QJsonObject remove(const QString &resource, const QString &namespaceName, const QString &name,
                       Result *result = nullptr);

    QJsonObject get(const QString &resource, const QString &namespaceName, const QString &name) const;
    bool contains(const QString &resource, const QString &namespaceName, const QString &name) const;
    /** Objects of @p resource in @p namespaceName (empty: all namespaces), ordered by namespace then name. */
    QList<QJsonObject> list(const QString &resource, const QString &namespaceName = {}) const;

    qint64 currentResourceVersion() const { return m_resourceVersion; }
    /** The oldest resourceVersion a watch may resume from. */
    qint64 oldestResumableVersion() const;
    /**
     * The events after @p resourceVersion for @p resource (in @p namespaceName, empty: all). Sets
     * @p tooOld when history no longer reaches back that far.
     */
    QList<StoreEvent> eventsSince(const QString &resource, const QString &namespaceName, qint64 resourceVersion,
                                  bool *tooOld) const;
    /** Forgets the whole history: watches from any earlier version get 410 Gone. */
    void compact();
    /** Keeps at most @p events changes (default 10000); older ones are compacted. */
    void setHistoryLimit(int events);

signals:
    void changed(const Demo::StoreEvent &event);

private:
    struct Key
    {
        QString resource;
        QString namespaceName;
        QString name;
        friend bool operator<(const Key &a, const Key &b)
        {
            if (a.resource != b.resource)
                return a.resource < b.resource;
            if (a.namespaceName != b.namespaceName)
                return a.namespaceName < b.namespaceName;
            return a.name < b.name;
        }
    };

    void record(const QString &type, const Key &key, const QJsonObject &object);

    QMap<Key, QJsonObject> m_objects;
    QList<StoreEvent> m_history;
    qint64 m_resourceVersion = 1;
    qint64 m_compactedVersion = 0; ///< events at or below this version are gone
    int m_historyLimit = 10000;
};

/** The value at a dotted path ("metadata.labels", "status.phase"); undefined when absent. */
QJsonValue valueAtPath(const QJsonObject &object, const QString &path);

/** RFC 7386 JSON merge patch of @p target with @p patch. */
QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch);

/**
 * A label selector (equality- and set-based: a=b, a==b, a!=b, a, !a, a in (x,y), a notin (x,y)) or a field
 * selector (path=value, path==value, path!=value). Invalid text makes an invalid selector.
 */
class Selector final
{
public:
    enum class Kind { Labels, Fields };
    static Selector parse(const QString &text, Kind kind);

    bool isValid() const { return m_valid; }
    bool isEmpty() const { return m_requirements.isEmpty(); }
    bool matches(const QJsonObject &object) const;
    /** For a field selector: the value required of @p path with "=", or a null string. */
    QString equalityValue(const QString &path) const;

private:
    struct Requirement
    {
        enum class Op { Equals, NotEquals, Exists, NotExists, In, NotIn };
        QString key;
        Op op = Op::Equals;
        QStringList values;
    };
    Kind m_kind = Kind::Labels;
    QList<Requirement> m_requirements;
    bool m_valid = true;
};

} // namespace Demo

Q_DECLARE_METATYPE(Demo::StoreEvent)
