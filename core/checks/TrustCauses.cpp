// The trust causes: their text and evidence, beside the checks that find them
// (TrustCheck.cpp). See README.md, "Adding a cause".
#include "CauseFamilies.h"

#include "Facts.h"

namespace hd {

namespace {

using namespace causetext;

QStringList selfSignedEvidence(const QVariantMap &f)
{
    return {CauseCatalogue::tr("The certificate “%1” is signed by itself and is not in this computer's trust store.").arg(factText(f, "name")),
            CauseCatalogue::tr("SHA-256 fingerprint: %1").arg(factText(f, "fingerprint"))};
}

QStringList untrustedRootEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The chain ends at the root “%1”, which is not in this computer's trust store.").arg(factText(f, "root"))};
    if (f.value(QStringLiteral("fetched")).toBool())
        lines << CauseCatalogue::tr("The root was downloaded from the address in the certificate (%1).").arg(factText(f, "url"));
    else if (!f.value(QStringLiteral("rootSent")).toBool() && !factText(f, "root").isEmpty())
        lines << CauseCatalogue::tr("The server did not send this root, and it could not be found anywhere else.");
    if (!factText(f, "fingerprint").isEmpty())
        lines << CauseCatalogue::tr("SHA-256 fingerprint: %1").arg(factText(f, "fingerprint"));
    return lines;
}

QStringList incompleteChainEvidence(const QVariantMap &f)
{
    QStringList lines{CauseCatalogue::tr("The server sent %n certificate(s), but not the intermediate “%1” that issued “%2”.", nullptr,
                            f.value(QStringLiteral("sent")).toInt())
                          .arg(factList(f, "missing"), factText(f, "orphan"))};
    if (f.value(QStringLiteral("fetched")).toBool())
        lines << CauseCatalogue::tr("Downloaded the missing certificate from %1 (the certificate's AIA caIssuers address): with it the chain is complete.")
                     .arg(factText(f, "url"));
    else if (!factText(f, "url").isEmpty())
        lines << CauseCatalogue::tr("Could not download it from %1: %2.").arg(factText(f, "url"), factText(f, "error"));
    else if (f.contains(QStringLiteral("missingSubject")))
        lines << CauseCatalogue::tr("“%1” names no address to download its issuer from (no AIA caIssuers), and the issuer is not in this computer's trust store, so no client can complete the chain itself.")
                     .arg(factText(f, "orphan"));
    for (const QString &other : f.value(QStringLiteral("sentInstead")).toStringList())
        lines << CauseCatalogue::tr("The server sent “%1” instead, which did not issue “%2”.").arg(other, factText(f, "orphan"));
    if (const QString subject = factText(f, "missingSubject"); !subject.isEmpty()) {
        const QString keyId = factText(f, "missingKeyId");
        lines << (keyId.isEmpty() ? CauseCatalogue::tr("The certificate needed: subject “%1”.").arg(subject)
                                  : CauseCatalogue::tr("The certificate needed: subject “%1”, key identifier %2.").arg(subject, keyId));
        lines << CauseCatalogue::tr("The site's owner finds it in the “full chain” file their certificate authority delivered, or on the authority's download page for intermediate certificates (search for the subject or the key identifier).");
    }
    return lines;
}

QStringList chainOrderEvidence(const QVariantMap &f)
{
    const QString arrow = QStringLiteral(" → ");
    QStringList lines{CauseCatalogue::tr("The server sent, in this order: %1.").arg(f.value(QStringLiteral("sent")).toStringList().join(arrow))};
    if (f.value(QStringLiteral("outOfOrder")).toBool())
        lines << CauseCatalogue::tr("The certificates are out of order: each must be followed by the one that issued it.");
    for (const QVariant &entry : f.value(QStringLiteral("duplicates")).toList())
        lines << CauseCatalogue::tr("“%1” is sent again as certificate %2.").arg(factText(entry.toMap(), "name"), factText(entry.toMap(), "sentAt"));
    for (const QVariant &entry : f.value(QStringLiteral("unrelated")).toList())
        lines << CauseCatalogue::tr("“%1” (certificate %2) does not belong to the path from the site's certificate to its root.")
                     .arg(factText(entry.toMap(), "name"), factText(entry.toMap(), "sentAt"));
    lines << CauseCatalogue::tr("The right order: %1.").arg(f.value(QStringLiteral("rightOrder")).toStringList().join(arrow));
    return lines;
}

QStringList certInvalidEvidence(const QVariantMap &f)
{
    QStringList lines;
    for (const QString &error : f.value(QStringLiteral("errors")).toStringList())
        lines << CauseCatalogue::tr("Certificate check: %1").arg(singleLine(error));
    return lines;
}

const CauseCatalogue::Entry kCauses[] = {
    {HD_CAUSE("self-signed"), Severity::Error, FixedBy::Server, 100, StepTie::CertificateCheck, CertificateTie::Fingerprint,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate is self-signed"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The site vouches for itself: no certificate authority that this computer trusts has signed its certificate, so anyone could have made it."),
     {{Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Do not enter passwords on this site until this is fixed.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: replace the certificate with one from a public certificate authority (for example free from Let's Encrypt).")},
      {Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "On an internal network: have IT install the certificate as trusted on the computers that use it."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "On an internal network: install the certificate as trusted on the computers that use it.")}},
     selfSignedEvidence},
    {HD_CAUSE("untrusted-root"), Severity::Error, FixedBy::Server, 110, StepTie::CertificateCheck, CertificateTie::Root,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate comes from an authority this computer does not trust"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate chain is complete, but it ends at a root certificate that is not in this computer's list of trusted authorities. This is typical for company-internal authorities."),
     {{Actor::It, QT_TRANSLATE_NOOP("CauseCatalogue", "If this is a company-internal site: ask IT to install the company's root certificate on this computer."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If this is a company-internal site, install the company's root certificate on the computer.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "If it is a public site: tell its owner to use a certificate from a publicly trusted authority."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "If it is a public site, use a certificate from a publicly trusted authority.")},
      {Actor::You, QT_TRANSLATE_NOOP("CauseCatalogue", "Do not install a root certificate because a website asks you to.")}},
     untrustedRootEvidence},
    {HD_CAUSE("incomplete-chain"), Severity::Error, FixedBy::Server, 120, StepTie::CertificateCheck, CertificateTie::Orphan,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server does not send its intermediate certificate"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A server must send its certificate together with the intermediate certificates that link it to a trusted root. This one leaves one out. Some browsers fetch it themselves and work; other clients (apps, curl, Java, Android, Firefox on first visit) fail."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner: the server must send the full chain (leaf and intermediates)."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "Make the server send the full chain (the site's certificate and the intermediates).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: configure the “full chain” file from your certificate authority (nginx: ssl_certificate fullchain.pem; Apache: SSLCertificateFile with the chain appended).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reload the server and test again.")}},
     incompleteChainEvidence},
    {HD_CAUSE("chain-order"), Severity::Warning, FixedBy::Server, 230, StepTie::CertificateCheck, CertificateTie::Listed,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The server sends its certificates out of order or with extra ones"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "A server should send its own certificate first, then each intermediate right after the certificate it issued, each once. This one sends them out of order, twice, or sends certificates that do not belong to its chain. Browsers sort this out themselves, but Java, older Android versions and many embedded clients fail or pick the wrong chain."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Tell the site's owner that the server sends its certificate chain out of order."),
       QT_TRANSLATE_NOOP("CauseCatalogue", "The server sends its certificate chain out of order.")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: rebuild the chain file in the order shown as evidence: the site's certificate first, then each intermediate after the certificate it issued; remove duplicates and certificates of other chains (the CA's “full chain” file is already in the right order).")},
      {Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: nginx reads the order of ssl_certificate; Apache of SSLCertificateFile (and SSLCertificateChainFile); IIS builds the chain from the machine's certificate store, so remove stale intermediates there. Reload and test again.")}},
     chainOrderEvidence},
    {HD_CAUSE("cert-invalid"), Severity::Error, FixedBy::Server, 125, StepTie::CertificateCheck, CertificateTie::Listed,
     QT_TRANSLATE_NOOP("CauseCatalogue", "The certificate chain is not valid"),
     QT_TRANSLATE_NOOP("CauseCatalogue", "Checking the certificate chain found a problem that makes clients reject it."),
     {{Actor::SiteOwner, QT_TRANSLATE_NOOP("CauseCatalogue", "Site owner: reissue or reinstall the certificate and its chain from your certificate authority.")}},
     certInvalidEvidence},
};

} // namespace

CauseFamily trustCauses()
{
    return {kCauses, std::size(kCauses)};
}

} // namespace hd
