#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"

namespace hd {

namespace {

// Through a proxy, the way to the site ends at the proxy's own answers.
QList<Finding> checkProxy(const Observations &obs)
{
    const ProxyObservation &proxy = obs.proxy;
    QVariantMap facts{{QStringLiteral("proxy"), proxy.server.display()},
                      {QStringLiteral("host"), proxy.server.host},
                      {QStringLiteral("source"), proxy.server.source},
                      {QStringLiteral("target"), obs.target.authority()}};
    if (proxy.resolve.status != ResolveOutcome::Status::Ok) {
        facts.insert({{QStringLiteral("stage"), QStringLiteral("dns")}, {QStringLiteral("error"), proxy.resolve.errorText}});
        return {CauseCatalogue::make(HD_CAUSE("proxy-unreachable"), facts)};
    }
    if (!proxy.connectAttempted || proxy.connectError.error == NetError::Cancelled)
        return {};
    if (!proxy.connected) {
        facts.insert({{QStringLiteral("stage"), QStringLiteral("tcp")},
                      {QStringLiteral("error"), proxy.connectError.detail.isEmpty() ? netErrorKey(proxy.connectError.error)
                                                                                   : proxy.connectError.detail}});
        return {CauseCatalogue::make(HD_CAUSE("proxy-unreachable"), facts)};
    }
    const ConnectAnswer &answer = proxy.answer;
    if (!proxy.tunnelRequested || proxy.tunnelOpen() || answer.error.error == NetError::Cancelled)
        return {};
    facts.insert(QStringLiteral("stage"), QStringLiteral("connect"));
    if (answer.status == 0) {
        facts.insert(QStringLiteral("error"), answer.error.detail.isEmpty() ? netErrorKey(answer.error.error) : answer.error.detail);
        return {CauseCatalogue::make(HD_CAUSE("proxy-unreachable"), facts)};
    }
    facts.insert({{QStringLiteral("status"), answer.status}, {QStringLiteral("statusLine"), answer.statusLine}});
    if (answer.status == 407 || answer.status == 401) { // 401: a wrong login, for some proxies
        facts.insert({{QStringLiteral("scheme"), answer.authScheme}, {QStringLiteral("credentialsGiven"), !proxy.server.user.isEmpty()}});
        return {CauseCatalogue::make(HD_CAUSE("proxy-auth-required"), facts)};
    }
    // 5xx: the proxy tried and could not reach the site (502, 503, 504; some say 500).
    if (answer.status >= 500)
        return {CauseCatalogue::make(HD_CAUSE("proxy-failed"), facts)};
    return {CauseCatalogue::make(HD_CAUSE("proxy-refused"), facts)};
}

// The system names a proxy script, and no proxy came out of it: say why, when it may be
// the script's fault or this program's (it cannot run one on this system).
QList<Finding> checkProxyScript(const Observations &obs)
{
    const PacObservation &pac = obs.proxy.pac;
    if (pac.url.isEmpty())
        return {};
    QString reason;
    if (!pac.error.isEmpty())
        reason = QStringLiteral("unreachable");
    else if (pac.fetched && !pac.definesFunction)
        reason = QStringLiteral("invalid");
    else if (!pac.evaluatedBySystem)
        reason = QStringLiteral("not-evaluated");
    if (reason.isEmpty())
        return {};
    return {CauseCatalogue::make(HD_CAUSE("proxy-script-unusable"), {{QStringLiteral("stage"), QStringLiteral("pac")},
                                                                    {QStringLiteral("url"), pac.url},
                                                                    {QStringLiteral("reason"), reason},
                                                                    {QStringLiteral("error"), pac.error}})};
}

// Without a proxy: the name, then TCP to the site.
QList<Finding> checkDirectReachability(const Observations &obs)
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

} // namespace

QList<Finding> checkReachability(const Observations &obs)
{
    if (obs.proxy.used())
        return checkProxy(obs);
    return checkProxyScript(obs) + checkDirectReachability(obs);
}

} // namespace hd
