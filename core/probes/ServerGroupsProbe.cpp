// server-groups: one handshake per group that browsers do not offer. OpenSSL offers
// brainpool curves under TLS 1.2 and finite-field groups under TLS 1.3 itself; brainpool
// under TLS 1.3 (RFC 8734) it cannot, so a hand-made TLS 1.3 ClientHello offers it with a
// share of it: a server that has the group names it in its answer.
#include "ServerGroupsProbe.h"

#include "ProbeContext.h"
#include "ProbeTasks.h"
#include "tls/TlsNames.h"

#include <openssl/tls1.h>

#include <functional>
#include <vector>

namespace hd {

namespace {

enum class Way { OpenSslTls12, OpenSslTls13, HandMadeTls13 };

struct Candidate
{
    int id;                   // the TLS NamedGroup code point
    const char *openSslName;  // for SSL_CTX_set1_groups_list; unused for HandMadeTls13
    Way way;
};

constexpr Candidate kCandidates[] = {
    {26, "brainpoolP256r1", Way::OpenSslTls12},
    {27, "brainpoolP384r1", Way::OpenSslTls12},
    {28, "brainpoolP512r1", Way::OpenSslTls12},
    {256, "ffdhe2048", Way::OpenSslTls13},
    {257, "ffdhe3072", Way::OpenSslTls13},
    {258, "ffdhe4096", Way::OpenSslTls13},
    {259, "ffdhe6144", Way::OpenSslTls13},
    {260, "ffdhe8192", Way::OpenSslTls13},
    {31, "", Way::HandMadeTls13},
    {32, "", Way::HandMadeTls13},
    {33, "", Way::HandMadeTls13},
};

constexpr char kCertificateCurves[] = ":P-256:P-384:P-521";

Support probeCandidate(const ProbeContext &context, const Candidate &candidate, QString *how)
{
    if (candidate.way == Way::HandMadeTls13)
        return groupSupportByHello(context, candidate.id, how);
    TlsClientConfig config;
    config.serverName = probeServerName(context);
    config.groups = candidate.openSslName;
    config.requestOcspStaple = false;
    if (candidate.way == Way::OpenSslTls12) {
        config.minVersion = config.maxVersion = TLS1_2_VERSION;
        config.cipherList = "kECDHE:@SECLEVEL=0"; // only suites that need the curve
        // Under TLS 1.2 the groups also name the curves of ECDSA certificates the client takes.
        config.groups += kCertificateCurves;
    } else {
        config.minVersion = config.maxVersion = TLS1_3_VERSION;
    }
    const ProbeHandshake attempt = probeHandshake(context, config);
    const Support support = supportOf(attempt, how);
    if (support != Support::Accepted || !attempt.outcome.established() || attempt.outcome.keyExchangeGroup == tls::groupName(candidate.id))
        return support;
    *how = QStringLiteral("other-group"); // it preferred a certificate's curve: nothing learnt
    return Support::Unknown;
}

} // namespace

ServerGroupsResult findUncommonGroups(const ProbeContext &context)
{
    std::vector<Support> support(std::size(kCandidates), Support::Unknown);
    std::vector<QString> hows(std::size(kCandidates));
    std::vector<std::function<void()>> tasks;
    for (size_t i = 0; i < std::size(kCandidates); ++i)
        tasks.push_back([&context, &support, &hows, i] { support[i] = probeCandidate(context, kCandidates[i], &hows[i]); });
    runConcurrently(tasks);

    ServerGroupsResult result;
    for (size_t i = 0; i < std::size(kCandidates); ++i) {
        const QString name = tls::groupName(kCandidates[i].id);
        if (support[i] == Support::Accepted)
            result.groups << name;
        else if (support[i] == Support::Rejected)
            result.rejected << name;
        else
            result.unknown << name;
    }
    result.ran = true;
    return result;
}

} // namespace hd
