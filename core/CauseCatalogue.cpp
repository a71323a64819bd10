#include "CauseCatalogue.h"

#include "Facts.h"

#include "checks/CauseFamilies.h"
#include "tls/TlsNames.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace hd {

namespace {

using causetext::certificates;

const QList<CauseFamily> &families()
{
    static const QList<CauseFamily> all{connectionCauses(), certificateCauses(), trustCauses(), revocationCauses(),
                                        protocolCauses(), httpCauses(), clientEnvironmentCauses()};
    return all;
}

} // namespace

const CauseCatalogue::Entry *CauseCatalogue::entry(const QString &id)
{
    for (const CauseFamily &family : families()) {
        for (std::size_t i = 0; i < family.count; ++i) {
            if (id == QLatin1String(family.entries[i].id.text()))
                return &family.entries[i];
        }
    }
    return nullptr;
}

QStringList CauseCatalogue::ids()
{
    QStringList out;
    for (const CauseFamily &family : families()) {
        for (std::size_t i = 0; i < family.count; ++i)
            out << QLatin1String(family.entries[i].id.text());
    }
    return out;
}

Finding CauseCatalogue::make(CauseId id, const QVariantMap &facts)
{
    // Every id in kCauseIds has an entry: tst_causes checks it on every test run.
    const Entry *cause = entry(QLatin1String(id.text()));
    Finding finding;
    finding.id = QLatin1String(id.text());
    if (cause) {
        finding.severity = cause->severityFor ? cause->severityFor(facts, cause->severity) : cause->severity;
        finding.fixedBy = cause->fixedBy;
    }
    finding.facts = facts;
    return finding;
}

namespace {

// One sentence for a verdict banner: the cause with the fact that matters most.
QString headlineFor(const Finding &finding, const QString &title)
{
    const QVariantMap &f = finding.facts;
    const QVariantMap firstCert = certificates(f).value(0).toMap();
    const int days = firstCert.value(QStringLiteral("days")).toInt();
    const bool leaf = factText(firstCert, "position") == QLatin1String("leaf");
    const QString id = finding.id;
    if (id == QLatin1String("cert-expired") && !firstCert.isEmpty()) {
        if (days == 0)
            return leaf ? CauseCatalogue::tr("This site's certificate expired today")
                        : CauseCatalogue::tr("A certificate in this site's chain expired today");
        return leaf ? CauseCatalogue::tr("This site's certificate expired %n day(s) ago", nullptr, days)
                    : CauseCatalogue::tr("A certificate in this site's chain expired %n day(s) ago", nullptr, days);
    }
    if (id == QLatin1String("cert-not-yet-valid") && !firstCert.isEmpty())
        return CauseCatalogue::tr("This site's certificate becomes valid only in %n day(s)", nullptr, qMax(1, days));
    if (id == QLatin1String("hostname-mismatch") && !factList(f, "names").isEmpty())
        return CauseCatalogue::tr("The certificate is for %1, not for %2")
            .arg(singleLine(f.value(QStringLiteral("names")).toStringList().mid(0, 3).join(QStringLiteral(", "))), factText(f, "host"));
    if (id == QLatin1String("untrusted-root") && !factText(f, "root").isEmpty())
        return CauseCatalogue::tr("The certificate comes from “%1”, an authority this computer does not trust").arg(factText(f, "root"));
    if (id == QLatin1String("incomplete-chain") && !factList(f, "missing").isEmpty())
        return CauseCatalogue::tr("The server does not send the intermediate certificate “%1”")
            .arg(singleLine(f.value(QStringLiteral("missing")).toStringList().first()));
    if (id == QLatin1String("revoked") && !factText(f, "position").isEmpty() && factText(f, "position") != QLatin1String("leaf"))
        return CauseCatalogue::tr("The intermediate certificate “%1” in this site's chain has been revoked").arg(factText(f, "certificate"));
    if (id == QLatin1String("connection-refused"))
        return CauseCatalogue::tr("Nothing accepts connections on %1 port %2").arg(factText(f, "address"), factText(f, "port"));
    if (id == QLatin1String("dns-failure") && factText(f, "kind") == QLatin1String("not-found"))
        return CauseCatalogue::tr("The name %1 does not exist").arg(factText(f, "host"));
    if (id == QLatin1String("timeout") && factText(f, "phase") == QLatin1String("connect"))
        return CauseCatalogue::tr("%1 port %2 does not answer").arg(factText(f, "address"), factText(f, "port"));
    if (id == QLatin1String("timeout") && factText(f, "phase") == QLatin1String("handshake"))
        return CauseCatalogue::tr("The server accepts the connection but never answers the TLS handshake");
    if (id == QLatin1String("sni-unknown") && !factText(f, "serverName").isEmpty())
        return CauseCatalogue::tr("The server has no site called %1").arg(factText(f, "serverName"));
    return title;
}

} // namespace

