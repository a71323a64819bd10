#include "TextReport.h"

#include "CauseCatalogue.h"
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
        *out << QStringLiteral("  %1. %2  (%3)").arg(i).arg(cert.displayName(), certificateOrigin(cert));
        *out << QStringLiteral("     ") + TextReport::tr("Subject: %1").arg(cert.subject);
        *out << QStringLiteral("     ") + TextReport::tr("Issuer: %1").arg(cert.issuer);
        *out << QStringLiteral("     ") + TextReport::tr("Valid: %1 to %2")
                                               .arg(locale.toString(cert.notBefore, QLocale::ShortFormat),
                                                    locale.toString(cert.notAfter, QLocale::ShortFormat));
        if (!cert.dnsNames.isEmpty() || !cert.ipAddresses.isEmpty())
            *out << QStringLiteral("     ") + TextReport::tr("Names: %1").arg((cert.dnsNames + cert.ipAddresses).join(QStringLiteral(", ")));
        const QString key = cert.curveName.isEmpty() ? QStringLiteral("%1 %2").arg(cert.keyType).arg(cert.keyBits)
                                                      : QStringLiteral("%1 %2 (%3)").arg(cert.keyType).arg(cert.keyBits).arg(cert.curveName);
        *out << QStringLiteral("     ") + TextReport::tr("Key: %1; signature: %2").arg(key, cert.signatureAlgorithm);
        *out << QStringLiteral("     ") + TextReport::tr("SHA-256: %1").arg(cert.sha256Fingerprint);
    }
}

} // namespace

QString sanitizeForTerminal(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        clean += (control && c != QLatin1Char('\n')) ? QChar(0xFFFD) : c;
    }
    return clean;
}

QString TextReport::verdictSentence(const hd::DiagnosisResult &result)
{
    if (result.cancelled)
        return tr("Diagnosis cancelled.");
    if (result.findings.isEmpty() || result.verdict() == hd::Verdict::Ok)
        return tr("The secure connection works: no problems found.");
    const hd::RenderedFinding first = hd::CauseCatalogue::render(result.findings.first());
    const int more = int(result.findings.size()) - 1;
    if (more == 0)
        return first.title;
    return tr("%1 (and %n more finding(s))", nullptr, more).arg(first.title);
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
    return sanitizeForTerminal(out.join(QLatin1Char('\n'))) + QLatin1Char('\n');
}
