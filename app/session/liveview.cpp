// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/liveview.h"

#include "fleet/jsonfields.h"
#include "kube/kubeclient.h"

#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>

namespace Session {

namespace {

using Fleet::Json::nameOf;

QString versionOf(const QJsonObject &object)
{
    return Fleet::Json::str(Fleet::Json::obj(object, "metadata"), "resourceVersion");
}

} // namespace

QList<Kube::Watch *> LiveView::Watches::all() const
{
    return { pods.get(), pvcs.get(), secrets.get(), deployments.get(), statefulSets.get() };
}

LiveView::LiveView(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_changes.any())
            emit changesPending();
    });
}

LiveView::~LiveView()
{
    const QSignalBlocker blocker(this);
    stop();
}

void LiveView::setDelay(std::chrono::milliseconds delay)
{
    m_timer->setInterval(int(delay.count()));
}

void LiveView::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_backoffInitial = initial;
    m_backoffMax = maximum;
}

bool LiveView::isRunning() const
{
    return m_started;
}

Kube::Watch *LiveView::makeWatch(Kube::KubeClient *client, const QString &resource, const QString &what)
{
    Kube::Watch *watch = client->watch(resource, m_namespace);
    m_names.insert(watch, what);
    watch->setBackoff(m_backoffInitial, m_backoffMax);
    const quint64 generation = m_generation;
    auto current = [this, generation] { return generation == m_generation; };
    connect(watch, &Kube::Watch::watchRestarted, this, [this, watch, current](const QString &reason) {
        if (current())
            watchRestarted(watch, reason);
    });
    connect(watch, &Kube::Watch::streamOpened, this, [this, watch, current] {
        if (current())
            watchStreaming(watch);
    });
    connect(watch, &Kube::Watch::errorOccurred, this, [this, watch, current](const Kube::ApiError &error) {
        if (!current())
            return;
        if (error.kind == Kube::ApiError::Kind::Forbidden || error.kind == Kube::ApiError::Kind::NotFound) {
            // This watch will not come back by itself (the Watch stops it); the others carry on, and the status
            // bar must not claim that this resource is followed.
            m_reconnecting.remove(watch);
            m_notWatched.insert(watch, { m_names.value(watch),
                                         error.kind == Kube::ApiError::Kind::Forbidden ? tr("forbidden")
                                                                                        : tr("not found"),
                                         error.message });
            m_detail = error.message;
            QTimer::singleShot(0, this, [this, current] {
                if (current())
                    updateState();
            });
        }
        // Other errors: a reconnect follows (watchRestarted) or the stream goes on.
    });
    // Every event is proof that the stream works, and a change to apply.
    auto changed = [this, watch, current] {
        if (!current())
            return;
        watchStreaming(watch);
        if (watch == m_watches.secrets) {
            compareSecrets();
            return;
        }
        if (watch == m_watches.deployments || watch == m_watches.statefulSets)
            m_changes.workloads = true;
        else
            m_changes.podsOrPvcs = true;
        schedule();
    };
    connect(watch, &Kube::Watch::synced, this, changed);
    connect(watch, &Kube::Watch::objectAdded, this, changed);
    connect(watch, &Kube::Watch::objectModified, this, changed);
    connect(watch, &Kube::Watch::objectDeleted, this, changed);
    return watch;
}

void LiveView::start(Kube::KubeClient *client, const QString &namespaceName)
{
    stop();
    if (!client || namespaceName.isEmpty())
        return;
    m_namespace = namespaceName;
    m_watches.pods = makeWatch(client, QStringLiteral("pods"), tr("pods"));
    m_watches.pvcs = makeWatch(client, QStringLiteral("persistentvolumeclaims"), tr("PVCs"));
    m_watches.secrets = makeWatch(client, QStringLiteral("secrets"), tr("Secrets"));
    // The workloads discovery reads: a database Deployment or StatefulSet that comes or goes between scans adds or
    // removes its datastore (discovery and a probe of just that one, no rescan).
    m_watches.deployments = makeWatch(client, QStringLiteral("deployments"), tr("Deployments"));
    m_watches.statefulSets = makeWatch(client, QStringLiteral("statefulsets"), tr("StatefulSets"));
    m_started = true;
    m_detail.clear();
    for (Kube::Watch *watch : m_watches.all())
        watch->start();
    updateState();
}

