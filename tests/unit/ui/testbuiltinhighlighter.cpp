// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/builtinhighlighter.h"

#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cmath>

using Language = BuiltinHighlighter::Language;
using Category = BuiltinHighlighter::Category;

namespace {

constexpr std::array AllCategories
    = { Category::Normal, Category::Keyword, Category::String,  Category::Number,   Category::Comment,
        Category::Key,    Category::Error,   Category::Warning, Category::Timestamp };

/** The format the highlighter gave the character at @p position of @p block (empty when none). */
QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

QString categoryName(const QTextCharFormat &format)
{
    for (const Category category : AllCategories) {
        if (format == BuiltinHighlighter::formatFor(category))
            return QString::fromLatin1(QMetaEnum::fromType<Category>().valueToKey(static_cast<int>(category)));
    }
    return QStringLiteral("an unknown format");
}

QPalette makePalette(const QColor &text, const QColor &base)
{
    QPalette palette;
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Window, base);
    return palette;
}

/** WCAG 2 contrast ratio of two colours (1 … 21). */
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](int value) {
            const double v = value / 255.0;
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestBuiltinHighlighter final : public QObject {
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void plainTextHasNoFormats();
    void setLanguageRehighlights();
    void editingCarriesCommentState();
    void readableColors_data();
    void readableColors();
    void setPaletteSwitchesColors();
    void languageForFileName_data();
    void languageForFileName();
};

void TestBuiltinHighlighter::formats_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("token"); // its first occurrence in the line is checked, character by character
    QTest::addColumn<Category>("expected");

    // SQL
    const QString alterRole = QStringLiteral("ALTER ROLE auth_user WITH PASSWORD 'SCRAM-SHA-256$4096:c2FsdA==';");
    QTest::newRow("sql keyword") << Language::Sql << alterRole << 0 << QStringLiteral("ALTER") << Category::Keyword;
    QTest::newRow("sql keyword ROLE") << Language::Sql << alterRole << 0 << QStringLiteral("ROLE") << Category::Keyword;
    QTest::newRow("sql keyword PASSWORD")
        << Language::Sql << alterRole << 0 << QStringLiteral("PASSWORD") << Category::Keyword;
    QTest::newRow("sql identifier") << Language::Sql << alterRole << 0 << QStringLiteral("auth_user")
                                    << Category::Normal;
    QTest::newRow("sql string") << Language::Sql << alterRole << 0 << QStringLiteral("'SCRAM-SHA-256$4096:c2FsdA=='")
                                << Category::String;
    QTest::newRow("sql keyword lower case")
        << Language::Sql << QStringLiteral("grant select on all tables in schema public to auditor;") << 0
        << QStringLiteral("grant") << Category::Keyword;
    QTest::newRow("sql keyword mixed case") << Language::Sql << QStringLiteral("Create Extension pgcrypto;") << 0
                                            << QStringLiteral("Extension") << Category::Keyword;
    QTest::newRow("sql keyword prefix is not a keyword") << Language::Sql << QStringLiteral("SELECT selected FROM t;")
                                                         << 0 << QStringLiteral("selected") << Category::Normal;
    QTest::newRow("sql doubled quote") << Language::Sql << QStringLiteral("SELECT 'it''s' AS x;") << 0
                                       << QStringLiteral("'it''s'") << Category::String;
    QTest::newRow("sql keyword after doubled quote")
        << Language::Sql << QStringLiteral("SELECT 'it''s' AS x;") << 0 << QStringLiteral("AS") << Category::Keyword;
    QTest::newRow("sql escape string") << Language::Sql << QStringLiteral(R"(SELECT E'it\'s' AS x;)") << 0
                                       << QStringLiteral(R"(E'it\'s')") << Category::String;
    QTest::newRow("sql quoted identifier") << Language::Sql << QStringLiteral(R"(SELECT "select" FROM t;)") << 0
                                           << QStringLiteral(R"("select")") << Category::Normal;
    QTest::newRow("sql integer") << Language::Sql << QStringLiteral("SELECT 42, 3.14, 1e3;") << 0
                                 << QStringLiteral("42") << Category::Number;
    QTest::newRow("sql decimal") << Language::Sql << QStringLiteral("SELECT 42, 3.14, 1e3;") << 0
                                 << QStringLiteral("3.14") << Category::Number;
    QTest::newRow("sql exponent") << Language::Sql << QStringLiteral("SELECT 42, 3.14, 1e3;") << 0
                                  << QStringLiteral("1e3") << Category::Number;
    QTest::newRow("sql digits in identifier")
        << Language::Sql << QStringLiteral("SELECT col2 FROM t;") << 0 << QStringLiteral("col2") << Category::Normal;
    QTest::newRow("sql line comment") << Language::Sql << QStringLiteral("SELECT 1; -- GRANT ALL 'x'") << 0
                                      << QStringLiteral("-- GRANT ALL 'x'") << Category::Comment;
    QTest::newRow("sql one-line block comment") << Language::Sql << QStringLiteral("/* CREATE ROLE */ SELECT 1;") << 0
                                                << QStringLiteral("/* CREATE ROLE */") << Category::Comment;
    QTest::newRow("sql code after block comment") << Language::Sql << QStringLiteral("/* CREATE ROLE */ SELECT 1;") << 0
                                                  << QStringLiteral("SELECT") << Category::Keyword;
    QTest::newRow("sql nested block comment") << Language::Sql << QStringLiteral("/* a /* b */ GRANT */ SELECT") << 0
                                              << QStringLiteral("/* a /* b */ GRANT */") << Category::Comment;

    const QString multiLineComment = QStringLiteral("SELECT 1;\n/* rotate the\nGRANT ALL ON pg_authid\n'password' */ "
                                                    "SELECT 2;\nREVOKE ALL");
    QTest::newRow("sql multi-line comment opens")
        << Language::Sql << multiLineComment << 1 << QStringLiteral("/* rotate the") << Category::Comment;
    QTest::newRow("sql multi-line comment carried over a block")
        << Language::Sql << multiLineComment << 2 << QStringLiteral("GRANT ALL ON pg_authid") << Category::Comment;
    QTest::newRow("sql multi-line comment closes")
        << Language::Sql << multiLineComment << 3 << QStringLiteral("'password' */") << Category::Comment;
    QTest::newRow("sql keyword after multi-line comment")
        << Language::Sql << multiLineComment << 3 << QStringLiteral("SELECT") << Category::Keyword;
    QTest::newRow("sql number after multi-line comment")
        << Language::Sql << multiLineComment << 3 << QStringLiteral("2") << Category::Number;
    QTest::newRow("sql line after multi-line comment")
        << Language::Sql << multiLineComment << 4 << QStringLiteral("REVOKE") << Category::Keyword;

    const QString dollarQuoted = QStringLiteral("DO $body$\nBEGIN GRANT 'x'\n$body$ LANGUAGE plpgsql;");
    QTest::newRow("sql dollar quote opens")
        << Language::Sql << dollarQuoted << 0 << QStringLiteral("$body$") << Category::String;
    QTest::newRow("sql dollar quote body")
        << Language::Sql << dollarQuoted << 1 << QStringLiteral("BEGIN GRANT 'x'") << Category::String;
    QTest::newRow("sql dollar quote closes")
        << Language::Sql << dollarQuoted << 2 << QStringLiteral("$body$") << Category::String;
    QTest::newRow("sql keyword after dollar quote")
        << Language::Sql << dollarQuoted << 2 << QStringLiteral("LANGUAGE") << Category::Keyword;
    QTest::newRow("sql one-line dollar quote") << Language::Sql << QStringLiteral("SELECT $$ FROM $$ FROM t;") << 0
                                               << QStringLiteral("$$ FROM $$") << Category::String;
    QTest::newRow("sql multi-line string") << Language::Sql << QStringLiteral("SELECT 'line one\nline two' , 7;") << 1
                                           << QStringLiteral("line two'") << Category::String;
    QTest::newRow("sql number after multi-line string")
        << Language::Sql << QStringLiteral("SELECT 'line one\nline two' , 7;") << 1 << QStringLiteral("7")
        << Category::Number;

    // YAML (and JSON)
    const QString secret = QStringLiteral("---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: auth-db-secret\n"
                                          "  namespace: bakery-ia # the default profile\n"
                                          "type: Opaque\nimmutable: false\n");
    QTest::newRow("yaml document marker")
        << Language::Yaml << secret << 0 << QStringLiteral("---") << Category::Keyword;
    QTest::newRow("yaml key") << Language::Yaml << secret << 1 << QStringLiteral("apiVersion") << Category::Key;
    QTest::newRow("yaml colon is not the key")
        << Language::Yaml << secret << 1 << QStringLiteral(":") << Category::Normal;
    QTest::newRow("yaml plain value") << Language::Yaml << secret << 2 << QStringLiteral("Secret") << Category::Normal;
    QTest::newRow("yaml nested key") << Language::Yaml << secret << 4 << QStringLiteral("name") << Category::Key;
    QTest::newRow("yaml value with dashes")
        << Language::Yaml << secret << 4 << QStringLiteral("auth-db-secret") << Category::Normal;
    QTest::newRow("yaml comment") << Language::Yaml << secret << 5 << QStringLiteral("# the default profile")
                                  << Category::Comment;
    QTest::newRow("yaml value before comment")
        << Language::Yaml << secret << 5 << QStringLiteral("bakery-ia") << Category::Normal;
    QTest::newRow("yaml boolean") << Language::Yaml << secret << 7 << QStringLiteral("false") << Category::Keyword;

    const QString pod = QStringLiteral("spec:\n  containers:\n    - name: postgres\n      image: postgres:17-alpine\n"
                                       "      ports:\n        - containerPort: 5432\n      args: [\"-c\", ssl=on]\n"
                                       "      env: {PGSSLMODE: 'verify-full', RETRIES: 3}\n");
    QTest::newRow("yaml list dash") << Language::Yaml << pod << 2 << QStringLiteral("-") << Category::Keyword;
    QTest::newRow("yaml key after dash") << Language::Yaml << pod << 2 << QStringLiteral("name") << Category::Key;
    QTest::newRow("yaml value with colon")
        << Language::Yaml << pod << 3 << QStringLiteral("postgres:17-alpine") << Category::Normal;
    QTest::newRow("yaml number") << Language::Yaml << pod << 5 << QStringLiteral("5432") << Category::Number;
    QTest::newRow("yaml flow sequence string")
        << Language::Yaml << pod << 6 << QStringLiteral("\"-c\"") << Category::String;
    QTest::newRow("yaml flow sequence plain")
        << Language::Yaml << pod << 6 << QStringLiteral("ssl=on") << Category::Normal;
    QTest::newRow("yaml flow mapping key")
        << Language::Yaml << pod << 7 << QStringLiteral("PGSSLMODE") << Category::Key;
    QTest::newRow("yaml flow mapping string")
        << Language::Yaml << pod << 7 << QStringLiteral("'verify-full'") << Category::String;
    QTest::newRow("yaml flow mapping number") << Language::Yaml << pod << 7 << QStringLiteral("3") << Category::Number;

    QTest::newRow("yaml hash inside quotes") << Language::Yaml << QStringLiteral("password: \"s3cr#t: x\" # rotated")
                                             << 0 << QStringLiteral("\"s3cr#t: x\"") << Category::String;
    QTest::newRow("yaml comment after quotes") << Language::Yaml << QStringLiteral("password: \"s3cr#t: x\" # rotated")
                                               << 0 << QStringLiteral("# rotated") << Category::Comment;
    QTest::newRow("yaml url is not a key") << Language::Yaml << QStringLiteral("server: https://10.0.0.1:6443") << 0
                                           << QStringLiteral("https://10.0.0.1:6443") << Category::Normal;
    QTest::newRow("yaml quoted number is a string")
        << Language::Yaml << QStringLiteral("port: \"5432\"") << 0 << QStringLiteral("\"5432\"") << Category::String;
    QTest::newRow("yaml anchor") << Language::Yaml << QStringLiteral("base: &defaults") << 0
                                 << QStringLiteral("&defaults") << Category::Keyword;

    const QString configMap = QStringLiteral("data:\n  postgresql.conf: |\n    ssl = on\n\n    port: 5432\n"
                                             "kind: ConfigMap\n");
    QTest::newRow("yaml block scalar indicator")
        << Language::Yaml << configMap << 1 << QStringLiteral("|") << Category::Keyword;
    QTest::newRow("yaml key with dot") << Language::Yaml << configMap << 1 << QStringLiteral("postgresql.conf")
                                       << Category::Key;
    QTest::newRow("yaml block scalar body")
        << Language::Yaml << configMap << 2 << QStringLiteral("ssl = on") << Category::String;
    QTest::newRow("yaml block scalar after blank line")
        << Language::Yaml << configMap << 4 << QStringLiteral("port: 5432") << Category::String;
    QTest::newRow("yaml key after block scalar")
        << Language::Yaml << configMap << 5 << QStringLiteral("kind") << Category::Key;

    const QString json = QStringLiteral("{\n  \"grade\": \"A\",\n  \"score\": 97.5,\n  \"tls\": true\n}");
    QTest::newRow("json key") << Language::Yaml << json << 1 << QStringLiteral("\"grade\"") << Category::Key;
    QTest::newRow("json string") << Language::Yaml << json << 1 << QStringLiteral("\"A\"") << Category::String;
    QTest::newRow("json number") << Language::Yaml << json << 2 << QStringLiteral("97.5") << Category::Number;
    QTest::newRow("json boolean") << Language::Yaml << json << 3 << QStringLiteral("true") << Category::Keyword;

    // INI: postgresql.conf and redis.conf
    QTest::newRow("ini key") << Language::Ini << QStringLiteral("ssl = on") << 0 << QStringLiteral("ssl")
                             << Category::Key;
    QTest::newRow("ini boolean") << Language::Ini << QStringLiteral("ssl = on") << 0 << QStringLiteral("on")
                                 << Category::Keyword;
    QTest::newRow("ini key before equals without spaces") << Language::Ini << QStringLiteral("log_connections=on") << 0
                                                          << QStringLiteral("log_connections") << Category::Key;
    QTest::newRow("ini string value") << Language::Ini << QStringLiteral("ssl_min_protocol_version = 'TLSv1.2'") << 0
                                      << QStringLiteral("'TLSv1.2'") << Category::String;
    QTest::newRow("ini hash inside string") << Language::Ini << QStringLiteral("log_line_prefix = '%m #%p ' # keep")
                                            << 0 << QStringLiteral("'%m #%p '") << Category::String;
    QTest::newRow("ini trailing comment") << Language::Ini << QStringLiteral("port = 5432 # default") << 0
                                          << QStringLiteral("# default") << Category::Comment;
    QTest::newRow("ini number") << Language::Ini << QStringLiteral("port = 5432 # default") << 0
                                << QStringLiteral("5432") << Category::Number;
    QTest::newRow("ini number with unit") << Language::Ini << QStringLiteral("shared_buffers = 128MB") << 0
                                          << QStringLiteral("128MB") << Category::Number;
    QTest::newRow("ini address is not a number")
        << Language::Ini << QStringLiteral("bind 0.0.0.0 ::") << 0 << QStringLiteral("0.0.0.0") << Category::Normal;
    QTest::newRow("ini comment line") << Language::Ini << QStringLiteral("  # - Connection Settings -") << 0
                                      << QStringLiteral("# - Connection Settings -") << Category::Comment;
    QTest::newRow("ini semicolon comment")
        << Language::Ini << QStringLiteral("; legacy") << 0 << QStringLiteral("; legacy") << Category::Comment;
    QTest::newRow("ini section") << Language::Ini << QStringLiteral("[databases]") << 0 << QStringLiteral("[databases]")
                                 << Category::Keyword;
    QTest::newRow("redis key") << Language::Ini << QStringLiteral("requirepass \"pa ss\"") << 0
                               << QStringLiteral("requirepass") << Category::Key;
    QTest::newRow("redis string") << Language::Ini << QStringLiteral("requirepass \"pa ss\"") << 0
                                  << QStringLiteral("\"pa ss\"") << Category::String;
    QTest::newRow("redis numbers") << Language::Ini << QStringLiteral("save 900 1") << 0 << QStringLiteral("900")
                                   << Category::Number;
    QTest::newRow("redis key with dash") << Language::Ini << QStringLiteral("tls-port 6379") << 0
                                         << QStringLiteral("tls-port") << Category::Key;

    // Shell
    const QString kubectl = QStringLiteral("kubectl get secret auth-db-secret -n bakery-ia -o yaml");
    QTest::newRow("shell command") << Language::Shell << kubectl << 0 << QStringLiteral("kubectl") << Category::Keyword;
    QTest::newRow("shell argument") << Language::Shell << kubectl << 0 << QStringLiteral("auth-db-secret")
                                    << Category::Normal;
    QTest::newRow("shell builtin export") << Language::Shell << QStringLiteral("export PGSSLMODE=verify-full") << 0
                                          << QStringLiteral("export") << Category::Keyword;
    QTest::newRow("shell assignment name") << Language::Shell << QStringLiteral("export PGSSLMODE=verify-full") << 0
                                           << QStringLiteral("PGSSLMODE") << Category::Key;
    QTest::newRow("shell assignment value") << Language::Shell << QStringLiteral("export PGSSLMODE=verify-full") << 0
                                            << QStringLiteral("verify-full") << Category::Normal;
    const QString psql = QStringLiteral("psql \"$DATABASE_URL\" -c 'SELECT 1' # probe");
    QTest::newRow("shell psql") << Language::Shell << psql << 0 << QStringLiteral("psql") << Category::Keyword;
    QTest::newRow("shell double quote") << Language::Shell << psql << 0 << QStringLiteral("\"") << Category::String;
    QTest::newRow("shell variable in string")
        << Language::Shell << psql << 0 << QStringLiteral("$DATABASE_URL") << Category::Key;
    QTest::newRow("shell single-quoted string")
        << Language::Shell << psql << 0 << QStringLiteral("'SELECT 1'") << Category::String;
    QTest::newRow("shell comment") << Language::Shell << psql << 0 << QStringLiteral("# probe") << Category::Comment;
    QTest::newRow("shell openssl") << Language::Shell
                                   << QStringLiteral("openssl x509 -noout -enddate -in ${CERT_DIR}/server.crt") << 0
                                   << QStringLiteral("openssl") << Category::Keyword;
    QTest::newRow("shell braced variable")
        << Language::Shell << QStringLiteral("openssl x509 -noout -enddate -in ${CERT_DIR}/server.crt") << 0
        << QStringLiteral("${CERT_DIR}") << Category::Key;
    QTest::newRow("shell hash inside a word")
        << Language::Shell << QStringLiteral("echo a#b") << 0 << QStringLiteral("a#b") << Category::Normal;
    QTest::newRow("shell number") << Language::Shell << QStringLiteral("sleep 5") << 0 << QStringLiteral("5")
                                  << Category::Number;
    QTest::newRow("shell option is not a keyword")
        << Language::Shell << QStringLiteral("pg_dump --no-password --format=custom") << 0
        << QStringLiteral("--no-password") << Category::Normal;
    QTest::newRow("shell multi-line string") << Language::Shell << QStringLiteral("echo 'one\ntwo' ; done") << 1
                                             << QStringLiteral("two'") << Category::String;
    QTest::newRow("shell keyword after multi-line string")
        << Language::Shell << QStringLiteral("echo 'one\ntwo' ; done") << 1 << QStringLiteral("done")
        << Category::Keyword;

    // Logs
    const QString pgLog = QStringLiteral(
        "2024-05-01 10:00:00.123 UTC [42] LOG:  connection received: host=10.1.2.3 port=50412\n"
        "2024-05-01 10:00:01.000 UTC [43] FATAL:  password authentication failed for user \"auth_user\"\n"
        "2024-05-01 10:00:02.000 UTC [44] ERROR:  relation \"tenants\" does not exist\n"
        "2024-05-01 10:00:03.000 UTC [45] WARNING:  ssl_min_protocol_version is TLSv1\n"
        "2024-05-01 10:00:04.000 UTC [46] LOG:  could not accept SSL connection: EOF detected\n"
        "\tDETAIL:  Connection matched pg_hba.conf line 99\n");
    QTest::newRow("log timestamp") << Language::Log << pgLog << 0 << QStringLiteral("2024-05-01 10:00:00.123 UTC")
                                   << Category::Timestamp;
    QTest::newRow("log LOG severity") << Language::Log << pgLog << 0 << QStringLiteral("LOG") << Category::Keyword;
    QTest::newRow("log message") << Language::Log << pgLog << 0 << QStringLiteral("connection received")
                                 << Category::Normal;
    QTest::newRow("log FATAL line") << Language::Log << pgLog << 1 << QStringLiteral("FATAL") << Category::Error;
    QTest::newRow("log authentication failed")
        << Language::Log << pgLog << 1 << QStringLiteral("authentication failed") << Category::Error;
    QTest::newRow("log quoted user") << Language::Log << pgLog << 1 << QStringLiteral("\"auth_user\"")
                                     << Category::String;
    QTest::newRow("log ERROR line") << Language::Log << pgLog << 2 << QStringLiteral("ERROR") << Category::Error;
    QTest::newRow("log ERROR line timestamp")
        << Language::Log << pgLog << 2 << QStringLiteral("2024-05-01 10:00:02.000 UTC") << Category::Timestamp;
    QTest::newRow("log WARNING line") << Language::Log << pgLog << 3 << QStringLiteral("WARNING") << Category::Warning;
    QTest::newRow("log SSL accept failure")
        << Language::Log << pgLog << 4 << QStringLiteral("could not accept SSL connection") << Category::Error;
    QTest::newRow("log DETAIL") << Language::Log << pgLog << 5 << QStringLiteral("DETAIL") << Category::Keyword;
    QTest::newRow("log PANIC") << Language::Log << QStringLiteral("PANIC:  could not write to file") << 0
                               << QStringLiteral("PANIC") << Category::Error;
    QTest::newRow("log SSL error") << Language::Log << QStringLiteral("LOG:  SSL error: wrong version number") << 0
                                   << QStringLiteral("SSL error") << Category::Error;
    QTest::newRow("log timestamp without zone")
        << Language::Log << QStringLiteral("2024-05-01 10:00:00 LOG:  checkpoint starting") << 0
        << QStringLiteral("2024-05-01 10:00:00") << Category::Timestamp;
    QTest::newRow("log severity right after timestamp")
        << Language::Log << QStringLiteral("2024-05-01 10:00:00 LOG:  checkpoint starting") << 0
        << QStringLiteral("LOG") << Category::Keyword;
    QTest::newRow("log iso timestamp") << Language::Log
                                       << QStringLiteral("2024-05-01T10:00:00.123456789Z INFO probe started") << 0
                                       << QStringLiteral("2024-05-01T10:00:00.123456789Z") << Category::Timestamp;
    QTest::newRow("log INFO") << Language::Log << QStringLiteral("2024-05-01T10:00:00.123456789Z INFO probe started")
                              << 0 << QStringLiteral("INFO") << Category::Keyword;
    QTest::newRow("log redis timestamp") << Language::Log
                                         << QStringLiteral(
                                                "1:M 01 May 2024 10:00:00.123 * Ready to accept connections tls")
                                         << 0 << QStringLiteral("1:M 01 May 2024 10:00:00.123") << Category::Timestamp;
    QTest::newRow("log timestamp only at line start") << Language::Log << QStringLiteral("retry at 2024-05-01 10:00:00")
                                                      << 0 << QStringLiteral("2024-05-01 10:00:00") << Category::Normal;
    QTest::newRow("log logfmt level") << Language::Log
                                      << QStringLiteral("time=2024-05-01T10:00:00Z level=error msg=\"TLS handshake\"")
                                      << 0 << QStringLiteral("error") << Category::Error;
    QTest::newRow("log lower-case word is not a severity")
        << Language::Log << QStringLiteral("LOG:  no error here") << 0 << QStringLiteral("error") << Category::Normal;

    QTest::newRow("plain text") << Language::PlainText << QStringLiteral("SELECT 1; -- 'x'") << 0
                                << QStringLiteral("SELECT") << Category::Normal;
}

