#pragma once

#include <QStringList>
#include <QVariantMap>

namespace hd {

// Reading the language-neutral facts of findings and timeline steps when putting them
// into words.
inline QString factText(const QVariantMap &facts, const char *key)
{
    return facts.value(QLatin1String(key)).toString();
}

inline QString factList(const QVariantMap &facts, const char *key)
{
    return facts.value(QLatin1String(key)).toStringList().join(QStringLiteral(", "));
}

} // namespace hd
