#include "CheckRegistry.h"

#include "CauseCatalogue.h"
#include "Observations.h"

namespace hd {

const QList<CheckRegistry::Check> &CheckRegistry::checks()
{
    static const QList<Check> all{
        {"reachability", checkReachability},
        {"handshake", checkHandshake},
        {"trust", checkTrust},
        {"validity", checkValidity},
        {"hostname", checkHostname},
        {"purpose", checkPurpose},
        {"crypto-strength", checkCryptoStrength},
        {"http", checkHttp},
    };
    return all;
}

QList<Finding> CheckRegistry::evaluate(const Observations &observations)
{
    QList<Finding> findings;
    for (const Check &check : checks())
        findings += check.run(observations);
    CauseCatalogue::sortByRootCause(&findings);
    return findings;
}

} // namespace hd
