// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/printable.h"

namespace Core {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
           || c == 0x061C;
}

/** Length of the escape sequence starting at text[i] (text[i] is ESC or a C1 introducer). */
qsizetype escapeLength(const QString &text, qsizetype i)
{
    const qsizetype n = text.size();
    char16_t introducer = text.at(i).unicode();
    qsizetype j = i + 1;
    if (introducer == 0x1b) {
        if (j >= n)
            return 1;
        const char16_t next = text.at(j).unicode();
        // ESC followed by '[' ']' 'P' '^' '_' 'X' is the 7-bit form of CSI, OSC, DCS, PM, APC, SOS.
        switch (next) {
        case u'[':
            introducer = 0x9b;
            break;
        case u']':
            introducer = 0x9d;
            break;
        case u'P':
            introducer = 0x90;
            break;
        case u'^':
            introducer = 0x9e;
            break;
        case u'_':
            introducer = 0x9f;
            break;
        case u'X':
            introducer = 0x98;
            break;
        default:
            // ESC, intermediates (0x20–0x2F), then one final character.
            while (j < n && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x2f)
                ++j;
            return j < n ? j + 1 - i : j - i;
        }
        ++j;
    }
    if (introducer == 0x9b) {
        // CSI: parameters and intermediates (0x20–0x3F), then a final byte 0x40–0x7E.
        while (j < n && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x3f)
            ++j;
        if (j < n && text.at(j).unicode() >= 0x40 && text.at(j).unicode() <= 0x7e)
            ++j;
        return j - i;
    }
    // OSC, DCS, PM, APC, SOS: a string ended by BEL or ST (ESC \ or 0x9C), or by the end of the text.
    while (j < n) {
        const char16_t c = text.at(j).unicode();
        if (c == 0x07 || c == 0x9c)
            return j + 1 - i;
        if (c == 0x1b && j + 1 < n && text.at(j + 1) == u'\\')
            return j + 2 - i;
        ++j;
    }
    return j - i;
}

} // namespace

QString printable(const QString &text, qsizetype maxChars)
{
    QString out;
    out.reserve(maxChars >= 0 ? std::min(text.size(), maxChars + 1) : text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (maxChars >= 0 && out.size() > maxChars)
            break;
        const char16_t c = text.at(i).unicode();
        if (c == 0x1b || c == 0x9b || c == 0x9d || c == 0x90 || c == 0x98 || c == 0x9e || c == 0x9f) {
            i += escapeLength(text, i);
            continue;
        }
        if (c == u'\t' || c == u'\n') {
            out += QChar(c);
        } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isBidiControl(c)) {
            // dropped: other controls (CR, BEL, backspace…), C1, bidi overrides
        } else {
            out += QChar(c);
        }
        ++i;
    }
    if (maxChars >= 0 && out.size() > maxChars) {
        out.truncate(maxChars);
        // Do not leave half of a surrogate pair.
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
        out += u'…';
    }
    return out;
}

QString printable(const QByteArray &utf8, qsizetype maxChars)
{
    // Decode by hand so that each byte outside a valid sequence can be named.
    QString decoded;
    const qsizetype n = maxChars >= 0 ? std::min(utf8.size(), 4 * (maxChars + 1)) : utf8.size();
    decoded.reserve(n);
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8.constData());
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = bytes[i];
        if (b < 0x80) {
            decoded += QChar(char16_t(b));
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if (b >= 0xc2 && b <= 0xdf) {
            length = 2;
            code = b & 0x1f;
            minimum = 0x80;
        } else if (b >= 0xe0 && b <= 0xef) {
            length = 3;
            code = b & 0x0f;
            minimum = 0x800;
        } else if (b >= 0xf0 && b <= 0xf4) {
            length = 4;
            code = b & 0x07;
            minimum = 0x10000;
        }
        bool valid = length > 0 && i + length <= n;
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char continuation = bytes[i + k];
            if ((continuation & 0xc0) != 0x80)
                valid = false;
            else
                code = (code << 6) | (continuation & 0x3f);
        }
        if (valid && (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)))
            valid = false;
        if (!valid) {
            decoded += QStringLiteral("\\x%1").arg(uint(b), 2, 16, QLatin1Char('0'));
            ++i;
            continue;
        }
        decoded += QString::fromUcs4(&code, 1);
        i += length;
    }
    return printable(decoded, maxChars);
}

} // namespace Core
