#include "IdentifierScreen.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <string>

namespace cs {

namespace {
/// lupdate files every string of this file under the context that Tr::tr() looks up at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cs::IdentifierScreen)
};

/// "Patient_Name" -> {"patient", "name"}; "dateOfBirth" -> {"date", "of", "birth"}.
QStringList words(const QString& header)
{
    QStringList out;
    QString current;
    QChar previous;
    for (const QChar c : header) {
        if (!c.isLetterOrNumber()) {
            if (!current.isEmpty()) {
                out.append(current);
                current.clear();
            }
        } else {
            if (c.isUpper() && previous.isLower() && !current.isEmpty()) {
                out.append(current);
                current.clear();
            }
            current.append(c.toLower());
        }
        previous = c;
    }
    if (!current.isEmpty()) {
        out.append(current);
    }
    return out;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// 123-45-6789 and 123 45 6789; with an "SSN" prefix ("SSN123456789", "SSN: 123-45-6789") nine bare digits too.
bool looksLikeSsn(std::string_view v)
{
    bool prefixed = false;
    if (v.size() > 3 && (v[0] == 'S' || v[0] == 's') && (v[1] == 'S' || v[1] == 's') && (v[2] == 'N' || v[2] == 'n')) {
        prefixed = true;
        v.remove_prefix(3);
        while (!v.empty() &&
               (v.front() == ':' || v.front() == ' ' || v.front() == '#' || v.front() == '-' || v.front() == '_')) {
            v.remove_prefix(1);
        }
    }
    if (v.size() == 11 && v[3] == v[6] && (v[3] == '-' || v[3] == ' ')) {
        for (size_t i : {0, 1, 2, 4, 5, 7, 8, 9, 10}) {
            if (!isDigit(v[i])) {
                return false;
            }
        }
        return true;
    }
    if (prefixed && v.size() == 9) {
        return std::all_of(v.begin(), v.end(), isDigit);
    }
    return false;
}

/// 1950-03-14 (and with a time after it): in a sample ID column, likely a date of birth.
bool looksLikeIsoDate(std::string_view v)
{
    if (v.size() < 10 || v[4] != '-' || v[7] != '-') {
        return false;
    }
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isDigit(v[i])) {
            return false;
        }
    }
    const int month = (v[5] - '0') * 10 + (v[6] - '0');
    const int day = (v[8] - '0') * 10 + (v[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && (v.size() == 10 || v[10] == 'T' || v[10] == ' ');
}

/// The value with full-width and small "@" and full-width "." (U+FF20, U+FE6B, U+FF0E) written as ASCII, so that
/// "jane＠example.org" is seen as the address it is.
std::string asciiAt(std::string_view v)
{
    std::string out;
    out.reserve(v.size());
    for (size_t i = 0; i < v.size(); ++i) {
        if (i + 2 < v.size() && v[i] == '\xEF') {
            const std::string_view three = v.substr(i, 3);
            if (three == "\xEF\xBC\xA0" || three == "\xEF\xB9\xAB") {
                out.push_back('@');
                i += 2;
                continue;
            }
            if (three == "\xEF\xBC\x8E") {
                out.push_back('.');
                i += 2;
                continue;
            }
        }
        out.push_back(v[i]);
    }
    return out;
}

/// local@domain.tld with no spaces.
bool looksLikeEmail(std::string_view v)
{
    const size_t at = v.find('@');
    if (at == std::string_view::npos || at == 0 || v.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const std::string_view domain = v.substr(at + 1);
    const size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size()) {
        return false;
    }
    return v.find(' ') == std::string_view::npos;
}

/// (555) 123-4567, 555-123-4567, +1 555 123 4567, +44 20 7946 0958, 555.123.4567: 10 to 15 digits in groups, with
/// at least two separators or a leading '+'. A bare run of digits is not taken for a phone number (sample IDs often
/// are one), nor is a decimal number.
bool looksLikePhone(std::string_view v)
{
    if (v.size() < 10 || v.size() > 22 || !isDigit(v.back()) || !(isDigit(v[0]) || v[0] == '+' || v[0] == '(')) {
        return false;
    }
    int digits = 0;
    int separators = 0;
    int dots = 0;
    for (size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (isDigit(c)) {
            ++digits;
        } else if (c == '+' && i == 0) {
            separators += 2;
        } else if (c == ' ' || c == '-' || c == '(' || c == ')') {
            ++separators;
        } else if (c == '.') {
            ++dots;
            ++separators;
        } else {
            return false;
        }
    }
    if (digits < 10 || digits > 15 || separators < 2) {
        return false;
    }
    // Two groups split by one dot is a decimal number; "2024-01-15" has too few digits already.
    return !(dots == 1 && separators == 1);
}
} // namespace

std::optional<QString> IdentifierScreen::columnRule(const QString& header)
{
    const QStringList w = words(header);
    const QString joined = w.join(QString());
    auto has = [&](const char* word) {
        return w.contains(QLatin1String(word));
    };
    auto contains = [&](const char* text) {
        return joined.contains(QLatin1String(text));
    };
    if (has("name") || has("firstname") || has("lastname") || has("surname") || has("fullname") || has("forename") ||
        contains("patientname") || contains("givenname") || contains("familyname")) {
        return Tr::tr("names");
    }
    if (has("ssn") || contains("socialsecurity")) {
        return Tr::tr("social security numbers");
    }
    if (has("mrn") || contains("medicalrecordnumber") || contains("medicalrecordno")) {
        return Tr::tr("medical record numbers");
    }
    if (has("dob") || contains("dateofbirth") || contains("birthdate") || contains("birthday")) {
        return Tr::tr("dates of birth");
    }
    if (has("phone") || has("telephone") || has("mobile") || has("fax") || contains("phonenumber")) {
        return Tr::tr("phone numbers");
    }
    if (has("email") || contains("emailaddress") || (has("e") && has("mail"))) {
        return Tr::tr("e-mail addresses");
    }
    if (has("address") || has("street") || has("addr") || contains("postaladdress")) {
        return Tr::tr("postal addresses");
    }
    return std::nullopt;
}

std::optional<QString> IdentifierScreen::valueRule(std::string_view value)
{
    if (value.size() < 6) {
        return std::nullopt;
    }
    if (looksLikeSsn(value)) {
        return Tr::tr("social security numbers");
    }
    if (value.find('@') != std::string_view::npos && looksLikeEmail(value)) {
        return Tr::tr("e-mail addresses");
    }
    if (value.find('\xEF') != std::string_view::npos && looksLikeEmail(asciiAt(value))) {
        return Tr::tr("e-mail addresses");
    }
    if (looksLikePhone(value)) {
        return Tr::tr("phone numbers");
    }
    return std::nullopt;
}

std::optional<QString> IdentifierScreen::idRule(std::string_view id)
{
    if (looksLikeIsoDate(id)) {
        return Tr::tr("dates of birth (a date as the sample ID)");
    }
    return valueRule(id);
}

} // namespace cs
