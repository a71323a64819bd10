// connections-limited: the server limited the probes' connections (one at a time, resets of
// extra connections, a rate limit). Browsers rarely notice; the diagnosis coped, and says
// how, so that slower checks or "could not finish" are explained.
#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"

namespace hd {

QList<Finding> checkConnectionLimit(const Observations &obs)
{
    const ConnectionScheduler::Stats &schedule = obs.probeSchedule;
    if (!obs.probesRan || !obs.handshakeEstablished() || (!schedule.droppedToOne && schedule.limitedEvents == 0))
        return {};
    return {CauseCatalogue::make(HD_CAUSE("connections-limited"),
                                 {{QStringLiteral("connections"), schedule.connections},
                                  {QStringLiteral("peakConcurrent"), schedule.peakConcurrent},
                                  {QStringLiteral("oneAtATime"), schedule.droppedToOne},
                                  {QStringLiteral("limitedEvents"), schedule.limitedEvents},
                                  {QStringLiteral("gapMs"), schedule.pacingMs}})};
}

} // namespace hd
