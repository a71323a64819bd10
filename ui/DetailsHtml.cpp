#include "DetailsHtml.h"

#include "Facts.h"
#include "PlainText.h"

#include "Appearance.h"
#include "CauseCatalogue.h"
#include "ReportText.h"
#include "ResultText.h"
#include "StepDescriber.h"
#include "cert/KeyIdentifiers.h"

#include <QGuiApplication>
#include <QPalette>

#include <QLocale>

namespace hd {

namespace {

QStringList list(const QVariantMap &facts, const char *key)
{
    return facts.value(QLatin1String(key)).toStringList();
}

QString yesNo(bool value)
{
    return value ? DetailsHtml::tr("Yes") : DetailsHtml::tr("No");
}

QString directionText(TimelineStep::Direction direction)
{
    switch (direction) {
    case TimelineStep::Direction::Sent: return DetailsHtml::tr("→ sent by this computer");
    case TimelineStep::Direction::Received: return DetailsHtml::tr("← received from the server");
    case TimelineStep::Direction::None: return {};
    }
    return {};
}

QString resolveSource(const QString &key)
{
    if (key == QLatin1String("override"))
        return DetailsHtml::tr("Address override (Options)");
    if (key == QLatin1String("literal"))
        return DetailsHtml::tr("IP address, no lookup");
    return DetailsHtml::tr("DNS");
}

QString messageFacts(const TimelineStep &step)
{
    // DetailsHtml:: spelled out: lupdate does not see through aliases.
    const QVariantMap &f = step.facts;
    QString html;
    if (f.contains(QStringLiteral("offeredVersions"))) { // ClientHello
        html += DetailsHtml::row(DetailsHtml::tr("Offered versions"), list(f, "offeredVersions").join(QStringLiteral(", ")));
        html += DetailsHtml::row(DetailsHtml::tr("Server name (SNI)"), factText(f, "serverName").isEmpty() ? DetailsHtml::tr("none") : factText(f, "serverName"));
        html += DetailsHtml::row(DetailsHtml::tr("Application protocols (ALPN)"),
                                 list(f, "alpn").isEmpty() ? DetailsHtml::tr("none") : list(f, "alpn").join(QStringLiteral(", ")));
        html += DetailsHtml::row(DetailsHtml::tr("Key exchange groups"), list(f, "groups").join(QStringLiteral(", ")));
        html += DetailsHtml::rows(DetailsHtml::tr("Offered cipher suites"), list(f, "cipherSuites"));
        return html;
    }
    if (f.contains(QStringLiteral("cipher"))) { // ServerHello, HelloRetryRequest
        html += DetailsHtml::row(DetailsHtml::tr("Chosen version"), factText(f, "version"));
        html += DetailsHtml::row(DetailsHtml::tr("Chosen cipher suite"), factText(f, "cipher"));
        if (!factText(f, "group").isEmpty())
            html += DetailsHtml::row(DetailsHtml::tr("Key exchange group"), factText(f, "group"));
        if (!factText(f, "alpn").isEmpty())
            html += DetailsHtml::row(DetailsHtml::tr("Application protocol (ALPN)"), factText(f, "alpn"));
        return html;
    }
    if (f.contains(QStringLiteral("count")))
        html += DetailsHtml::row(DetailsHtml::tr("Certificates in the message"), QLocale().toString(f.value(QStringLiteral("count")).toInt()));
    return html;
}

} // namespace

QString DetailsHtml::escape(const QString &text)
{
    return htmlLiteral(text);
}

QString DetailsHtml::tableStart()
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
}

QString DetailsHtml::tableEnd()
{
    return QStringLiteral("</table>");
}

QString DetailsHtml::row(const QString &label, const QString &plainValue, bool offending)
{
    if (plainValue.isEmpty())
        return {};
    return rows(label, QStringList{plainValue}, offending);
}