void TestBuiltinHighlighter::formats()
{
    QFETCH(Language, language);
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, token);
    QFETCH(Category, expected);

    QTextDocument document;
    document.documentLayout(); // what a view does; without a layout a document reports no changes
    BuiltinHighlighter highlighter(&document, language);
    document.setPlainText(text); // highlighted synchronously through contentsChange

    const QTextBlock block = document.findBlockByNumber(line);
    QVERIFY(block.isValid());
    const auto start = block.text().indexOf(token);
    QVERIFY2(start >= 0, qPrintable(QStringLiteral("'%1' is not in line %2").arg(token).arg(line)));

    const QTextCharFormat expectedFormat = BuiltinHighlighter::formatFor(expected);
    for (auto i = start; i < start + token.size(); ++i) {
        const QTextCharFormat actual = formatAt(block, static_cast<int>(i));
        if (actual != expectedFormat) {
            QFAIL(qPrintable(QStringLiteral("character %1 ('%2') of line %3 is %4, expected %5")
                                 .arg(i)
                                 .arg(block.text().at(i))
                                 .arg(line)
                                 .arg(categoryName(actual), categoryName(expectedFormat))));
        }
    }
}

void TestBuiltinHighlighter::plainTextHasNoFormats()
{
    QTextDocument document;
    document.documentLayout();
    BuiltinHighlighter highlighter(&document);
    QCOMPARE(highlighter.language(), Language::PlainText);
    document.setPlainText(QStringLiteral("SELECT 1;\nkey: value\n# comment\n2024-05-01 10:00:00 ERROR: x"));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        QVERIFY(block.layout()->formats().isEmpty());
}

