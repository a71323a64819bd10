#include "TextReport.h"

#include "ReportText.h"
#include "PlainText.h"
#include "StepDescriber.h"

#include <QLocale>

namespace {

QString certificateOrigin(const hd::CertificateInfo &cert)
{
    switch (cert.origin) {
    case hd::CertificateInfo::Origin::Presented: return TextReport::tr("sent by the server");
    case hd::CertificateInfo::Origin::FetchedFromAia: return TextReport::tr("downloaded from the issuer's address (AIA)");
    case hd::CertificateInfo::Origin::TrustStore: return TextReport::tr("from this computer's trust store");
    }
    return {};
}

void appendChain(QStringList *out, const QString &heading, const QList<hd::CertificateInfo> &chain)
{
    *out << heading;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const hd::CertificateInfo &cert = chain[i];
        *out << QStringLiteral("  %1. %2  (%3)").arg(i).arg(hd::singleLine(cert.displayName()), certificateOrigin(cert));
        *out << QStringLiteral("     ") + TextReport::tr("Subject: %1").arg(hd::singleLine(cert.subject));
        *out << QStringLiteral("     ") + TextReport::tr("Issuer: %1").arg(hd::singleLine(cert.issuer));
        *out << QStringLiteral("     ") + TextReport::tr("Valid: %1 to %2")
                                               .arg(hd::ReportText::dateTime(cert.notBefore), hd::ReportText::dateTime(cert.notAfter));
        if (!cert.dnsNames.isEmpty() || !cert.ipAddresses.isEmpty())
            *out << QStringLiteral("     ") + TextReport::tr("Names: %1").arg(hd::singleLine((cert.dnsNames + cert.ipAddresses).join(QStringLiteral(", "))));
        const QString key = cert.curveName.isEmpty() ? QStringLiteral("%1 %2").arg(cert.keyType).arg(cert.keyBits)
                                                      : QStringLiteral("%1 %2 (%3)").arg(cert.keyType).arg(cert.keyBits).arg(cert.curveName);
        *out << QStringLiteral("     ") + TextReport::tr("Key: %1; signature: %2").arg(key, cert.signatureAlgorithm);
        *out << QStringLiteral("     ") + TextReport::tr("SHA-256: %1").arg(cert.sha256Fingerprint);
    }
}

// The protocol-versions, cipher-suites and key-exchange probes' typed results, in full.
void appendTlsSupport(QStringList *out, const hd::DiagnosisResult &result)
{
    const QStringList lines = hd::ReportText::tlsSupportLines(result);
    if (lines.isEmpty())
        return;
    *out << lines << QString();
}

void appendCompatibility(QStringList *out, const hd::DiagnosisResult &result)
{
    if (result.compatibility.isEmpty())
        return;
    *out << TextReport::tr("Client compatibility (protocol versions and cipher suites only)");
    qsizetype nameWidth = 0;
    for (const hd::CompatibilityRow &row : result.compatibility)
        nameWidth = qMax(nameWidth, hd::Compatibility::clientName(row.clientId).size());
    for (const hd::CompatibilityRow &row : result.compatibility) {
        QString outcome;
        QString detail;
        switch (row.outcome) {
        case hd::CompatibilityRow::Outcome::Connects:
            outcome = TextReport::tr("connects");
            detail = QStringLiteral("%1, %2").arg(row.version, row.cipher);
            break;
        case hd::CompatibilityRow::Outcome::Fails:
            outcome = TextReport::tr("fails");
            detail = hd::Compatibility::explain(row);
            break;
        case hd::CompatibilityRow::Outcome::Unknown:
            outcome = hd::ReportText::support(hd::Support::Unknown);
            detail = hd::Compatibility::explain(row);
            break;
        }
        *out << QStringLiteral("  %1  %2  %3").arg(hd::Compatibility::clientName(row.clientId), -int(nameWidth)).arg(outcome, -8).arg(detail);
    }
    *out << QString();
}

} // namespace

QString TextReport::render(const hd::DiagnosisResult &result)
{
    QStringList out;
    out << tr("Handshake Doctor %1: %2").arg(QStringLiteral(HD_VERSION), result.target.input);
    QList<hd::ReportText::Line> summary = hd::ReportText::summaryBlock(result);
    out << tr("Verdict: %1. %2").arg(hd::ReportText::verdictWord(result), summary.takeFirst().text);
    if (!summary.isEmpty())
        out << hd::ReportText::plainText(summary);
    out << QString();

    if (!result.findings.isEmpty())
        out << hd::ReportText::plainText(hd::ReportText::findingsBlock(result)) << QString();

    if (const QStringList checks = hd::ReportText::checkLines(result); !checks.isEmpty())
        out << checks << QString();
    appendCompatibility(&out, result);
    appendTlsSupport(&out, result);

    out << tr("Timeline");
    for (const hd::TimelineStep &step : result.timeline) {
        const hd::StepText text = hd::StepDescriber::describe(step);
        out << QStringLiteral("  %1 ms  %2 ms  %3  %4 %5  %6")
                   .arg(step.startMs, 8, 'f', 1)
                   .arg(step.durationMs, 7, 'f', 1)
                   .arg(hd::StepDescriber::statusLabel(step.status), -8)
                   .arg(hd::StepDescriber::directionArrow(step.direction), 1)
                   .arg(text.title, -22)
                   .arg(text.detail);
    }
    out << QString();

    if (!result.presentedChain.isEmpty()) {
        appendChain(&out, tr("Certificates sent by the server"), result.presentedChain);
        out << QString();
    }
    if (result.builtChain.size() > 0 && result.builtChain.size() != result.presentedChain.size()) {
        appendChain(&out, tr("Chain as built by this computer"), result.builtChain);
        out << QString();
    }
    out << tr("Finished in %1 ms.").arg(qRound(result.durationMs));
    return hd::withoutHiddenCharacters(out.join(QLatin1Char('\n'))) + QLatin1Char('\n');
}
