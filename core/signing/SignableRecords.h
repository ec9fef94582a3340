#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace cs {

class Database;

/// A record as a signature covers it: its canonical content (RFC 8785 JSON), a one-line summary for people, and
/// its author (for separation of duties).
struct SignableRecord
{
    QString type;
    QString id;
    QJsonObject content;
    QString summary;
    QString author;

    /// SHA-256 of the canonical content, lower-case hex.
    Result<QString> contentSha256() const;
};

/// One kind of record that can be signed. Later issues register model versions, change requests, PCCPs and
/// packages here; signing, policies and verification work on any of them.
struct SignableRecordType
{
    QString name; ///< stable identifier used in manifests and on the command line: "audit-review"
    QString displayName;
    /// Loads the record as it is now; NotFound when there is none with that id.
    std::function<Result<SignableRecord>(Database&, const QString& id)> load;
};

namespace SignableRecords {
const QList<SignableRecordType>& all();
const SignableRecordType* find(QStringView name);
/// Loads `type`:`id`, naming an unknown type or a missing record.
Result<SignableRecord> load(Database& db, const QString& type, const QString& id);
/// Parses "TYPE:ID" as typed on the command line.
Result<std::pair<QString, QString>> parseReference(const QString& text);
} // namespace SignableRecords

} // namespace cs
