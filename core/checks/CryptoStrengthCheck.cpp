#include "CauseCatalogue.h"
#include "ChainView.h"
#include "CheckRegistry.h"
#include "Observations.h"

namespace hd {

namespace {

constexpr int kMinRsaBits = 2048;
constexpr int kMinEcBits = 256;

bool hasWeakDigest(const CertificateInfo &cert)
{
    static const QStringList weak{QStringLiteral("SHA1"), QStringLiteral("MD5"), QStringLiteral("MD4"), QStringLiteral("MD2")};
    return weak.contains(cert.signatureDigest);
}

bool hasWeakKey(const CertificateInfo &cert)
{
    if (cert.keyType == QLatin1String("RSA") || cert.keyType == QLatin1String("DSA"))
        return cert.keyBits < kMinRsaBits;
    if (cert.keyType == QLatin1String("EC"))
        return cert.keyBits < kMinEcBits;
    return false;
}

} // namespace

QList<Finding> checkCryptoStrength(const Observations &obs)
{
    QVariantList weakSignatures;
    QVariantList weakKeys;
    for (const ChainEntry &entry : chainEntries(obs)) {
        // A root's signature on itself is never checked by clients: trust in it is by fiat.
        if (hasWeakDigest(*entry.cert) && entry.position != QLatin1String("root")) {
            QVariantMap facts = certificateFacts(entry);
            facts.insert(QStringLiteral("algorithm"), entry.cert->signatureAlgorithm);
            weakSignatures << facts;
        }
        if (hasWeakKey(*entry.cert)) {
            QVariantMap facts = certificateFacts(entry);
            facts.insert(QStringLiteral("keyType"), entry.cert->keyType);
            facts.insert(QStringLiteral("bits"), entry.cert->keyBits);
            weakKeys << facts;
        }
    }
    QList<Finding> findings;
    if (!weakSignatures.isEmpty())
        findings << CauseCatalogue::make(HD_CAUSE("weak-signature"), {{QStringLiteral("certificates"), weakSignatures}});
    if (!weakKeys.isEmpty())
        findings << CauseCatalogue::make(HD_CAUSE("weak-key"), {{QStringLiteral("certificates"), weakKeys}});
    return findings;
}

} // namespace hd
