#pragma once

#include "CancelToken.h"
#include "DiagnosisOptions.h"
#include "DiagnosisResult.h"
#include "Target.h"

#include <functional>

namespace hd {

// Runs one complete diagnosis, blocking the calling thread (run it on a worker).
// Network work first, recorded as Observations; then the checks interpret them.
class Diagnosis
{
public:
    using StepObserver = std::function<void(const TimelineStep &)>;

    static DiagnosisResult run(const Target &target, const DiagnosisOptions &options,
                               const CancelToken &cancel = {}, const StepObserver &onStep = {});
};

} // namespace hd
