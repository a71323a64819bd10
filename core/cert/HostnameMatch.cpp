#include "HostnameMatch.h"

namespace hd {

bool hostMatchesPattern(const QString &host, const QString &pattern)
{
    const QString h = host.toLower();
    QString p = pattern.toLower();
    if (p.endsWith(QLatin1Char('.')))
        p.chop(1);
    if (!p.startsWith(QLatin1String("*.")))
        return h == p;
    const QString suffix = p.mid(1); // ".example.com"
    if (suffix.count(QLatin1Char('.')) < 2)
        return false; // "*.com" would match every site under a TLD
    if (!h.endsWith(suffix))
        return false;
    const QString label = h.left(h.size() - suffix.size());
    return !label.isEmpty() && !label.contains(QLatin1Char('.'));
}

} // namespace hd
