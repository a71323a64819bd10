#pragma once

#include "CauseIds.h"
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
    QList<Actor> fixActors; // who does each of fixSteps
};

// Which timeline step a cause happened at (see FindingLinks.cpp).
enum class StepTie {
    None,
    Resolve,          // the DNS step
    Connect,          // the TCP step
    Handshake,        // the failed handshake and the server's fatal alert
    CertificateCheck, // the certificate check (and any issuer downloads)
    Http,             // the HTTP exchange
    Phase,            // by the finding's "phase" fact: connect, handshake or http
    Clock,            // the HTTP exchange (its Date header), else the handshake
    SniProbe,         // the extra connections of the probe of the same name
    Revocation,
    VersionsProbe,
    SuitesProbe,
    KeyExchangeProbe,
    ProxyStage,       // the proxy's step named by the finding's "stage" fact: dns, tcp or connect
    PlainText,        // where the plain-text part before TLS stopped (STARTTLS and its kin)
};

// Which certificates a cause concerns.
enum class CertificateTie {
    None,
    Leaf,        // the site's own certificate
    Listed,      // facts.certificates[].fingerprint
    Fingerprint, // facts.fingerprint
    Root,        // facts.fingerprint, else the top of the built chain
    Orphan,      // the certificate whose issuer was not sent (facts.orphan), and what was downloaded
};

// The one catalogue of causes: for every public finding id its default severity, who
// fixes it, its rank among root causes, where it happened, and its text. The entries live
// by family beside their checks (core/checks/*Causes.cpp). Checks create findings through
// make(); reports and the window render them through render().
class CauseCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(CauseCatalogue)
public:
    using EvidenceFn = QStringList (*)(const QVariantMap &facts);
    // For causes whose severity depends on what was found; the catalogue is its one owner.
    using SeverityFn = Severity (*)(const QVariantMap &facts, Severity usual);
    struct FixStep
    {
        Actor actor;
        const char *text;            // QT_TRANSLATE_NOOP'd
        // The step in a report written for its own actor, when `text` asks the person at the
        // keyboard to pass it on ("Tell the site's owner that…" becomes "Renew the
        // certificate…"); nullptr when `text` reads right for them too.
        const char *forActor = nullptr;
    };
    struct Entry
    {
        CauseId id;
        Severity severity;
        FixedBy fixedBy;
        int rank;                    // lower is closer to the root cause
        StepTie step;
        CertificateTie certificates;
        const char *title;           // QT_TRANSLATE_NOOP'd
        const char *explanation;
        FixStep fixSteps[5];         // text nullptr when fewer; the first step's actor acts first
        EvidenceFn evidence;
        SeverityFn severityFor = nullptr; // when it is not always `severity`
    };

    static const Entry *entry(const QString &id);
    static QStringList ids();        // every id that has an entry, family by family
    static Finding make(CauseId id, const QVariantMap &facts = {});
    // `reader`: who the text is written for (a report for the site's owner words their
    // steps to them); the person at the keyboard unless said otherwise.
    static RenderedFinding render(const Finding &finding, Actor reader = Actor::You);
    static void sortByRootCause(QList<Finding> *findings);

    static QString severityLabel(Severity severity);
    static QString fixedByLabel(FixedBy fixedBy);     // who: "You", "The site's administrator", ...
    static QString alertMeaning(int alertCode);       // plain-language meaning of a TLS alert
    static QString certificatePosition(const QString &positionKey); // "leaf" -> "the site's certificate"
};

} // namespace hd
