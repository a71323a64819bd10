#include "StepDescriber.h"

#include "Facts.h"

#include "CauseCatalogue.h"
#include "starttls/StartTls.h"
#include "tls/TlsNames.h"

#include <openssl/x509_vfy.h>

namespace hd {

namespace {


QString resolveDetail(const QVariantMap &f)
{
    if (!factText(f, "error").isEmpty())
        return StepDescriber::tr("%1: %2").arg(factText(f, "host"), factText(f, "error"));
    const QString source = factText(f, "source");
    if (source == QLatin1String("override"))
        return StepDescriber::tr("%1 → %2 (address given by you)").arg(factText(f, "host"), factList(f, "addresses"));
    if (source == QLatin1String("literal"))
        return StepDescriber::tr("%1 is an IP address: no lookup needed").arg(factText(f, "host"));
    return StepDescriber::tr("%1 → %2").arg(factText(f, "host"), factList(f, "addresses"));
}

QString connectDetail(const QVariantMap &f)
{
    const QString where = StepDescriber::tr("%1 port %2").arg(factText(f, "address"), factText(f, "port"));
    const QString error = factText(f, "error");
    if (error.isEmpty())
        return StepDescriber::tr("Connected to %1").arg(where);
    if (error == QLatin1String("refused"))
        return StepDescriber::tr("%1 refused the connection").arg(where);
    if (error == QLatin1String("timeout"))
        return StepDescriber::tr("No answer from %1").arg(where);
    return StepDescriber::tr("Could not connect to %1 (%2)").arg(where, error);
}

// The way through the proxy: its name, TCP to it, then CONNECT and its answer.
StepText describeProxy(const TimelineStep &step)
{
    const QVariantMap &f = step.facts;
    if (step.name == QLatin1String("dns"))
        return {StepDescriber::tr("Proxy name lookup (DNS)"), resolveDetail(f)};
    if (step.name == QLatin1String("tcp"))
        return {StepDescriber::tr("TCP connection to the proxy"), connectDetail(f)};
    if (step.name == QLatin1String("pac")) {
        if (!factText(f, "error").isEmpty())
            return {StepDescriber::tr("Proxy script (PAC)"), StepDescriber::tr("%1: could not be read (%2)").arg(factText(f, "url"), factText(f, "error"))};
        if (f.value(QStringLiteral("fetched")).toBool() && !f.value(QStringLiteral("definesFunction")).toBool())
            return {StepDescriber::tr("Proxy script (PAC)"), StepDescriber::tr("%1: defines no FindProxyForURL").arg(factText(f, "url"))};
        if (!f.value(QStringLiteral("evaluatedBySystem")).toBool())
            return {StepDescriber::tr("Proxy script (PAC)"), StepDescriber::tr("%1: cannot be evaluated on this system; connecting directly").arg(factText(f, "url"))};
        return {StepDescriber::tr("Proxy script (PAC)"), StepDescriber::tr("%1: no proxy for this site").arg(factText(f, "url"))};
    }
    if (!factText(f, "statusLine").isEmpty())
        return {StepDescriber::tr("Tunnel through the proxy"), QStringLiteral("%1 → %2").arg(factText(f, "request"), factText(f, "statusLine"))};
    return {StepDescriber::tr("Tunnel through the proxy"),
            StepDescriber::tr("%1: no answer from the proxy (%2)").arg(factText(f, "request"), factText(f, "error"))};
}

// The plain-text part before TLS: the server's words quoted, ours as sent.
StepText describePlainText(const TimelineStep &step)
{
    const QVariantMap &f = step.facts;
    const QString protocol = protocolDisplayName(factText(f, "protocol"));
    const bool sent = step.direction == TimelineStep::Direction::Sent;
    if (step.name == QLatin1String("protocol"))
        return {StepDescriber::tr("Protocol assumed from the port"),
                StepDescriber::tr("No scheme was given: port %1 is taken to mean %2://")
                    .arg(factText(f, "port"), factText(f, "scheme"))};
    if (step.name == QLatin1String("greeting"))
        return {sent ? StepDescriber::tr("%1 opening").arg(protocol) : StepDescriber::tr("%1 greeting").arg(protocol),
                factText(f, "text")};
    if (step.name == QLatin1String("capabilities"))
        return {sent ? StepDescriber::tr("%1: ask for capabilities").arg(protocol)
                     : StepDescriber::tr("%1 capabilities").arg(protocol),
                factText(f, "text")};
    if (step.name == QLatin1String("starttls"))
        return {sent ? StepDescriber::tr("%1: ask to start TLS").arg(protocol)
                     : StepDescriber::tr("%1: answer to the TLS request").arg(protocol),
                factText(f, "text")};
    const QString result = factText(f, "result");
    QString detail;
    if (result == QLatin1String("not-offered"))
        detail = StepDescriber::tr("The server does not offer TLS: %1").arg(factText(f, "text"));
    else if (result == QLatin1String("refused"))
        detail = StepDescriber::tr("The server refused: %1").arg(factText(f, "text"));
    else if (result == QLatin1String("unexpected"))
        detail = StepDescriber::tr("Unexpected answer: %1").arg(factText(f, "text"));
    else
        detail = StepDescriber::tr("No complete answer (%1)").arg(factText(f, "error"));
    return {StepDescriber::tr("%1 did not switch to TLS").arg(protocol), detail};
}

QString messageDetail(const TimelineStep &step)
{
    const QVariantMap &f = step.facts;
    const int type = f.value(QStringLiteral("type"), -1).toInt();
    if (step.name == QLatin1String("ChangeCipherSpec"))
        return StepDescriber::tr("Switch to encrypted records (TLS 1.2 and older; a compatibility no-op in TLS 1.3)");
    if (step.name == QLatin1String("HelloRetryRequest"))
        return StepDescriber::tr("The server asks the client to retry with key share %1").arg(factText(f, "group"));
    switch (type) {
    case tls::ClientHello: {
        const int suites = f.value(QStringLiteral("cipherSuites")).toStringList().size();
        QString text = StepDescriber::tr("Offers %1 with %n cipher suite(s)", nullptr, suites).arg(factList(f, "offeredVersions"));
        text += QStringLiteral("; ") + (factText(f, "serverName").isEmpty() ? StepDescriber::tr("no SNI")
                                                                       : StepDescriber::tr("SNI %1").arg(factText(f, "serverName")));
        if (!factList(f, "alpn").isEmpty())
            text += QStringLiteral("; ") + StepDescriber::tr("ALPN %1").arg(factList(f, "alpn"));
        return text;
    }
    case tls::ServerHello: {
        QString text = StepDescriber::tr("Chooses %1 with %2").arg(factText(f, "version"), factText(f, "cipher"));
        if (!factText(f, "group").isEmpty())
            text += QStringLiteral("; ") + StepDescriber::tr("key exchange %1").arg(factText(f, "group"));
        return text;
    }
    case tls::EncryptedExtensions: return StepDescriber::tr("Further server parameters, encrypted");
    case tls::Certificate:
        if (step.direction == TimelineStep::Direction::Sent)
            return StepDescriber::tr("The client's certificate (empty: the client has none)");
        return StepDescriber::tr("The server's certificate chain: %n certificate(s)", nullptr, f.value(QStringLiteral("count")).toInt());
    case tls::ServerKeyExchange: return StepDescriber::tr("The server's key exchange parameters, signed");
    case tls::CertificateRequest: return StepDescriber::tr("The server asks the client for a certificate");
    case tls::ServerHelloDone: return StepDescriber::tr("The server has sent its part of the hello");
    case tls::CertificateVerify: return StepDescriber::tr("Proof of possession of the certificate's private key");
    case tls::ClientKeyExchange: return StepDescriber::tr("The client's key exchange share");
    case tls::Finished: return StepDescriber::tr("Integrity check over the whole handshake");
    case tls::NewSessionTicket: return StepDescriber::tr("A ticket to resume the session later");
    case tls::CertificateStatus: return StepDescriber::tr("Stapled OCSP revocation status");
    default: return {};
    }
}

QString hstsDetail(const QVariantMap &hsts)
{
    if (!hsts.value(QStringLiteral("valid")).toBool())
        return StepDescriber::tr("invalid HSTS header");
    const qint64 days = hsts.value(QStringLiteral("maxAge")).toLongLong() / 86400;
    QString text = StepDescriber::tr("HSTS for %n day(s)", nullptr, int(qMin<qint64>(days, 1000000)));
    if (hsts.value(QStringLiteral("includeSubDomains")).toBool())
        text += QStringLiteral(", includeSubDomains");
    if (hsts.value(QStringLiteral("preload")).toBool())
        text += QStringLiteral(", preload");
    return text;
}

// One hop of the redirects followed after the main HTTP exchange.
StepText redirectText(const QVariantMap &f)
{
    const QString title = StepDescriber::tr("Redirect");
    const QString hop = QStringLiteral("%1 → %2").arg(factText(f, "statusLine"), factText(f, "to"));
    const QString problem = factText(f, "problem");
    const QString detail = factText(f, "problemDetail");
    if (factText(f, "to").startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return {title, StepDescriber::tr("%1: leaves HTTPS").arg(hop)};
    if (problem == QLatin1String("handshake"))
        return {title, StepDescriber::tr("%1: the TLS handshake failed (%2)").arg(hop, detail)};
    if (problem == QLatin1String("certificate"))
        return {title, StepDescriber::tr("%1: its certificate is not valid for it (%2)").arg(hop, detail)};
    if (problem == QLatin1String("no-answer") || problem == QLatin1String("not-tried"))
        return {title, StepDescriber::tr("%1: no answer (%2)").arg(hop, detail)};
    if (!factText(f, "answer").isEmpty())
        return {title, QStringLiteral("%1; %2").arg(hop, factText(f, "answer"))};
    return {title, hop};
}

QString sniAttemptDetail(const QVariantMap &attempt)
{
    if (!factText(attempt, "certificate").isEmpty())
        return StepDescriber::tr("“%1”").arg(factText(attempt, "certificate"));
    return StepDescriber::tr("no certificate (%1)").arg(factText(attempt, "alert").isEmpty() ? factText(attempt, "result") : factText(attempt, "alert"));
}

QString sniDetail(const QVariantMap &f)
{
    if (!factText(f, "skipped").isEmpty())
        return StepDescriber::tr("Not used with an IP address");
    return StepDescriber::tr("Without SNI: %1; for an unknown name: %2")
        .arg(sniAttemptDetail(f.value(QStringLiteral("withoutSni")).toMap()),
             sniAttemptDetail(f.value(QStringLiteral("unrelatedName")).toMap()));
}

QString revocationStatus(const QVariantMap &f, const char *source)
{
    const QString status = factText(f, source);
    const QString problem = f.value(QLatin1String(source) + QLatin1String("Problem")).toString();
    if (status == QLatin1String("good"))
        return StepDescriber::tr("good");
    if (status == QLatin1String("revoked"))
        return StepDescriber::tr("revoked");
    if (status == QLatin1String("unknown"))
        return StepDescriber::tr("certificate unknown");
    if (status == QLatin1String("unreachable"))
        return StepDescriber::tr("no answer (%1)").arg(problem);
    if (status == QLatin1String("unusable"))
        return StepDescriber::tr("unusable answer (%1)").arg(problem);
    return StepDescriber::tr("none named");
}

QString revocationDetail(const QVariantMap &f)
{
    if (!factText(f, "skipped").isEmpty())
        return StepDescriber::tr("The certificate's issuer is unknown, so there is nothing to ask");
    QString detail = StepDescriber::tr("OCSP responder: %1; CRL: %2").arg(revocationStatus(f, "ocsp"), revocationStatus(f, "crl"));
    for (const QVariant &entry : f.value(QStringLiteral("issuers")).toList()) {
        const QVariantMap issuer = entry.toMap();
        detail += StepDescriber::tr("; for “%1”: OCSP responder: %2; CRL: %3")
                      .arg(factText(issuer, "certificate"), revocationStatus(issuer, "ocsp"), revocationStatus(issuer, "crl"));
    }
    return detail;
}

QString protocolVersionsDetail(const QVariantMap &f)
{
    // Only what the server answered: whether a version is a problem is the findings' call.
    const QStringList accepted = f.value(QStringLiteral("accepted")).toStringList();
    if (accepted.isEmpty() && !factList(f, "unknown").isEmpty())
        return StepDescriber::tr("Could not tell: no clear answer for %1").arg(factList(f, "unknown"));
    if (accepted.isEmpty())
        return StepDescriber::tr("No version accepted");
    QString text = StepDescriber::tr("Accepts %1").arg(accepted.join(QStringLiteral(", ")));
    if (!factList(f, "unknown").isEmpty())
        text += QStringLiteral("; ") + StepDescriber::tr("no clear answer for %1").arg(factList(f, "unknown"));
    return text;
}

QString cipherSuitesDetail(const QVariantMap &f)
{
    const QVariantMap suites = f.value(QStringLiteral("suites")).toMap();
    if (suites.isEmpty() && !factList(f, "incomplete").isEmpty())
        return StepDescriber::tr("Could not tell: no clear answer for %1").arg(factList(f, "incomplete"));
    if (suites.isEmpty())
        return StepDescriber::tr("No suite accepted");
    const QStringList serverOrder = f.value(QStringLiteral("serverOrder")).toStringList();
    QStringList parts;
    // Newest version first, as a reader cares about it most.
    for (auto it = suites.cend(); it != suites.cbegin();) {
        --it;
        const int count = int(it.value().toStringList().size());
        parts << (serverOrder.contains(it.key()) ? StepDescriber::tr("%1: %n suite(s), server's order", nullptr, count)
                                                 : StepDescriber::tr("%1: %n suite(s)", nullptr, count))
                     .arg(it.key());
    }
    return parts.join(QStringLiteral("; "));
}

QString keyExchangeDetail(const QVariantMap &f)
{
    const QString groups = factList(f, "groups").isEmpty() ? StepDescriber::tr("none") : factList(f, "groups");
    QString dh;
    if (f.contains(QStringLiteral("dhBits")))
        dh = StepDescriber::tr("%1-bit group").arg(factText(f, "dhBits"));
    else if (factText(f, "dhe") == QLatin1String("rejected"))
        dh = StepDescriber::tr("not offered");
    else
        dh = StepDescriber::tr("could not tell");
    return StepDescriber::tr("Elliptic curves: %1; finite-field DH: %2").arg(groups, dh);
}

// One case per probe of ProbeRegistry: the probe's name and its summary facts.
// The certificate the site sent without the proxy, compared with the one through it.
QString directDetail(const QVariantMap &f)
{
    const QString outcome = factText(f, "outcome");
    if (outcome == QLatin1String("same"))
        return StepDescriber::tr("The same certificate as through the proxy");
    if (outcome == QLatin1String("different"))
        return StepDescriber::tr("Another certificate, issued by “%1”").arg(factText(f, "issuer"));
    return StepDescriber::tr("No certificate: %1").arg(factText(f, "error"));
}

StepText describeProbe(const TimelineStep &step)
{
    if (step.name == QLatin1String("sni"))
        return {StepDescriber::tr("Server name (SNI) behaviour"), sniDetail(step.facts)};
    if (step.name == QLatin1String("revocation"))
        return {StepDescriber::tr("Revocation check"), revocationDetail(step.facts)};
    if (step.name == QLatin1String("protocol-versions"))
        return {StepDescriber::tr("Protocol versions"), protocolVersionsDetail(step.facts)};
    if (step.name == QLatin1String("cipher-suites"))
        return {StepDescriber::tr("Cipher suites"), cipherSuitesDetail(step.facts)};
    if (step.name == QLatin1String("key-exchange"))
        return {StepDescriber::tr("Key exchange"), keyExchangeDetail(step.facts)};
    if (step.name == QLatin1String("direct"))
        return {StepDescriber::tr("Direct connection, without the proxy"), directDetail(step.facts)};
    return {singleLine(step.name), {}};
}

} // namespace

StepText StepDescriber::describe(const TimelineStep &step)
{
    const QVariantMap &f = step.facts;
    switch (step.kind) {
    case TimelineStep::Kind::Resolve:
        return {tr("Name lookup (DNS)"), resolveDetail(f)};
    case TimelineStep::Kind::Connect:
        return {tr("TCP connection"), connectDetail(f)};
    case TimelineStep::Kind::TlsMessage:
        return {singleLine(step.name), messageDetail(step)};
    case TimelineStep::Kind::TlsAlert: {
        const QString level = factText(f, "level") == QLatin1String("fatal") ? tr("fatal") : tr("warning");
        return {tr("Alert: %1").arg(singleLine(step.name)),
                tr("%1 alert: %2").arg(level, CauseCatalogue::alertMeaning(f.value(QStringLiteral("code")).toInt()))};
    }
    case TimelineStep::Kind::TlsEstablished: {
        QString detail = QStringLiteral("%1, %2").arg(factText(f, "version"), factText(f, "cipher"));
        if (!factText(f, "keyExchange").isEmpty())
            detail += QStringLiteral(", %1").arg(factText(f, "keyExchange"));
        return {tr("Secure connection established"), detail};
    }
    case TimelineStep::Kind::TlsFailed: {
        const QString reason = factText(f, "reason");
        QString detail;
        if (reason == QLatin1String("peer-alert"))
            detail = tr("The server sent an alert");
        else if (reason == QLatin1String("peer-closed"))
            detail = tr("The server closed the connection");
        else if (reason == QLatin1String("peer-reset"))
            detail = tr("The connection was reset");
        else if (reason == QLatin1String("not-tls"))
            detail = tr("The answer is not TLS");
        else if (reason == QLatin1String("timeout"))
            detail = tr("No answer before the time limit");
        else if (reason == QLatin1String("cancelled"))
            detail = tr("Cancelled");
        else
            detail = tr("Stopped by the client: %1").arg(factText(f, "error"));
        return {tr("Handshake failed"), detail};
    }
    case TimelineStep::Kind::CertificateCheck:
        if (f.value(QStringLiteral("verified")).toBool() && f.value(QStringLiteral("neededDownload")).toBool())
            return {tr("Certificate check"), tr("Trusted only with the intermediate downloaded from the certificate's AIA address")};
        if (f.value(QStringLiteral("verified")).toBool())
            return {tr("Certificate check"), tr("The chain leads to a trusted root")};
        return {tr("Certificate check"), certificateProblems(f).join(QStringLiteral("; "))};
    case TimelineStep::Kind::IssuerFetch:
        if (!factText(f, "error").isEmpty())
            return {tr("Download missing issuer"), tr("%1: %2").arg(factText(f, "url"), factText(f, "error"))};
        return {tr("Download missing issuer"), tr("%1 → “%2”").arg(factText(f, "url"), factText(f, "subject"))};
    case TimelineStep::Kind::Http:
        if (step.name == QLatin1String("redirect"))
            return redirectText(f);
        if (!factText(f, "error").isEmpty())
            return {tr("HTTP request"), tr("%1: no answer (%2)").arg(factText(f, "request"), factText(f, "error"))};
        if (f.contains(QStringLiteral("hsts")))
            return {tr("HTTP request"), QStringLiteral("%1 → %2; %3").arg(factText(f, "request"), factText(f, "statusLine"),
                                                                        hstsDetail(f.value(QStringLiteral("hsts")).toMap()))};
        return {tr("HTTP request"), QStringLiteral("%1 → %2").arg(factText(f, "request"), factText(f, "statusLine"))};
    case TimelineStep::Kind::Probe:
        return describeProbe(step);
    case TimelineStep::Kind::Proxy:
        return describeProxy(step);
    case TimelineStep::Kind::PlainText:
        return describePlainText(step);
    }
    return {};
}

namespace {

QString messageSentence(const TimelineStep &step)
{
    const QVariantMap &f = step.facts;
    const bool fromServer = step.direction == TimelineStep::Direction::Received;
    if (step.name == QLatin1String("ChangeCipherSpec"))
        return fromServer ? StepDescriber::tr("Server switches to encryption") : StepDescriber::tr("This computer switches to encryption");
    if (step.name == QLatin1String("HelloRetryRequest"))
        return StepDescriber::tr("Server asks for another hello");
    switch (f.value(QStringLiteral("type"), -1).toInt()) {
    case tls::ClientHello: return StepDescriber::tr("This computer says hello: offers %1").arg(factList(f, "offeredVersions"));
    case tls::ServerHello: return StepDescriber::tr("Server says hello: chooses %1").arg(factText(f, "version"));
    case tls::EncryptedExtensions: return StepDescriber::tr("Server sends its settings, encrypted");
    case tls::Certificate:
        if (!fromServer)
            return StepDescriber::tr("This computer sends its certificate");
        return StepDescriber::tr("Server sends its certificate: %n certificate(s)", nullptr, f.value(QStringLiteral("count")).toInt());
    case tls::ServerKeyExchange: return StepDescriber::tr("Server sends its key share");
    case tls::CertificateRequest: return StepDescriber::tr("Server asks for a client certificate");
    case tls::ServerHelloDone: return StepDescriber::tr("Server has said its hello");
    case tls::CertificateVerify:
        return fromServer ? StepDescriber::tr("Server proves it holds the certificate's key")
                          : StepDescriber::tr("This computer proves it holds its certificate's key");
    case tls::ClientKeyExchange: return StepDescriber::tr("This computer sends its key share");
    case tls::Finished:
        return fromServer ? StepDescriber::tr("Server confirms the handshake") : StepDescriber::tr("This computer confirms the handshake");
    case tls::NewSessionTicket: return StepDescriber::tr("Server sends a ticket to resume later");
    case tls::CertificateStatus: return StepDescriber::tr("Server sends its certificate's revocation status");
    default: return {};
    }
}

} // namespace

QString StepDescriber::sentence(const TimelineStep &step)
{
    const QVariantMap &f = step.facts;
    const bool failed = step.status == TimelineStep::Status::Failed;
    switch (step.kind) {
    case TimelineStep::Kind::Resolve:
        if (!factText(f, "error").isEmpty() || factList(f, "addresses").isEmpty())
            return tr("Looks up %1: not found").arg(factText(f, "host"));
        return tr("Looks up %1: %2").arg(factText(f, "host"), factText(f, "used").isEmpty() ? factList(f, "addresses") : factText(f, "used"));
    case TimelineStep::Kind::Connect: {
        const QString error = factText(f, "error");
        if (error == QLatin1String("refused"))
            return tr("Connects to port %1: refused").arg(factText(f, "port"));
        if (error == QLatin1String("timeout"))
            return tr("Connects to port %1: no answer").arg(factText(f, "port"));
        if (!error.isEmpty())
            return tr("Connects to port %1: failed").arg(factText(f, "port"));
        return tr("Connects to port %1").arg(factText(f, "port"));
    }
    case TimelineStep::Kind::TlsMessage: {
        const QString text = messageSentence(step);
        return text.isEmpty() ? singleLine(step.name) : tr("%1 (%2)", "a sentence, then the message's protocol name").arg(text, singleLine(step.name));
    }
    case TimelineStep::Kind::TlsAlert: {
        const bool sent = step.direction == TimelineStep::Direction::Sent;
        if (step.name == QLatin1String("close_notify")) // the polite goodbye, not a failure
            return sent ? tr("This computer closes the connection (close_notify)") : tr("Server closes the connection (close_notify)");
        return sent ? tr("This computer stops with alert %1").arg(singleLine(step.name))
                    : tr("Server stops with alert %1").arg(singleLine(step.name));
    }
    case TimelineStep::Kind::TlsEstablished: return tr("Secure connection established: %1").arg(factText(f, "version"));
    case TimelineStep::Kind::TlsFailed: return tr("Handshake failed");
    case TimelineStep::Kind::CertificateCheck:
        return failed ? tr("Checks the certificate: not accepted") : tr("Checks the certificate: accepted");
    case TimelineStep::Kind::IssuerFetch:
        return factText(f, "error").isEmpty() ? tr("Downloads the missing certificate") : tr("Downloads the missing certificate: failed");
    case TimelineStep::Kind::Http:
        if (!factText(f, "error").isEmpty())
            return tr("Asks for the page: no answer");
        return tr("Asks for the page: %1").arg(factText(f, "statusLine"));
    case TimelineStep::Kind::Probe:
        if (step.name == QLatin1String("revocation"))
            return tr("Asks whether the certificate was revoked");
        return describe(step).title;
    case TimelineStep::Kind::PlainText: {
        const bool sent = step.direction == TimelineStep::Direction::Sent;
        const QString protocol = protocolDisplayName(factText(f, "protocol"));
        if (step.name == QLatin1String("protocol"))
            return tr("Takes port %1 to mean %2://").arg(factText(f, "port"), factText(f, "scheme"));
        if (step.name == QLatin1String("greeting"))
            return sent ? tr("This computer opens the %1 conversation").arg(protocol) : tr("Server greets in %1").arg(protocol);
        if (step.name == QLatin1String("capabilities"))
            return sent ? tr("This computer asks what the server offers") : tr("Server lists what it offers");
        if (step.name == QLatin1String("starttls"))
            return sent ? tr("This computer asks to switch to TLS") : tr("Server answers the request to switch to TLS");
        return tr("Server does not switch to TLS");
    }
    case TimelineStep::Kind::Proxy:
        if (step.name == QLatin1String("dns"))
            return tr("Looks up the proxy");
        if (step.name == QLatin1String("tcp"))
            return failed ? tr("Connects to the proxy: failed") : tr("Connects to the proxy");
        if (factText(f, "statusLine").isEmpty())
            return tr("Asks the proxy for a tunnel: no answer");
        return tr("Asks the proxy for a tunnel: %1").arg(factText(f, "statusLine"));
    }
    return describe(step).title;
}

QStringList StepDescriber::certificateProblems(const QVariantMap &facts)
{
    QStringList lines;
    for (const QVariant &entry : facts.value(QStringLiteral("problems")).toList()) {
        const QVariantMap problem = entry.toMap();
        QString text;
        switch (problem.value(QStringLiteral("code")).toInt()) {
        case X509_V_ERR_CERT_HAS_EXPIRED: text = tr("the certificate has expired"); break;
        case X509_V_ERR_CERT_NOT_YET_VALID: text = tr("the certificate is not valid yet"); break;
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT: text = tr("the certificate is self-signed"); break;
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN: text = tr("the chain ends at a root this computer does not trust"); break;
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY: text = tr("the certificate's issuer is missing"); break;
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE: text = tr("the site certificate's issuer is missing"); break;
        case X509_V_ERR_CERT_SIGNATURE_FAILURE: text = tr("the certificate's signature is invalid"); break;
        case X509_V_ERR_INVALID_CA: text = tr("a certificate that is not an authority issued another one"); break;
        case X509_V_ERR_PATH_LENGTH_EXCEEDED: text = tr("the chain is longer than its authority allows"); break;
        case X509_V_ERR_INVALID_PURPOSE: text = tr("the certificate is not allowed for this purpose"); break;
        case X509_V_ERR_CERT_REVOKED: text = tr("the certificate was revoked"); break;
        default: text = singleLine(problem.value(QStringLiteral("text")).toString()); break;
        }
        lines << tr("%1 (certificate %2 of the chain)").arg(text).arg(problem.value(QStringLiteral("depth")).toInt() + 1);
    }
    lines.removeDuplicates();
    return lines;
}

QString StepDescriber::statusLabel(TimelineStep::Status status)
{
    switch (status) {
    case TimelineStep::Status::Ok: return tr("OK");
    case TimelineStep::Status::Info: return tr("Info");
    case TimelineStep::Status::Warning: return tr("Warning");
    case TimelineStep::Status::Failed: return tr("Failed");
    case TimelineStep::Status::Skipped: return tr("Skipped");
    }
    return {};
}

QString StepDescriber::directionArrow(TimelineStep::Direction direction)
{
    switch (direction) {
    case TimelineStep::Direction::Sent: return QStringLiteral("→");
    case TimelineStep::Direction::Received: return QStringLiteral("←");
    case TimelineStep::Direction::None: return {};
    }
    return {};
}

} // namespace hd
