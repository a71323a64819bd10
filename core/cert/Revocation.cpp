#include "Revocation.h"

#include "Asn1Time.h"

#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace hd {

namespace {

// Clocks differ a little; RFC 6960 responders issue responses a moment "in the future".
constexpr qint64 kClockToleranceSecs = 300;

using OcspResponsePtr = std::unique_ptr<OCSP_RESPONSE, OpenSslDeleter<OCSP_RESPONSE_free>>;
using OcspBasicPtr = std::unique_ptr<OCSP_BASICRESP, OpenSslDeleter<OCSP_BASICRESP_free>>;
using OcspCertIdPtr = std::unique_ptr<OCSP_CERTID, OpenSslDeleter<OCSP_CERTID_free>>;
using OcspRequestPtr = std::unique_ptr<OCSP_REQUEST, OpenSslDeleter<OCSP_REQUEST_free>>;
using CrlPtr = std::unique_ptr<X509_CRL, OpenSslDeleter<X509_CRL_free>>;
using EnumeratedPtr = std::unique_ptr<ASN1_ENUMERATED, OpenSslDeleter<ASN1_ENUMERATED_free>>;

struct X509StackDeleter
{
    void operator()(STACK_OF(X509) *stack) const { sk_X509_free(stack); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

RevocationAnswer unusable(const QString &problem)
{
    ERR_clear_error(); // a failed parse leaves errors that would confuse the next TLS call
    RevocationAnswer answer;
    answer.status = RevocationAnswer::Status::Unusable;
    answer.problem = problem;
    return answer;
}

// A "good" is only worth something while current; a revocation stays true once made.
void judgeFreshness(RevocationAnswer *answer, const QDateTime &now)
{
    if (answer->status == RevocationAnswer::Status::Revoked)
        return;
    if (answer->thisUpdate.isValid() && answer->thisUpdate > now.addSecs(kClockToleranceSecs))
        answer->problem = QStringLiteral("not-yet-valid");
    else if (answer->nextUpdate.isValid() && answer->nextUpdate < now.addSecs(-kClockToleranceSecs))
        answer->problem = QStringLiteral("stale");
    if (!answer->problem.isEmpty())
        answer->status = RevocationAnswer::Status::Unusable;
}

// The issuer itself, or a responder certificate the issuer made for OCSP signing (RFC 6960
// 4.2.2.2); the issuer is the trust anchor here even when it is an intermediate.
bool signedByIssuer(OCSP_BASICRESP *basic, X509 *issuer)
{
    X509StackPtr issuerOnly(sk_X509_new_null());
    X509StorePtr store(X509_STORE_new());
    if (!issuerOnly || !store || !sk_X509_push(issuerOnly.get(), issuer) || !X509_STORE_add_cert(store.get(), issuer))
        return false;
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    return OCSP_basic_verify(basic, issuerOnly.get(), store.get(), OCSP_TRUSTOTHER) > 0;
}

// Responders answer with the CertID hash the request used, most use SHA-1; accept SHA-256 too.
int findSingleResponse(OCSP_BASICRESP *basic, X509 *leaf, X509 *issuer)
{
    for (const EVP_MD *md : {EVP_sha1(), EVP_sha256()}) {
        const OcspCertIdPtr id(OCSP_cert_to_id(md, leaf, issuer));
        if (!id)
            continue;
        const int index = OCSP_resp_find(basic, id.get(), -1);
        if (index >= 0)
            return index;
    }
    return -1;
}

} // namespace

QString revocationStatusKey(RevocationAnswer::Status status)
{
    switch (status) {
    case RevocationAnswer::Status::NotChecked: return QStringLiteral("not-checked");
    case RevocationAnswer::Status::Good: return QStringLiteral("good");
    case RevocationAnswer::Status::Revoked: return QStringLiteral("revoked");
    case RevocationAnswer::Status::Unknown: return QStringLiteral("unknown");
    case RevocationAnswer::Status::Unreachable: return QStringLiteral("unreachable");
    case RevocationAnswer::Status::Unusable: return QStringLiteral("unusable");
    }
    return {};
}

QString revocationReasonKey(int reasonCode)
{
    switch (reasonCode) {
    case -1: return {};
    case 0: return QStringLiteral("unspecified");
    case 1: return QStringLiteral("keyCompromise");
    case 2: return QStringLiteral("cACompromise");
    case 3: return QStringLiteral("affiliationChanged");
    case 4: return QStringLiteral("superseded");
    case 5: return QStringLiteral("cessationOfOperation");
    case 6: return QStringLiteral("certificateHold");
    case 8: return QStringLiteral("removeFromCRL");
    case 9: return QStringLiteral("privilegeWithdrawn");
    case 10: return QStringLiteral("aACompromise");
    default: return QStringLiteral("reason-%1").arg(reasonCode);
    }
}

X509Ptr x509FromDer(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &data, long(der.size())));
    if (!cert)
        ERR_clear_error();
    return cert;
}

