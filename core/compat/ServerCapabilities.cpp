#include "ServerCapabilities.h"

#include "checks/Observations.h"
#include "tls/CipherSuiteTraits.h"

namespace hd {

namespace {

// Accepted by anyone wins; otherwise a definite refusal by anyone; otherwise unknown. The
// sources see the same server, but a hand-made hello reaches what OpenSSL cannot, and a
// hostile server may answer one and garble the other.
Support combine(Support a, Support b)
{
    if (a == Support::Accepted || b == Support::Accepted)
        return Support::Accepted;
    if (a == Support::Rejected || b == Support::Rejected)
        return Support::Rejected;
    return Support::Unknown;
}

void addSuite(QList<quint16> *suites, quint16 suite)
{
    if (suite && !suites->contains(suite))
        suites->append(suite);
}

} // namespace

QList<int> ServerCapabilities::accepted() const
{
    QList<int> out;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        if (it.value() == Support::Accepted)
            out << it.key();
    }
    return out;
}

int ServerCapabilities::best() const
{
    const QList<int> all = accepted();
    return all.isEmpty() ? 0 : all.last();
}

bool ServerCapabilities::anySuiteKnown() const
{
    for (const QList<quint16> &list : suites) {
        if (!list.isEmpty())
            return true;
    }
    return false;
}

Support ServerCapabilities::groupSupport(const QStringList &clientGroups) const
{
    if (!groupsProbed)
        return Support::Accepted;
    bool allRejected = true;
    for (const QString &group : clientGroups) {
        if (groups.contains(group))
            return Support::Accepted;
        allRejected = allRejected && rejectedGroups.contains(group);
    }
    return allRejected ? Support::Rejected : Support::Unknown;
}

ServerCapabilities ServerCapabilities::from(const Observations &obs)
{
    ServerCapabilities caps;
    const ProbeResults &probes = obs.probes;
    for (int version = 0x0300; version <= 0x0304; ++version)
        caps.versions.insert(version, Support::Unknown);

    if (probes.protocolVersions.ran) {
        for (const VersionSupport &found : probes.protocolVersions.versions) {
            caps.versions[found.version] = combine(caps.versions[found.version], found.support);
            if (found.support == Support::Accepted)
                addSuite(&caps.suites[found.version], found.cipherSuite);
        }
    }
    if (probes.cipherSuites.ran) {
        for (const SuiteList &list : probes.cipherSuites.versions) {
            caps.versions[list.version] = combine(caps.versions[list.version], list.support);
            // The enumeration's order is the one that means something: it goes first.
            QList<quint16> merged = list.suites;
            for (const quint16 suite : caps.suites.value(list.version))
                addSuite(&merged, suite);
            if (!merged.isEmpty())
                caps.suites.insert(list.version, merged);
            if (list.serverOrder)
                caps.serverOrder.insert(list.version);
            if (list.complete)
                caps.completeSuites.insert(list.version);
        }
    }
    // The main handshake offered TLS 1.0 to 1.3: the server chose its best, so it refuses
    // everything above.
    if (obs.handshakeEstablished() && obs.tlsVersion >= 0x0301) {
        caps.versions[obs.tlsVersion] = Support::Accepted;
        if (const std::optional<quint16> suite = tls::cipherSuiteId(obs.cipher))
            addSuite(&caps.suites[obs.tlsVersion], *suite);
        for (int above = obs.tlsVersion + 1; above <= 0x0304; ++above)
            caps.versions[above] = combine(caps.versions[above], Support::Rejected);
    }

    const KeyExchangeResult &kx = probes.keyExchange;
    if (kx.ran) {
        caps.groups = kx.groups;
        caps.rejectedGroups = kx.rejectedGroups;
        caps.groupsProbed = true;
        caps.dhBits = kx.dhe == Support::Accepted ? kx.dhBits : 0;
    }
    if (caps.dhBits == 0 && obs.handshakeEstablished() && obs.keyExchange == QLatin1String("DH"))
        caps.dhBits = obs.keyExchangeBits;
    return caps;
}

} // namespace hd
