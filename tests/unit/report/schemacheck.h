// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Validation of the CI formats against their published schemas (tests/fixtures/sarif, tests/fixtures/junit), with
// the tools scripts/setup installs: python3-jsonschema for SARIF, xmllint (libxml2-utils) for JUnit. A missing tool
// is said as such (the caller skips naming it), never taken for a pass.

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace SchemaCheck {

enum class Verdict { Valid, Invalid, NoTool };

struct Result
{
    Verdict verdict = Verdict::NoTool;
    QString detail; ///< the validator's complaints, or which tool is missing
};

inline QString fixture(const QString &relative)
{
    return qEnvironmentVariable("PROOFER_SOURCE_DIR") + QStringLiteral("/tests/fixtures/") + relative;
}

inline Result run(const QString &program, const QStringList &arguments, const QByteArray &input, int noToolExit,
                  const QString &noTool)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {Verdict::NoTool, noTool};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {Verdict::Invalid, QStringLiteral("%1 timed out").arg(program)};
    }
    const QString detail = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == noToolExit)
        return {Verdict::NoTool, noTool};
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {Verdict::Valid, detail};
    return {Verdict::Invalid, detail};
}

/** @p document against the SARIF 2.1.0 JSON schema, with Python's jsonschema (the draft the schema names). */
inline Result sarif(const QByteArray &document)
{
    static const QString noTool = QStringLiteral(
        "python3 with jsonschema is not installed (Debian package python3-jsonschema, in scripts/setup)");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {Verdict::NoTool, noTool};
    static const QString script = QStringLiteral(
        "import json, sys\n"
        "try:\n"
        "    import jsonschema\n"
        "except ImportError:\n"
        "    sys.exit(3)\n"
        "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
        "document = json.load(sys.stdin)\n"
        "cls = jsonschema.validators.validator_for(schema)\n"
        "cls.check_schema(schema)\n"
        "errors = sorted(cls(schema, format_checker=jsonschema.FormatChecker()).iter_errors(document),\n"
        "                key=lambda e: list(map(str, e.absolute_path)))\n"
        "for e in errors[:20]:\n"
        "    print('/'.join(map(str, e.absolute_path)) + ': ' + e.message)\n"
        "sys.exit(1 if errors else 0)\n");
    return run(python, {QStringLiteral("-c"), script, fixture(QStringLiteral("sarif/sarif-schema-2.1.0.json"))},
               document, 3, noTool);
}

/** @p document against the JUnit schema the Jenkins xUnit plugin reads, with xmllint. */
inline Result junit(const QByteArray &document)
{
    static const QString noTool = QStringLiteral("xmllint is not installed (Debian package libxml2-utils, in scripts/setup)");
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        return {Verdict::NoTool, noTool};
    return run(xmllint,
               {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                fixture(QStringLiteral("junit/junit-10.xsd")), QStringLiteral("-")},
               document, -1, noTool);
}

} // namespace SchemaCheck
