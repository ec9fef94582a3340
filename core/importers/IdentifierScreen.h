#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace cs {

/// Recognises direct identifiers (HIPAA Safe Harbor kinds that appear in prediction exports) so that a file
/// carrying them is refused before anything of it is stored. Column names are matched on their words
/// ("Patient_Name", "patientName", "date-of-birth"); values on their shape. Rules are named so the refusal can say
/// which one fired.
class IdentifierScreen
{
public:
    /// The rule a column name breaks ("names", "social security numbers", ...), if any.
    static std::optional<QString> columnRule(const QString& header);
    /// The rule a field value breaks ("e-mail addresses", "social security numbers", "phone numbers"), if any.
    /// Fast enough to run on every field of a ten-million-row file.
    static std::optional<QString> valueRule(std::string_view value);
    /// The same for a sample ID, where a date is also refused (it is likely a date of birth).
    static std::optional<QString> idRule(std::string_view id);
};

} // namespace cs
