#include "ChainView.h"

#include "Observations.h"

namespace hd {

namespace {

QString positionOf(const CertificateInfo &cert, qsizetype index)
{
    if (index == 0)
        return QStringLiteral("leaf");
    return cert.isSelfSigned ? QStringLiteral("root") : QStringLiteral("intermediate");
}

} // namespace

QList<ChainEntry> chainEntries(const Observations &obs)
{
    QList<ChainEntry> entries;
    QStringList seen;
    const QList<CertificateInfo> &built = obs.verification.built;
    for (qsizetype i = 0; i < built.size(); ++i) {
        entries.append({&built[i], positionOf(built[i], i)});
        seen << built[i].sha256Fingerprint;
    }
    for (qsizetype i = 0; i < obs.presented.size(); ++i) {
        if (!seen.contains(obs.presented[i].sha256Fingerprint))
            entries.append({&obs.presented[i], positionOf(obs.presented[i], i)});
    }
    return entries;
}

QVariantMap certificateFacts(const ChainEntry &entry)
{
    return {{QStringLiteral("name"), entry.cert->displayName()},
            {QStringLiteral("position"), entry.position},
            {QStringLiteral("fingerprint"), entry.cert->sha256Fingerprint}};
}

} // namespace hd
