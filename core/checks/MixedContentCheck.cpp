#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "http/MixedContent.h"

#include <algorithm>

namespace hd {

namespace {

constexpr int kListed = 10; // the evidence names this many, then says how many more

QVariantMap itemFacts(const InsecureResource &resource)
{
    return {{QStringLiteral("kind"), resource.kind},
            {QStringLiteral("url"), resource.url},
            {QStringLiteral("active"), resource.active}};
}

} // namespace

QList<Finding> checkMixedContent(const Observations &obs)
{
    if (!obs.http.received || obs.http.body.isEmpty())
        return {};
    const QByteArray type = obs.http.header("Content-Type").toLower();
    if (!type.isEmpty() && !type.contains("html"))
        return {};
    const MixedContentScan scan = scanMixedContent(obs.http.body);
    const int total = scan.activeCount + scan.passiveCount;
    if (total == 0)
        return {};
    // Active content first: browsers block it, so it is what breaks the page.
    QVariantList items;
    for (const bool active : {true, false}) {
        for (const InsecureResource &resource : scan.resources) {
            if (resource.active == active && items.size() < kListed)
                items << itemFacts(resource);
        }
    }
    // Browsers block active content but forms, which they only warn about: a blocked script,
    // style sheet or frame breaks the page.
    const bool blocked = std::any_of(scan.resources.cbegin(), scan.resources.cend(), [](const InsecureResource &resource) {
        return resource.active && resource.kind != QLatin1String("form");
    });
    return {CauseCatalogue::make(HD_CAUSE("mixed-content"), {{QStringLiteral("path"), obs.target.path},
                                                             {QStringLiteral("items"), items},
                                                             {QStringLiteral("activeCount"), scan.activeCount},
                                                             {QStringLiteral("passiveCount"), scan.passiveCount},
                                                             {QStringLiteral("more"), total - int(items.size())},
                                                             {QStringLiteral("blocked"), blocked}})};
}

} // namespace hd
