// The revocation causes: their text and evidence, beside the checks that find them
// (RevocationCheck.cpp). See README.md, "Adding a cause".
#include "CauseFamilies.h"

#include "Facts.h"

namespace hd {

namespace {

using namespace causetext;

QString revocationSource(const QVariantMap &source)
{
    const QString name = factText(source, "source");
    if (name == QLatin1String("staple"))
        return CauseCatalogue::tr("the OCSP response stapled by the server");
    if (name == QLatin1String("ocsp"))
        return CauseCatalogue::tr("the OCSP responder %1").arg(factText(source, "url"));
    return CauseCatalogue::tr("the revocation list (CRL) %1").arg(factText(source, "url"));
}

QString revocationReason(const QString &key)
{
    if (key.isEmpty())
        return CauseCatalogue::tr("no reason given");
    if (key == QLatin1String("unspecified"))
        return CauseCatalogue::tr("unspecified");
    if (key == QLatin1String("keyCompromise"))
        return CauseCatalogue::tr("its private key was compromised (keyCompromise)");
    if (key == QLatin1String("cACompromise"))
        return CauseCatalogue::tr("the issuing authority was compromised (cACompromise)");
    if (key == QLatin1String("affiliationChanged"))
        return CauseCatalogue::tr("the owner's details changed (affiliationChanged)");
    if (key == QLatin1String("superseded"))
        return CauseCatalogue::tr("it was replaced by a new certificate (superseded)");
    if (key == QLatin1String("cessationOfOperation"))
        return CauseCatalogue::tr("it is no longer in use (cessationOfOperation)");
    if (key == QLatin1String("certificateHold"))
        return CauseCatalogue::tr("it is suspended for now (certificateHold)");
    if (key == QLatin1String("privilegeWithdrawn"))
        return CauseCatalogue::tr("the owner's rights were withdrawn (privilegeWithdrawn)");
    return key;
}

// Sources name their certificate; findings made before they did name it once, at the top.
QString sourceFact(const QVariantMap &source, const QVariantMap &f, const char *key)
{
    const QString own = factText(source, key);
    return own.isEmpty() ? factText(f, key) : own;
}

QStringList revokedEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : f.value(QStringLiteral("sources")).toList()) {
        const QVariantMap source = entry.toMap();
        const QString when = source.contains(QStringLiteral("date")) ? date(source.value(QStringLiteral("date")))
                                                                     : CauseCatalogue::tr("an unknown date");
        const QString certificate = sourceFact(source, f, "certificate");
        const QString serial = sourceFact(source, f, "serial");
        const QString reason = revocationReason(factText(source, "reason"));
        const QString position = sourceFact(source, f, "position");
        if (position.isEmpty() || position == QLatin1String("leaf"))
            lines << CauseCatalogue::tr("According to %1, “%2” (serial %3) was revoked on %4; reason: %5.")
                         .arg(revocationSource(source), certificate, serial, when, reason);
        else
            lines << CauseCatalogue::tr("According to %1, the intermediate certificate “%2” (serial %3) in the site's chain was revoked on %4; reason: %5.")
                         .arg(revocationSource(source), certificate, serial, when, reason);
    }
    for (const QVariant &entry : f.value(QStringLiteral("goodSources")).toList())
        lines << CauseCatalogue::tr("Still “good” according to %1: sources are updated at different times.")
                     .arg(revocationSource(entry.toMap()));
    const QString position = factText(f, "position");
    if (!position.isEmpty() && position != QLatin1String("leaf"))
        lines << CauseCatalogue::tr("Every certificate that “%1” issued is affected, so every site under it fails the same way; the site's own certificate is not at fault, but it must be replaced by one from a valid intermediate.")
                     .arg(factText(f, "certificate"));
    return lines;
}

// Why a revocation source gave no usable answer (RevocationAnswer::problem).
QString revocationProblem(const QVariantMap &source)
{
    if (factText(source, "status") == QLatin1String("unknown"))
        return CauseCatalogue::tr("the responder does not know this certificate (status “unknown”)");
    const QString problem = factText(source, "problem");
    if (problem == QLatin1String("timeout"))
        return CauseCatalogue::tr("no answer within the time limit");
    if (problem == QLatin1String("refused"))
        return CauseCatalogue::tr("the connection was refused");
    if (problem == QLatin1String("unreachable"))
        return CauseCatalogue::tr("the address cannot be reached");
    if (problem.startsWith(QLatin1String("http-")))
        return CauseCatalogue::tr("the answer was HTTP status %1").arg(problem.mid(5));
    if (problem == QLatin1String("too-large"))
        return CauseCatalogue::tr("the list is too large to check here (over 4 MB)");
    if (problem == QLatin1String("malformed"))
        return CauseCatalogue::tr("the answer is not a valid OCSP response or revocation list");
    if (problem == QLatin1String("bad-signature"))
        return CauseCatalogue::tr("the answer is not signed by the certificate's issuer");
    if (problem == QLatin1String("wrong-certificate"))
        return CauseCatalogue::tr("the answer is about a different certificate");
    if (problem == QLatin1String("wrong-issuer"))
        return CauseCatalogue::tr("the list comes from a different authority than the certificate");
    if (problem == QLatin1String("stale"))
        return CauseCatalogue::tr("the answer is out of date (it was valid until %1)").arg(date(source.value(QStringLiteral("nextUpdate"))));
    if (problem == QLatin1String("not-yet-valid"))
        return CauseCatalogue::tr("the answer is dated in the future (%1)").arg(date(source.value(QStringLiteral("thisUpdate"))));
    if (problem.startsWith(QLatin1String("responder-")))
        return CauseCatalogue::tr("the responder answered with the error “%1”").arg(problem.mid(10));
    return CauseCatalogue::tr("the connection failed (%1)").arg(problem);
}

