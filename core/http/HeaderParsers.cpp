#include "HeaderParsers.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace hd {

namespace {

// No valid form is longer; anything longer is rejected before a regular expression sees it.
constexpr qsizetype kMaxDateLength = 64;
// More digits than this cannot be a sensible max-age; capped rather than overflowing.
constexpr int kMaxAgeDigits = 12;

int monthNumber(const QString &name)
{
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.toLower())) + 1;
}

QDateTime makeUtc(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    // A leap second (":60") is still a valid moment, one second is not worth rejecting it.
    const QTime time(hour, minute, qMin(second, 59));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// RFC 9110: a two-digit year more than 50 years in the future is in the past century.
int fullYear(int twoDigits)
{
    int year = 2000 + twoDigits;
    if (year > QDate::currentDate().year() + 50)
        year -= 100;
    return year;
}

} // namespace

QDateTime parseHttpDate(const QByteArray &value)
{
    if (value.size() > kMaxDateLength)
        return {};
    const QString text = QString::fromLatin1(value).trimmed();
    // "Sun, 06 Nov 1994 08:49:37 GMT"
    static const QRegularExpression imf(
        QStringLiteral("^[A-Za-z]{3},\\s*(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{4})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\s+(?:GMT|UTC)$"),
        QRegularExpression::CaseInsensitiveOption);
    // "Sunday, 06-Nov-94 08:49:37 GMT"
    static const QRegularExpression rfc850(
        QStringLiteral("^[A-Za-z]{6,9},\\s*(\\d{2})-([A-Za-z]{3})-(\\d{2})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\s+GMT$"),
        QRegularExpression::CaseInsensitiveOption);
    // "Sun Nov  6 08:49:37 1994"
    static const QRegularExpression asctime(
        QStringLiteral("^[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\s+(\\d{4})$"));

    if (const QRegularExpressionMatch m = imf.match(text); m.hasMatch())
        return makeUtc(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt(),
                       m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (const QRegularExpressionMatch m = rfc850.match(text); m.hasMatch())
        return makeUtc(fullYear(m.captured(3).toInt()), monthNumber(m.captured(2)), m.captured(1).toInt(),
                       m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (const QRegularExpressionMatch m = asctime.match(text); m.hasMatch())
        return makeUtc(m.captured(6).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt(),
                       m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
    return {};
}

HstsPolicy parseHsts(const QByteArray &value)
{
    HstsPolicy policy;
    bool hasMaxAge = false;
    QSet<QByteArray> seen;
    for (const QByteArray &part : value.split(';')) {
        const QByteArray directive = part.trimmed();
        if (directive.isEmpty())
            continue;
        const qsizetype equals = directive.indexOf('=');
        const QByteArray name = (equals < 0 ? directive : directive.left(equals)).trimmed().toLower();
        QByteArray argument = equals < 0 ? QByteArray() : directive.mid(equals + 1).trimmed();
        if (argument.size() >= 2 && argument.startsWith('"') && argument.endsWith('"'))
            argument = argument.mid(1, argument.size() - 2);
        // RFC 6797 6.1: a directive given twice makes the whole header invalid.
        if (seen.contains(name))
            return {};
        seen.insert(name);
        if (name == "max-age") {
            if (argument.isEmpty() || !std::all_of(argument.cbegin(), argument.cend(), [](char c) { return c >= '0' && c <= '9'; }))
                return {};
            policy.maxAgeSeconds = argument.size() > kMaxAgeDigits ? std::numeric_limits<qint64>::max()
                                                                   : argument.toLongLong();
            hasMaxAge = true;
        } else if (name == "includesubdomains") {
            policy.includeSubDomains = true;
        } else if (name == "preload") {
            policy.preload = true;
        }
    }
    policy.valid = hasMaxAge;
    return policy;
}

QVariantMap hstsFacts(const HstsPolicy &policy)
{
    return {{QStringLiteral("valid"), policy.valid},
            {QStringLiteral("maxAge"), policy.maxAgeSeconds},
            {QStringLiteral("includeSubDomains"), policy.includeSubDomains},
            {QStringLiteral("preload"), policy.preload}};
}

} // namespace hd
