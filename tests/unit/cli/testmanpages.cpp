// SPDX-License-Identifier: GPL-3.0-or-later
// The man pages the build makes from the commands' --help (build/generated/man/man1): one per command and proofer(1),
// every option of every --help in its page, and pages that groff reads without a warning.
#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

using Run = TestSupport::ProgramRun;

Run run(const QString &program, const QStringList &arguments)
{
    return TestSupport::runProgram(program, arguments);
}

/** "--fail-on" as roff writes it: "\-\-fail\-on". */
QString roffed(const QString &text)
{
    QString escaped = text;
    return escaped.replace(u'-', QStringLiteral("\\-"));
}

} // namespace

class TestManPages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROOFER_BIN"), "PROOFER_BIN is set by ctest");
        // bin/proofer → generated/man/man1, beside it in the build tree.
        m_manDir = QFileInfo(qEnvironmentVariable("PROOFER_BIN")).dir().filePath(QStringLiteral("../generated/man/man1"));
        QVERIFY2(QFileInfo::exists(m_manDir + QStringLiteral("/proofer.1")), qPrintable(m_manDir));
    }

    void everyOptionIsInItsPage_data()
    {
        QTest::addColumn<QString>("command"); ///< empty: proofer(1)
        QTest::newRow("proofer") << QString();
        // The commands as `proofer --help` lists them: a new command without a page fails here.
        const Run help = run(qEnvironmentVariable("PROOFER_BIN"), {QStringLiteral("--help")});
        static const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z-]+) "), QRegularExpression::MultilineOption);
        const QString commands = help.out.section(QStringLiteral("Commands:"), 1);
        int count = 0;
        for (auto it = commandLine.globalMatch(commands); it.hasNext(); ++count) {
            const QString name = it.next().captured(1);
            QTest::newRow(qPrintable(name)) << name;
        }
        QVERIFY2(count >= 10, qPrintable(help.out));
    }

    void everyOptionIsInItsPage()
    {
        QFETCH(QString, command);
        const QString page = command.isEmpty() ? QStringLiteral("proofer.1") : QStringLiteral("proofer-%1.1").arg(command);
        QFile file(QDir(m_manDir).filePath(page));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString roff = QString::fromUtf8(file.readAll());
        QVERIFY(roff.contains(QStringLiteral(".SH NAME")));
        QVERIFY(roff.contains(QStringLiteral(".SH SYNOPSIS")));

        const Run help = run(qEnvironmentVariable("PROOFER_BIN"),
                             command.isEmpty() ? QStringList{QStringLiteral("--help")} : QStringList{command, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        static const QRegularExpression optionLine(QStringLiteral("^  (?:-([A-Za-z]), )?--([a-z][a-z0-9-]*)(?: (<[a-z-]+>|[A-Z][A-Z.]*))?"),
                                                   QRegularExpression::MultilineOption);
        int options = 0;
        for (auto it = optionLine.globalMatch(help.out); it.hasNext(); ++options) {
            const QRegularExpressionMatch match = it.next();
            // The entry of the option in OPTIONS: ".B \-o, \-\-output \fIFORMAT\fR".
            QString entry = QStringLiteral(".B ");
            if (!match.captured(1).isEmpty())
                entry += QStringLiteral("\\-%1, ").arg(match.captured(1));
            entry += QStringLiteral("\\-\\-") + roffed(match.captured(2));
            QVERIFY2(roff.contains(entry), qPrintable(QStringLiteral("%1 has no entry \"%2\"").arg(page, entry)));
            if (!match.captured(3).isEmpty()) {
                const QString value = match.captured(3).remove(u'<').remove(u'>').toUpper();
                QVERIFY2(roff.contains(entry + QStringLiteral(" \\fI%1\\fR").arg(roffed(value))),
                         qPrintable(QStringLiteral("%1: %2 without its value %3").arg(page, entry, value)));
            }
        }
        QVERIFY2(options >= 3, qPrintable(help.out));
        QVERIFY2(QFileInfo::exists(file.fileName() + QStringLiteral(".gz")) || QStandardPaths::findExecutable(QStringLiteral("gzip")).isEmpty(),
                 "the page the package installs, compressed with gzip -9n");
    }

    /** groff reads every page without a warning (-ww) and man(1) renders it. */
    void pagesAreValidRoff()
    {
        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        QVERIFY2(!groff.isEmpty(), "groff is needed to check the man pages");
        const QStringList pages = QDir(m_manDir).entryList({QStringLiteral("*.1")}, QDir::Files);
        QVERIFY(pages.size() >= 11);
        for (const QString &page : pages) {
            const Run checked = run(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"), QStringLiteral("-z"),
                                            QDir(m_manDir).filePath(page)});
            QVERIFY2(checked.exitCode == 0 && checked.err.isEmpty(), qPrintable(page + QStringLiteral(": ") + checked.err));
        }
        const Run rendered = run(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QDir(m_manDir).filePath(QStringLiteral("proofer-scan.1"))});
        QCOMPARE(rendered.exitCode, 0);
        QString text = rendered.out;
        text.remove(QRegularExpression(QStringLiteral(".\\x08"))); // grotty's overstrike for bold: "E\bE"
        text.remove(QRegularExpression(QStringLiteral("\\x1b\\[[0-9;]*m")));
        QVERIFY2(text.contains(QStringLiteral("EXIT STATUS")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("--fail-on SEVERITY")), qPrintable(text));
    }

private:
    QString m_manDir;
};

QTEST_GUILESS_MAIN(TestManPages)
#include "testmanpages.moc"
