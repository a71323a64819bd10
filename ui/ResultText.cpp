#include "ResultText.h"

#include "PlainText.h"

#include "CauseCatalogue.h"
#include "ReportText.h"
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
    return ReportText::headline(result);
}

// Under the headline: what was found when something is wrong (who acts and how follows
// in the banner's own columns); what was checked when it works.
QString ResultText::verdictDetail(const DiagnosisResult &result)
{
    if (result.cancelled)
        return {};
    QStringList lines;
    const int root = result.summary.rootCause;
    if (root >= 0 && root < result.findings.size())
        lines << CauseCatalogue::render(result.findings[root]).evidence.value(0);
    else
        lines << whatWasChecked(result);
    if (const QString unfinished = ReportText::unfinished(result); !unfinished.isEmpty())
        lines << unfinished;
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

// One line: the checks that decide the verdict and passed, the connection, the time.
QString ResultText::whatWasChecked(const DiagnosisResult &result)
{
    QStringList passed;
    for (const CheckResult &check : result.checks) {
        if (check.decidesVerdict && check.outcome == CheckResult::Outcome::Passed)
            passed << ReportText::checkName(check.id);
    }
    QStringList parts;
    if (!passed.isEmpty())
        parts << tr("Checked: %1", "the names of the checks that passed").arg(passed.join(tr(", ", "between the names of checks")));
    if (!result.tlsVersion.isEmpty())
        parts << QStringLiteral("%1, %2").arg(result.tlsVersion, result.cipher);
    if (!result.httpStatusLine.isEmpty())
        parts << QString::fromLatin1(result.httpStatusLine);
    parts << tr("finished in %1").arg(milliseconds(result.durationMs));
    return parts.join(QStringLiteral(" · "));
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

QString ResultText::sanitized(const QString &text)
{
    return withoutHiddenCharacters(text);
}

QString ResultText::helpDeskSummary(const DiagnosisResult &result)
{
    QStringList out;
    out << tr("Handshake Doctor report for %1").arg(result.target.input);
    out << tr("Checked: %1").arg(ReportText::dateTime(result.startedAt));
    if (!result.usedAddress.isEmpty())
        out << tr("Server address: %1 port %2").arg(result.usedAddress).arg(result.target.port);
    out << tr("Result: %1").arg(verdictLabel(result));
    QStringList ids;
    for (const Finding &finding : result.findings)
        ids << finding.id;
    if (!ids.isEmpty()) // for the help desk to search
        out << tr("Finding ids: %1").arg(ids.join(QStringLiteral(", ")));
    out << ReportText::plainText(ReportText::summaryBlock(result));
    if (!result.findings.isEmpty())
        out << QString() << ReportText::plainText(ReportText::findingsBlock(result));
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