void TestBuiltinHighlighter::setLanguageRehighlights()
{
    QTextDocument document;
    document.documentLayout();
    BuiltinHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("SELECT 1;"));
    QCOMPARE(formatAt(document.firstBlock(), 0), QTextCharFormat());

    highlighter.setLanguage(Language::Sql);
    QCOMPARE(highlighter.language(), Language::Sql);
    QCOMPARE(formatAt(document.firstBlock(), 0), BuiltinHighlighter::formatFor(Category::Keyword));

    highlighter.setLanguage(Language::PlainText);
    QVERIFY(document.firstBlock().layout()->formats().isEmpty());
}

void TestBuiltinHighlighter::editingCarriesCommentState()
{
    QTextDocument document;
    document.documentLayout();
    BuiltinHighlighter highlighter(&document, Language::Sql);
    document.setPlainText(QStringLiteral("SELECT 1;\nGRANT ALL;\nREVOKE ALL;"));
    const auto keyword = BuiltinHighlighter::formatFor(Category::Keyword);
    const auto comment = BuiltinHighlighter::formatFor(Category::Comment);
    QCOMPARE(formatAt(document.findBlockByNumber(2), 0), keyword);

    // Opening a comment on the first line turns the lines below into comment, as far as it reaches.
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("/* "));
    QCOMPARE(formatAt(document.findBlockByNumber(1), 0), comment);
    QCOMPARE(formatAt(document.findBlockByNumber(2), 0), comment);

    // Closing it on the second line gives the third line back its keywords.
    cursor.setPosition(document.findBlockByNumber(1).position() + 5); // after "GRANT"
    cursor.insertText(QStringLiteral(" */"));
    QCOMPARE(formatAt(document.findBlockByNumber(1), 0), comment);
    QCOMPARE(formatAt(document.findBlockByNumber(1), 9), keyword); // "ALL" after " */ "
    QCOMPARE(formatAt(document.findBlockByNumber(2), 0), keyword);

    // Removing the opener undoes it all.
    cursor.setPosition(0);
    cursor.setPosition(3, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QCOMPARE(formatAt(document.findBlockByNumber(0), 0), keyword);
    QCOMPARE(formatAt(document.findBlockByNumber(1), 0), keyword);
}

