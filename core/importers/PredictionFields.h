#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

/// The one rule set for the fields of a prediction file (a CSV of per-sample labels, scores and subgroups), shared by
/// `import predictions`, `stats compare` and `stats drift`, and the one wording of their errors. A field is read
/// after the RFC 4180 reader (CsvReader) has unquoted it:
/// - blanks (spaces and tabs) around a value are not part of it;
/// - a missing value is an empty field or NA, NaN or null in any case;
/// - a number is a decimal or exponent form with an optional sign (std::from_chars, plus a leading '+'), finite;
/// - a label is one of the dataset's label domain; the binary domain {0, 1} also takes true/false and yes/no in any
///   case, stored and counted as 1 and 0;
/// - text (a sample ID, a subgroup, a category) is strict UTF-8 (Utf8::isValid: no overlong forms, surrogates or
///   stray bytes).
namespace PredictionFields {

std::string_view trimBlanks(std::string_view text);
bool isMissing(std::string_view text);

/// A number field: its value, or why it is not one.
struct Number
{
    enum class Problem
    {
        None,
        Missing,
        NotANumber,
        NotFinite,
        OutOfRange, ///< a number beyond what a double holds (1e-400, 1e400)
    };
    double value = 0;
    Problem problem = Problem::None;
    explicit operator bool() const { return problem == Problem::None; }
};
Number parseNumber(std::string_view text);
/// "the score is missing", "the score "x" is not a number", ... for a field that parseNumber refused; `noun` is
/// what the column holds ("score", "value").
QString numberRefusal(const Number& n, std::string_view text, const QString& noun);

/// The labels a dataset's samples may have.
class LabelDomain
{
public:
    explicit LabelDomain(const QStringList& labels);
    /// {0, 1}: what `stats compare` counts (1 is the positive class).
    static LabelDomain binary();

    /// The index in the domain of a label field, or nullopt when it is missing or outside the domain.
    std::optional<int> indexOf(std::string_view text) const;
    /// The domain's own spelling of label `index` (what is stored).
    const std::string& label(int index) const { return m_labels[size_t(index)]; }
    /// Why a field is not a label: "the label is missing" or "the label "x" is not one of 0, 1 (...)".
    QString refusal(std::string_view text) const;

private:
    std::vector<std::string> m_labels;
    bool m_binary = false;
};

/// Whether a text field (sample ID, subgroup, category) is text: strict UTF-8.
bool isText(std::string_view text);

/// A field's value for an error message: at most 40 characters, never an invalid UTF-8 byte.
QString shown(std::string_view text);

/// The errors, all worded one way: "FILE, row R (line L), column "C": WHAT". R is the 1-based data row (the row
/// after the header is 1), L the line of the file the record starts on.
Error fieldError(const QString& file, qint64 row, qint64 line, const QString& column, const QString& what,
                 ErrorCode code = ErrorCode::InvalidArgument);
/// "FILE, row R (line L): WHAT", for a problem with a whole row.
Error rowError(const QString& file, qint64 row, qint64 line, const QString& what,
               ErrorCode code = ErrorCode::InvalidArgument);

} // namespace PredictionFields

} // namespace cs
