#pragma once

#include "DiagnosisResult.h"

#include <QJsonObject>

namespace hd {

// The machine-readable report. Its keys are a public contract (see README): add, never rename.
QJsonObject toJson(const DiagnosisResult &result);
QJsonObject toJson(const CertificateInfo &cert);
QJsonObject toJson(const TimelineStep &step);
QString stepKindKey(TimelineStep::Kind kind);
QString stepStatusKey(TimelineStep::Status status);

} // namespace hd
