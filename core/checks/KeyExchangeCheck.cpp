#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "compat/ClientProfiles.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

#include <optional>

namespace hd {

namespace {

constexpr int kMinDhBits = 2048;  // NIST SP 800-57, and OpenSSL 3's security level 2

// What Chrome, Edge, Safari and Firefox all offer for key exchange, besides post-quantum hybrids.
const QStringList kBrowserGroups{QStringLiteral("x25519"), QStringLiteral("secp256r1"), QStringLiteral("secp384r1")};

// The server answered groups browsers do not offer, and none they do: neither the main
// handshake (unless by a finite-field group only this OpenSSL offers) nor the key-exchange
// probe, which offers each browser group alone.
std::optional<Finding> noCommonGroup(const Observations &obs)
{
    const ServerGroupsResult &found = obs.serverGroups;
    if (!found.ran || found.groups.isEmpty() || !obs.probes.keyExchange.groups.isEmpty())
        return std::nullopt;
    QVariantMap facts{{QStringLiteral("serverGroups"), found.groups}, {QStringLiteral("clientGroups"), kBrowserGroups}};
    if (obs.handshakeEstablished()) {
        if (obs.keyExchange != QLatin1String("DH"))
            return std::nullopt;
        facts.insert(QStringLiteral("handshake"), QStringLiteral("established"));
        facts.insert(QStringLiteral("usedGroup"), QStringLiteral("ffdhe%1").arg(obs.keyExchangeBits));
    } else {
        const std::optional<AlertEvent> alert = obs.firstFatalAlertFromServer();
        facts.insert(QStringLiteral("handshake"), QStringLiteral("failed"));
        facts.insert(QStringLiteral("alert"), alert ? tls::alertName(alert->code) : QString());
    }
    return CauseCatalogue::make(HD_CAUSE("no-common-group"), facts);
}

std::optional<Finding> weakDh(const Observations &obs)
{
    const ServerCapabilities server = ServerCapabilities::from(obs);
    if (server.dhBits <= 0 || server.dhBits >= kMinDhBits)
        return std::nullopt;
    QStringList dheSuites;
    for (const QList<quint16> &suites : server.suites) {
        for (const quint16 suite : suites) {
            const QString name = tls::suiteName(suite);
            const std::optional<tls::CipherSuiteTraits> traits = tls::cipherSuiteTraits(suite);
            if (traits && traits->dhe && !dheSuites.contains(name))
                dheSuites << name;
        }
    }
    QStringList refusingClients;
    for (const CompatibilityRow &row : assessCompatibility(server)) {
        if (row.reason == QLatin1String("dh-too-small"))
            refusingClients << row.clientId;
    }
    return CauseCatalogue::make(HD_CAUSE("weak-dh"), {{QStringLiteral("bits"), server.dhBits},
                                                      {QStringLiteral("suites"), dheSuites},
                                                      {QStringLiteral("groups"), server.groups},
                                                      {QStringLiteral("refusingClients"), refusingClients}});
}

} // namespace

QList<Finding> checkKeyExchange(const Observations &obs)
{
    QList<Finding> findings;
    for (const std::optional<Finding> &finding : {noCommonGroup(obs), weakDh(obs)}) {
        if (finding)
            findings << *finding;
    }
    return findings;
}

} // namespace hd
