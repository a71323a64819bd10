#include "ProbeRegistry.h"

#include "ProbeContext.h"

namespace hd {

const QList<ProbeRegistry::Probe> &ProbeRegistry::probes()
{
    static const QList<Probe> all{
    };
    return all;
}

} // namespace hd