void TestBuiltinHighlighter::readableColors_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << makePalette(Qt::black, Qt::white) << false;
    QTest::newRow("light grey base") << makePalette(QColor(0x1f, 0x1f, 0x1f), QColor(0xfc, 0xfc, 0xfc)) << false;
    QTest::newRow("dark") << makePalette(QColor(0xdd, 0xdd, 0xdd), QColor(0x1e, 0x1e, 0x1e)) << true;
    QTest::newRow("breeze dark") << makePalette(QColor(0xfc, 0xfc, 0xfc), QColor(0x31, 0x36, 0x3b)) << true;
}

void TestBuiltinHighlighter::readableColors()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(BuiltinHighlighter::isDarkPalette(palette), dark);

    const QColor base = palette.color(QPalette::Base);
    for (const Category category : AllCategories) {
        const QTextCharFormat format = BuiltinHighlighter::formatFor(category, palette);
        if (category == Category::Normal) {
            QCOMPARE(format, QTextCharFormat()); // the widget's own text colour
            continue;
        }
        const QColor color = format.foreground().color();
        const double ratio = contrast(color, base);
        QVERIFY2(
            ratio >= 4.5,
            qPrintable(QStringLiteral("%1 on %2: contrast %3").arg(color.name(), base.name()).arg(ratio, 0, 'f', 2)));
        const bool bold = category == Category::Keyword || category == Category::Error;
        QCOMPARE(format.fontWeight() == QFont::Bold, bold);
    }
}