QByteArray makeOcspRequest(X509 *leaf, X509 *issuer)
{
    OcspRequestPtr request(OCSP_REQUEST_new());
    OCSP_CERTID *id = OCSP_cert_to_id(nullptr, leaf, issuer);
    if (!request || !id || !OCSP_request_add0_id(request.get(), id)) {
        OCSP_CERTID_free(id);
        ERR_clear_error();
        return {};
    }
    unsigned char *data = nullptr;
    const int size = i2d_OCSP_REQUEST(request.get(), &data);
    if (size <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(data), size);
    OPENSSL_free(data);
    return der;
}

RevocationAnswer evaluateOcspResponse(const QByteArray &der, X509 *leaf, X509 *issuer, const QDateTime &now)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    const OcspResponsePtr response(d2i_OCSP_RESPONSE(nullptr, &data, long(der.size())));
    if (!response)
        return unusable(QStringLiteral("malformed"));
    const int responseStatus = OCSP_response_status(response.get());
    if (responseStatus != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return unusable(QStringLiteral("responder-%1").arg(QLatin1String(OCSP_response_status_str(responseStatus))));
    const OcspBasicPtr basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return unusable(QStringLiteral("malformed"));
    if (!signedByIssuer(basic.get(), issuer))
        return unusable(QStringLiteral("bad-signature"));
    const int index = findSingleResponse(basic.get(), leaf, issuer);
    if (index < 0)
        return unusable(QStringLiteral("wrong-certificate"));

    int reason = -1;
    ASN1_GENERALIZEDTIME *revokedAt = nullptr;
    ASN1_GENERALIZEDTIME *thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME *nextUpdate = nullptr;
    const int status = OCSP_single_get0_status(OCSP_resp_get0(basic.get(), index), &reason, &revokedAt, &thisUpdate, &nextUpdate);
    RevocationAnswer answer;
    answer.thisUpdate = dateTimeFromAsn1(thisUpdate);
    answer.nextUpdate = dateTimeFromAsn1(nextUpdate);
    switch (status) {
    case V_OCSP_CERTSTATUS_GOOD:
        answer.status = RevocationAnswer::Status::Good;
        break;
    case V_OCSP_CERTSTATUS_REVOKED:
        answer.status = RevocationAnswer::Status::Revoked;
        answer.revokedAt = dateTimeFromAsn1(revokedAt);
        answer.reasonCode = reason >= 0 ? reason : -1;
        break;
    case V_OCSP_CERTSTATUS_UNKNOWN:
        answer.status = RevocationAnswer::Status::Unknown;
        break;
    default:
        return unusable(QStringLiteral("malformed"));
    }
    judgeFreshness(&answer, now);
    ERR_clear_error();
    return answer;
}

RevocationAnswer evaluateCrl(const QByteArray &data, X509 *leaf, X509 *issuer, const QDateTime &now)
{
    CrlPtr crl;
    if (data.contains("-----BEGIN X509 CRL")) {
        BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
        crl.reset(d2i_X509_CRL(nullptr, &bytes, long(data.size())));
    }
    if (!crl)
        return unusable(QStringLiteral("malformed"));
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer)) != 0)
        return unusable(QStringLiteral("wrong-issuer"));
    EVP_PKEY *issuerKey = X509_get0_pubkey(issuer);
    if (!issuerKey || X509_CRL_verify(crl.get(), issuerKey) != 1)
        return unusable(QStringLiteral("bad-signature"));

    RevocationAnswer answer;
    answer.thisUpdate = dateTimeFromAsn1(X509_CRL_get0_lastUpdate(crl.get()));
    answer.nextUpdate = dateTimeFromAsn1(X509_CRL_get0_nextUpdate(crl.get()));
    X509_REVOKED *entry = nullptr;
    // 2 means "removeFromCRL" (a delta CRL lifting a hold): not revoked.
    if (X509_CRL_get0_by_cert(crl.get(), &entry, leaf) == 1 && entry) {
        answer.status = RevocationAnswer::Status::Revoked;
        answer.revokedAt = dateTimeFromAsn1(X509_REVOKED_get0_revocationDate(entry));
        const EnumeratedPtr reason(static_cast<ASN1_ENUMERATED *>(X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr)));
        if (reason)
            answer.reasonCode = int(ASN1_ENUMERATED_get(reason.get()));
    } else {
        answer.status = RevocationAnswer::Status::Good;
    }
    judgeFreshness(&answer, now);
    ERR_clear_error();
    return answer;
}

} // namespace hd
