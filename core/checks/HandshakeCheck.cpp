#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "tls/TlsNames.h"

namespace hd {

namespace {

// The server's first bytes, shown to the user: printable ASCII only, the rest as dots,
// so hostile servers cannot inject control characters into a terminal or a report.
QString printablePrefix(const QByteArray &bytes)
{
    QString text;
    for (const char c : bytes.left(48)) {
        const uchar u = uchar(c);
        text += (u >= 0x20 && u < 0x7f) ? QChar(u) : QChar(u == '\r' || u == '\n' ? ' ' : '.');
    }
    return text.simplified();
}

QString guessProtocol(const QByteArray &bytes)
{
    if (bytes.startsWith("HTTP/") || bytes.startsWith("<") || bytes.contains("<html"))
        return QStringLiteral("http");
    if (bytes.startsWith("SSH-"))
        return QStringLiteral("ssh");
    if (bytes.startsWith("220") && bytes.contains("SMTP"))
        return QStringLiteral("smtp");
    if (bytes.startsWith("220"))
        return QStringLiteral("ftp");
    if (bytes.startsWith("+OK"))
        return QStringLiteral("pop3");
    if (bytes.startsWith("* OK"))
        return QStringLiteral("imap");
    return QStringLiteral("unknown");
}

// For a scheme that starts with TLS (smtps, imaps...), the plain scheme of the same service
// and the TLS scheme's usual port: the hint when its port answered in plain text.
QVariantMap notTlsFacts(const Observations &obs)
{
    QVariantMap facts{{QStringLiteral("firstBytes"), printablePrefix(obs.firstBytes)},
                      {QStringLiteral("protocol"), guessProtocol(obs.firstBytes)},
                      {QStringLiteral("scheme"), obs.target.scheme},
                      {QStringLiteral("port"), obs.target.port}};
    facts.insert(QStringLiteral("authority"), obs.target.authority());
    const SchemeCounterpart plain = TargetParser::counterpart(obs.target.scheme);
    if (obs.target.upgrade == PlainProtocol::None && !plain.scheme.isEmpty()) {
        facts.insert(QStringLiteral("plainScheme"), plain.scheme);
        facts.insert(QStringLiteral("plainPort"), plain.port);
        facts.insert(QStringLiteral("tlsPort"), TargetParser::counterpart(plain.scheme).port);
    }
    return facts;
}

bool isClientCertificateRejection(int alertCode)
{
    switch (alertCode) {
    case tls::HandshakeFailure: case tls::CertificateRequired: case tls::BadCertificate:
    case tls::CertificateUnknown: case tls::AccessDenied: case tls::UnexpectedMessage:
        return true;
    default:
        return false;
    }
}

Finding clientCertificateRequired(const Observations &obs, const QString &alert)
{
    return CauseCatalogue::make(HD_CAUSE("client-cert-required"), {{QStringLiteral("alert"), alert},
                                                         {QStringLiteral("version"), obs.tlsVersion}});
}

// The main handshake broke after its ClientHello, a small TLS 1.2-only one worked: a device
// or program in the path interferes. Whether a small ClientHello offering TLS 1.3 worked too
// tells whether it minds TLS 1.3 or the ClientHello's size.
Finding versionInterference(const Observations &obs)
{
    using R = HandshakeOutcome::Result;
    const InterferenceRetry &retry = obs.interference;
    const QString how = obs.handshakeResult == R::PeerReset    ? QStringLiteral("reset")
                        : obs.handshakeResult == R::PeerClosed ? QStringLiteral("closed")
                                                               : QStringLiteral("stalled");
    QVariantMap facts{{QStringLiteral("how"), how},
                      {QStringLiteral("firstHelloBytes"), retry.firstHelloBytes},
                      {QStringLiteral("tls12HelloBytes"), retry.tls12HelloBytes},
                      {QStringLiteral("trigger"), retry.smallTls13Works ? QStringLiteral("size") : QStringLiteral("tls13")}};
    if (retry.smallTls13Tried)
        facts.insert(QStringLiteral("smallTls13HelloBytes"), retry.smallTls13HelloBytes);
    return CauseCatalogue::make(HD_CAUSE("version-interference"), facts);
}

QList<Finding> failedHandshake(const Observations &obs)
{
    using R = HandshakeOutcome::Result;
    const QString after = obs.lastMessageBeforeFailure;
    if (obs.interference.tls12Works)
        return {versionInterference(obs)};
    switch (obs.handshakeResult) {
    case R::NotTls:
        return {CauseCatalogue::make(HD_CAUSE("not-tls"), notTlsFacts(obs))};
    case R::PeerAlert: {
        const AlertEvent alert = obs.firstFatalAlertFromServer().value_or(AlertEvent{});
        if (alert.code == tls::UnrecognizedName)
            return {CauseCatalogue::make(HD_CAUSE("sni-unknown"), {{QStringLiteral("serverName"), obs.target.host},
                                                         {QStringLiteral("level"), QStringLiteral("fatal")}})};
        if (obs.certificateRequested && isClientCertificateRejection(alert.code))
            return {clientCertificateRequired(obs, tls::alertName(alert.code))};
        return {CauseCatalogue::make(HD_CAUSE("handshake-alert"), {{QStringLiteral("alert"), tls::alertName(alert.code)},
                                                         {QStringLiteral("code"), alert.code},
                                                         {QStringLiteral("after"), alert.afterMessage}})};
    }
    case R::PeerClosed:
    case R::PeerReset:
        if (obs.certificateRequested)
            return {clientCertificateRequired(obs, {})};
        return {CauseCatalogue::make(HD_CAUSE("handshake-aborted"),
                                     {{QStringLiteral("how"), obs.handshakeResult == R::PeerReset ? QStringLiteral("reset")
                                                                                                    : QStringLiteral("closed")},
                                      {QStringLiteral("after"), after}})};
    case R::Timeout:
        return {CauseCatalogue::make(HD_CAUSE("timeout"), {{QStringLiteral("phase"), QStringLiteral("handshake")},
                                                 {QStringLiteral("address"), obs.address.toString()},
                                                 {QStringLiteral("port"), obs.target.port},
                                                 {QStringLiteral("after"), after},
                                                 {QStringLiteral("seconds"), obs.options.timeoutMs / 1000.0}})};
    case R::LocalFailure:
    case R::NetworkError:
        return {CauseCatalogue::make(HD_CAUSE("tls-failed"), {{QStringLiteral("error"), obs.handshakeError},
                                                    {QStringLiteral("after"), after}})};
    case R::Cancelled:
    case R::Established:
        return {};
    }
    return {};
}

// TLS 1.3 servers judge the client's certificate after the client already considers the
// handshake done: the rejection arrives as an alert on the first read.
QList<Finding> afterEstablished(const Observations &obs)
{
    QList<Finding> findings;
    for (const AlertEvent &alert : obs.alerts) {
        if (!alert.sentByUs && !alert.fatal && alert.code == tls::UnrecognizedName) {
            findings << CauseCatalogue::make(HD_CAUSE("sni-unknown"), {{QStringLiteral("serverName"), obs.target.host},
                                                                   {QStringLiteral("level"), QStringLiteral("warning")}});
        }
    }
    if (const auto alert = obs.firstFatalAlertFromServer()) {
        if (obs.certificateRequested && isClientCertificateRejection(alert->code))
            findings << clientCertificateRequired(obs, tls::alertName(alert->code));
        else
            findings << CauseCatalogue::make(HD_CAUSE("handshake-alert"), {{QStringLiteral("alert"), tls::alertName(alert->code)},
                                                                 {QStringLiteral("code"), alert->code},
                                                                 {QStringLiteral("after"), alert->afterMessage}});
    } else if (obs.certificateRequested && obs.httpAttempted && !obs.http.received
               && (obs.http.error.error == NetError::Closed || obs.http.error.error == NetError::Reset)) {
        findings << clientCertificateRequired(obs, {});
    }
    return findings;
}

} // namespace

QList<Finding> checkHandshake(const Observations &obs)
{
    if (obs.upgradeAttempted && !obs.upgrade.upgraded())
        return checkStartTls(obs);
    if (!obs.handshakeAttempted)
        return {};
    return obs.handshakeEstablished() ? afterEstablished(obs) : failedHandshake(obs);
}

} // namespace hd
