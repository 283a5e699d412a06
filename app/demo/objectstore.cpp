// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/objectstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace Demo {

namespace {

QString randomSuffix()
{
    static constexpr char16_t alphabet[] = u"bcdfghjklmnpqrstvwxz2456789";
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix += QChar(alphabet[QRandomGenerator::global()->bounded(int(std::size(alphabet) - 1))]);
    return suffix;
}

QJsonObject withMetadata(QJsonObject object, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    edit(metadata);
    object.insert(QLatin1String("metadata"), metadata);
    return object;
}

} // namespace

ObjectStore::ObjectStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Demo::StoreEvent>();
}

ObjectStore::~ObjectStore() = default;

QJsonObject ObjectStore::create(const QString &resource, const QString &namespaceName, QJsonObject object,
                                Result *result)
{
    auto setResult = [result](Result r) {
        if (result)
            *result = r;
    };
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    QString name = metadata.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        const QString prefix = metadata.value(QLatin1String("generateName")).toString();
        if (prefix.isEmpty()) {
            setResult(Result::Invalid);
            return {};
        }
        do {
            name = prefix + randomSuffix();
        } while (m_objects.contains({ resource, namespaceName, name }));
    }
    const Key key { resource, namespaceName, name };
    if (m_objects.contains(key)) {
        setResult(Result::AlreadyExists);
        return {};
    }
    const qint64 version = ++m_resourceVersion;
    object = withMetadata(object, [&](QJsonObject &m) {
        m.insert(QLatin1String("name"), name);
        if (!namespaceName.isEmpty())
            m.insert(QLatin1String("namespace"), namespaceName);
        else
            m.remove(QLatin1String("namespace"));
        m.insert(QLatin1String("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        m.insert(QLatin1String("creationTimestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        m.insert(QLatin1String("resourceVersion"), QString::number(version));
        if (!m.contains(QLatin1String("generation")))
            m.insert(QLatin1String("generation"), 1);
    });
    m_objects.insert(key, object);
    record(QStringLiteral("ADDED"), key, object);
    setResult(Result::Ok);
    return object;
}

QJsonObject ObjectStore::replace(const QString &resource, const QString &namespaceName, const QString &name,
                                 QJsonObject object, Result *result)
{
    auto setResult = [result](Result r) {
        if (result)
            *result = r;
    };
    const Key key { resource, namespaceName, name };
    const auto it = m_objects.constFind(key);
    if (it == m_objects.constEnd()) {
        setResult(Result::NotFound);
        return {};
    }
    const QJsonObject oldMetadata = it->value(QLatin1String("metadata")).toObject();
    const QString expected = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
    if (!expected.isEmpty() && expected != oldMetadata.value(QLatin1String("resourceVersion")).toString()) {
        setResult(Result::Conflict);
        return {};
    }
    const qint64 version = ++m_resourceVersion;
    object = withMetadata(object, [&](QJsonObject &m) {
        m.insert(QLatin1String("name"), name);
        if (!namespaceName.isEmpty())
            m.insert(QLatin1String("namespace"), namespaceName);
        for (const auto field : { QLatin1String("uid"), QLatin1String("creationTimestamp") })
            m.insert(field, oldMetadata.value(field));
        if (!m.contains(QLatin1String("generation")))
            m.insert(QLatin1String("generation"), oldMetadata.value(QLatin1String("generation")));
        m.insert(QLatin1String("resourceVersion"), QString::number(version));
    });
    m_objects.insert(key, object);
    record(QStringLiteral("MODIFIED"), key, object);
    setResult(Result::Ok);
    return object;
}

QJsonObject ObjectStore::remove(const QString &resource, const QString &namespaceName, const QString &name,
                                Result *result)
{
    const Key key { resource, namespaceName, name };
    const auto it = m_objects.find(key);
    if (it == m_objects.end()) {
        if (result)
            *result = Result::NotFound;
        return {};
    }
    const qint64 version = ++m_resourceVersion;
    const QJsonObject last = withMetadata(
        it.value(), [version](QJsonObject &m) { m.insert(QLatin1String("resourceVersion"), QString::number(version)); });
    m_objects.erase(it);
    record(QStringLiteral("DELETED"), key, last);
    if (result)
        *result = Result::Ok;
    return last;
}

QJsonObject ObjectStore::get(const QString &resource, const QString &namespaceName, const QString &name) const
{
    return m_objects.value({ resource, namespaceName, name });
}

bool ObjectStore::contains(const QString &resource, const QString &namespaceName, const QString &name) const
{
    return m_objects.contains({ resource, namespaceName, name });
}

QList<QJsonObject> ObjectStore::list(const QString &resource, const QString &namespaceName) const
{
    QList<QJsonObject> objects;
    // Keys are ordered by resource, namespace, name: start at the first key of the resource (and namespace).
    for (auto it = m_objects.lowerBound({ resource, namespaceName, {} }); it != m_objects.cend(); ++it) {
        if (it.key().resource != resource)
            break;
        if (!namespaceName.isEmpty() && it.key().namespaceName != namespaceName)
            break;
        objects << it.value();
    }
    return objects;
}

qint64 ObjectStore::oldestResumableVersion() const
{
    return m_compactedVersion;
}

QList<StoreEvent> ObjectStore::eventsSince(const QString &resource, const QString &namespaceName,
                                           qint64 resourceVersion, bool *tooOld) const
{
    QList<StoreEvent> events;
    if (tooOld)
        *tooOld = resourceVersion < m_compactedVersion;
    if (resourceVersion < m_compactedVersion)
        return events;
    for (const StoreEvent &event : m_history) {
        if (event.resourceVersion <= resourceVersion || event.resource != resource)
            continue;
        if (!namespaceName.isEmpty() && event.namespaceName != namespaceName)
            continue;
        events << event;
    }
    return events;
}

void ObjectStore::compact()
{
    m_history.clear();
    m_compactedVersion = m_resourceVersion;
}

void ObjectStore::setHistoryLimit(int events)
{
    m_historyLimit = std::max(1, events);
}

void ObjectStore::record(const QString &type, const Key &key, const QJsonObject &object)
{
    StoreEvent event;
    event.resourceVersion = m_resourceVersion;
    event.type = type;
    event.resource = key.resource;
    event.namespaceName = key.namespaceName;
    event.object = object;
    m_history << event;
    while (m_history.size() > m_historyLimit)
        m_compactedVersion = m_history.takeFirst().resourceVersion;
    emit changed(event);
}

// ---------------------------------------------------------------- JSON helpers

QJsonValue valueAtPath(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QStringView part : QStringView(path).split(u'.')) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject patchObject = patch.toObject();
    for (auto it = patchObject.constBegin(); it != patchObject.constEnd(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

// ---------------------------------------------------------------- selectors

namespace {

/** Splits on commas outside parentheses. */
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty() || !parts.isEmpty())
        parts << current.trimmed();
    return parts;
}

} // namespace

Selector Selector::parse(const QString &text, Kind kind)
{
    Selector selector;
    selector.m_kind = kind;
    if (text.trimmed().isEmpty())
        return selector;
    for (const QString &part : splitTopLevel(text)) {
        if (part.isEmpty()) {
            selector.m_valid = false;
            return selector;
        }
        Requirement requirement;
        qsizetype pos;
        const auto setKey = [&](const QString &key) {
            requirement.key = key.trimmed();
            return !requirement.key.isEmpty() && !requirement.key.contains(u' ');
        };
        bool ok = true;
        if ((pos = part.indexOf(QStringLiteral("!="))) >= 0) {
            requirement.op = Requirement::Op::NotEquals;
            ok = setKey(part.left(pos));
            requirement.values << part.mid(pos + 2).trimmed();
        } else if ((pos = part.indexOf(QStringLiteral("=="))) >= 0) {
            ok = setKey(part.left(pos));
            requirement.values << part.mid(pos + 2).trimmed();
        } else if ((pos = part.indexOf(u'=')) >= 0) {
            ok = setKey(part.left(pos));
            requirement.values << part.mid(pos + 1).trimmed();
        } else if (kind == Kind::Labels && part.endsWith(u')')
                   && (part.contains(QStringLiteral(" in ")) || part.contains(QStringLiteral(" notin ")))) {
            const bool notIn = part.contains(QStringLiteral(" notin "));
            pos = part.indexOf(notIn ? QStringLiteral(" notin ") : QStringLiteral(" in "));
            ok = setKey(part.left(pos));
            QString list = part.mid(pos + (notIn ? 7 : 4)).trimmed();
            ok = ok && list.startsWith(u'(');
            list = list.mid(1, list.size() - 2);
            for (const QString &value : list.split(u','))
                requirement.values << value.trimmed();
            requirement.op = notIn ? Requirement::Op::NotIn : Requirement::Op::In;
        } else if (kind == Kind::Labels && part.startsWith(u'!')) {
            requirement.op = Requirement::Op::NotExists;
            ok = setKey(part.mid(1));
        } else if (kind == Kind::Labels) {
            requirement.op = Requirement::Op::Exists;
            ok = setKey(part);
        } else {
            ok = false;
        }
        if (!ok) {
            selector.m_valid = false;
            return selector;
        }
        selector.m_requirements << requirement;
    }
    return selector;
}

bool Selector::matches(const QJsonObject &object) const
{
    const QJsonObject labels = valueAtPath(object, QStringLiteral("metadata.labels")).toObject();
    for (const Requirement &r : m_requirements) {
        QJsonValue value;
        if (m_kind == Kind::Labels)
            value = labels.value(r.key);
        else
            value = valueAtPath(object, r.key);
        const bool exists = !value.isUndefined() && !value.isNull();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toInteger());
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        switch (r.op) {
        case Requirement::Op::Equals:
            // A field that is absent compares as "" (as the API server's field sets do).
            if (text != r.values.value(0))
                return false;
            break;
        case Requirement::Op::NotEquals:
            if (text == r.values.value(0) && (exists || m_kind == Kind::Fields))
                return false;
            break;
        case Requirement::Op::Exists:
            if (!exists)
                return false;
            break;
        case Requirement::Op::NotExists:
            if (exists)
                return false;
            break;
        case Requirement::Op::In:
            if (!exists || !r.values.contains(text))
                return false;
            break;
        case Requirement::Op::NotIn:
            if (exists && r.values.contains(text))
                return false;
            break;
        }
    }
    return true;
}

QString Selector::equalityValue(const QString &path) const
{
    for (const Requirement &r : m_requirements) {
        if (r.key == path && r.op == Requirement::Op::Equals)
            return r.values.value(0);
    }
    return {};
}

} // namespace Demo
