#include "CauseCatalogue.h"
#include "ChainView.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "ServerClock.h"

namespace hd {

QList<Finding> checkValidity(const Observations &obs)
{
    QVariantList expired;
    QVariantList notYetValid;
    const std::optional<QDateTime> serverTime = skewedServerTime(obs);
    for (const ChainEntry &entry : chainEntries(obs)) {
        // Valid by the server's clock: this computer's clock is the problem (clock-skew).
        if (serverTime && isValidAt(*entry.cert, *serverTime))
            continue;
        QVariantMap facts = certificateFacts(entry);
        if (entry.cert->notAfter.isValid() && obs.now > entry.cert->notAfter) {
            facts.insert(QStringLiteral("date"), entry.cert->notAfter);
            facts.insert(QStringLiteral("days"), wholeDaysBetween(entry.cert->notAfter, obs.now));
            expired << facts;
        } else if (entry.cert->notBefore.isValid() && obs.now < entry.cert->notBefore) {
            facts.insert(QStringLiteral("date"), entry.cert->notBefore);
            facts.insert(QStringLiteral("days"), wholeDaysBetween(obs.now, entry.cert->notBefore));
            notYetValid << facts;
        }
    }
    QList<Finding> findings;
    if (!expired.isEmpty())
        findings << CauseCatalogue::make(HD_CAUSE("cert-expired"), {{QStringLiteral("certificates"), expired}});
    if (!notYetValid.isEmpty())
        findings << CauseCatalogue::make(HD_CAUSE("cert-not-yet-valid"), {{QStringLiteral("certificates"), notYetValid}});
    return findings;
}

} // namespace hd
