#pragma once

#include "registry/EvidenceTables.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/// Sections and text helpers of the change-control package (ChangeControlPackage.cpp), as HTML for its QTextDocument.
/// Each section prints the request's frozen record (ChangeRequestQuery::toJson) as it is, nothing recomputed.
namespace cs::reports::PackageSections {

QString esc(const QString& text);
/// An ISO 8601 UTC time as the package shows times.
QString utcText(const QString& iso);
/// A grid table.
QString table(const EvidenceTables::TextTable& t);
/// Label/value rows of a two-column table (values are HTML).
QString facts(const QList<std::pair<QString, QString>>& rows);
/// Text with its line breaks.
QString paragraphs(const QString& text);

/// 3. What changed: each version's commit, configuration key by key with git's line diff, parameters, metrics,
/// artifacts, data digests.
QString whatChanged(const QJsonObject& request);
/// 4. Data: each dataset's role, lock, samples, prediction digests, files and data contracts.
QString dataSection(const QJsonObject& request);
/// 6. Regulatory determination: the PCCP in force, the modification the request falls under, each rule in words
/// with its verdict and the numbers read, as frozen with the evidence.
QString determination(const QJsonObject& request);

} // namespace cs::reports::PackageSections
