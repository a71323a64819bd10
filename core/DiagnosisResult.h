#pragma once

#include "Finding.h"
#include "Target.h"
#include "TimelineStep.h"
#include "cert/CertificateInfo.h"
#include "compat/ClientProfiles.h"
#include "probes/ConnectionScheduler.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace hd {

enum class Verdict { Ok, Warning, Fail };

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
    QList<TimelineStep> timeline;
    QList<CertificateInfo> presentedChain; // leaf first, as sent
    QList<CertificateInfo> builtChain;     // leaf first, up to the anchor (or as far as it goes)
    bool chainTrusted = false;
    QByteArray httpStatusLine;
    QList<QPair<QByteArray, QByteArray>> httpHeaders;
    QList<Finding> findings;               // root cause first
    QList<CompatibilityRow> compatibility; // would common clients connect; empty when the probes did not run
    ConnectionScheduler::Stats probeSchedule; // how the server coped with the probes' connections

    Verdict verdict() const;
    const Finding *finding(const QString &id) const;
    QStringList findingIds() const;
};

QString verdictKey(Verdict verdict); // "ok" / "warning" / "fail"
int exitCodeFor(Verdict verdict);    // 0 / 1 / 2 as the CLI promises

} // namespace hd

Q_DECLARE_METATYPE(hd::DiagnosisResult)
Q_DECLARE_METATYPE(hd::TimelineStep)
