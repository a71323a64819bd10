#include "CauseCatalogue.h"
#include "CheckRegistry.h"
#include "Observations.h"
#include "ServerClock.h"
#include "cert/Revocation.h"

#include <algorithm>
#include <optional>

#include <openssl/tls1.h>
#include <openssl/x509v3.h>

namespace hd {

namespace {

struct Source
{
    QString name;   // "staple", "ocsp", "crl"
    RevocationAnswer answer;
    int depth = 0;  // the certificate it is about, in the built chain: 0 is the leaf
};

QString positionOf(const QList<CertificateInfo> &built, int depth)
{
    if (depth == 0)
        return QStringLiteral("leaf");
    return built.value(depth).isSelfSigned ? QStringLiteral("root") : QStringLiteral("intermediate");
}

QVariantMap sourceFacts(const Source &source, const QList<CertificateInfo> &built)
{
    const CertificateInfo &cert = built[source.depth];
    QVariantMap facts{{QStringLiteral("source"), source.name},
                      {QStringLiteral("status"), revocationStatusKey(source.answer.status)},
                      {QStringLiteral("certificate"), cert.displayName()},
                      {QStringLiteral("serial"), cert.serialNumber},
                      {QStringLiteral("position"), positionOf(built, source.depth)}};
    if (!source.answer.url.isEmpty())
        facts.insert(QStringLiteral("url"), source.answer.url);
    if (!source.answer.problem.isEmpty())
        facts.insert(QStringLiteral("problem"), source.answer.problem);
    if (source.answer.revokedAt.isValid())
        facts.insert(QStringLiteral("date"), source.answer.revokedAt);
    if (source.answer.reasonCode >= 0)
        facts.insert(QStringLiteral("reason"), revocationReasonKey(source.answer.reasonCode));
    if (source.answer.nextUpdate.isValid())
        facts.insert(QStringLiteral("nextUpdate"), source.answer.nextUpdate);
    if (source.answer.thisUpdate.isValid())
        facts.insert(QStringLiteral("thisUpdate"), source.answer.thisUpdate);
    return facts;
}

// The certificates the sources are about, each once, in the sources' order.
QVariantList certificatesOf(const QList<Source> &sources, const QList<CertificateInfo> &built)
{
    QVariantList certificates;
    QList<int> seen;
    for (const Source &source : sources) {
        if (seen.contains(source.depth))
            continue;
        seen << source.depth;
        certificates << QVariantMap{{QStringLiteral("name"), built[source.depth].displayName()},
                                    {QStringLiteral("position"), positionOf(built, source.depth)},
                                    {QStringLiteral("fingerprint"), built[source.depth].sha256Fingerprint}};
    }
    return certificates;
}

bool isFailure(RevocationAnswer::Status status)
{
    using S = RevocationAnswer::Status;
    return status == S::Unreachable || status == S::Unusable || status == S::Unknown;
}

// Unreachable sources point at the network in between; answers that came but were wrong,
// at the certificate authority behind the site.
FixedBy fixedByFor(const QList<Source> &failed)
{
    for (const Source &source : failed) {
        if (source.answer.status == RevocationAnswer::Status::Unreachable && !source.answer.problem.startsWith(QLatin1String("http-")))
            return FixedBy::Network;
    }
    return FixedBy::Server;
}

// A staple that is only out of date by this computer's wrong clock is the clock's problem
// (clock-skew), as with certificates.
RevocationAnswer judgeStaple(const Observations &obs, X509 *leaf, X509 *issuer)
{
    const RevocationAnswer answer = evaluateOcspResponse(obs.ocspStaple, leaf, issuer, obs.now);
    const std::optional<QDateTime> serverTime = skewedServerTime(obs);
    const bool timing = answer.problem == QLatin1String("stale") || answer.problem == QLatin1String("not-yet-valid");
    if (!timing || !serverTime)
        return answer;
    const RevocationAnswer byServerClock = evaluateOcspResponse(obs.ocspStaple, leaf, issuer, *serverTime);
    return byServerClock.status == RevocationAnswer::Status::Good ? byServerClock : answer;
}

// RFC 7633: a TLS Feature extension that lists status_request is OCSP Must-Staple.
bool requiresStapledOcsp(const QByteArray &der)
{
    const X509Ptr cert = x509FromDer(der);
    if (!cert)
        return false;
    auto *features = static_cast<TLS_FEATURE *>(X509_get_ext_d2i(cert.get(), NID_tlsfeature, nullptr, nullptr));
    if (!features)
        return false;
    bool statusRequest = false;
    for (int i = 0; i < sk_ASN1_INTEGER_num(features); ++i)
        statusRequest = statusRequest || ASN1_INTEGER_get(sk_ASN1_INTEGER_value(features, i)) == TLSEXT_TYPE_status_request;
    TLS_FEATURE_free(features);
    return statusRequest;
}

// Firefox refuses a Must-Staple certificate that comes without a staple
// (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING).
std::optional<Finding> mustStapleMissing(const Observations &obs)
{
    if (obs.presented.isEmpty() || !obs.handshakeEstablished() || !obs.ocspStaple.isEmpty())
        return std::nullopt;
    const CertificateInfo &leaf = obs.presented.first();
    if (!requiresStapledOcsp(leaf.der))
        return std::nullopt;
    return CauseCatalogue::make(HD_CAUSE("must-staple-missing"),
                                {{QStringLiteral("certificate"), leaf.displayName()},
                                 {QStringLiteral("keyType"), leaf.keyType},
                                 {QStringLiteral("url"), leaf.ocspUrls.value(0)}});
}

} // namespace

QList<Finding> checkRevocation(const Observations &obs)
{
    // The issuer names the certificate in OCSP and signs every answer: without it, no verdict.
    const QList<CertificateInfo> &built = obs.verification.built;
    const std::optional<Finding> missingStaple = mustStapleMissing(obs);
    const X509Ptr leaf = built.size() < 2 ? nullptr : x509FromDer(built[0].der);
    const X509Ptr issuer = built.size() < 2 ? nullptr : x509FromDer(built[1].der);
    if (obs.presented.isEmpty() || !leaf || !issuer)
        return missingStaple ? QList<Finding>{*missingStaple} : QList<Finding>{};

    QList<Source> sources;
    if (!obs.ocspStaple.isEmpty())
        sources.append({QStringLiteral("staple"), judgeStaple(obs, leaf.get(), issuer.get())});
    if (obs.probesRan && obs.probes.revocation.ran) {
        for (const CertificateRevocation &certificate : obs.probes.revocation.certificates) {
            if (certificate.depth >= built.size())
                continue;
            sources.append({QStringLiteral("ocsp"), certificate.ocsp, certificate.depth});
            sources.append({QStringLiteral("crl"), certificate.crl, certificate.depth});
        }
    }

    QList<Source> revoked;
    for (const Source &source : sources) {
        if (source.answer.status == RevocationAnswer::Status::Revoked)
            revoked << source;
    }
    if (!revoked.isEmpty()) {
        // Nothing else about revocation matters once a certificate is known to be revoked;
        // the one nearest the root is the cause, since everything under it fails.
        std::stable_sort(revoked.begin(), revoked.end(), [](const Source &a, const Source &b) { return a.depth > b.depth; });
        QVariantList revokedBy;
        QVariantList goodBy;
        for (const Source &source : revoked)
            revokedBy << sourceFacts(source, built);
        for (const Source &source : sources) {
            const bool sameCertificate = std::any_of(revoked.cbegin(), revoked.cend(), [&source](const Source &r) { return r.depth == source.depth; });
            if (source.answer.status == RevocationAnswer::Status::Good && sameCertificate)
                goodBy << sourceFacts(source, built);
        }
        const int depth = revoked.first().depth;
        return {CauseCatalogue::make(HD_CAUSE("revoked"), {{QStringLiteral("certificate"), built[depth].displayName()},
                                                 {QStringLiteral("serial"), built[depth].serialNumber},
                                                 {QStringLiteral("position"), positionOf(built, depth)},
                                                 {QStringLiteral("certificates"), certificatesOf(revoked, built)},
                                                 {QStringLiteral("sources"), revokedBy},
                                                 {QStringLiteral("goodSources"), goodBy}})};
    }

    QList<Finding> findings;
    QList<Source> failed;
    for (const Source &source : sources) {
        if (!isFailure(source.answer.status))
            continue;
        if (source.name == QLatin1String("staple"))
            findings << CauseCatalogue::make(HD_CAUSE("ocsp-staple-invalid"), sourceFacts(source, built));
        else
            failed << source;
    }
    // Must-Staple without a staple says the same, as the error it is for Firefox.
    if (missingStaple)
        findings << *missingStaple;
    else if (obs.ocspStaple.isEmpty() && obs.handshakeEstablished() && !built[0].ocspUrls.isEmpty())
        findings << CauseCatalogue::make(HD_CAUSE("ocsp-stapling-missing"), {{QStringLiteral("url"), built[0].ocspUrls.first()}});
    if (!failed.isEmpty()) {
        QVariantList failures;
        for (const Source &source : failed)
            failures << sourceFacts(source, built);
        Finding finding = CauseCatalogue::make(HD_CAUSE("revocation-unreachable"),
                                               {{QStringLiteral("sources"), failures}, {QStringLiteral("certificates"), certificatesOf(failed, built)}});
        finding.fixedBy = fixedByFor(failed);
        findings << finding;
    }
    return findings;
}

} // namespace hd
