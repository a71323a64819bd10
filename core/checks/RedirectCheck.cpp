#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"

namespace hd {

// A redirect from https:// to http:// hands the visitor to an unencrypted connection that
// anyone on the way can read and change; browsers follow it (HSTS aside) and show the page
// as not secure, and forms and cookies go out in clear.
QList<Finding> checkRedirects(const Observations &obs)
{
    QVariantList hops;
    for (qsizetype i = 0; i < obs.redirects.size(); ++i) {
        const RedirectHop &hop = obs.redirects[i];
        hops << QVariantMap{{QStringLiteral("from"), hop.from},
                            {QStringLiteral("to"), hop.to},
                            {QStringLiteral("statusLine"), QString::fromLatin1(hop.statusLine)}};
        if (!hop.to.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
            continue;
        return {CauseCatalogue::make(HD_CAUSE("https-downgrade-redirect"), {{QStringLiteral("hop"), int(i + 1)},
                                                                           {QStringLiteral("from"), hop.from},
                                                                           {QStringLiteral("to"), hop.to},
                                                                           {QStringLiteral("statusLine"), QString::fromLatin1(hop.statusLine)},
                                                                           {QStringLiteral("otherHost"), hop.otherHost},
                                                                           {QStringLiteral("hops"), hops}})};
    }
    return {};
}

} // namespace hd
