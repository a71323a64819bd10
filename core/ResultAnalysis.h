#pragma once

#include "DiagnosisResult.h"

namespace hd {

// The judgements every front end shows, made once in core after the checks ran. They read
// only a DiagnosisResult, so tests can hand-make one.
namespace ResultAnalysis {

// Ties each finding to its timeline steps and certificates (CauseCatalogue::Entry step and
// certificates), and raises each step's status to the worst severity tied to it.
void linkFindings(DiagnosisResult *result);

// The summary: root cause, notes, problems, checks that could not run.
Summary summarize(const DiagnosisResult &result);

// Both, in order: what Diagnosis does with a finished result.
void complete(DiagnosisResult *result);

TimelineStep::Status stepStatusFor(Severity severity);

} // namespace ResultAnalysis

} // namespace hd
