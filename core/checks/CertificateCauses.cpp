// The certificate causes: their text and evidence, beside the checks that find them
// (ValidityCheck.cpp, HostnameCheck.cpp, PurposeCheck.cpp and CryptoStrengthCheck.cpp). See README.md, "Adding a cause".
#include "CauseFamilies.h"

#include "Facts.h"

namespace hd {

namespace {

using namespace causetext;

QStringList expiredEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” expired on %3 (%n day(s) ago).", nullptr, cert.value(QStringLiteral("days")).toInt())
                     .arg(CauseCatalogue::certificatePosition(factText(cert, "position")), factText(cert, "name"), date(cert.value(QStringLiteral("date"))));
    }
    return lines;
}

QStringList notYetValidEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” becomes valid only on %3 (in %n day(s)).", nullptr, cert.value(QStringLiteral("days")).toInt())
                     .arg(CauseCatalogue::certificatePosition(factText(cert, "position")), factText(cert, "name"), date(cert.value(QStringLiteral("date"))));
    }
    return lines;
}

// An error only where browsers enforce the limit: under a root of a public root program.
Severity validityTooLongSeverity(const QVariantMap &f, Severity)
{
    return f.value(QStringLiteral("publicRoot")).toBool() ? Severity::Error : Severity::Info;
}

QStringList validityTooLongEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The site's certificate “%1” is valid for %n day(s), from %2 to %3; the limit for public certificates issued since 2020-09-01 is %4 days.",
                                         nullptr, f.value(QStringLiteral("days")).toInt())
                          .arg(factText(f, "name"), date(f.value(QStringLiteral("notBefore"))), date(f.value(QStringLiteral("notAfter"))),
                               factText(f, "maximumDays"))};
    const QString root = factText(f, "root");
    if (f.value(QStringLiteral("publicRoot")).toBool())
        lines << CauseCatalogue::tr("It chains to “%1”, a root of the public root programs, so Safari and Chrome reject it.").arg(root);
    else if (!root.isEmpty())
        lines << CauseCatalogue::tr("It chains to “%1”, which is not a root of the public root programs, so browsers do not enforce the limit for it.").arg(root);
    return lines;
}

QStringList mismatchEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("You asked for “%1”, but the certificate is valid only for: %2.").arg(factText(f, "host"), factList(f, "names"))};
    const QString hint = factText(f, "hint");
    if (hint == QLatin1String("www-only"))
        lines << CauseCatalogue::tr("The certificate covers the www. name but not the bare domain “%1”.").arg(factText(f, "host"));
    else if (hint == QLatin1String("bare-only"))
        lines << CauseCatalogue::tr("The certificate covers the bare domain but not “%1”.").arg(factText(f, "host"));
    else if (hint == QLatin1String("wildcard-depth"))
        lines << CauseCatalogue::tr("A wildcard like “%1” covers exactly one label: it matches a.%2 but not “%3”.")
                     .arg(factText(f, "wildcard"), factText(f, "wildcard").mid(2), factText(f, "host"));
    else if (hint == QLatin1String("wildcard-bare"))
        lines << CauseCatalogue::tr("A wildcard like “%1” does not cover the bare domain “%2” itself.").arg(factText(f, "wildcard"), factText(f, "host"));
    return lines;
}

QStringList missingSanEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate names “%1” only in its subject common name (CN=%2) and has no Subject Alternative Name; browsers ignore the CN.")
                .arg(factText(f, "host"), factText(f, "commonName"))};
}

QStringList weakSignatureEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” is signed with %3.")
                     .arg(CauseCatalogue::certificatePosition(factText(cert, "position")), factText(cert, "name"), factText(cert, "algorithm"));
    }
    return lines;
}

QStringList weakKeyEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QVariant &entry : certificates(f)) {
        const QVariantMap cert = entry.toMap();
        lines << CauseCatalogue::tr("%1 “%2” has a %3 key of only %4 bits.")
                     .arg(CauseCatalogue::certificatePosition(factText(cert, "position")), factText(cert, "name"), factText(cert, "keyType"), factText(cert, "bits"));
    }
    return lines;
}

QStringList wrongPurposeEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate “%1” is only allowed for: %2. A web server's certificate needs “serverAuth” (TLS Web Server Authentication).")
                .arg(factText(f, "name"), factList(f, "usages"))};
}

