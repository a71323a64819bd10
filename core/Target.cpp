#include "Target.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace hd {

namespace {

constexpr int kMaxHostLength = 253;
constexpr int kMaxLabelLength = 63;

// The schemes, with their usual ports and the plain-text part before TLS for those that
// upgrade a plain connection. "http" is accepted because people paste what the address bar
// shows; we still test TLS on 443. `family` pairs a TLS-at-once scheme with its STARTTLS one.
struct SchemePort { const char *scheme; quint16 port; PlainProtocol upgrade; const char *family; };
constexpr SchemePort kSchemes[] = {
    {"https", 443, PlainProtocol::None, "http"},     {"http", 443, PlainProtocol::None, nullptr},
    {"wss", 443, PlainProtocol::None, nullptr},      {"ldaps", 636, PlainProtocol::None, "ldap"},
    {"imaps", 993, PlainProtocol::None, "imap"},     {"pop3s", 995, PlainProtocol::None, "pop3"},
    {"smtps", 465, PlainProtocol::None, "smtp"},     {"ftps", 990, PlainProtocol::None, "ftp"},
    {"smtp", 25, PlainProtocol::Smtp, "smtp"},       {"imap", 143, PlainProtocol::Imap, "imap"},
    {"pop3", 110, PlainProtocol::Pop3, "pop3"},      {"ftp", 21, PlainProtocol::Ftp, "ftp"},
    {"ldap", 389, PlainProtocol::Ldap, "ldap"},      {"xmpp", 5222, PlainProtocol::Xmpp, "xmpp"},
    {"postgres", 5432, PlainProtocol::Postgres, "postgres"}, {"postgresql", 5432, PlainProtocol::Postgres, nullptr},
    {"mysql", 3306, PlainProtocol::Mysql, "mysql"},
};

// Ports whose protocol a bare "host:port" is taken to mean (submission, 587, is SMTP too).
struct PortScheme { quint16 port; const char *scheme; };
constexpr PortScheme kPortGuesses[] = {
    {25, "smtp"}, {587, "smtp"}, {465, "smtps"}, {143, "imap"}, {993, "imaps"}, {110, "pop3"}, {995, "pop3s"},
    {21, "ftp"},  {990, "ftps"}, {389, "ldap"},  {636, "ldaps"}, {5222, "xmpp"}, {5432, "postgres"}, {3306, "mysql"},
};

const SchemePort *schemeEntry(const QString &scheme)
{
    for (const SchemePort &entry : kSchemes) {
        if (scheme == QLatin1String(entry.scheme))
            return &entry;
    }
    return nullptr;
}

// Sets the scheme and what it implies; for a bare "host:port", the port's usual protocol.
void applyScheme(Target *target, bool typed)
{
    if (!typed) {
        for (const PortScheme &guess : kPortGuesses) {
            if (guess.port == target->port) {
                target->scheme = QLatin1String(guess.scheme);
                target->schemeFromPort = true;
            }
        }
    }
    if (const SchemePort *entry = schemeEntry(target->scheme))
        target->upgrade = entry->upgrade;
}

bool hasControlOrSpace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

TargetParseResult failure(TargetError error, const QString &part)
{
    TargetParseResult result;
    result.error = error;
    result.offendingPart = part.left(80);
    return result;
}

bool parsePort(const QString &text, quint16 *port)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    if (!digits.match(text).hasMatch())
        return false;
    const int value = text.toInt();
    if (value < 1 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

bool isValidAsciiHostName(const QString &ace)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?$"));
    const QStringList labels = ace.split(QLatin1Char('.'));
    for (const QString &part : labels) {
        if (part.isEmpty() || part.size() > kMaxLabelLength || !label.match(part).hasMatch())
            return false;
    }
    return true;
}

// RFC 6874: in a URI the zone identifier follows "%25" and may be percent-encoded; a bare
// "%" as people type it is taken too. After decoding it is a short run of unreserved
// characters, nothing else: a zone may never swallow a port (":"), a bracket or a "%".
bool splitZone(const QString &text, QString *address, QString *zone)
{
    const qsizetype percent = text.indexOf(QLatin1Char('%'));
    *address = text.left(percent);
    if (percent < 0)
        return true;
    QString encoded = text.mid(percent + 1);
    if (encoded == QLatin1String("25")) // an empty RFC 6874 zone, or interface "25"?
        return false;
    if (encoded.startsWith(QLatin1String("25")))
        encoded = encoded.mid(2);
    *zone = QUrl::fromPercentEncoding(encoded.toUtf8());
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]{1,64}$"));
    return unreserved.match(*zone).hasMatch();
}