RenderedFinding CauseCatalogue::render(const Finding &finding, Actor reader)
{
    RenderedFinding text;
    const Entry *cause = entry(finding.id);
    if (!cause)
        return text;
    text.title = tr(cause->title);
    text.headline = headlineFor(finding, text.title);
    text.explanation = tr(cause->explanation);
    text.evidence = cause->evidence(finding.facts);
    for (const FixStep &step : cause->fixSteps) {
        if (step.text) {
            text.fixSteps << tr(step.actor == reader && step.forActor ? step.forActor : step.text);
            text.fixActors << step.actor;
        }
    }
    return text;
}

void CauseCatalogue::sortByRootCause(QList<Finding> *findings)
{
    std::stable_sort(findings->begin(), findings->end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        const Entry *ea = entry(a.id);
        const Entry *eb = entry(b.id);
        return (ea ? ea->rank : 1000) < (eb ? eb->rank : 1000);
    });
}

QString CauseCatalogue::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: return tr("Note");
    }
    return {};
}

QString CauseCatalogue::fixedByLabel(FixedBy fixedBy)
{
    switch (fixedBy) {
    case FixedBy::Client: return tr("You (this computer)");
    case FixedBy::Server: return tr("The site's administrator");
    case FixedBy::Network: return tr("Your network administrator");
    }
    return {};
}

QString CauseCatalogue::certificatePosition(const QString &positionKey)
{
    if (positionKey == QLatin1String("leaf"))
        return tr("The site's certificate");
    if (positionKey == QLatin1String("root"))
        return tr("The root certificate");
    return tr("The intermediate certificate");
}

QString CauseCatalogue::alertMeaning(int alertCode)
{
    switch (alertCode) {
    case tls::CloseNotify: return tr("the sender is closing the connection normally.");
    case tls::UnexpectedMessage: return tr("a message arrived that was not expected at this point.");
    case tls::BadRecordMac: return tr("a record could not be decrypted or verified.");
    case tls::HandshakeFailure: return tr("no acceptable set of security parameters was found (protocol version, cipher suite or certificate).");
    case tls::BadCertificate: return tr("a certificate was corrupt or its signature did not verify.");
    case tls::UnsupportedCertificate: return tr("a certificate was of an unsupported type.");
    case tls::CertificateRevoked: return tr("a certificate was revoked by its issuer.");
    case tls::CertificateExpired: return tr("a certificate has expired or is not yet valid.");
    case tls::CertificateUnknown: return tr("a certificate was not accepted for another reason.");
    case tls::IllegalParameter: return tr("a field in the handshake was out of range or inconsistent.");
    case tls::UnknownCa: return tr("a certificate's authority is not trusted.");
    case tls::AccessDenied: return tr("the peer is not allowed to connect.");
    case tls::DecodeError: return tr("a message could not be decoded.");
    case tls::DecryptError: return tr("a handshake signature or check failed.");
    case tls::ProtocolVersion: return tr("the protocol version offered is not supported by the other side.");
    case tls::InsufficientSecurity: return tr("the other side requires stronger cipher suites than offered.");
    case tls::InternalError: return tr("the sender had an internal error unrelated to the peer.");
    case tls::InappropriateFallback: return tr("a version downgrade was detected and refused.");
    case tls::UserCanceled: return tr("the sender cancelled the handshake.");
    case tls::MissingExtension: return tr("a required extension was missing.");
    case tls::UnsupportedExtension: return tr("an extension was sent that the other side does not allow.");
    case tls::UnrecognizedName: return tr("the server has no site for the requested name (SNI).");
    case tls::BadCertificateStatusResponse: return tr("the certificate status (OCSP) response was invalid.");
    case tls::UnknownPskIdentity: return tr("the pre-shared key identity is unknown.");
    case tls::CertificateRequired: return tr("a client certificate is required but none was provided.");
    case tls::NoApplicationProtocol: return tr("no application protocol (ALPN) in common.");
    default: return tr("an alert without a standard meaning.");
    }
}

} // namespace hd
