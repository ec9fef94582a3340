#pragma once

#include "crypto/Sha256.h"
#include "util/Result.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

/// Reads a CSV file (RFC 4180: comma-separated, fields optionally in double quotes with "" for a quote, records
/// ending in CRLF or LF) one record at a time from a fixed-size buffer, so a file of any length is read in constant
/// memory. It hashes every byte it reads (SHA-256 of the file) and refuses what RFC 4180 does not allow, naming the
/// file and line: a quote inside an unquoted field, text after a closing quote, a quoted field left open at the end
/// of the file, a record longer than the limit, a blank line before the end.
class CsvReader
{
public:
    /// A record longer than this is refused (a prediction row is a few hundred bytes at most).
    static constexpr qsizetype kMaxRecordBytes = 1 << 20;

    /// Opens `path` for reading; a UTF-8 byte-order mark at the start is skipped.
    static Result<std::unique_ptr<CsvReader>> open(const QString& path);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// Reads the next record. Returns false at the end of the file.
    Result<bool> next();
    /// Reads the first record as the column names. An empty file, or a name given twice, is an error naming the
    /// file.
    Result<QStringList> header();
    /// After header(): calls visit(row) for each data row (row 1 is the first after the header) once it is known to
    /// have the header's number of fields. A ragged row, or a header with no rows, is an error naming the file and
    /// row; an error visit returns stops the reading and is returned.
    Status forEachRow(const std::function<std::optional<Error>(qint64 row)>& visit);

    /// The errors forEachRow gives, for readers that split a file themselves.
    static Error raggedRow(const QString& path, qint64 row, qint64 line, qsizetype fields, qsizetype width);
    static Error noRows(const QString& path);

    qsizetype fieldCount() const { return qsizetype(m_ends.size()); }
    /// Field `i` of the current record, unquoted; valid until the next call to next().
    std::string_view field(qsizetype i) const
    {
        const size_t begin = i == 0 ? 0 : m_ends[size_t(i - 1)];
        return std::string_view(m_record.data() + begin, m_ends[size_t(i)] - begin);
    }
    QString fieldString(qsizetype i) const
    {
        const auto f = field(i);
        return QString::fromUtf8(f.data(), qsizetype(f.size()));
    }

    /// 1 for the first record (the header), 2 for the next, ...
    qint64 recordNumber() const { return m_recordNumber; }
    /// The line of the file the current record starts on (a quoted field may span lines).
    qint64 lineNumber() const { return m_recordLine; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 fileSize() const { return m_fileSize; }
    const QString& path() const { return m_path; }

    /// The SHA-256 of the whole file, hex; valid once next() has returned false.
    QString sha256Hex() const { return m_sha256Hex; }

private:
    CsvReader() = default;
    struct Scan;
    enum class Record
    {
        Fields,
        Blank,
        End,
    };
    Result<Record> readRecord();
    std::optional<Error> step(Scan& s);
    std::optional<Error> scanUnquoted(Scan& s);
    std::optional<Error> afterQuote(Scan& s);
    Result<bool> fill();
    Error error(qint64 line, const QString& what) const;

    QString m_path;
    QFile m_file;
    Sha256 m_hash;
    QString m_sha256Hex;
    std::vector<char> m_buffer;
    size_t m_pos = 0;
    size_t m_end = 0;
    bool m_eof = false;
    std::string m_record;
    std::vector<size_t> m_ends;
    qint64 m_recordNumber = 0;
    qint64 m_recordLine = 0;
    qint64 m_recordStart = 0; ///< the line the record being read starts on
    qsizetype m_headerWidth = 0;
    qint64 m_line = 1;
    qint64 m_blankLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_fileSize = 0;
};

} // namespace cs