void TestBuiltinHighlighter::setPaletteSwitchesColors()
{
    const QPalette light = makePalette(Qt::black, Qt::white);
    const QPalette dark = makePalette(QColor(0xdd, 0xdd, 0xdd), QColor(0x1e, 0x1e, 0x1e));
    QVERIFY(BuiltinHighlighter::formatFor(Category::Keyword, light)
            != BuiltinHighlighter::formatFor(Category::Keyword, dark));

    QTextDocument document;
    document.documentLayout();
    BuiltinHighlighter highlighter(&document, Language::Sql);
    highlighter.setPalette(light);
    document.setPlainText(QStringLiteral("SELECT 1;"));
    QVERIFY(!highlighter.usesDarkColors());
    QCOMPARE(formatAt(document.firstBlock(), 0), BuiltinHighlighter::formatFor(Category::Keyword, light));

    highlighter.setPalette(dark);
    QVERIFY(highlighter.usesDarkColors());
    QCOMPARE(formatAt(document.firstBlock(), 0), BuiltinHighlighter::formatFor(Category::Keyword, dark));
    QCOMPARE(formatAt(document.firstBlock(), 7), BuiltinHighlighter::formatFor(Category::Number, dark));
}

void TestBuiltinHighlighter::languageForFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Language>("expected");
    QTest::newRow("yaml") << QStringLiteral("statefulset.yaml") << Language::Yaml;
    QTest::newRow("yml") << QStringLiteral("kubeconfig.yml") << Language::Yaml;
    QTest::newRow("upper case") << QStringLiteral("VALUES.YAML") << Language::Yaml;
    QTest::newRow("json") << QStringLiteral("snapshot.json") << Language::Yaml;
    QTest::newRow("sql") << QStringLiteral("rotate-password.sql") << Language::Sql;
    QTest::newRow("postgresql.conf") << QStringLiteral("postgresql.conf") << Language::Ini;
    QTest::newRow("postgresql.auto.conf with path")
        << QStringLiteral("/var/lib/postgresql/data/postgresql.auto.conf") << Language::Ini;
    QTest::newRow("redis.conf") << QStringLiteral("redis.conf") << Language::Ini;
    QTest::newRow("ini") << QStringLiteral("settings.ini") << Language::Ini;
    QTest::newRow("sh") << QStringLiteral("backup.sh") << Language::Shell;
    QTest::newRow("log") << QStringLiteral("postgresql-2024-05-01.log") << Language::Log;
    QTest::newRow("rotated log") << QStringLiteral("postgresql.log.1") << Language::Log;
    QTest::newRow("no suffix") << QStringLiteral("README") << Language::PlainText;
    QTest::newRow("encrypted backup") << QStringLiteral("auth-db_auth_20240501.sql.gz.gpg") << Language::PlainText;
    QTest::newRow("pem") << QStringLiteral("server.crt") << Language::PlainText;
    QTest::newRow("empty") << QString() << Language::PlainText;
}

void TestBuiltinHighlighter::languageForFileName()
{
    QFETCH(QString, fileName);
    QFETCH(Language, expected);
    QCOMPARE(BuiltinHighlighter::languageForFileName(fileName), expected);
}

QTEST_MAIN(TestBuiltinHighlighter)
#include "testbuiltinhighlighter.moc"
