#pragma once

#include "CauseCatalogue.h"
#include "ReportText.h"

#include "compat/ClientProfiles.h"

#include <QDateTime>
#include <QVariantMap>

#include <cstddef>
#include <iterator>

namespace hd {

// The causes of one family, defined beside its checks (README.md, "Adding a cause").
struct CauseFamily
{
    const CauseCatalogue::Entry *entries;
    std::size_t count;
};

CauseFamily connectionCauses();        // ConnectionCauses.cpp
CauseFamily certificateCauses();       // CertificateCauses.cpp
CauseFamily trustCauses();             // TrustCauses.cpp
CauseFamily revocationCauses();        // RevocationCauses.cpp
CauseFamily protocolCauses();          // ProtocolCauses.cpp
CauseFamily httpCauses();              // HttpCauses.cpp
CauseFamily clientEnvironmentCauses(); // ClientCauses.cpp

// Helpers shared by the families' evidence text.
namespace causetext {

// The language's one date format (ReportText::dateTime), as everywhere else.
inline QString date(const QVariant &value)
{
    return ReportText::dateTime(value.toDateTime());
}

inline QVariantList certificates(const QVariantMap &facts)
{
    return facts.value(QStringLiteral("certificates")).toList();
}

// Client profile ids (see compat/ClientProfiles.cpp) as names, in the current language.
inline QString clientNames(const QVariantMap &f, const char *key)
{
    QStringList names;
    for (const QString &id : f.value(QLatin1String(key)).toStringList())
        names << Compatibility::clientName(id);
    return names.join(QStringLiteral("; "));
}

} // namespace causetext

} // namespace hd