const CauseCatalogue::Entry kCauses[] = {
    {HD_CAUSE("cert-expired"), Severity::Error, FixedBy::Server, 130, StepTie::CertificateCheck, CertificateTie::Listed,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate has expired"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Certificates are valid for a limited time. A certificate in this site's chain is past its end date, so clients reject it."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate has expired and must be renewed."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Renew the certificate: it has expired.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: renew it, install the new certificate with its chain, reload the server, and set up automatic renewal.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check that this computer's date and time are correct.")}},
     expiredEvidence},
    {HD_CAUSE("cert-not-yet-valid"), Severity::Error, FixedBy::Server, 135, StepTie::CertificateCheck, CertificateTie::Listed,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is not valid yet"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A certificate in this site's chain has a start date in the future. Either the server uses a certificate too early, or this computer's clock is wrong."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check that this computer's date and time are correct.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: install a certificate that is valid now, or check the clock of the machine that issued it.")}},
     notYetValidEvidence},
    // An error under a public root, a note under a private one (validityTooLongSeverity).
    {HD_CAUSE("validity-too-long"), Severity::Info, FixedBy::Server, 137, StepTie::CertificateCheck, CertificateTie::Leaf,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is valid for longer than browsers allow"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Since 2020-09-01, Safari and Chrome reject certificates from public authorities that are valid for more than 398 days, even though nothing else is wrong with them. Certificates from a company's own root are not held to this limit."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate's validity period is too long for browsers."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Replace the certificate: its validity period is too long for browsers.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: get a new certificate valid for at most 398 days (for example a 90-day certificate over ACME with automatic renewal), install it with its chain and reload the server.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: if your own CA issues it, make its profile issue at most 398 days too, so the site keeps working should it move to a public authority.")}},
     validityTooLongEvidence, validityTooLongSeverity},
    {HD_CAUSE("hostname-mismatch"), Severity::Error, FixedBy::Server, 140, StepTie::CertificateCheck, CertificateTie::Leaf,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is for a different name"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A certificate lists the site names it may be used for. The name you asked for is not among them, so the client cannot tell it is talking to the right site."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Check the address: maybe the site is meant to be reached under another name (for example with or without www.).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner which name you used and which names the certificate covers."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Compare the name visitors use (see evidence) with the names the certificate covers.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: get a certificate that includes this name as a Subject Alternative Name, or redirect to a covered name.")}},
     mismatchEvidence},
    {HD_CAUSE("missing-san"), Severity::Error, FixedBy::Server, 145, StepTie::CertificateCheck, CertificateTie::Leaf,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate lacks a Subject Alternative Name"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site's name appears only in the certificate's old “common name” field. Current browsers and libraries only look at the Subject Alternative Name extension, so they reject it."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate must list the host name as a Subject Alternative Name (SAN)."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Reissue the certificate so that it lists the host name as a Subject Alternative Name (SAN).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reissue the certificate with subjectAltName = DNS:<host name> (public authorities do this automatically).")}},
     missingSanEvidence},
    {HD_CAUSE("wrong-purpose"), Severity::Error, FixedBy::Server, 150, StepTie::CertificateCheck, CertificateTie::Leaf,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is not meant for web servers"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A certificate's “extended key usage” says what it may be used for. This one does not allow use by a TLS server, so clients reject it."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate was issued for another purpose (for example client login or code signing)."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Replace the certificate: it was issued for another purpose (for example client login or code signing).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reissue it with extended key usage “serverAuth” (TLS Web Server Authentication).")}},
     wrongPurposeEvidence},
    {HD_CAUSE("weak-signature"), Severity::Error, FixedBy::Server, 160, StepTie::CertificateCheck, CertificateTie::Listed,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate uses an obsolete signature"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is signed with SHA-1 or MD5. These hash functions are broken: forged certificates with the same signature are possible, so current clients refuse them."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate has an obsolete SHA-1/MD5 signature."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Replace the certificate: its SHA-1/MD5 signature is obsolete.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reissue the certificate (and any internal intermediate) with SHA-256 or better.")}},
     weakSignatureEvidence},
    {HD_CAUSE("weak-key"), Severity::Error, FixedBy::Server, 170, StepTie::CertificateCheck, CertificateTie::Listed,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate's key is too short"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate's public key is too small to be safe (RSA below 2048 bits or elliptic curve below 256 bits). Current clients refuse such keys."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the certificate's key is too short."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Replace the certificate and its key: the key is too short.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: create a new key (RSA 2048 bits or more, or ECDSA P-256) and a new certificate for it.")}},
     weakKeyEvidence},
};

} // namespace

CauseFamily certificateCauses()
{
    return {kCauses, std::size(kCauses)};
}

} // namespace hd
