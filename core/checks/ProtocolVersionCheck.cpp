#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "compat/ClientProfiles.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

namespace hd {

namespace {

QStringList versionNames(const QList<int> &versions)
{
    QStringList names;
    for (const int version : versions)
        names << tls::versionName(version);
    return names;
}

// The clients of the compatibility table that share no version with the server.
QStringList clientsWithoutCommonVersion(const ServerCapabilities &server)
{
    QStringList clients;
    for (const CompatibilityRow &row : assessCompatibility(server)) {
        if (row.reason == QLatin1String("no-common-version"))
            clients << row.clientId;
    }
    return clients;
}

} // namespace

QList<Finding> checkProtocolVersions(const Observations &obs)
{
    const ServerCapabilities server = ServerCapabilities::from(obs);
    const int best = server.best();
    if (best == 0)
        return {};
    QList<Finding> findings;
    const QVariantMap versionFacts{{QStringLiteral("best"), tls::versionName(best)},
                                   {QStringLiteral("accepted"), versionNames(server.accepted())}};
    if (best < 0x0303) {
        QVariantMap facts = versionFacts;
        facts.insert(QStringLiteral("failingClients"), clientsWithoutCommonVersion(server));
        findings << CauseCatalogue::make(HD_CAUSE("protocol-too-old"), facts);
    } else if (server.support(0x0300) == Support::Accepted) {
        // Modern clients never speak SSL 3.0, so nobody fails; but it should be off (RFC 7568).
        QVariantMap facts = versionFacts;
        facts.insert(QStringLiteral("obsolete"), QStringList{tls::versionName(0x0300)});
        findings << CauseCatalogue::make(HD_CAUSE("protocol-too-old"), facts);
    }

    const bool onlyTls13 = best == 0x0304 && server.support(0x0300) != Support::Accepted
                           && server.support(0x0301) == Support::Rejected && server.support(0x0302) == Support::Rejected
                           && server.support(0x0303) == Support::Rejected;
    if (onlyTls13) {
        QStringList suites;
        for (const quint16 suite : server.suites.value(0x0304))
            suites << tls::suiteName(suite);
        findings << CauseCatalogue::make(HD_CAUSE("tls13-only"), {{QStringLiteral("suites"), suites},
                                                        {QStringLiteral("failingClients"), clientsWithoutCommonVersion(server)}});
    }
    return findings;
}

} // namespace hd
