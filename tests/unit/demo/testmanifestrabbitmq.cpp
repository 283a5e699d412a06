// SPDX-License-Identifier: GPL-3.0-or-later
// The configuration the demo gives a broker of a rabbitmq image: the pod's listeners decide which container ports
// are served, its paths are mapped, and the demo's loopback addresses replace the listeners.
#include "demo/manifestrabbitmq.h"

#include <QTest>

class TestManifestRabbitMq final : public QObject
{
    Q_OBJECT

private slots:
    void listeners_data()
    {
        QTest::addColumn<QByteArray>("conf");
        QTest::addColumn<bool>("management");
        QTest::addColumn<int>("ssl");
        QTest::addColumn<int>("tcp");
        QTest::addColumn<int>("managementPort");

        QTest::newRow("image defaults: plain AMQP only") << QByteArray() << false << 0 << 5672 << 0;
        QTest::newRow("management tag") << QByteArray() << true << 0 << 5672 << 15672;
        QTest::newRow("ssl beside tcp") << QByteArray("listeners.ssl.default = 5671\n") << false << 5671 << 5672 << 0;
        QTest::newRow("ssl only") << QByteArray("listeners.tcp = none\nlisteners.ssl.default = 0.0.0.0:5671\n") << false
                                  << 5671 << 0 << 0;
        QTest::newRow("custom ports") << QByteArray("listeners.tcp.1 = 5673\nmanagement.tcp.port = 15000\n") << true << 0
                                      << 5673 << 15000;
        QTest::newRow("ssl none") << QByteArray("listeners.ssl = none\n") << false << 0 << 5672 << 0;
    }

    void listeners()
    {
        QFETCH(QByteArray, conf);
        QFETCH(bool, management);
        const auto layout = Demo::ManifestRabbitMq::configure({ conf }, [](const QString &p) { return p; }, management,
                                                              40001, 40002, 40003);
        QTEST(int(layout.sslPort), "ssl");
        QTEST(int(layout.tcpPort), "tcp");
        QTEST(int(layout.managementPort), "managementPort");
        const QString text = QString::fromUtf8(layout.config);
        QCOMPARE(text.contains(QStringLiteral("listeners.ssl.default = 127.0.0.1:40001")), layout.sslPort != 0);
        QCOMPARE(text.contains(QStringLiteral("listeners.tcp.default = 127.0.0.1:40002")), layout.tcpPort != 0);
        QCOMPARE(text.contains(QStringLiteral("listeners.tcp = none")), layout.tcpPort == 0);
        QCOMPARE(text.contains(QStringLiteral("management.tcp.port = 40003")), layout.managementPort != 0);
        // Only the demo's own listener lines remain: none of the pod's ports is bound.
        QVERIFY2(!text.contains(QStringLiteral("= 5671")) && !text.contains(QStringLiteral("5673"))
                     && !text.contains(QStringLiteral("15000")),
                 qPrintable(text));
    }

    void pathsAreMappedAndOtherSettingsKept()
    {
        const QByteArray conf = "# the platform's broker\n"
                                "ssl_options.certfile = /etc/rabbitmq/tls/tls.crt\n"
                                "ssl_options.keyfile=/etc/rabbitmq/tls/tls.key\n"
                                "loopback_users.guest = false\n"
                                "log.file = rabbit.log\n";
        const auto layout = Demo::ManifestRabbitMq::configure(
            { conf, "loopback_users.guest = true\n" }, [](const QString &p) -> QString { return QStringLiteral("/sandbox") + p; },
            false, 0, 40002, 0);
        const QString text = QString::fromUtf8(layout.config);
        QVERIFY2(text.contains(QStringLiteral("ssl_options.certfile = /sandbox/etc/rabbitmq/tls/tls.crt\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ssl_options.keyfile = /sandbox/etc/rabbitmq/tls/tls.key\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("# the platform's broker\n")));
        QVERIFY(text.contains(QStringLiteral("log.file = rabbit.log\n"))); // relative: the log directory's
        // The files keep their order: the later conf.d file wins as it does in RabbitMQ.
        QVERIFY(text.indexOf(QStringLiteral("loopback_users.guest = false"))
                < text.indexOf(QStringLiteral("loopback_users.guest = true")));
        QVERIFY(text.contains(QStringLiteral("disk_free_limit.absolute = 50MB")));
    }
};

QTEST_GUILESS_MAIN(TestManifestRabbitMq)
#include "testmanifestrabbitmq.moc"
