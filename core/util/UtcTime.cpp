#include "UtcTime.h"

#include <QDateTime>
#include <QTimeZone>

namespace cs::UtcTime {

namespace {
// Days since 1970-01-01 to civil date, proleptic Gregorian (H. Hinnant's algorithm). Exact for all int64 days
// we can meet; used instead of QDateTime because the verifier formats a million timestamps.
void civilFromDays(qint64 z, qint64& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += (m <= 2);
}

void putDigits(char* out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}
} // namespace

QByteArray formatMs(qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rem = ms % 86400000;
    if (rem < 0) {
        rem += 86400000;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    if (y < 0 || y > 9999) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
    }
    char buf[24];
    putDigits(buf, y, 4);
    buf[4] = '-';
    putDigits(buf + 5, m, 2);
    buf[7] = '-';
    putDigits(buf + 8, d, 2);
    buf[10] = 'T';
    putDigits(buf + 11, rem / 3600000, 2);
    buf[13] = ':';
    putDigits(buf + 14, (rem / 60000) % 60, 2);
    buf[16] = ':';
    putDigits(buf + 17, (rem / 1000) % 60, 2);
    buf[19] = '.';
    putDigits(buf + 20, rem % 1000, 3);
    buf[23] = 'Z';
    return QByteArray(buf, 24);
}

QString formatMsString(qint64 ms)
{
    return QString::fromLatin1(formatMs(ms));
}

std::optional<qint64> parseMs(QStringView text)
{
    if (!text.endsWith(u'Z')) {
        return std::nullopt;
    }
    const auto format = text.contains(u'.') ? Qt::ISODateWithMs : Qt::ISODate;
    const QDateTime dt = QDateTime::fromString(text.toString(), format);
    if (!dt.isValid()) {
        return std::nullopt;
    }
    return dt.toMSecsSinceEpoch();
}

QString displayMs(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace cs::UtcTime
