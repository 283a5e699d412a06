// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Golden files of the report tests live in tests/unit/report/golden/. With PROOFER_UPDATE_GOLDEN=1 in the
// environment (scripts/update-report-golden sets it) the test writes them instead of comparing.

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

namespace GoldenFile {

inline QString path(const QString &name)
{
    return QStringLiteral(PROOFER_REPORT_TEST_DIR "/golden/") + name;
}

inline bool updating()
{
    return qEnvironmentVariableIntValue("PROOFER_UPDATE_GOLDEN") == 1;
}

/** Compares @p actual with the golden file @p name, line by line so a failure names the first differing line. */
inline bool matches(const QString &name, const QByteArray &actual, QString *why)
{
    QFile file(path(name));
    if (updating()) {
        if (!file.open(QIODevice::WriteOnly) || file.write(actual) != actual.size()) {
            *why = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        qInfo("updated %s", qPrintable(file.fileName()));
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("%1 is missing: run scripts/update-report-golden").arg(file.fileName());
        return false;
    }
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return true;
    // Leave the actual output beside the build for a diff.
    QFile out(QDir::current().filePath(name + QStringLiteral(".actual")));
    if (out.open(QIODevice::WriteOnly))
        out.write(actual);
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i) {
        const QByteArray w = i < want.size() ? want.at(i) : QByteArray("<end of file>");
        const QByteArray g = i < got.size() ? got.at(i) : QByteArray("<end of file>");
        if (w != g) {
            *why = QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4\n(actual output in %5; "
                                  "scripts/update-report-golden regenerates the golden files)")
                       .arg(name)
                       .arg(i + 1)
                       .arg(QString::fromUtf8(w), QString::fromUtf8(g), out.fileName());
            return false;
        }
    }
    *why = QStringLiteral("%1 differs").arg(name);
    return false;
}

} // namespace GoldenFile
