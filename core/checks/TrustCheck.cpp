#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"

#include "cert/Revocation.h"

#include <algorithm>

#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace hd {

namespace {

// Errors other checks explain better, or that the trust logic below interprets.
bool isExplainedElsewhere(int code)
{
    switch (code) {
    case X509_V_ERR_CERT_HAS_EXPIRED: case X509_V_ERR_CERT_NOT_YET_VALID:
    case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD: case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT: case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT: case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE: case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_INVALID_PURPOSE: case X509_V_ERR_EE_KEY_TOO_SMALL: case X509_V_ERR_CA_KEY_TOO_SMALL:
    case X509_V_ERR_CA_MD_TOO_WEAK:
        return true;
    default:
        return false;
    }
}

const IssuerFetch *fetchFor(const Observations &obs, const QString &certificateName)
{
    for (const IssuerFetch &fetch : obs.issuerFetches) {
        if (fetch.forCertificate == certificateName)
            return &fetch;
    }
    return nullptr;
}

// The server left out intermediates that we downloaded from AIA: proven incomplete.
QList<Finding> fetchedIntermediates(const Observations &obs)
{
    QStringList missing;
    QString orphan;
    QString url;
    const QList<CertificateInfo> &built = obs.verification.built;
    for (qsizetype i = 1; i < built.size(); ++i) {
        if (built[i].origin != CertificateInfo::Origin::FetchedFromAia || built[i].isSelfSigned)
            continue;
        missing << built[i].displayName();
        if (orphan.isEmpty()) {
            orphan = built[i - 1].displayName();
            url = built[i - 1].caIssuersUrls.value(0);
        }
    }
    if (missing.isEmpty())
        return {};
    return {CauseCatalogue::make(HD_CAUSE("incomplete-chain"), {{QStringLiteral("missing"), missing},
                                                      {QStringLiteral("orphan"), orphan},
                                                      {QStringLiteral("url"), url},
                                                      {QStringLiteral("fetched"), true},
                                                      {QStringLiteral("sent"), obs.presented.size()}})};
}

Finding untrustedRoot(const Observations &obs, const CertificateInfo &root)
{
    const IssuerFetch *fetch = nullptr;
    for (const IssuerFetch &candidate : obs.issuerFetches) {
        if (candidate.succeeded && candidate.fetchedSubject == root.displayName())
            fetch = &candidate;
    }
    return CauseCatalogue::make(HD_CAUSE("untrusted-root"), {{QStringLiteral("root"), root.displayName()},
                                                   {QStringLiteral("fingerprint"), root.sha256Fingerprint},
                                                   {QStringLiteral("rootSent"), root.origin == CertificateInfo::Origin::Presented},
                                                   {QStringLiteral("fetched"), fetch != nullptr},
                                                   {QStringLiteral("url"), fetch ? fetch->url : QString()}});
}

// The authority key identifier of a certificate: the key of the issuer it needs, as
// colon-separated hex (empty when it names none).
QString authorityKeyId(const CertificateInfo &cert)
{
    const X509Ptr x509 = x509FromDer(cert.der);
    const ASN1_OCTET_STRING *id = x509 ? X509_get0_authority_key_id(x509.get()) : nullptr;
    if (!id)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(id)), ASN1_STRING_length(id)).toHex(':').toUpper();
}

// What the server sent that is not on the built path: an intermediate of another CA, sent
// where the orphan's issuer belonged.
QStringList sentInstead(const Observations &obs)
{
    QStringList names;
    for (const CertificateInfo &cert : obs.presented) {
        const bool onPath = std::any_of(obs.verification.built.cbegin(), obs.verification.built.cend(),
                                        [&cert](const CertificateInfo &built) { return built.sha256Fingerprint == cert.sha256Fingerprint; });
        if (!onPath)
            names << cert.displayName();
    }
    return names;
}

