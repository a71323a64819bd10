// key-exchange: the elliptic-curve groups the server accepts, one connection each with only
// that group offered, and the size of its finite-field DH group, from a hello that offers
// only DHE suites. A server that speaks TLS 1.3 names the group in its first answer to a
// hand-made hello; one that does not is asked with whole TLS 1.2 handshakes, since its
// choice comes only after its certificate.
#include "ProbeContext.h"
#include "ProbeResults.h"
#include "ProbeTasks.h"
#include "tls/CipherSuiteTraits.h"

namespace hd {

namespace {

// A certificate chain and the key exchange fit in this, with room to spare.
constexpr int kMaxFlightBytes = 65536;

struct Group
{
    int tlsId;                // in supported_groups and key_share
    const char *tlsName;      // as TlsNames spells it, and the facts show it
    const char *openSslName;  // for SSL_CTX_set1_groups_list
    const char *keyType;      // EVP_PKEY type name of the server's share
    int bits;                 // EVP_PKEY_get_bits of that share
};

constexpr Group kGroups[] = {
    {29, "x25519", "X25519", "X25519", 253},
    {23, "secp256r1", "P-256", "EC", 256},
    {24, "secp384r1", "P-384", "EC", 384},
    {25, "secp521r1", "P-521", "EC", 521},
    {30, "x448", "X448", "X448", 448},
};

Support probeGroupByHandshake(const ProbeContext &context, const Group &group, QString *how)
{
    TlsClientConfig config;
    config.serverName = probeServerName(context);
    config.groups = group.openSslName;
    // Below TLS 1.3 only ECDHE suites, so a server without the group refuses instead of
    // settling on a key exchange that needs none.
    config.cipherList = "kECDHE:@SECLEVEL=0";
    config.cipherSuites = tls::kAllTls13SuiteNames;
    config.requestOcspStaple = false;
    const ProbeHandshake attempt = probeHandshake(context, config);
    const Support support = supportOf(attempt, how);
    if (support != Support::Accepted || !attempt.outcome.established())
        return support; // a CertificateRequest after the only group offered: accepted
    const bool sameGroup = attempt.outcome.keyExchange == QLatin1String(group.keyType)
                           && attempt.outcome.keyExchangeBits == group.bits;
    if (!sameGroup)
        *how = QStringLiteral("other-group");
    return sameGroup ? Support::Accepted : Support::Unknown;
}

// A hand-made hello offering every DHE suite, read up to the ServerKeyExchange: OpenSSL
// itself refuses DH groups under 1024 bits even at security level 0, and those are the
// ones most worth reporting (Logjam, export-grade DHE).
void probeDhe(const ProbeContext &context, KeyExchangeResult *out)
{
    QList<quint16> dheSuites;
    for (const quint16 suite : tls::enumerationCandidates(0x0303)) {
        if (tls::cipherSuiteTraits(suite).value_or(tls::CipherSuiteTraits{}).dhe)
            dheSuites << suite;
    }
    const RawExchange exchange = probeRawExchange(context, buildClientHello({0x0303, dheSuites, probeServerName(context), {}}),
                                                  kMaxFlightBytes, helloFlightComplete);
    if (!exchange.connected())
        return;
    const HelloAnswer answer = readHelloAnswer(exchange.received, exchange.readError.error);
    switch (answer.kind) {
    case HelloAnswer::Kind::ServerHello:
        // Whatever version it chose: a server has one DH group for all of them.
        if (dheSuites.contains(answer.cipherSuite) && answer.dhBits > 0) {
            out->dhe = Support::Accepted;
            out->dhBits = answer.dhBits;
        }
        return;
    case HelloAnswer::Kind::Alert: case HelloAnswer::Kind::Closed: case HelloAnswer::Kind::Reset:
        out->dhe = Support::Rejected;
        return;
    case HelloAnswer::Kind::NoAnswer: case HelloAnswer::Kind::Malformed:
        return;
    }
}

} // namespace

QVariantMap runKeyExchangeProbe(const ProbeContext &context, ProbeResults &results)
{
    std::vector<Support> groups(std::size(kGroups), Support::Unknown);
    std::vector<QString> hows(std::size(kGroups));
    KeyExchangeResult &out = results.keyExchange;
    std::vector<std::function<void()>> tasks;
    tasks.push_back([&context, &out] { probeDhe(context, &out); });
    for (size_t i = 0; i < std::size(kGroups); ++i) {
        tasks.push_back([&context, &groups, &hows, i] {
            const bool tls13 = context.firstHellos->await(0x0304, context.deadline, context.cancel).support == Support::Accepted;
            groups[i] = tls13 ? groupSupportByHello(context, kGroups[i].tlsId, &hows[i])
                              : probeGroupByHandshake(context, kGroups[i], &hows[i]);
        });
    }
    runConcurrently(tasks);

    for (size_t i = 0; i < std::size(kGroups); ++i) {
        if (groups[i] == Support::Accepted) {
            out.groups << QLatin1String(kGroups[i].tlsName);
        } else if (groups[i] == Support::Rejected) {
            out.rejectedGroups << QLatin1String(kGroups[i].tlsName);
        } else {
            out.unknownGroups << QLatin1String(kGroups[i].tlsName);
            out.unknownBecause = hows[i];
        }
    }
    out.ran = true;
    QVariantMap facts{{QStringLiteral("groups"), out.groups},
                      {QStringLiteral("rejectedGroups"), out.rejectedGroups},
                      {QStringLiteral("dhe"), out.dhe == Support::Accepted   ? QStringLiteral("accepted")
                                              : out.dhe == Support::Rejected ? QStringLiteral("rejected")
                                                                             : QStringLiteral("unknown")}};
    if (out.dhBits > 0)
        facts.insert(QStringLiteral("dhBits"), out.dhBits);
    if (!out.unknownGroups.isEmpty())
        facts.insert(QStringLiteral("unknownGroups"), QVariantMap{{QStringLiteral("groups"), out.unknownGroups},
                                                                  {QStringLiteral("why"), out.unknownBecause}});
    return facts;
}

} // namespace hd
