#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"

namespace hd {

QList<Finding> checkPurpose(const Observations &obs)
{
    if (obs.presented.isEmpty())
        return {};
    const CertificateInfo &leaf = obs.presented.first();
    const bool ekuAllowsServer = !leaf.hasExtendedKeyUsage
                                 || leaf.extendedKeyUsage.contains(QLatin1String("serverAuth"))
                                 || leaf.extendedKeyUsage.contains(QLatin1String("anyExtendedKeyUsage"));
    // With a key usage extension, a TLS server key must at least be allowed to sign or to
    // receive an encrypted key.
    const bool keyUsageAllowsServer = leaf.keyUsage.isEmpty()
                                      || leaf.keyUsage.contains(QLatin1String("digitalSignature"))
                                      || leaf.keyUsage.contains(QLatin1String("keyEncipherment"))
                                      || leaf.keyUsage.contains(QLatin1String("keyAgreement"));
    if (ekuAllowsServer && keyUsageAllowsServer)
        return {};
    const QStringList usages = ekuAllowsServer ? leaf.keyUsage : leaf.extendedKeyUsage;
    return {CauseCatalogue::make(HD_CAUSE("wrong-purpose"), {{QStringLiteral("name"), leaf.displayName()},
                                                   {QStringLiteral("usages"), usages}})};
}

} // namespace hd
