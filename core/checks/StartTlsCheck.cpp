// The plain-text part before TLS (STARTTLS and its kin): part of the handshake check.
#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"

namespace hd {

namespace {

// What to call the stage the conversation stopped at, in the evidence ("SMTP greeting").
QString stageName(const Observations &obs)
{
    return QStringLiteral("%1 %2").arg(plainProtocolKey(obs.target.upgrade).toUpper(), obs.upgrade.stage);
}

QVariantMap commonFacts(const Observations &obs)
{
    const SchemeCounterpart tls = TargetParser::counterpart(obs.target.scheme);
    return {{QStringLiteral("protocol"), plainProtocolKey(obs.target.upgrade)},
            {QStringLiteral("scheme"), obs.target.scheme},
            {QStringLiteral("port"), obs.target.port},
            {QStringLiteral("stage"), obs.upgrade.stage},
            {QStringLiteral("tlsScheme"), tls.scheme},
            {QStringLiteral("tlsPort"), tls.port}};
}

Finding silence(const Observations &obs)
{
    QVariantMap facts = commonFacts(obs);
    if (obs.upgrade.error.error == NetError::Timeout) {
        facts.insert(QStringLiteral("phase"), QStringLiteral("starttls"));
        facts.insert(QStringLiteral("address"), obs.address.toString());
        facts.insert(QStringLiteral("after"), stageName(obs));
        facts.insert(QStringLiteral("seconds"), obs.options.timeoutMs / 1000.0);
        return CauseCatalogue::make(HD_CAUSE("timeout"), facts);
    }
    facts.insert(QStringLiteral("how"), obs.upgrade.error.error == NetError::Reset ? QStringLiteral("reset") : QStringLiteral("closed"));
    facts.insert(QStringLiteral("after"), stageName(obs));
    return CauseCatalogue::make(HD_CAUSE("handshake-aborted"), facts);
}

} // namespace

QList<Finding> checkStartTls(const Observations &obs)
{
    if (!obs.upgradeAttempted)
        return {};
    using R = UpgradeOutcome::Result;
    QVariantMap facts = commonFacts(obs);
    switch (obs.upgrade.result) {
    case R::Upgraded:
        return {};
    case R::NotOffered:
    case R::Unexpected:
        // An answer in another protocol (TLS at once, most often) offers no upgrade either.
        facts.insert(QStringLiteral("capabilities"), obs.upgrade.capabilities);
        facts.insert(QStringLiteral("answer"), obs.upgrade.answer);
        facts.insert(QStringLiteral("unexpected"), obs.upgrade.result == R::Unexpected);
        return {CauseCatalogue::make(HD_CAUSE("starttls-not-offered"), facts)};
    case R::Refused:
        facts.insert(QStringLiteral("answer"), obs.upgrade.answer);
        return {CauseCatalogue::make(HD_CAUSE("starttls-refused"), facts)};
    case R::NoAnswer:
        if (obs.upgrade.error.error == NetError::Cancelled)
            return {};
        return {silence(obs)};
    }
    return {};
}

} // namespace hd
