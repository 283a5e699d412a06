// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "probe/tlsinspector.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpSocket;
class QTimer;

namespace Probe {

/** Where and how to reach one RabbitMQ broker. A port of 0 skips that check. */
struct RabbitMqTarget
{
    QString host;
    QString serverName; ///< the name to verify on AMQPS and HTTPS; empty: host
    QByteArray caPem;   ///< trusted CA certificates (PEM bundle); empty: the system's CAs
    quint16 tlsPort = 0;        ///< AMQPS (5671): inspected with TlsInspector when inspectTls is set
    bool inspectTls = true;     ///< false when the caller already ran TlsInspector on tlsPort
    quint16 plainPort = 0;      ///< AMQP (5672): does it answer the protocol header with connection.start?
    quint16 managementPort = 0; ///< management API (15672, or 15671 with managementTls)
    bool managementTls = false;
    QString managementUser = QStringLiteral("guest"); ///< the login tried on the API
    Core::Secret managementPassword = Core::Secret(QByteArrayLiteral("guest"));
    int timeoutMs = 5000; ///< per check

    QString effectiveServerName() const { return serverName.isEmpty() ? host : serverName; }
};

/** What one RabbitMqProbe run found. Never holds a password. */
struct RabbitMqFacts
{
    QString host;
    std::optional<TlsReport> tls; ///< when the probe inspected AMQPS itself
    std::optional<bool> plainAmqpOpen; ///< the plain port answered the AMQP 0-9-1 header; nullopt: not checked
    QString plainAmqpDetail;
    QString product; ///< server-properties of connection.start ("RabbitMQ"), when the plain port answered
    QString version; ///< e.g. "3.10.8"
    std::optional<bool> managementReachable; ///< the API answered HTTP at all
    QString managementDetail;
    /** guest:guest (the managementUser) logged in to the API; nullopt: not known (API unreachable). */
    std::optional<bool> guestLogin;
    /** guest exists: true when it logged in or is refused only for not being on localhost. */
    std::optional<bool> guestExists;
    QStringList guestTags; ///< e.g. ["administrator"] when guest logged in
    QMap<QString, QString> unknown; ///< fact → why it is not known
    QStringList errors;

    QJsonObject toJson() const;
};

/**
 * Probes a RabbitMQ broker on the caller's event loop: TLS on AMQPS (TlsInspector, on its worker pool),
 * whether the plain AMQP port speaks AMQP (the 0-9-1 protocol header, answered with a connection.start
 * frame), and whether the management API lets `guest` in (GET /api/whoami with basic auth). Each check
 * has the target's timeout; finished() comes exactly once.
 */
class RabbitMqProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RabbitMqProbe)

public:
    explicit RabbitMqProbe(QObject *parent = nullptr);
    ~RabbitMqProbe() override;

    void start(const RabbitMqTarget &target);
    /** Stops every check; finished() is not emitted afterwards. */
    void cancel();

    /** Parses a connection.start frame (exposed for tests): false when @p frame is not one. */
    static bool parseConnectionStart(const QByteArray &frame, QString *product, QString *version, QString *error);

signals:
    void finished(const Probe::RabbitMqFacts &facts);

private:
    void startPlain();
    void startManagement();
    void plainDone(std::optional<bool> open, const QString &detail);
    void checkDone();

    RabbitMqTarget m_target;
    RabbitMqFacts m_facts;
    int m_pending = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QPointer<QTcpSocket> m_socket;
    QPointer<QTimer> m_plainTimer;
    QByteArray m_plainBuffer;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Probe

Q_DECLARE_METATYPE(Probe::RabbitMqFacts)
