#include "CauseCatalogue.h"
#include "ChainView.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "ServerClock.h"

namespace hd {

namespace {

QString stateAt(const CertificateInfo &cert, const QDateTime &time)
{
    if (cert.notAfter.isValid() && time > cert.notAfter)
        return QStringLiteral("expired");
    if (cert.notBefore.isValid() && time < cert.notBefore)
        return QStringLiteral("not-yet-valid");
    return QStringLiteral("valid");
}

} // namespace

QList<Finding> checkClock(const Observations &obs)
{
    const std::optional<QDateTime> serverTime = skewedServerTime(obs);
    if (!serverTime)
        return {};
    // Every certificate whose verdict depends on whose clock is right.
    QVariantList certificates;
    bool hidesValidCertificate = false;
    for (const ChainEntry &entry : chainEntries(obs)) {
        const QString here = stateAt(*entry.cert, obs.now);
        const QString byServer = stateAt(*entry.cert, *serverTime);
        if (here == byServer)
            continue;
        QVariantMap facts = certificateFacts(entry);
        facts.insert(QStringLiteral("here"), here);
        facts.insert(QStringLiteral("byServerClock"), byServer);
        facts.insert(QStringLiteral("notBefore"), entry.cert->notBefore);
        facts.insert(QStringLiteral("notAfter"), entry.cert->notAfter);
        certificates << facts;
        hidesValidCertificate = hidesValidCertificate || byServer == QLatin1String("valid");
    }
    const Finding finding = CauseCatalogue::make(HD_CAUSE("clock-skew"), {{QStringLiteral("localTime"), obs.now},
                                                          {QStringLiteral("serverTime"), *serverTime},
                                                          {QStringLiteral("skewSeconds"), serverTime->secsTo(obs.now)},
                                                          {QStringLiteral("certificates"), certificates},
                                                          {QStringLiteral("hidesValidCertificate"), hidesValidCertificate}});
    return {finding};
}

} // namespace hd
