#pragma once

#include "Finding.h"
#include "Target.h"
#include "TimelineStep.h"
#include "cert/CertificateInfo.h"
#include "compat/ClientProfiles.h"
#include "probes/ConnectionScheduler.h"
#include "probes/ProbeResults.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <optional>

namespace hd {

enum class Verdict { Ok, Warning, Fail };

// What one check (CheckRegistry) did in this run.
struct CheckResult
{
    enum class Outcome { Found, Passed, CouldNotRun };
    QString id;                // the check's name, e.g. "hostname"
    Outcome outcome = Outcome::Passed;
    QString reason;            // when CouldNotRun: "cancelled", "no-connection", "probes-off"... (README)
    bool decidesVerdict = false; // "ok" needs this check to have run
};

// The verdict in one place for every front end; words come from ReportText.
struct Summary
{
    int rootCause = -1;          // index into findings: the first error or warning, -1 when none
    QList<int> alsoNoticed;      // indexes of notes (info findings): never counted as problems
    int problems = 0;            // errors and warnings
    QStringList unfinishedChecks; // ids of checks that could not run (not when cancelled)
};

struct DiagnosisResult
{
    Target target;
    QDateTime startedAt;
    double durationMs = 0;
    bool cancelled = false;
    QString usedAddress;
    QStringList addresses;
    QString tlsVersion;              // negotiated, when the handshake completed
    QString cipher;
    QList<TimelineStep> timeline;    // step statuses include their findings' severity
    QList<CertificateInfo> presentedChain; // leaf first, as sent
    QList<CertificateInfo> builtChain;     // leaf first, up to the anchor (or as far as it goes)
    bool chainTrusted = false;
    QByteArray httpStatusLine;
    QList<QPair<QByteArray, QByteArray>> httpHeaders;
    QList<Finding> findings;               // root cause first, each tied to its steps and certificates
    QList<CompatibilityRow> compatibility; // would common clients connect; empty when the probes did not run
    ConnectionScheduler::Stats probeSchedule; // how the server coped with the probes' connections
    bool probesEnabled = false;            // the options asked for the extra connections
    ProbeResults probes;                   // what they found, typed (ran == false: did not run)
    QList<CheckResult> checks;             // every check, in CheckRegistry's order
    Summary summary;

    Verdict verdict() const;
    const Finding *finding(const QString &id) const;
    QStringList findingIds() const;
    // The worst severity among the findings tied to this certificate; none when it has none.
    std::optional<Severity> certificateSeverity(const QString &sha256Fingerprint) const;
    QStringList certificateFindingIds(const QString &sha256Fingerprint) const;
};

QString verdictKey(Verdict verdict); // "ok" / "warning" / "fail"
int exitCodeFor(Verdict verdict);    // 0 / 1 / 2 as the CLI promises
QString checkOutcomeKey(CheckResult::Outcome outcome); // "found" / "passed" / "could-not-run"

} // namespace hd

Q_DECLARE_METATYPE(hd::DiagnosisResult)
Q_DECLARE_METATYPE(hd::TimelineStep)