QStringList stapleInvalidEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The OCSP response stapled by the server cannot be used: %1.").arg(revocationProblem(f))};
}

QStringList staplingMissingEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate names the OCSP responder %1, but the server stapled no response to the handshake.").arg(factText(f, "url"))};
}

QStringList mustStapleEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The site's certificate “%1” (%2 key) requires a stapled OCSP response (TLS Feature extension: status_request), but the server stapled none to the handshake.")
                          .arg(factText(f, "certificate"), factText(f, "keyType"))};
    if (const QString url = factText(f, "url"); !url.isEmpty())
        lines << CauseCatalogue::tr("The server would fetch the response from the OCSP responder %1.").arg(url);
    return lines;
}

QStringList revocationUnreachableEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : f.value(QStringLiteral("sources")).toList()) {
        const QVariantMap source = entry.toMap();
        const QString position = factText(source, "position");
        if (position.isEmpty() || position == QLatin1String("leaf"))
            lines << CauseCatalogue::tr("Checking %1: %2.").arg(revocationSource(source), revocationProblem(source));
        else
            lines << CauseCatalogue::tr("Checking %1 for the intermediate certificate “%2”: %3.")
                         .arg(revocationSource(source), factText(source, "certificate"), revocationProblem(source));
    }
    return lines;
}

const CauseCatalogue::Entry kCauses[] = {
    {HD_CAUSE("revoked"), Severity::Error, FixedBy::Server, 128, StepTie::Revocation, CertificateTie::Listed,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate has been revoked"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The authority that issued a certificate of this site's chain has declared it invalid before its end date, usually because its private key was exposed or it was issued by mistake. Clients that check revocation refuse the site; when it is an intermediate authority's certificate, every site under that authority fails."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Do not enter passwords or personal data on this site until this is fixed.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate has been revoked."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Replace the certificate: it has been revoked.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: get a new certificate (with a new key if the old one may have leaked; from a valid intermediate when an intermediate was revoked), install it with its new chain, and reload the server.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if the server staples OCSP, make sure it staples a fresh response for the new certificate.")}},
     revokedEvidence},
    {HD_CAUSE("ocsp-staple-invalid"), Severity::Warning, FixedBy::Server, 220, StepTie::Revocation, CertificateTie::Leaf,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server staples an unusable OCSP response"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server attaches (staples) its certificate authority's signed revocation status to the handshake, so that clients need not ask the authority themselves. This one cannot be relied on. Strict clients such as Firefox refuse a connection whose stapled response is out of date or invalid."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: check the server's OCSP stapling settings and that the server can reach the authority's OCSP responder (nginx: ssl_stapling, ssl_stapling_verify and a resolver; Apache: SSLUseStapling and SSLStaplingCache).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reload the server so that it fetches a fresh response.")}},
     stapleInvalidEvidence},
    {HD_CAUSE("must-staple-missing"), Severity::Error, FixedBy::Server, 128, StepTie::Revocation, CertificateTie::Leaf,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate requires OCSP stapling, but the server does not staple"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site's certificate carries OCSP Must-Staple: it promises that the server always attaches a fresh OCSP answer to the handshake. This server attaches none, so Firefox refuses the site (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING); other browsers may still connect."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Try another browser than Firefox until the site is fixed, and tell the site's owner.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner, nginx: “ssl_stapling on; ssl_stapling_verify on;” with a resolver and ssl_trusted_certificate set to the chain; nginx staples only after its first fetch, so load the page once after a reload, or provide ssl_stapling_file.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner, Apache: “SSLUseStapling on” and, outside the virtual host, “SSLStaplingCache shmcb:/var/run/ocsp(128000)”; keep SSLStaplingReturnResponderErrors off so errors are not stapled.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner, IIS: OCSP stapling is on by default; make sure the server can reach the OCSP responder over HTTP (port 80, proxy settings of the machine account).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if the server cannot staple reliably, get a certificate without the Must-Staple option.")}},
     mustStapleEvidence},
    // Information only: revocation is checked elsewhere or by other sources as well.
    {HD_CAUSE("ocsp-stapling-missing"), Severity::Info, FixedBy::Server, 300, StepTie::Revocation, CertificateTie::Leaf,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server does not staple OCSP"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate names an OCSP responder where clients can ask whether it has been revoked. The server could attach (staple) a recent answer to the handshake but does not, so clients must ask the authority themselves: that is slower, tells the authority which sites are visited, and is skipped when the responder cannot be reached."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: turn on OCSP stapling (nginx: ssl_stapling on; ssl_stapling_verify on; Apache: SSLUseStapling on with an SSLStaplingCache).")}},
     staplingMissingEvidence},
    // Network when a source could not be reached, the site's side when it answered wrongly.
    {HD_CAUSE("revocation-unreachable"), Severity::Info, FixedBy::Network, 310, StepTie::Revocation, CertificateTie::Listed,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate's revocation status could not be checked"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate names places where clients can check whether it has been revoked. At least one of them gave no usable answer. Most browsers then carry on without the check, so this does not block the site; the usual causes are a firewall that blocks plain HTTP to these addresses, or a failing server at the certificate authority."),
     {{Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "On a company network: ask the network administrator to allow plain HTTP (port 80) to the addresses listed under evidence."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Allow plain HTTP (port 80) to the addresses listed under evidence.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "If an address answered with an error or an invalid answer: tell the site's owner, who can report it to the certificate authority."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If an address answered with an error or an invalid answer, report it to the certificate authority.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: turn on OCSP stapling, so that clients do not need to reach the responder themselves.")}},
     revocationUnreachableEvidence},
};

} // namespace

CauseFamily revocationCauses()
{
    return {kCauses, std::size(kCauses)};
}

} // namespace hd