TargetParseResult ipv6Literal(Target target, const QString &text)
{
    QString bare;
    QString zone;
    if (!splitZone(text, &bare, &zone))
        return failure(TargetError::BadZoneId, text);
    QHostAddress address;
    if (!address.setAddress(bare) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return failure(TargetError::BadIpv6, text);
    address.setScopeId(zone);
    target.host = address.toString();
    target.displayHost = target.host;
    target.isIpLiteral = true;
    return {target, TargetError::None, {}};
}

} // namespace

bool Target::speaksHttp() const
{
    // An unset scheme is the parser's default, https (targets made by hand, in tests).
    return scheme.isEmpty() || scheme == QLatin1String("https") || scheme == QLatin1String("wss");
}

SchemeCounterpart TargetParser::counterpart(const QString &scheme)
{
    const SchemePort *entry = schemeEntry(scheme);
    if (!entry || !entry->family || scheme == QLatin1String("https"))
        return {};
    for (const SchemePort &other : kSchemes) {
        if (&other != entry && other.family && qstrcmp(other.family, entry->family) == 0)
            return {QLatin1String(other.scheme), other.port};
    }
    return {};
}

QString Target::authority() const
{
    const QString hostPart = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1:%2").arg(hostPart).arg(port);
}

TargetParseResult TargetParser::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(TargetError::Empty, {});
    if (hasControlOrSpace(text))
        return failure(TargetError::BadCharacters, text);

    // "handshake-doctor:TARGET", the scheme the desktop file registers, lets a help page
    // link straight to a diagnosis of TARGET.
    static const QRegularExpression launcherLink(QStringLiteral("^handshake-doctor:(//)?"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (const auto m = launcherLink.match(text); m.hasMatch())
        return parse(text.mid(m.capturedLength()));

    QString scheme = QStringLiteral("https");
    QString rest = text;
    static const QRegularExpression schemeWithSlashes(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    static const QRegularExpression schemeWithoutSlashes(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(?![0-9])"));
    quint16 defaultPort = 443;
    bool schemeTyped = false;
    if (const auto m = schemeWithSlashes.match(text); m.hasMatch()) {
        scheme = m.captured(1).toLower();
        rest = text.mid(m.capturedLength());
        const SchemePort *entry = schemeEntry(scheme);
        if (!entry)
            return failure(TargetError::UnsupportedScheme, m.captured(1));
        defaultPort = entry->port;
        if (scheme == QLatin1String("http"))
            scheme = QStringLiteral("https");
        if (scheme == QLatin1String("postgresql"))
            scheme = QStringLiteral("postgres");
        schemeTyped = true;
    } else if (const auto bare = schemeWithoutSlashes.match(text);
               bare.hasMatch() && text.count(QLatin1Char(':')) == 1 && !bare.captured(1).contains(QLatin1Char('.'))
               && bare.captured(1).compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0) {
        // "javascript:…", "mailto:…": a scheme we will never connect to.
        return failure(TargetError::UnsupportedScheme, bare.captured(1));
    }

    const qsizetype pathStart = rest.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    QString authority = pathStart < 0 ? rest : rest.left(pathStart);
    QString path = pathStart < 0 ? QString() : rest.mid(pathStart);
    if (const qsizetype hash = path.indexOf(QLatin1Char('#')); hash >= 0)
        path.truncate(hash);
    if (path.isEmpty() || path.startsWith(QLatin1Char('?')))
        path.prepend(QLatin1Char('/'));
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
        authority = authority.mid(at + 1); // credentials are never sent; drop them

    Target target;
    target.input = text;
    target.scheme = scheme;
    target.port = defaultPort;
    target.path = QString::fromLatin1(QUrl::toPercentEncoding(path, "/?&=%:@!$'()*+,;~-._"));

    QString host;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return failure(TargetError::BadIpv6, authority);
        host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')) || !parsePort(after.mid(1), &target.port))
                return failure(TargetError::BadPort, after.mid(1));
        }
        applyScheme(&target, schemeTyped);
        return ipv6Literal(target, host);
    }
    if (authority.count(QLatin1Char(':')) > 1) {
        applyScheme(&target, schemeTyped);
        return ipv6Literal(target, authority);
    }

    host = authority;
    if (const qsizetype colon = host.indexOf(QLatin1Char(':')); colon >= 0) {
        if (!parsePort(host.mid(colon + 1), &target.port))
            return failure(TargetError::BadPort, host.mid(colon + 1));
        host.truncate(colon);
    }
    applyScheme(&target, schemeTyped);
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty())
        return failure(TargetError::BadHostName, authority);
    if (host.size() > kMaxHostLength)
        return failure(TargetError::NameTooLong, host);

    QHostAddress v4;
    if (v4.setAddress(host) && v4.protocol() == QAbstractSocket::IPv4Protocol
        && host.count(QLatin1Char('.')) == 3) {
        target.host = v4.toString();
        target.displayHost = target.host;
        target.isIpLiteral = true;
        return {target, TargetError::None, {}};
    }

    const QString ace = QString::fromLatin1(QUrl::toAce(host.toLower())).toLower();
    if (ace.isEmpty() || !isValidAsciiHostName(ace))
        return failure(TargetError::BadHostName, host);
    if (ace.size() > kMaxHostLength)
        return failure(TargetError::NameTooLong, host);
    target.host = ace;
    // Qt shows Unicode only for registries with homograph rules; what the user typed is
    // safe to echo back, since it maps to the very same ASCII name.
    target.displayHost = host.toLower();
    return {target, TargetError::None, {}};
}

