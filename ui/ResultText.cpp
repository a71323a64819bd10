#include "ResultText.h"

#include "PlainText.h"

#include "CauseCatalogue.h"
#include "StepDescriber.h"

#include <QLocale>

namespace hd {

QString ResultText::idleHeadline()
{
    return tr("Enter a web address and press Diagnose to find out why a secure connection fails.");
}

QString ResultText::runningHeadline(const Target &target)
{
    return tr("Diagnosing %1…").arg(target.displayHost);
}

QString ResultText::verdictLabel(const DiagnosisResult &result)
{
    if (result.cancelled)
        return tr("Cancelled");
    switch (result.verdict()) {
    case Verdict::Ok: return tr("Works");
    case Verdict::Warning: return tr("Works, with warnings");
    case Verdict::Fail: return tr("Problem found");
    }
    return {};
}

QString ResultText::verdictHeadline(const DiagnosisResult &result)
{
    if (result.cancelled)
        return tr("The diagnosis was cancelled before it finished. The results below are incomplete.");
    if (result.findings.isEmpty())
        return tr("The secure connection to %1 works. No problems found.").arg(result.target.displayHost);
    const Finding &root = result.findings.first();
    const QString title = CauseCatalogue::render(root).headline;
    if (result.verdict() == Verdict::Warning)
        return tr("The connection works, but: %1. %2").arg(title, whoCanFix(root.fixedBy));
    return tr("%1. %2").arg(title, whoCanFix(root.fixedBy));
}

QString ResultText::verdictDetail(const DiagnosisResult &result)
{
    if (result.cancelled)
        return {};
    if (result.findings.isEmpty()) {
        QStringList parts;
        if (!result.tlsVersion.isEmpty())
            parts << QStringLiteral("%1, %2").arg(result.tlsVersion, result.cipher);
        if (!result.httpStatusLine.isEmpty())
            parts << QString::fromLatin1(result.httpStatusLine);
        parts << tr("finished in %1").arg(milliseconds(result.durationMs));
        return parts.join(QStringLiteral(" · "));
    }
    const QString evidence = CauseCatalogue::render(result.findings.first()).evidence.value(0);
    const int more = int(result.findings.size()) - 1;
    if (more == 0)
        return evidence;
    return tr("%1 %n more problem(s) below.", "the root cause's first piece of evidence, then a count", more).arg(evidence).trimmed();
}

QString ResultText::whoCanFix(FixedBy fixedBy)
{
    switch (fixedBy) {
    case FixedBy::Client: return tr("You can fix this on this computer.");
    case FixedBy::Server: return tr("Only the site's owner can fix this.");
    case FixedBy::Network: return tr("Your network administrator can fix this.");
    }
    return {};
}

QString ResultText::fixStepsHeading(FixedBy fixedBy)
{
    switch (fixedBy) {
    case FixedBy::Client: return tr("What you can do");
    case FixedBy::Server: return tr("What to check, and what to tell the site's owner");
    case FixedBy::Network: return tr("What to check, and what to ask your network administrator");
    }
    return {};
}

QString ResultText::milliseconds(double ms)
{
    const QLocale locale;
    if (ms >= 1000)
        return tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 2));
    return tr("%1 ms").arg(locale.toString(ms, 'f', ms < 100 ? 1 : 0));
}

QString ResultText::offset(double ms)
{
    return QStringLiteral("+") + milliseconds(ms);
}

QString ResultText::dateTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

QString ResultText::sanitized(const QString &text)
{
    return withoutHiddenCharacters(text);
}

QString ResultText::helpDeskSummary(const DiagnosisResult &result)
{
    QStringList out;
    out << tr("Handshake Doctor report for %1").arg(result.target.input);
    out << tr("Checked: %1").arg(dateTime(result.startedAt));
    if (!result.usedAddress.isEmpty())
        out << tr("Server address: %1 port %2").arg(result.usedAddress).arg(result.target.port);
    out << tr("Result: %1").arg(verdictLabel(result));
    out << verdictHeadline(result);
    int number = 1;
    for (const Finding &finding : result.findings) {
        const RenderedFinding text = CauseCatalogue::render(finding);
        out << QString();
        out << tr("%1. %2 [%3]").arg(number++).arg(text.title, finding.id);
        out << tr("Who fixes it: %1").arg(CauseCatalogue::fixedByLabel(finding.fixedBy));
        for (const QString &line : text.evidence)
            out << QStringLiteral("   - ") + line;
        out << tr("%1:").arg(fixStepsHeading(finding.fixedBy));
        for (qsizetype i = 0; i < text.fixSteps.size(); ++i)
            out << QStringLiteral("   %1. %2").arg(i + 1).arg(text.fixSteps[i]);
    }
    for (const TimelineStep &step : result.timeline) {
        if (step.status != TimelineStep::Status::Failed)
            continue;
        const StepText text = StepDescriber::describe(step);
        out << QString();
        out << tr("Failing step: %1 (%2)").arg(text.title, text.detail);
        break;
    }
    if (!result.tlsVersion.isEmpty())
        out << tr("Connection: %1, %2").arg(result.tlsVersion, result.cipher);
    out << QString();
    out << tr("Made with Handshake Doctor %1").arg(QStringLiteral(HD_VERSION));
    return sanitized(out.join(QLatin1Char('\n'))) + QLatin1Char('\n');
}

} // namespace hd
