#include "TextReport.h"

#include "CauseCatalogue.h"
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
    const QLocale locale;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const hd::CertificateInfo &cert = chain[i];
        *out << QStringLiteral("  %1. %2  (%3)").arg(i).arg(hd::singleLine(cert.displayName()), certificateOrigin(cert));
        *out << QStringLiteral("     ") + TextReport::tr("Subject: %1").arg(hd::singleLine(cert.subject));
        *out << QStringLiteral("     ") + TextReport::tr("Issuer: %1").arg(hd::singleLine(cert.issuer));
        *out << QStringLiteral("     ") + TextReport::tr("Valid: %1 to %2")
                                               .arg(locale.toString(cert.notBefore, QLocale::ShortFormat),
                                                    locale.toString(cert.notAfter, QLocale::ShortFormat));
        if (!cert.dnsNames.isEmpty() || !cert.ipAddresses.isEmpty())
            *out << QStringLiteral("     ") + TextReport::tr("Names: %1").arg(hd::singleLine((cert.dnsNames + cert.ipAddresses).join(QStringLiteral(", "))));
        const QString key = cert.curveName.isEmpty() ? QStringLiteral("%1 %2").arg(cert.keyType).arg(cert.keyBits)
                                                      : QStringLiteral("%1 %2 (%3)").arg(cert.keyType).arg(cert.keyBits).arg(cert.curveName);
        *out << QStringLiteral("     ") + TextReport::tr("Key: %1; signature: %2").arg(key, cert.signatureAlgorithm);
        *out << QStringLiteral("     ") + TextReport::tr("SHA-256: %1").arg(cert.sha256Fingerprint);
    }
}

const hd::TimelineStep *probeStep(const hd::DiagnosisResult &result, const char *name)
{
    for (const hd::TimelineStep &step : result.timeline) {
        if (step.kind == hd::TimelineStep::Kind::Probe && step.name == QLatin1String(name))
            return &step;
    }
    return nullptr;
}

// The facts of the protocol-versions, cipher-suites and key-exchange probes, in full.
void appendTlsSupport(QStringList *out, const hd::DiagnosisResult &result)
{
    const hd::TimelineStep *versions = probeStep(result, "protocol-versions");
    const hd::TimelineStep *suites = probeStep(result, "cipher-suites");
    const hd::TimelineStep *keyExchange = probeStep(result, "key-exchange");
    if (!versions || !suites)
        return;
    *out << TextReport::tr("Protocol versions and cipher suites");
    const QVariantMap byVersion = suites->facts.value(QStringLiteral("suites")).toMap();
    const QStringList serverOrder = suites->facts.value(QStringLiteral("serverOrder")).toStringList();
    const QStringList incomplete = suites->facts.value(QStringLiteral("incomplete")).toStringList();
    for (auto it = byVersion.cend(); it != byVersion.cbegin();) {
        --it;
        QString heading = it.key();
        if (serverOrder.contains(it.key()))
            heading = TextReport::tr("%1, in the server's order of preference").arg(it.key());
        if (incomplete.contains(it.key()))
            heading = TextReport::tr("%1 (the list may be incomplete)").arg(heading);
        *out << QStringLiteral("  %1:").arg(heading);
        for (const QString &suite : it.value().toStringList())
            *out << QStringLiteral("     ") + suite;
    }
    const QStringList rejected = versions->facts.value(QStringLiteral("rejected")).toStringList();
    if (!rejected.isEmpty())
        *out << QStringLiteral("  ") + TextReport::tr("Refused: %1").arg(rejected.join(QStringLiteral(", ")));
    const QStringList unknown = versions->facts.value(QStringLiteral("unknown")).toStringList();
    if (!unknown.isEmpty())
        *out << QStringLiteral("  ") + TextReport::tr("No clear answer: %1").arg(unknown.join(QStringLiteral(", ")));
    if (keyExchange)
        *out << QStringLiteral("  ") + hd::StepDescriber::describe(*keyExchange).detail;
    *out << QString();
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
            outcome = TextReport::tr("unknown");
            detail = hd::Compatibility::explain(row);
            break;
        }
        *out << QStringLiteral("  %1  %2  %3").arg(hd::Compatibility::clientName(row.clientId), -int(nameWidth)).arg(outcome, -8).arg(detail);
    }
    *out << QString();
}

} // namespace

QString TextReport::verdictSentence(const hd::DiagnosisResult &result)
{
    if (result.cancelled)
        return tr("Diagnosis cancelled.");
    if (result.findings.isEmpty() || result.verdict() == hd::Verdict::Ok)
        return tr("The secure connection works: no problems found.");
    const hd::RenderedFinding first = hd::CauseCatalogue::render(result.findings.first());
    const int more = int(result.findings.size()) - 1;
    if (more == 0)
        return first.headline;
    return tr("%1 (and %n more finding(s))", nullptr, more).arg(first.headline);
}

QString TextReport::render(const hd::DiagnosisResult &result)
{
    QStringList out;
    const QString verdict = result.cancelled ? tr("CANCELLED")
                            : result.verdict() == hd::Verdict::Ok      ? tr("OK")
                            : result.verdict() == hd::Verdict::Warning ? tr("WARNING")
                                                                       : tr("FAIL");
    out << tr("Handshake Doctor %1: %2").arg(QStringLiteral(HD_VERSION), result.target.input);
    out << tr("Verdict: %1. %2").arg(verdict, verdictSentence(result));
    out << QString();

    if (!result.findings.isEmpty()) {
        out << tr("Findings (root cause first)");
        int number = 1;
        for (const hd::Finding &finding : result.findings) {
            const hd::RenderedFinding text = hd::CauseCatalogue::render(finding);
            out << QStringLiteral("  %1. [%2] %3  (%4)")
                       .arg(number++)
                       .arg(hd::CauseCatalogue::severityLabel(finding.severity), text.title, finding.id);
            out << QStringLiteral("     ") + tr("Who fixes it: %1").arg(hd::CauseCatalogue::fixedByLabel(finding.fixedBy));
            out << QStringLiteral("     ") + text.explanation;
            out << QStringLiteral("     ") + tr("Evidence:");
            for (const QString &line : text.evidence)
                out << QStringLiteral("       - ") + line;
            out << QStringLiteral("     ") + tr("How to fix:");
            for (qsizetype i = 0; i < text.fixSteps.size(); ++i)
                out << QStringLiteral("       %1. %2").arg(i + 1).arg(text.fixSteps[i]);
        }
        out << QString();
    }

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
