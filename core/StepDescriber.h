#pragma once

#include "TimelineStep.h"

#include <QCoreApplication>

namespace hd {

struct StepText
{
    QString title;
    QString detail;
};

// Timeline steps in words, in the language currently installed. Protocol names
// (ClientHello, alert names, suites) stay as the standards spell them.
class StepDescriber
{
    Q_DECLARE_TR_FUNCTIONS(StepDescriber)
public:
    static StepText describe(const TimelineStep &step);
    // The step as one plain sentence for a diagram's arrow ("Server sends its certificate:
    // 2 certificates"), the message's protocol name after it.
    static QString sentence(const TimelineStep &step);
    static QString statusLabel(TimelineStep::Status status);
    static QString directionArrow(TimelineStep::Direction direction); // "→" client to server
    // A certificate-check step's problems in words (OpenSSL's own text only as a fallback).
    static QStringList certificateProblems(const QVariantMap &facts);
};

} // namespace hd
