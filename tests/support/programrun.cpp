// SPDX-License-Identifier: GPL-3.0-or-later
#include "programrun.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>

namespace TestSupport {

ProgramRun runProgram(const QString &program, const QStringList &arguments, const QString &workingDirectory,
                      const QMap<QString, QString> &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ProgramRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool writeUnreachableTargets(const QString &path)
{
    QTcpServer reserve;
    if (!reserve.listen(QHostAddress::LocalHost))
        return false;
    const quint16 port = reserve.serverPort();
    reserve.close();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(QStringLiteral("datastores:\n  - {name: gone-db, kind: postgresql, host: 127.0.0.1, port: %1}\n")
                          .arg(port)
                          .toUtf8())
           > 0;
}

} // namespace TestSupport
