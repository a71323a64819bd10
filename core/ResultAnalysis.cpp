#include "ResultAnalysis.h"

#include "CauseCatalogue.h"
#include "Facts.h"

#include <functional>
#include <utility>

namespace hd {

namespace ResultAnalysis {

namespace {

using Kind = TimelineStep::Kind;

QList<int> stepsWhere(const DiagnosisResult &result, const std::function<bool(const TimelineStep &)> &match)
{
    QList<int> out;
    for (int i = 0; i < result.timeline.size(); ++i) {
        if (match(result.timeline[i]))
            out << i;
    }
    return out;
}

QList<int> stepsOfKind(const DiagnosisResult &result, Kind kind)
{
    return stepsWhere(result, [kind](const TimelineStep &step) { return step.kind == kind; });
}

QList<int> probeSteps(const DiagnosisResult &result, const char *name)
{
    return stepsWhere(result, [name](const TimelineStep &step) {
        return step.kind == Kind::Probe && step.name == QLatin1String(name);
    });
}

// Where the plain-text part before TLS stopped (STARTTLS and its kin).
QList<int> plainTextFailure(const DiagnosisResult &result)
{
    return stepsWhere(result, [](const TimelineStep &step) {
        return step.kind == Kind::PlainText && step.name == QLatin1String("failed");
    });
}

// Where a handshake went wrong: the failure itself and the server's fatal alert; when the
// handshake went on (a warning alert, a request the server let pass), the alert or the end.
QList<int> handshakeSteps(const DiagnosisResult &result)
{
    QList<int> steps = stepsWhere(result, [](const TimelineStep &step) {
        return step.kind == Kind::TlsFailed
               || (step.kind == Kind::TlsAlert && step.direction == TimelineStep::Direction::Received);
    });
    if (steps.isEmpty())
        steps = stepsOfKind(result, Kind::TlsEstablished);
    if (steps.isEmpty())
        steps = plainTextFailure(result);
    return steps;
}

// The main HTTP exchange; for a redirect that leaves HTTPS, the hop that does.
QList<int> httpSteps(const DiagnosisResult &result, const Finding &finding)
{
    const QString to = factText(finding.facts, "to");
    QList<int> steps = stepsWhere(result, [&](const TimelineStep &step) {
        return step.kind == Kind::Http && step.name == QLatin1String("redirect") && !to.isEmpty() && factText(step.facts, "to") == to;
    });
    if (finding.id != QLatin1String("https-downgrade-redirect") || steps.isEmpty())
        steps = stepsWhere(result, [](const TimelineStep &step) { return step.kind == Kind::Http && step.name.isEmpty(); });
    return steps;
}

QList<int> stepsFor(const Finding &finding, StepTie tie, const DiagnosisResult &result)
{
    switch (tie) {
    case StepTie::None: return {};
    case StepTie::Resolve: return stepsOfKind(result, Kind::Resolve);
    case StepTie::Connect: return stepsOfKind(result, Kind::Connect);
    case StepTie::Handshake: return handshakeSteps(result);
    case StepTie::CertificateCheck: {
        QList<int> steps = stepsOfKind(result, Kind::CertificateCheck);
        if (finding.id == QLatin1String("incomplete-chain"))
            steps += stepsOfKind(result, Kind::IssuerFetch);
        return steps;
    }
    case StepTie::Http: return httpSteps(result, finding);
    case StepTie::Phase: {
        const QString phase = factText(finding.facts, "phase");
        if (phase == QLatin1String("connect"))
            return stepsOfKind(result, Kind::Connect);
        if (phase == QLatin1String("http"))
            return httpSteps(result, finding);
        if (phase == QLatin1String("starttls"))
            return plainTextFailure(result);
        return handshakeSteps(result);
    }
    case StepTie::Clock: {
        const QList<int> http = httpSteps(result, finding);
        return http.isEmpty() ? handshakeSteps(result) : http;
    }
    case StepTie::PlainText: return plainTextFailure(result);
    case StepTie::SniProbe: return probeSteps(result, "sni");
    case StepTie::ProxyStage: {
        const QString stage = factText(finding.facts, "stage");
        return stepsWhere(result, [&stage](const TimelineStep &step) { return step.kind == Kind::Proxy && step.name == stage; });
    }
    case StepTie::Revocation: {
        const QList<int> probe = probeSteps(result, "revocation");
        return probe.isEmpty() ? stepsOfKind(result, Kind::CertificateCheck) : probe;
    }
    case StepTie::VersionsProbe:
    case StepTie::SuitesProbe:
    case StepTie::KeyExchangeProbe: {
        const char *name = tie == StepTie::VersionsProbe ? "protocol-versions"
                           : tie == StepTie::SuitesProbe ? "cipher-suites"
                                                         : "key-exchange";
        QList<int> steps = probeSteps(result, name);
        // When it also broke the main handshake, that is where a reader looks first.
        if (finding.severity == Severity::Error)
            steps = stepsOfKind(result, Kind::TlsFailed) + steps;
        return steps;
    }
    }
    return {};
}

QString leafFingerprint(const DiagnosisResult &result)
{
    if (!result.builtChain.isEmpty())
        return result.builtChain.first().sha256Fingerprint;
    return result.presentedChain.isEmpty() ? QString() : result.presentedChain.first().sha256Fingerprint;
}

QStringList certificatesFor(const Finding &finding, CertificateTie tie, const DiagnosisResult &result)
{
    const QVariantMap &facts = finding.facts;
    QStringList out;
    switch (tie) {
    case CertificateTie::None:
        break;
    case CertificateTie::Leaf:
        out << leafFingerprint(result);
        break;
    case CertificateTie::Listed:
        for (const QVariant &entry : facts.value(QStringLiteral("certificates")).toList())
            out << factText(entry.toMap(), "fingerprint");
        break;
    case CertificateTie::Fingerprint:
        out << factText(facts, "fingerprint");
        break;
    case CertificateTie::Root:
        if (!factText(facts, "fingerprint").isEmpty())
            out << factText(facts, "fingerprint");
        else if (!result.builtChain.isEmpty())
            out << result.builtChain.last().sha256Fingerprint;
        break;
    case CertificateTie::Orphan:
        for (const CertificateInfo &cert : result.builtChain) {
            if (cert.displayName() == factText(facts, "orphan") || cert.origin == CertificateInfo::Origin::FetchedFromAia)
                out << cert.sha256Fingerprint;
        }
        break;
    }
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

int statusRank(TimelineStep::Status status)
{
    switch (status) {
    case TimelineStep::Status::Ok:
    case TimelineStep::Status::Skipped: return 0;
    case TimelineStep::Status::Info: return 1;
    case TimelineStep::Status::Warning: return 2;
    case TimelineStep::Status::Failed: return 3;
    }
    return 0;
}

} // namespace

TimelineStep::Status stepStatusFor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return TimelineStep::Status::Failed;
    case Severity::Warning: return TimelineStep::Status::Warning;
    case Severity::Info: return TimelineStep::Status::Info;
    }
    return TimelineStep::Status::Info;
}

void linkFindings(DiagnosisResult *result)
{
    for (Finding &finding : result->findings) {
        const CauseCatalogue::Entry *cause = CauseCatalogue::entry(finding.id);
        if (!cause)
            continue;
        finding.steps = stepsFor(finding, cause->step, *result);
        finding.certificates = certificatesFor(finding, cause->certificates, *result);
        for (const int index : std::as_const(finding.steps)) {
            TimelineStep &step = result->timeline[index];
            const TimelineStep::Status raised = stepStatusFor(finding.severity);
            if (statusRank(raised) > statusRank(step.status))
                step.status = raised;
        }
    }
}

Summary summarize(const DiagnosisResult &result)
{
    Summary summary;
    for (int i = 0; i < result.findings.size(); ++i) {
        if (result.findings[i].severity == Severity::Info) {
            summary.alsoNoticed << i;
            continue;
        }
        ++summary.problems;
        if (summary.rootCause < 0)
            summary.rootCause = i;
    }
    // Checks that had nothing to read because an earlier step failed are explained by that
    // failure, and switched-off probes by the user's choice; the rest could not finish.
    static const QStringList explained{QStringLiteral("cancelled"), QStringLiteral("no-address"),
                                       QStringLiteral("no-connection"), QStringLiteral("no-handshake"),
                                       QStringLiteral("no-certificate"), QStringLiteral("not-https"),
                                       QStringLiteral("no-http-answer"), QStringLiteral("not-applicable"), QStringLiteral("no-issuer"),
                                       QStringLiteral("probes-off")};
    for (const CheckResult &check : result.checks) {
        if (check.outcome == CheckResult::Outcome::CouldNotRun && !explained.contains(check.reason))
            summary.unfinishedChecks << check.id;
    }
    return summary;
}

void complete(DiagnosisResult *result)
{
    linkFindings(result);
    result->summary = summarize(*result);
}

} // namespace ResultAnalysis

} // namespace hd
