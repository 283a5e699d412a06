// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's pods/exec (runExecCommand): the narrow commands a backup listing sends and a few more, over a
// container's mounts and sandbox root, with busybox's output, messages and exit codes; programs the demo does not
// have, and distroless images, are "not found" as a container runtime says it; no path leaves the sandbox.
#include "demo/podsandbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPodSandboxExec final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Demo::ContainerPlan m_container;

    void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_container.name = u"shell"_s;
        m_container.image = u"busybox:1.36"_s;
        m_container.rootfs = m_dir.filePath(u"rootfs"_s);
        m_container.mounts << Demo::MountPlan { u"/backups"_s, m_dir.filePath(u"pvc"_s), false };
        write(m_dir.filePath(u"pvc/b.gpg"_s), "bbbb");
        write(m_dir.filePath(u"pvc/a.gpg"_s), "aa");
        write(m_dir.filePath(u"pvc/.hidden.gpg"_s), "h");
        write(m_dir.filePath(u"pvc/notes.txt"_s), "one\ntwo\nthree\n");
        write(m_dir.filePath(u"pvc/sub/deep.gpg"_s), "d");
        write(m_dir.filePath(u"rootfs/etc/hostname"_s), "tools\n");
        write(m_dir.filePath(u"outside.txt"_s), "not in the container");
    }

    void commands_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("find, the listing")
            << QStringList { u"find"_s,  u"/backups"_s, u"-maxdepth"_s, u"1"_s,  u"-type"_s, u"f"_s,  u"-name"_s,
                             u"*.gpg"_s, u"-exec"_s,    u"stat"_s,      u"-c"_s, u"%s %n"_s, u"{}"_s, u"+"_s }
            << QByteArray("1 /backups/.hidden.gpg\n2 /backups/a.gpg\n4 /backups/b.gpg\n") << QByteArray() << 0;
        QTest::newRow("find -exec ;") << QStringList { u"find"_s,  u"/backups/sub"_s, u"-type"_s, u"f"_s,
                                                       u"-exec"_s, u"cat"_s,          u"{}"_s,    u";"_s }
                                      << QByteArray("d") << QByteArray() << 0;
        QTest::newRow("find, every depth")
            << QStringList { u"find"_s, u"/backups"_s, u"-name"_s, u"*.gpg"_s }
            << QByteArray("/backups/.hidden.gpg\n/backups/a.gpg\n/backups/b.gpg\n/backups/sub/deep.gpg\n")
            << QByteArray() << 0;
        QTest::newRow("find, a directory that is not there")
            << QStringList { u"find"_s, u"/nope"_s } << QByteArray()
            << QByteArray("find: /nope: No such file or directory\n") << 1;
        QTest::newRow("find, an unknown test") << QStringList { u"find"_s, u"/backups"_s, u"-newer"_s, u"x"_s }
                                               << QByteArray() << QByteArray("find: unrecognized: -newer\n") << 1;
        QTest::newRow("head -c -v")
            << QStringList { u"head"_s,          u"-c"_s, u"3"_s, u"-v"_s, u"/backups/b.gpg"_s, u"/backups/gone.gpg"_s,
                             u"/backups/a.gpg"_s }
            << QByteArray("==> /backups/b.gpg <==\nbbb\n==> /backups/a.gpg <==\naa")
            << QByteArray("head: can't open '/backups/gone.gpg': No such file or directory\n") << 1;
        QTest::newRow("head -n") << QStringList { u"head"_s, u"-n"_s, u"2"_s, u"/backups/notes.txt"_s }
                                 << QByteArray("one\ntwo\n") << QByteArray() << 0;
        QTest::newRow("stat %F") << QStringList { u"stat"_s, u"-c"_s, u"%F|%n"_s, u"/backups/sub"_s,
                                                  u"/backups/a.gpg"_s }
                                 << QByteArray("directory|/backups/sub\nregular file|/backups/a.gpg\n") << QByteArray()
                                 << 0;
        QTest::newRow("cat from the root file system")
            << QStringList { u"cat"_s, u"/etc/hostname"_s } << QByteArray("tools\n") << QByteArray() << 0;
        QTest::newRow("no way out of the sandbox")
            << QStringList { u"cat"_s, u"/../../outside.txt"_s } << QByteArray()
            << QByteArray("cat: can't open '/../../outside.txt': No such file or directory\n") << 1;
        QTest::newRow("ls -a") << QStringList { u"ls"_s, u"-a"_s, u"/backups/sub"_s } << QByteArray(".\n..\ndeep.gpg\n")
                               << QByteArray() << 0;
        QTest::newRow("ls, a missing path") << QStringList { u"ls"_s, u"/x"_s } << QByteArray()
                                            << QByteArray("ls: /x: No such file or directory\n") << 1;
        QTest::newRow("echo -n") << QStringList { u"echo"_s, u"-n"_s, u"a"_s, u"b"_s } << QByteArray("a b")
                                 << QByteArray() << 0;
        QTest::newRow("false") << QStringList { u"/bin/false"_s } << QByteArray() << QByteArray() << 1;
    }

    void commands()
    {
        QFETCH(QStringList, argv);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        QFETCH(int, exitCode);
        const Demo::ExecOutcome outcome = Demo::runExecCommand(m_container, argv, 1 << 20);
        QVERIFY(outcome.started);
        QCOMPARE(outcome.out, out);
        QCOMPARE(outcome.err, err);
        QCOMPARE(outcome.exitCode, exitCode);
        QCOMPARE(outcome.durationMs, 0);
    }

    void boundsAndTime()
    {
        const Demo::ExecOutcome zeros
            = Demo::runExecCommand(m_container, { u"head"_s, u"-c"_s, u"100000"_s, u"/dev/zero"_s }, 1000);
        QCOMPARE(zeros.out, QByteArray(1000, '\0'));
        const Demo::ExecOutcome sleep = Demo::runExecCommand(m_container, { u"sleep"_s, u"2.5"_s }, 1000);
        QCOMPARE(sleep.durationMs, 2500);
        QCOMPARE(sleep.exitCode, 0);
    }

    void programsNotFound()
    {
        const Demo::ExecOutcome shell = Demo::runExecCommand(m_container, { u"sh"_s, u"-c"_s, u"ls"_s }, 1000);
        QVERIFY(!shell.started);
        QVERIFY2(shell.failure.contains(u"exec: \"sh\": executable file not found in $PATH"_s),
                 qPrintable(shell.failure));
        Demo::ContainerPlan distroless = m_container;
        distroless.image = u"gcr.io/distroless/base-debian12:nonroot"_s;
        QVERIFY(!Demo::runExecCommand(distroless, { u"ls"_s }, 1000).started);
        QVERIFY(!Demo::runExecCommand(m_container, {}, 1000).started);
    }
};

QTEST_GUILESS_MAIN(TestPodSandboxExec)
#include "testpodsandboxexec.moc"