// An offending field (the reason a finding is tied to this certificate) is tinted, its
// label red, so the eye lands on what the card talks about.
QString DetailsHtml::rows(const QString &label, const QStringList &plainValues, bool offending)
{
    if (plainValues.isEmpty())
        return {};
    QStringList escaped;
    for (const QString &value : plainValues)
        escaped << escape(value);
    const QString labelHtml = offending ? QStringLiteral("<a name=\"%1\"></a>%2").arg(kOffendingAnchor, colored(label, toneColor(Tone::Bad)))
                                        : QStringLiteral("<b>%1</b>").arg(escape(label));
    const QString tint = offending ? QStringLiteral(" bgcolor=\"%1\"").arg(toneBackground(QGuiApplication::palette(), Tone::Bad).name())
                                   : QString();
    return QStringLiteral("<tr%1><td valign=\"top\" width=\"30%\">%2</td><td valign=\"top\">%3</td></tr>")
        .arg(tint, labelHtml, escaped.join(QStringLiteral("<br>")));
}

QString DetailsHtml::colored(const QString &plainText, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>").arg(color.name(), escape(plainText));
}

QString DetailsHtml::stepFacts(const TimelineStep &step)
{
    const QVariantMap &f = step.facts;
    QString html;
    html += row(tr("Direction"), directionText(step.direction));
    html += row(tr("Started"), ResultText::offset(step.startMs));
    html += row(tr("Duration"), ResultText::milliseconds(step.durationMs));
    switch (step.kind) {
    case TimelineStep::Kind::Resolve:
        html += row(tr("Host"), factText(f, "host"));
        html += row(tr("Source"), resolveSource(factText(f, "source")));
        html += rows(tr("Addresses"), list(f, "addresses"));
        html += row(tr("Error"), factText(f, "error"));
        break;
    case TimelineStep::Kind::Connect:
        html += row(tr("Address"), factText(f, "address"));
        html += row(tr("Port"), factText(f, "port"));
        html += rows(tr("Attempts"), list(f, "attempts"));
        html += row(tr("Error"), factText(f, "error"));
        break;
    case TimelineStep::Kind::TlsMessage:
        html += messageFacts(step);
        break;
    case TimelineStep::Kind::TlsAlert:
        html += row(tr("Alert"), QStringLiteral("%1 (%2)").arg(factText(f, "alert"), factText(f, "code")));
        html += row(tr("Level"), factText(f, "level") == QLatin1String("fatal") ? tr("fatal: the connection ends") : tr("warning"));
        html += row(tr("Meaning"), CauseCatalogue::alertMeaning(f.value(QStringLiteral("code")).toInt()));
        break;
    case TimelineStep::Kind::TlsEstablished:
        html += row(tr("Version"), factText(f, "version"));
        html += row(tr("Cipher suite"), factText(f, "cipher"));
        if (!factText(f, "keyExchange").isEmpty()) {
            const int bits = f.value(QStringLiteral("keyExchangeBits")).toInt();
            html += row(tr("Key exchange"), bits > 0 ? tr("%1 (%2 bits)").arg(factText(f, "keyExchange")).arg(bits)
                                                     : factText(f, "keyExchange"));
        }
        html += row(tr("Application protocol (ALPN)"), factText(f, "alpn"));
        break;
    case TimelineStep::Kind::TlsFailed:
        html += row(tr("Last message before the failure"), factText(f, "after"));
        html += row(tr("TLS library error"), factText(f, "error"));
        break;
    case TimelineStep::Kind::CertificateCheck:
        html += row(tr("Result"), f.value(QStringLiteral("verified")).toBool() ? tr("Trusted") : tr("Not trusted"));
        html += rows(tr("Errors"), StepDescriber::certificateProblems(f));
        if (f.contains(QStringLiteral("anchors")))
            html += row(tr("Trusted roots loaded"), QLocale().toString(f.value(QStringLiteral("anchors")).toInt()));
        html += row(tr("Extra CA file problem"), factText(f, "extraCaFileError"));
        break;
    case TimelineStep::Kind::IssuerFetch:
        html += row(tr("Address"), factText(f, "url"));
        html += row(tr("Missing issuer of"), factText(f, "for"));
        html += row(tr("Downloaded"), factText(f, "subject"));
        html += row(tr("Error"), factText(f, "error"));
        break;
    case TimelineStep::Kind::Http:
        html += row(tr("Request"), factText(f, "request"));
        html += row(tr("Answer"), factText(f, "statusLine"));
        html += row(tr("Error"), factText(f, "error"));
        break;
    case TimelineStep::Kind::Proxy:
    case TimelineStep::Kind::PlainText:
    case TimelineStep::Kind::Probe:
        // A proxy step's, a plain-text message's or a probe's facts are its own; StepDescriber
        // puts them into words (the detail line).
        break;
    }
    return html;
}

