#include "CauseCatalogue.h"
#include "ChainView.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "ServerClock.h"
#include "cert/PublicRoots.h"

#include <QTimeZone>

#include <optional>

namespace hd {

namespace {

// CA/Browser Forum ballot SC31, enforced by Safari and Chrome: public TLS certificates
// issued from 2020-09-01 on may be valid for at most 398 days.
constexpr qint64 kMaxPublicValidityDays = 398;
QDateTime limitEffective()
{
    return QDateTime(QDate(2020, 9, 1), QTime(0, 0), QTimeZone::utc());
}

// The leaf, when it is valid longer than browsers accept for public certificates.
std::optional<Finding> validityTooLong(const Observations &obs)
{
    if (obs.presented.isEmpty())
        return std::nullopt;
    const CertificateInfo &leaf = obs.presented.first();
    if (!leaf.notBefore.isValid() || !leaf.notAfter.isValid() || leaf.notBefore < limitEffective())
        return std::nullopt;
    const qint64 seconds = leaf.notBefore.secsTo(leaf.notAfter);
    if (seconds <= kMaxPublicValidityDays * 86400)
        return std::nullopt;
    const QList<CertificateInfo> &built = obs.verification.built;
    // Browsers enforce the limit only for roots of their public programs, not for roots a
    // company or a user added.
    const bool publicRoot = !built.isEmpty() && PublicRoots::contains(built.last().sha256Fingerprint) && !obs.anchorFromExtraCaFile;
    return CauseCatalogue::make(HD_CAUSE("validity-too-long"),
                                {{QStringLiteral("name"), leaf.displayName()},
                                 {QStringLiteral("notBefore"), leaf.notBefore},
                                 {QStringLiteral("notAfter"), leaf.notAfter},
                                 {QStringLiteral("days"), seconds / 86400},
                                 {QStringLiteral("maximumDays"), kMaxPublicValidityDays},
                                 {QStringLiteral("publicRoot"), publicRoot},
                                 {QStringLiteral("root"), built.isEmpty() ? QString() : built.last().displayName()}});
}

} // namespace

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
    if (std::optional<Finding> tooLong = validityTooLong(obs))
        findings << *tooLong;
    return findings;
}

} // namespace hd
