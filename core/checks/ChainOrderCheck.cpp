#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "cert/Revocation.h"

#include <openssl/x509v3.h>

#include <algorithm>
#include <vector>

namespace hd {

namespace {

// The certificates as sent, as OpenSSL objects, in the server's order.
struct SentChain
{
    std::vector<X509Ptr> certs;
    QList<int> firstIndex; // for each position, the first position with the same certificate
};

SentChain parse(const QList<CertificateInfo> &presented)
{
    SentChain sent;
    for (qsizetype i = 0; i < presented.size(); ++i) {
        sent.certs.push_back(x509FromDer(presented[i].der));
        int first = int(i);
        for (qsizetype j = 0; j < i; ++j) {
            if (presented[j].sha256Fingerprint == presented[i].sha256Fingerprint) {
                first = int(j);
                break;
            }
        }
        sent.firstIndex << first;
    }
    return sent;
}

// The path from the leaf through the sent certificates, each the issuer of the one before,
// as positions in the server's list. Stops at a self-signed certificate or when the issuer
// was not sent.
QList<int> pathFromLeaf(const SentChain &sent)
{
    QList<int> path{0};
    while (true) {
        X509 *current = sent.certs[size_t(path.last())].get();
        if (!current || X509_self_signed(current, 0) == 1)
            break;
        int issuer = -1;
        for (int i = 1; i < int(sent.certs.size()) && issuer < 0; ++i) {
            if (sent.firstIndex[i] == i && !path.contains(i) && sent.certs[size_t(i)]
                && X509_check_issued(sent.certs[size_t(i)].get(), current) == X509_V_OK)
                issuer = i;
        }
        if (issuer < 0)
            break;
        path << issuer;
    }
    return path;
}

QVariantMap named(const CertificateInfo &cert, int position)
{
    return {{QStringLiteral("name"), cert.displayName()},
            {QStringLiteral("fingerprint"), cert.sha256Fingerprint},
            {QStringLiteral("sentAt"), position + 1}}; // 1 = the first certificate sent
}

} // namespace

// Browsers rebuild any order, but strict TLS stacks (Java, older Android, embedded clients)
// expect each certificate to be followed by its issuer (RFC 5246 7.4.2), without repeats
// and without strangers.
QList<Finding> checkChainOrder(const Observations &obs)
{
    const QList<CertificateInfo> &presented = obs.presented;
    if (presented.size() < 2)
        return {};
    const SentChain sent = parse(presented);
    const QList<int> path = pathFromLeaf(sent);
    // The leaf's issuer was not sent: the chain is incomplete (the trust check), not misordered.
    if (path.size() == 1)
        return {};

    QVariantList duplicates;
    QVariantList unrelated;
    for (int i = 1; i < presented.size(); ++i) {
        if (sent.firstIndex[i] != i)
            duplicates << named(presented[i], i);
        else if (!path.contains(i))
            unrelated << named(presented[i], i);
    }
    bool outOfOrder = false;
    for (qsizetype k = 1; k < path.size(); ++k)
        outOfOrder = outOfOrder || path[k] < path[k - 1];
    if (duplicates.isEmpty() && unrelated.isEmpty() && !outOfOrder)
        return {};

    QStringList sentNames;
    for (const CertificateInfo &cert : presented)
        sentNames << cert.displayName();
    QStringList rightOrder;
    QList<int> ascending = path;
    std::sort(ascending.begin(), ascending.end());
    QVariantList misplaced; // sent elsewhere than where the path needs them
    for (qsizetype k = 0; k < path.size(); ++k) {
        rightOrder << presented[path[k]].displayName();
        if (path[k] != ascending[k])
            misplaced << named(presented[path[k]], path[k]);
    }
    return {CauseCatalogue::make(HD_CAUSE("chain-order"), {{QStringLiteral("sent"), sentNames},
                                                           {QStringLiteral("rightOrder"), rightOrder},
                                                           {QStringLiteral("outOfOrder"), outOfOrder},
                                                           {QStringLiteral("duplicates"), duplicates},
                                                           {QStringLiteral("unrelated"), unrelated},
                                                           {QStringLiteral("certificates"), misplaced + duplicates + unrelated}})};
}

} // namespace hd
