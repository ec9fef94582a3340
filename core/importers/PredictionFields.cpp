#include "PredictionFields.h"

#include "json/Utf8.h"
#include "util/DisplayText.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace cs::PredictionFields {

namespace {

/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::PredictionFields)
};

/// `text` in lower case, when it is at most `N` ASCII characters long.
template<size_t N>
std::optional<std::string_view> lowerShort(std::string_view text, char (&buffer)[N])
{
    if (text.size() > N) {
        return std::nullopt;
    }
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        buffer[i] = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
    return std::string_view(buffer, text.size());
}

} // namespace

std::string_view trimBlanks(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

bool isMissing(std::string_view text)
{
    char buffer[4];
    const auto lower = lowerShort(trimBlanks(text), buffer);
    return lower && (lower->empty() || *lower == "na" || *lower == "nan" || *lower == "null");
}

Number parseNumber(std::string_view text)
{
    Number n;
    // The common case first: a plain number, nothing to trim.
    auto r = std::from_chars(text.data(), text.data() + text.size(), n.value);
    if (r.ec == std::errc() && r.ptr == text.data() + text.size()) {
        if (std::isfinite(n.value)) {
            return n;
        }
    }
    if (isMissing(text)) {
        n.problem = Number::Problem::Missing;
        return n;
    }
    std::string_view t = trimBlanks(text);
    if (t.size() > 1 && t.front() == '+' && t[1] != '-' && t[1] != '+') {
        t.remove_prefix(1);
    }
    r = std::from_chars(t.data(), t.data() + t.size(), n.value);
    if (r.ec == std::errc::result_out_of_range && r.ptr == t.data() + t.size()) {
        n.problem = Number::Problem::OutOfRange;
    } else if (r.ec != std::errc() || r.ptr != t.data() + t.size() || t.empty()) {
        n.problem = Number::Problem::NotANumber;
    } else if (!std::isfinite(n.value)) {
        n.problem = Number::Problem::NotFinite;
    }
    return n;
}

QString numberRefusal(const Number& n, std::string_view text, const QString& noun)
{
    switch (n.problem) {
    case Number::Problem::None:
        break;
    case Number::Problem::Missing:
        return trimBlanks(text).empty() ? Tr::tr("the %1 is missing").arg(noun)
                                        : Tr::tr("the %1 is missing (\"%2\")").arg(noun, shown(text));
    case Number::Problem::NotANumber:
        return Tr::tr("the %1 \"%2\" is not a number").arg(noun, shown(text));
    case Number::Problem::NotFinite:
        return Tr::tr("the %1 \"%2\" is not a finite number").arg(noun, shown(text));
    case Number::Problem::OutOfRange:
        return Tr::tr("the %1 \"%2\" is out of range (a number between about 1e-308 and 1e308 in size, or 0)")
            .arg(noun, shown(text));
    }
    return {};
}

LabelDomain::LabelDomain(const QStringList& labels)
{
    for (const QString& l : labels) {
        m_labels.push_back(l.toStdString());
    }
    m_binary = labels == QStringList {QStringLiteral("0"), QStringLiteral("1")};
}

LabelDomain LabelDomain::binary()
{
    return LabelDomain({QStringLiteral("0"), QStringLiteral("1")});
}

std::optional<int> LabelDomain::indexOf(std::string_view text) const
{
    if (m_binary && text.size() == 1 && (text[0] == '0' || text[0] == '1')) {
        return text[0] - '0'; // the common case
    }
    const std::string_view t = trimBlanks(text);
    for (size_t i = 0; i < m_labels.size(); ++i) {
        if (t == m_labels[i]) {
            return int(i);
        }
    }
    if (m_binary) {
        char buffer[5];
        if (const auto lower = lowerShort(t, buffer)) {
            if (*lower == "true" || *lower == "yes") {
                return 1;
            }
            if (*lower == "false" || *lower == "no") {
                return 0;
            }
        }
    }
    return std::nullopt;
}

QString LabelDomain::refusal(std::string_view text) const
{
    if (isMissing(text) && !indexOf(text)) {
        return trimBlanks(text).empty() ? Tr::tr("the label is missing")
                                        : Tr::tr("the label is missing (\"%1\")").arg(shown(text));
    }
    QStringList names;
    for (const auto& l : m_labels) {
        names.append(QString::fromStdString(l));
    }
    return m_binary ? Tr::tr("the label \"%1\" is not one of 0, 1 (or true/false, yes/no)").arg(shown(text))
                    : Tr::tr("the label \"%1\" is not one of %2").arg(shown(text), names.join(u", "));
}

bool isText(std::string_view text)
{
    return Utf8::isValid(text);
}

QString shown(std::string_view text)
{
    // Never a NUL, a line break or an escape sequence: the value is shown as text, not acted on.
    const std::string_view head = text.substr(0, 160);
    return DisplayText::escaped(QString::fromUtf8(head.data(), qsizetype(head.size())).left(40));
}

Error fieldError(const QString& file, qint64 row, qint64 line, const QString& column, const QString& what,
                 ErrorCode code)
{
    return Error(code,
                 Tr::tr("%1, row %2 (line %3), column \"%4\": %5").arg(file).arg(row).arg(line).arg(column, what));
}

Error rowError(const QString& file, qint64 row, qint64 line, const QString& what, ErrorCode code)
{
    return Error(code, Tr::tr("%1, row %2 (line %3): %4").arg(file).arg(row).arg(line).arg(what));
}

} // namespace cs::PredictionFields