QString TargetParser::explain(const TargetParseResult &result)
{
    switch (result.error) {
    case TargetError::None:
        return {};
    case TargetError::Empty:
        return tr("Enter a web address, for example example.com or https://example.com:8443/.");
    case TargetError::UnsupportedScheme:
        return tr("“%1:” is not an address this tool can test. Use an https:// address, a host name, or a mail, directory or database server's address (smtp://, imaps://, ldap://, postgres://…).")
            .arg(result.offendingPart);
    case TargetError::BadCharacters:
        return tr("The address contains spaces or invisible control characters. Remove them and try again.");
    case TargetError::BadPort:
        return tr("“%1” is not a valid port. A port is a number from 1 to 65535.").arg(result.offendingPart);
    case TargetError::BadIpv6:
        return tr("“%1” is not a valid IPv6 address. Write IPv6 addresses in brackets, for example [2001:db8::1]:443.")
            .arg(result.offendingPart);
    case TargetError::BadZoneId:
        return tr("“%1” has an invalid zone (interface) after the “%”. Write it as in [fe80::1%25eth0]:443, with letters, digits, “.”, “_”, “~” or “-”.")
            .arg(result.offendingPart);
    case TargetError::NameTooLong:
        return tr("The host name is too long: a host name has at most 253 characters.");
    case TargetError::BadHostName:
        return tr("“%1” is not a valid host name. Host names use letters, digits, hyphens and dots.")
            .arg(result.offendingPart);
    }
    return {};
}

} // namespace hd
