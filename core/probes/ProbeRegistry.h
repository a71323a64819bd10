#pragma once

#include "ConnectionScheduler.h"
#include "ProbeResults.h"

#include <QList>
#include <QVariantMap>

namespace hd {

struct ProbeContext;

// The explicit list of probes: extra connections that learn what one handshake cannot
// (supported versions and suites, SNI behaviour, revocation...). A probe does network
// work and writes its own member of ProbeResults; interpreting it is a check's job.
class ProbeRegistry
{
public:
    struct Probe
    {
        const char *name;
        bool needsIssuer;     // started once the leaf's issuer is known, with context.builtChain
        ConnectionScheduler::Priority priority; // the most informative probes get the server first
        // Fills its part of results; returns facts for its timeline step.
        QVariantMap (*run)(const ProbeContext &context, ProbeResults &results);
    };
    static const QList<Probe> &probes();
};

} // namespace hd
