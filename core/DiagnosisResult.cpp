#include "DiagnosisResult.h"

namespace hd {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString fixedByKey(FixedBy fixedBy)
{
    switch (fixedBy) {
    case FixedBy::Client: return QStringLiteral("client");
    case FixedBy::Server: return QStringLiteral("server");
    case FixedBy::Network: return QStringLiteral("network");
    }
    return {};
}

QString actorKey(Actor actor)
{
    switch (actor) {
    case Actor::You: return QStringLiteral("you");
    case Actor::SiteOwner: return QStringLiteral("site-owner");
    case Actor::It: return QStringLiteral("it");
    }
    return {};
}

QString checkOutcomeKey(CheckResult::Outcome outcome)
{
    switch (outcome) {
    case CheckResult::Outcome::Found: return QStringLiteral("found");
    case CheckResult::Outcome::Passed: return QStringLiteral("passed");
    case CheckResult::Outcome::CouldNotRun: return QStringLiteral("could-not-run");
    }
    return {};
}

Verdict DiagnosisResult::verdict() const
{
    Verdict verdict = Verdict::Ok;
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error)
            return Verdict::Fail;
        if (finding.severity == Severity::Warning)
            verdict = Verdict::Warning;
    }
    // "ok" is a claim that the deciding checks looked and found nothing.
    for (const CheckResult &check : checks) {
        if (check.decidesVerdict && check.outcome == CheckResult::Outcome::CouldNotRun)
            return Verdict::Warning;
    }
    return verdict;
}

std::optional<Severity> DiagnosisResult::certificateSeverity(const QString &sha256Fingerprint) const
{
    std::optional<Severity> worst;
    for (const Finding &finding : findings) {
        if (finding.certificates.contains(sha256Fingerprint) && (!worst || int(finding.severity) < int(*worst)))
            worst = finding.severity;
    }
    return worst;
}

QStringList DiagnosisResult::certificateFindingIds(const QString &sha256Fingerprint) const
{
    QStringList ids;
    for (const Finding &finding : findings) {
        if (finding.certificates.contains(sha256Fingerprint))
            ids << finding.id;
    }
    return ids;
}

const Finding *DiagnosisResult::finding(const QString &id) const
{
    for (const Finding &candidate : findings) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QStringList DiagnosisResult::findingIds() const
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids << finding.id;
    return ids;
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok: return QStringLiteral("ok");
    case Verdict::Warning: return QStringLiteral("warning");
    case Verdict::Fail: return QStringLiteral("fail");
    }
    return {};
}

int exitCodeFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok: return 0;
    case Verdict::Warning: return 1;
    case Verdict::Fail: return 2;
    }
    return 2;
}

} // namespace hd
