// server-groups: one handshake per group that browsers do not offer. OpenSSL offers
// brainpool curves under TLS 1.2 and finite-field groups under TLS 1.3 itself; brainpool
// under TLS 1.3 (RFC 8734) it cannot, so a hand-made TLS 1.3 ClientHello offers it with an
// empty key share: a server that has the group answers with a HelloRetryRequest naming it.
#include "ServerGroupsProbe.h"

#include "ProbeContext.h"
#include "ProbeTasks.h"
#include "tls/HelloParser.h"
#include "tls/TlsNames.h"

#include <QRandomGenerator>

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

constexpr int kExtServerName = 0, kExtSupportedGroups = 10, kExtSignatureAlgorithms = 13, kExtSupportedVersions = 43,
              kExtKeyShare = 51;
constexpr quint16 kTls13Suites[] = {0x1301, 0x1302, 0x1303};
constexpr quint16 kSignatureAlgorithms[] = {0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601,
                                            0x081a, 0x081b, 0x081c}; // the last three: ECDSA with brainpool (RFC 8734)

void put16(QByteArray *out, int value)
{
    out->append(char((value >> 8) & 0xff));
    out->append(char(value & 0xff));
}

QByteArray withLength16(const QByteArray &body)
{
    QByteArray out;
    put16(&out, int(body.size()));
    return out + body;
}

QByteArray extension(int type, const QByteArray &body)
{
    QByteArray out;
    put16(&out, type);
    return out + withLength16(body);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

// A TLS 1.3 ClientHello offering only `group`, with no key share for it.
QByteArray tls13Hello(int group, const QString &serverName)
{
    QByteArray extensions;
    if (!serverName.isEmpty()) {
        QByteArray entry(1, '\0'); // host_name
        entry += withLength16(serverName.toLatin1());
        extensions += extension(kExtServerName, withLength16(entry));
    }
    extensions += extension(kExtSupportedVersions, QByteArray::fromHex("020304"));
    QByteArray groups;
    put16(&groups, group);
    extensions += extension(kExtSupportedGroups, withLength16(groups));
    QByteArray algorithms;
    for (const quint16 algorithm : kSignatureAlgorithms)
        put16(&algorithms, algorithm);
    extensions += extension(kExtSignatureAlgorithms, withLength16(algorithms));
    extensions += extension(kExtKeyShare, withLength16({}));

    QByteArray body;
    put16(&body, 0x0303);
    body += randomBytes(32);
    body += char(32) + randomBytes(32); // a session id, as middleboxes expect of TLS 1.3 clients
    QByteArray suites;
    for (const quint16 suite : kTls13Suites)
        put16(&suites, suite);
    body += withLength16(suites);
    body += QByteArray::fromHex("0100"); // compression: null only
    body += withLength16(extensions);
    QByteArray message(1, char(tls::ClientHello));
    message += char((body.size() >> 16) & 0xff);
    put16(&message, int(body.size()));
    message += body;
    QByteArray record = QByteArray::fromHex("160301");
    return record + withLength16(message);
}

// A HelloRetryRequest that names the group: the server has it. An alert: it has not.
Support judgeRetryRequest(const RawExchange &exchange, int group, QString *how)
{
    if (!exchange.connected()) {
        *how = exchange.notTried.isEmpty() ? netErrorKey(exchange.connectError.error) : exchange.notTried;
        return Support::Unknown;
    }
    const QByteArray &received = exchange.received;
    if (received.size() < 7) {
        const bool refused = exchange.readError.error == NetError::Closed || exchange.readError.error == NetError::Reset;
        *how = netErrorKey(exchange.readError.error);
        return refused ? Support::Rejected : Support::Unknown;
    }
    if (received[0] == char(21)) {
        *how = tls::alertName(quint8(received[6]));
        return Support::Rejected;
    }
    tls::ServerHelloInfo hello;
    if (received[0] == char(22) && tls::parseServerHello(received.mid(5), &hello) && hello.helloRetryRequest
        && hello.keyShareGroup == group)
        return Support::Accepted;
    *how = QStringLiteral("unexpected-answer");
    return Support::Unknown;
}

Support probeCandidate(const ProbeContext &context, const Candidate &candidate, QString *how)
{
    if (candidate.way == Way::HandMadeTls13)
        return judgeRetryRequest(probeRawExchange(context, tls13Hello(candidate.id, probeServerName(context))), candidate.id, how);
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
