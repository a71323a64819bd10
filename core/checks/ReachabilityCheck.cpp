#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"

namespace hd {

QList<Finding> checkReachability(const Observations &obs)
{
    using Status = ResolveOutcome::Status;
    const ResolveOutcome &resolve = obs.resolve;
    if (resolve.status == Status::NotFound || resolve.status == Status::Failed || resolve.status == Status::Timeout) {
        const QString kind = resolve.status == Status::NotFound ? QStringLiteral("not-found")
                             : resolve.status == Status::Timeout ? QStringLiteral("timeout")
                                                                 : QStringLiteral("failed");
        Finding finding = CauseCatalogue::make(HD_CAUSE("dns-failure"), {{QStringLiteral("host"), obs.target.host},
                                                               {QStringLiteral("kind"), kind},
                                                               {QStringLiteral("error"), resolve.errorText}});
        // A name that does not exist is the site's to fix; a resolver that fails is ours.
        if (resolve.status != Status::NotFound)
            finding.fixedBy = FixedBy::Network;
        return {finding};
    }
    if (!obs.connectAttempted || obs.connected)
        return {};

    const QVariantMap where{{QStringLiteral("address"), obs.address.toString()},
                            {QStringLiteral("port"), obs.target.port},
                            {QStringLiteral("error"), obs.connectError.detail}};
    switch (obs.connectError.error) {
    case NetError::Refused:
        return {CauseCatalogue::make(HD_CAUSE("connection-refused"), where)};
    case NetError::Timeout: {
        QVariantMap facts = where;
        facts.insert(QStringLiteral("phase"), QStringLiteral("connect"));
        facts.insert(QStringLiteral("seconds"), obs.options.timeoutMs / 1000.0);
        return {CauseCatalogue::make(HD_CAUSE("timeout"), facts)};
    }
    case NetError::Cancelled:
    case NetError::None:
        return {};
    default:
        return {CauseCatalogue::make(HD_CAUSE("network-unreachable"), where)};
    }
}

} // namespace hd
