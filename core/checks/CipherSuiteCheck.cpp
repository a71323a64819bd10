#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "compat/ClientProfiles.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

#include <QMap>

#include <algorithm>

namespace hd {

namespace {

QStringList suiteNames(const QList<quint16> &suites)
{
    QStringList names;
    for (const quint16 suite : suites)
        names << tls::suiteName(suite);
    return names;
}

tls::CipherSuiteTraits traitsOf(quint16 suite)
{
    return tls::cipherSuiteTraits(suite).value_or(tls::CipherSuiteTraits{});
}

// cipher-mismatch: a client people use today has a version in common with the server but
// no suite (or no curve for its suites): browsers say ERR_SSL_VERSION_OR_CIPHER_MISMATCH.
std::optional<Finding> mismatch(const ServerCapabilities &server)
{
    QStringList clients;
    for (const CompatibilityRow &row : assessCompatibility(server)) {
        const bool suiteProblem = row.reason == QLatin1String("no-common-suite") || row.reason == QLatin1String("no-common-group");
        if (row.current && row.outcome == CompatibilityRow::Outcome::Fails && suiteProblem)
            clients << row.clientId;
    }
    if (clients.isEmpty())
        return std::nullopt;
    QVariantMap offered;
    for (auto it = server.suites.cbegin(); it != server.suites.cend(); ++it) {
        if (!it.value().isEmpty())
            offered.insert(tls::versionName(it.key()), suiteNames(it.value()));
    }
    return CauseCatalogue::make(HD_CAUSE("cipher-mismatch"), {{QStringLiteral("clients"), clients},
                                                    {QStringLiteral("offered"), offered},
                                                    {QStringLiteral("groups"), server.groups}});
}

// Every accepted suite that is weak in itself, once, with the versions it is accepted at.
QVariantList weakSuites(const ServerCapabilities &server)
{
    QMap<quint16, QStringList> versionsBySuite;
    QList<quint16> order;
    for (auto it = server.suites.cbegin(); it != server.suites.cend(); ++it) {
        for (const quint16 suite : it.value()) {
            if (traitsOf(suite).weaknesses.isEmpty())
                continue;
            if (!versionsBySuite.contains(suite))
                order << suite;
            versionsBySuite[suite] << tls::versionName(it.key());
        }
    }
    QVariantList out;
    for (const quint16 suite : order) {
        out << QVariantMap{{QStringLiteral("name"), tls::suiteName(suite)},
                           {QStringLiteral("versions"), versionsBySuite.value(suite)},
                           {QStringLiteral("weaknesses"), traitsOf(suite).weaknesses}};
    }
    return out;
}

} // namespace

QList<Finding> checkCipherSuites(const Observations &obs)
{
    const ServerCapabilities server = ServerCapabilities::from(obs);
    if (!server.anySuiteKnown())
        return {};
    QList<Finding> findings;
    if (const std::optional<Finding> finding = mismatch(server))
        findings << *finding;

    QVariantMap facts;
    const QVariantList weak = weakSuites(server);
    if (!weak.isEmpty())
        facts.insert(QStringLiteral("suites"), weak);

    // What clients up to TLS 1.2 get, judged at the newest such version the server speaks,
    // and only from a complete list: claims of "only" need every suite seen.
    int legacyBest = 0;
    for (const int version : server.accepted()) {
        if (version <= 0x0303)
            legacyBest = version;
    }
    const QList<quint16> legacySuites = server.suites.value(legacyBest);
    if (legacyBest && server.completeSuites.contains(legacyBest) && !legacySuites.isEmpty()) {
        const QString version = tls::versionName(legacyBest);
        const bool allCbcSha1 = std::all_of(legacySuites.cbegin(), legacySuites.cend(),
                                            [](quint16 suite) { return traitsOf(suite).cbcSha1; });
        // Before TLS 1.2 there is nothing but CBC with SHA-1: protocol-too-old covers that.
        if (allCbcSha1 && legacyBest == 0x0303)
            facts.insert(QStringLiteral("cbcSha1Only"), version);
        const bool anyForwardSecret = std::any_of(legacySuites.cbegin(), legacySuites.cend(),
                                                  [](quint16 suite) { return traitsOf(suite).forwardSecrecy; });
        if (!anyForwardSecret) {
            facts.insert(QStringLiteral("noForwardSecrecy"), version);
        } else if (server.serverOrder.contains(legacyBest) && !traitsOf(legacySuites.first()).forwardSecrecy) {
            facts.insert(QStringLiteral("prefersNoForwardSecrecy"), version);
            facts.insert(QStringLiteral("preferred"), tls::suiteName(legacySuites.first()));
        }
    }
    if (!facts.isEmpty())
        findings << CauseCatalogue::make(HD_CAUSE("weak-cipher"), facts);
    return findings;
}

} // namespace hd