QString DetailsHtml::step(const TimelineStep &step)
{
    const StepText text = StepDescriber::describe(step);
    QString html = QStringLiteral("<h3>%1</h3>").arg(escape(text.title));
    html += QStringLiteral("<p>%1</p>").arg(colored(StepDescriber::statusLabel(step.status), toneColor(toneOf(step.status))));
    if (!text.detail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escape(text.detail));
    html += tableStart() + stepFacts(step) + tableEnd();
    return html;
}

QString DetailsHtml::certificateFacts(const DisplayedCertificate &entry, const QDateTime &at)
{
    const CertificateInfo &cert = entry.cert;
    const CertificateProblems p = entry.problems;
    using P = CertificateProblem;
    QString html;
    html += row(tr("Subject"), cert.subject);
    html += row(tr("Issuer"), cert.issuer, p.testFlag(P::Untrusted) || p.testFlag(P::SelfSigned));
    html += row(tr("Valid from"), ReportText::dateTime(cert.notBefore), p.testFlag(P::NotYetValid));
    const QString remark = CertificateStatus::validityRemark(cert, at);
    html += row(tr("Valid until"), remark.isEmpty() ? ReportText::dateTime(cert.notAfter)
                                                     : tr("%1 (%2)").arg(ReportText::dateTime(cert.notAfter), remark),
                p.testFlag(P::Expired));
    const QStringList names = cert.dnsNames + cert.ipAddresses;
    // Authorities name no sites; for a site's certificate, having none is worth saying.
    if (!names.isEmpty() || !cert.isCa)
        html += rows(tr("Names (SAN)"), names.isEmpty() ? QStringList{tr("none: no Subject Alternative Name")} : names,
                     p.testFlag(P::NameMismatch));
    QString key = cert.keyBits > 0 ? tr("%1, %2 bits").arg(cert.keyType).arg(cert.keyBits) : cert.keyType;
    if (!cert.curveName.isEmpty())
        key = tr("%1 (%2)").arg(key, cert.curveName);
    html += row(tr("Public key"), key, p.testFlag(P::WeakKey));
    html += row(tr("Signature algorithm"), cert.signatureAlgorithm, p.testFlag(P::WeakSignature));
    html += row(tr("Key usage"), cert.keyUsage.join(QStringLiteral(", ")));
    html += row(tr("Extended key usage"), cert.hasExtendedKeyUsage ? cert.extendedKeyUsage.join(QStringLiteral(", ")) : QString(),
                p.testFlag(P::WrongPurpose));
    html += row(tr("Certificate authority"), yesNo(cert.isCa));
    html += row(tr("Self-signed"), yesNo(cert.isSelfSigned), p.testFlag(P::SelfSigned));
    html += row(tr("Serial number"), cert.serialNumber, p.testFlag(P::Revoked));
    html += row(tr("SHA-256 fingerprint"), cert.sha256Fingerprint);
    html += row(tr("SHA-1 fingerprint"), cert.sha1Fingerprint);
    const KeyIdentifiers ids = keyIdentifiersOf(cert.der);
    html += row(tr("Subject key identifier"), ids.subject);
    html += row(tr("Authority key identifier"), ids.authority);
    html += rows(tr("Issuer certificate (AIA)"), cert.caIssuersUrls);
    html += rows(tr("OCSP responder"), cert.ocspUrls, p.testFlag(P::Revoked));
    html += rows(tr("Revocation list (CRL)"), cert.crlUrls);
    html += row(tr("Source"), CertificateStatus::originLabel(cert.origin), p.testFlag(P::FetchedFromAia));
    return html;
}

QString DetailsHtml::certificate(const DisplayedCertificate &entry, const QDateTime &at)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escape(entry.name()));
    html += QStringLiteral("<p>%1</p>").arg(colored(CertificateStatus::label(entry), toneColor(entry.tone())));
    if (entry.kind == DisplayedCertificate::Kind::MissingIssuer) {
        html += QStringLiteral("<p>%1</p>").arg(escape(
            tr("The server did not send this certificate, and it could not be downloaded or found in this "
               "computer's trust store. Without it, nobody can check the certificates below it.")));
        return html;
    }
    html += tableStart() + certificateFacts(entry, at) + tableEnd();
    return html;
}

} // namespace hd
