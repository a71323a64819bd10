#pragma once

#include "PlainText.h"

#include <QStringList>
#include <QVariantMap>

namespace hd {

// Reading the language-neutral facts of findings and timeline steps when putting them
// into words. Facts carry server text (names, URLs, status lines): each value comes out as
// one visible line, whatever view it ends up in.
inline QString factText(const QVariantMap &facts, const char *key)
{
    return singleLine(facts.value(QLatin1String(key)).toString());
}

inline QString factList(const QVariantMap &facts, const char *key)
{
    return singleLine(facts.value(QLatin1String(key)).toStringList().join(QStringLiteral(", ")));
}

} // namespace hd