void LiveView::stop()
{
    ++m_generation;
    m_timer->stop();
    for (Kube::Watch *watch : m_watches.all()) {
        if (watch) {
            watch->disconnect(this);
            watch->stop();
            watch->deleteLater();
        }
    }
    m_watches = {};
    m_started = false;
    m_reconnecting.clear();
    m_names.clear();
    m_notWatched.clear();
    m_changes = {};
    m_secretVersions.clear();
    m_detail.clear();
    if (m_state != State::Off) {
        m_state = State::Off;
        m_emittedDetail.clear();
        emit stateChanged(m_state, QString());
    }
}

void LiveView::setProbedSecrets(const QList<QJsonObject> &secrets)
{
    m_secretVersions.clear();
    for (const QJsonObject &secret : secrets)
        m_secretVersions.insert(nameOf(secret), versionOf(secret));
    compareSecrets(); // what the watch saw meanwhile
}

void LiveView::compareSecrets()
{
    if (!m_watches.secrets || m_watches.secrets->resourceVersion().isEmpty())
        return; // not listed yet: nothing to compare with
    // Compare every secret with the version the datastores were probed with (a relist may hide many changes).
    const QMap<QString, QJsonObject> &now = m_watches.secrets->objects();
    QSet<QString> seen;
    for (const QJsonObject &secret : now) {
        const QString name = nameOf(secret);
        seen.insert(name);
        if (m_secretVersions.value(name) != versionOf(secret))
            m_changes.secrets.insert(name);
    }
    for (auto it = m_secretVersions.constBegin(); it != m_secretVersions.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            m_changes.secrets.insert(it.key()); // deleted
    }
    if (!m_changes.secrets.isEmpty())
        schedule();
}

void LiveView::schedule()
{
    if (m_started && m_changes.any() && !m_timer->isActive())
        m_timer->start();
}

LiveView::Changes LiveView::takeChanges(Fleet::ClusterObjects *objects)
{
    const auto take = [](const QPointer<Kube::Watch> &watch, QList<QJsonObject> *into) {
        if (watch && !watch->resourceVersion().isEmpty())
            *into = watch->objects().values();
    };
    take(m_watches.pods, &objects->pods);
    take(m_watches.pvcs, &objects->pvcs);
    take(m_watches.secrets, &objects->secrets);
    take(m_watches.deployments, &objects->deployments);
    take(m_watches.statefulSets, &objects->statefulSets);
    const Changes changes = m_changes;
    m_changes = {};
    for (const QJsonObject &secret : std::as_const(objects->secrets)) {
        if (changes.secrets.contains(nameOf(secret)))
            m_secretVersions.insert(nameOf(secret), versionOf(secret));
    }
    for (const QString &name : changes.secrets) {
        if (!std::any_of(objects->secrets.cbegin(), objects->secrets.cend(),
                         [&](const QJsonObject &secret) { return nameOf(secret) == name; }))
            m_secretVersions.remove(name);
    }
    return changes;
}

void LiveView::watchRestarted(Kube::Watch *watch, const QString &reason)
{
    m_reconnecting.insert(watch, reason);
    updateState();
}

void LiveView::watchStreaming(Kube::Watch *watch)
{
    if (m_reconnecting.remove(watch) > 0)
        updateState();
}

QString LiveView::detail() const
{
    if (!m_reconnecting.isEmpty())
        return m_reconnecting.constBegin().value();
    if (m_notWatched.isEmpty())
        return m_detail;
    QStringList messages;
    for (const NotWatched &refused : notWatched())
        messages << refused.message;
    return messages.join(u'\n');
}

QStringList LiveView::watchedResources() const
{
    QStringList names;
    for (Kube::Watch *watch : m_watches.all()) {
        if (watch && watch->isRunning() && !m_notWatched.contains(watch))
            names << m_names.value(watch);
    }
    return names;
}

QList<LiveView::NotWatched> LiveView::notWatched() const
{
    QList<NotWatched> refused;
    for (Kube::Watch *watch : m_watches.all()) {
        const auto it = m_notWatched.constFind(watch);
        if (watch && it != m_notWatched.constEnd())
            refused << it.value();
    }
    return refused;
}

void LiveView::updateState()
{
    bool running = false;
    for (Kube::Watch *watch : m_watches.all())
        running = running || (watch && watch->isRunning() && !m_notWatched.contains(watch));
    // Never "Live" for a resource that is not followed: a refused watch makes the view Partial.
    const State state = !m_started                      ? State::Off
        : running && !m_reconnecting.isEmpty()          ? State::Reconnecting
        : !m_notWatched.isEmpty()                       ? State::Partial
        : running                                       ? State::Live
                                                        : State::Off;
    const QString detail = this->detail();
    if (state == m_state && detail == m_emittedDetail)
        return;
    m_state = state;
    m_emittedDetail = detail;
    emit stateChanged(state, detail);
}

} // namespace Session
