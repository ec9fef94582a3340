#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace cs {

/// A Great Expectations validation result (the JSON of an ExpectationSuiteValidationResult, as 0.x and 1.x write
/// it), reduced to what a data contract shows: the suite, the GX version, the overall outcome, its statistics, and
/// each expectation's type, column, keyword arguments and outcome. 0.x names an expectation's kind
/// `expectation_type` and the suite in meta.expectation_suite_name; 1.x uses `type` and a top-level `suite_name`.
struct GreatExpectationsResult
{
    /// Reads `path`; errors name the file and the field that is missing or of the wrong kind.
    static Result<QJsonObject> read(const QString& path);
};

} // namespace cs
