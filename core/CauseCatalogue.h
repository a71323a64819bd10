#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <QStringList>

namespace hd {

// A finding in words, in the language currently installed.
struct RenderedFinding
{
    QString headline;    // the title with this run's key fact, e.g. "…expired 3 days ago"
    QString title;
    QString explanation;
    QStringList evidence;
    QStringList fixSteps;
};

// The one catalogue of causes: for every public finding id its default severity, who
// fixes it, its rank among root causes, and its text. Checks create findings through
// make(); reports and the window render them through render().
class CauseCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(CauseCatalogue)
public:
    using EvidenceFn = QStringList (*)(const QVariantMap &facts);
    struct Entry
    {
        const char *id;
        Severity severity;
        FixedBy fixedBy;
        int rank;                    // lower is closer to the root cause
        const char *title;           // QT_TRANSLATE_NOOP'd
        const char *explanation;
        const char *fixSteps[5];     // nullptr-terminated when fewer
        EvidenceFn evidence;
    };

    static const Entry *entry(const QString &id);
    static QStringList ids();
    static Finding make(const char *id, const QVariantMap &facts = {});
    static RenderedFinding render(const Finding &finding);
    static void sortByRootCause(QList<Finding> *findings);

    static QString severityLabel(Severity severity);
    static QString fixedByLabel(FixedBy fixedBy);     // who: "You", "The site's administrator", ...
    static QString alertMeaning(int alertCode);       // plain-language meaning of a TLS alert
    static QString certificatePosition(const QString &positionKey); // "leaf" -> "the site's certificate"
};

} // namespace hd
