#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "compat/ClientProfiles.h"
#include "tls/CipherSuiteTraits.h"

namespace hd {

namespace {

constexpr int kMinDhBits = 2048;  // NIST SP 800-57, and OpenSSL 3's security level 2

} // namespace

QList<Finding> checkKeyExchange(const Observations &obs)
{
    const ServerCapabilities server = ServerCapabilities::from(obs);
    if (server.dhBits <= 0 || server.dhBits >= kMinDhBits)
        return {};
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
    return {CauseCatalogue::make(HD_CAUSE("weak-dh"), {{QStringLiteral("bits"), server.dhBits},
                                                       {QStringLiteral("suites"), dheSuites},
                                                       {QStringLiteral("groups"), server.groups},
                                                       {QStringLiteral("refusingClients"), refusingClients}})};
}

} // namespace hd