// The chain stops at a certificate whose issuer is nowhere: not sent, not downloadable,
// not trusted. With an AIA address that failed, the server should have sent it. Without
// one it depends on what is missing: a site's certificate comes from an intermediate
// (public authorities never issue from their roots), which the server must send; above an
// intermediate it is most likely a private root this computer lacks.
Finding missingIssuer(const Observations &obs, const CertificateInfo &orphan)
{
    const IssuerFetch *fetch = fetchFor(obs, orphan.displayName());
    if ((fetch && !fetch->succeeded) || !orphan.isCa) {
        const QString missing = orphan.issuerCommonName.isEmpty() ? orphan.issuer : orphan.issuerCommonName;
        return CauseCatalogue::make(HD_CAUSE("incomplete-chain"), {{QStringLiteral("missing"), QStringList{missing}},
                                                         {QStringLiteral("missingSubject"), orphan.issuer},
                                                         {QStringLiteral("missingKeyId"), authorityKeyId(orphan)},
                                                         {QStringLiteral("orphan"), orphan.displayName()},
                                                         {QStringLiteral("url"), fetch ? fetch->url : QString()},
                                                         {QStringLiteral("fetched"), false},
                                                         {QStringLiteral("error"), fetch ? fetch->error : QString()},
                                                         {QStringLiteral("sentInstead"), sentInstead(obs)},
                                                         {QStringLiteral("sent"), obs.presented.size()}});
    }
    const QString root = orphan.issuerCommonName.isEmpty() ? orphan.issuer : orphan.issuerCommonName;
    return CauseCatalogue::make(HD_CAUSE("untrusted-root"), {{QStringLiteral("root"), root},
                                                   {QStringLiteral("rootSent"), false}});
}

} // namespace

QList<Finding> checkTrust(const Observations &obs)
{
    QList<Finding> findings;
    if (!obs.extraCaFileError.isEmpty())
        findings << CauseCatalogue::make(HD_CAUSE("ca-file-unusable"), {{QStringLiteral("file"), obs.options.extraCaFile},
                                                              {QStringLiteral("error"), obs.extraCaFileError}});
    if (!obs.trustStoreError.isEmpty())
        findings << CauseCatalogue::make(HD_CAUSE("trust-store-unusable"), {{QStringLiteral("file"), obs.options.trustStoreFile},
                                                                  {QStringLiteral("error"), obs.trustStoreError}});
    if (obs.presented.isEmpty())
        return findings;
    findings += fetchedIntermediates(obs);
    findings += checkChainOrder(obs);

    const ChainVerification &v = obs.verification;
    if (v.verified || v.built.isEmpty())
        return findings;

    const CertificateInfo &leaf = obs.presented.first();
    const CertificateInfo &top = v.built.last();
    if (leaf.isSelfSigned && !v.anchoredInStore) {
        findings << CauseCatalogue::make(HD_CAUSE("self-signed"), {{QStringLiteral("name"), leaf.displayName()},
                                                         {QStringLiteral("fingerprint"), leaf.sha256Fingerprint}});
    } else if (top.isSelfSigned && !v.anchoredInStore) {
        findings << untrustedRoot(obs, top);
    } else if (v.missingIssuerDepth >= 0 && v.missingIssuerDepth < v.built.size()) {
        findings << missingIssuer(obs, v.built[v.missingIssuerDepth]);
    }

    QStringList otherErrors;
    QVariantList concerned; // the certificates the errors are about, for FindingLinks
    for (const VerifyError &error : v.errors) {
        if (isExplainedElsewhere(error.code))
            continue;
        otherErrors << QStringLiteral("%1 (%2)").arg(error.text, v.built.value(error.depth).displayName());
        if (error.depth >= 0 && error.depth < v.built.size())
            concerned << QVariantMap{{QStringLiteral("fingerprint"), v.built[error.depth].sha256Fingerprint}};
    }
    otherErrors.removeDuplicates();
    if (!otherErrors.isEmpty())
        findings << CauseCatalogue::make(HD_CAUSE("cert-invalid"), {{QStringLiteral("errors"), otherErrors},
                                                                    {QStringLiteral("certificates"), concerned}});
    return findings;
}

} // namespace hd
