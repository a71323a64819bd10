#pragma once

#include <QCoreApplication>
#include <QString>

namespace hd {

// The protocols whose clients talk in plain text before TLS (STARTTLS and its kin).
enum class PlainProtocol { None, Smtp, Imap, Pop3, Ftp, Ldap, Xmpp, Postgres, Mysql };

// What the user asked to diagnose, normalised: the host in its ASCII (IDNA) form for the
// wire, the Unicode form for display.
struct Target
{
    QString input;       // as typed, for reports
    QString scheme;      // "https" unless the user named another scheme (or the port suggests one)
    PlainProtocol upgrade = PlainProtocol::None; // the plain-text part before TLS, if any
    bool schemeFromPort = false; // no scheme typed: the port's usual protocol was assumed
    QString host;        // ASCII form; IPv6 without brackets
    QString displayHost; // Unicode form
    quint16 port = 443;
    QString path = QStringLiteral("/");
    bool isIpLiteral = false;

    QString authority() const; // host:port with IPv6 brackets, for Host: headers and reports
    bool speaksHttp() const;   // https (and wss): the HTTP checks apply
};

// The other way to reach the same service: "smtp" on 25 for "smtps", "smtps" on 465 for
// "smtp"; empty scheme when there is none.
struct SchemeCounterpart
{
    QString scheme;
    quint16 port = 0;
};

enum class TargetError {
    None,
    Empty,
    UnsupportedScheme,
    BadCharacters,
    BadPort,
    BadIpv6,
    BadZoneId,
    NameTooLong,
    BadHostName,
};

struct TargetParseResult
{
    Target target;
    TargetError error = TargetError::None;
    QString offendingPart; // the piece of input that is wrong, for the explanation
    bool ok() const { return error == TargetError::None; }
};

class TargetParser
{
    Q_DECLARE_TR_FUNCTIONS(TargetParser)
public:
    static TargetParseResult parse(const QString &input);
    // Localised one-line explanation of a parse error, safe to show as plain text.
    static QString explain(const TargetParseResult &result);
    static SchemeCounterpart counterpart(const QString &scheme);
};

} // namespace hd
