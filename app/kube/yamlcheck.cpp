// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/yamlcheck.h"

#include "core/printable.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml.h>

#include <memory>
#include <vector>

namespace Kube {

namespace {

/** Go's yaml.v2 allowedAliasRatio: 99 % of the nodes may come from aliases in small documents, 10 % in huge ones. */
double allowedAliasRatio(qint64 decodeCount)
{
    constexpr qint64 low = 400000;
    constexpr qint64 high = 4000000;
    if (decodeCount <= low)
        return 0.99;
    if (decodeCount >= high)
        return 0.10;
    return 0.99 - 0.89 * (double(decodeCount - low) / double(high - low));
}

QString yamlError(int line, const QString &message)
{
    return line > 0 ? QCoreApplication::translate("Kube", "yaml: line %1: %2").arg(line).arg(message)
                    : QCoreApplication::translate("Kube", "yaml: %1").arg(message);
}

struct ParserDeleter
{
    void operator()(yaml_parser_t *parser) const
    {
        yaml_parser_delete(parser);
        delete parser;
    }
};

struct Frame
{
    QByteArray anchor;
    qint64 startCount = 0;
};

} // namespace

QString checkYaml(const QByteArray &data, int maxDepth)
{
    std::unique_ptr<yaml_parser_t, ParserDeleter> parser(new yaml_parser_t);
    if (!yaml_parser_initialize(parser.get())) {
        delete parser.release();
        return QCoreApplication::translate("Kube", "yaml: out of memory");
    }
    yaml_parser_set_input_string(parser.get(), reinterpret_cast<const unsigned char *>(data.constData()),
                                 size_t(data.size()));

    QHash<QByteArray, qint64> anchorSize; // nodes each anchor stands for, its own aliases expanded
    std::vector<Frame> open;
    qint64 decodeCount = 0;
    qint64 aliasCount = 0;
    constexpr qint64 saturation = qint64(1) << 50;

    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(parser.get(), &event)) {
            // Go's yaml.v2 parser.fail(): the problem's line (one more for scanner errors, whose mark
            // is not advanced), else the context's; line 0 is not shown.
            const yaml_parser_t &p = *parser;
            int line = 0;
            if (p.problem_mark.line != 0) {
                line = int(p.problem_mark.line);
                if (p.error == YAML_SCANNER_ERROR)
                    ++line;
            } else if (p.context_mark.line != 0) {
                line = int(p.context_mark.line);
            }
            const QString problem = p.problem ? QString::fromUtf8(p.problem)
                                              : QStringLiteral("unknown problem parsing YAML content");
            return yamlError(line, problem);
        }
        std::unique_ptr<yaml_event_t, void (*)(yaml_event_t *)> guard(&event, yaml_event_delete);
        switch (event.type) {
        case YAML_DOCUMENT_END_EVENT:
        case YAML_STREAM_END_EVENT:
            return {}; // Go reads the first document only
        case YAML_ALIAS_EVENT: {
            const QByteArray name(reinterpret_cast<const char *>(event.data.alias.anchor));
            const auto it = anchorSize.constFind(name);
            if (it == anchorSize.cend()) {
                return yamlError(0, QCoreApplication::translate("Kube", "unknown anchor '%1' referenced")
                                        .arg(Core::printable(QString::fromUtf8(name), 64)));
            }
            decodeCount = std::min(saturation, decodeCount + 1 + *it);
            aliasCount = std::min(saturation, aliasCount + *it);
            if (aliasCount > 100 && decodeCount > 1000
                && double(aliasCount) / double(decodeCount) > allowedAliasRatio(decodeCount))
                return yamlError(0, QCoreApplication::translate("Kube", "document contains excessive aliasing"));
            break;
        }
        case YAML_SCALAR_EVENT:
            ++decodeCount;
            if (event.data.scalar.anchor)
                anchorSize.insert(QByteArray(reinterpret_cast<const char *>(event.data.scalar.anchor)), 1);
            break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            const yaml_char_t *anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor
                                                                                : event.data.mapping_start.anchor;
            if (int(open.size()) >= maxDepth) {
                return yamlError(int(event.start_mark.line) + 1,
                                 QCoreApplication::translate("Kube", "nesting deeper than %1 levels").arg(maxDepth));
            }
            open.push_back({anchor ? QByteArray(reinterpret_cast<const char *>(anchor)) : QByteArray(), decodeCount});
            ++decodeCount;
            break;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            if (!open.empty()) {
                const Frame frame = open.back();
                open.pop_back();
                if (!frame.anchor.isEmpty())
                    anchorSize.insert(frame.anchor, decodeCount - frame.startCount);
            }
            break;
        default:
            break;
        }
    }
}

qsizetype decodeBase64AsGo(const QByteArray &src, QByteArray *out)
{
    // A transcription of Go's decodeQuantum (encoding/base64), so that the error positions agree.
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (c >= '0' && c <= '9')
            return c - '0' + 52;
        if (c == '+')
            return 62;
        if (c == '/')
            return 63;
        return -1;
    };
    const auto isNewline = [](char c) { return c == '\n' || c == '\r'; };
    const qsizetype n = src.size();
    out->clear();
    out->reserve(n / 4 * 3 + 3);
    qsizetype si = 0;
    while (si < n) {
        int quantum[4] = {0, 0, 0, 0};
        int length = 4;
        for (int j = 0; j < 4; ++j) {
            if (si == n) {
                if (j == 0)
                    return -1;
                return si - j; // padding is required
            }
            const char in = src.at(si++);
            const int v = value(in);
            if (v >= 0) {
                quantum[j] = v;
                continue;
            }
            if (isNewline(in)) {
                --j;
                continue;
            }
            if (in != '=')
                return si - 1;
            // Padding: the end of the data.
            if (j == 0 || j == 1)
                return si - 1;
            if (j == 2) {
                while (si < n && isNewline(src.at(si)))
                    ++si;
                if (si == n)
                    return n;
                if (src.at(si) != '=')
                    return si - 1;
                ++si;
            }
            while (si < n && isNewline(src.at(si)))
                ++si;
            if (si < n)
                return si; // trailing garbage
            length = j;
            break;
        }
        const quint32 bits = quint32(quantum[0]) << 18 | quint32(quantum[1]) << 12 | quint32(quantum[2]) << 6
                             | quint32(quantum[3]);
        out->append(char(bits >> 16));
        if (length > 2)
            out->append(char((bits >> 8) & 0xff));
        if (length > 3)
            out->append(char(bits & 0xff));
        if (length < 4)
            return -1;
    }
    return -1;
}

} // namespace Kube
