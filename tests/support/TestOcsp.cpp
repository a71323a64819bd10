#include "TestOcsp.h"

#include <openssl/evp.h>
#include <openssl/ocsp.h>

namespace testsupport {
namespace {

int statusCode(OcspResponseSpec::Status status)
{
    switch (status) {
    case OcspResponseSpec::Status::Good: return V_OCSP_CERTSTATUS_GOOD;
    case OcspResponseSpec::Status::Revoked: return V_OCSP_CERTSTATUS_REVOKED;
    case OcspResponseSpec::Status::Unknown: return V_OCSP_CERTSTATUS_UNKNOWN;
    }
    return V_OCSP_CERTSTATUS_UNKNOWN;
}

ASN1_TIME *asn1Time(const QDateTime &time, const QDateTime &fallback)
{
    return ASN1_TIME_set(nullptr, time_t((time.isValid() ? time : fallback).toSecsSinceEpoch()));
}

QByteArray toDer(OCSP_RESPONSE *response)
{
    unsigned char *data = nullptr;
    const int size = i2d_OCSP_RESPONSE(response, &data);
    if (size <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(data), size);
    OPENSSL_free(data);
    return der;
}

} // namespace

QByteArray makeOcspResponse(const TestCertificate &cert, const TestCertificate &issuer, const OcspResponseSpec &spec)
{
    if (cert.isNull() || issuer.isNull())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool revoked = spec.status == OcspResponseSpec::Status::Revoked;
    ASN1_TIME *thisUpdate = asn1Time(spec.thisUpdate, now.addSecs(-3600));
    ASN1_TIME *nextUpdate = asn1Time(spec.nextUpdate, now.addDays(7));
    ASN1_TIME *revocationTime = revoked ? asn1Time(spec.revocationTime, now.addDays(-1)) : nullptr;
    // SHA-1 is what RFC 6960 clients expect in a CertID; OpenSSL's lookup uses the same.
    OCSP_CERTID *id = OCSP_cert_to_id(nullptr, cert.x509(), issuer.x509());
    OCSP_BASICRESP *basic = OCSP_BASICRESP_new();
    OCSP_RESPONSE *response = nullptr;
    if (thisUpdate && nextUpdate && (revocationTime || !revoked) && id && basic
        && OCSP_basic_add1_status(basic, id, statusCode(spec.status), OCSP_REVOKED_STATUS_NOSTATUS,
                                  revocationTime, thisUpdate, nextUpdate)
        && OCSP_basic_sign(basic, issuer.x509(), issuer.privateKey(), EVP_sha256(), nullptr, 0) == 1) {
        response = OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic);
    }
    const QByteArray der = response ? toDer(response) : QByteArray();
    OCSP_RESPONSE_free(response);
    OCSP_BASICRESP_free(basic);
    OCSP_CERTID_free(id);
    ASN1_TIME_free(revocationTime);
    ASN1_TIME_free(nextUpdate);
    ASN1_TIME_free(thisUpdate);
    return der;
}

} // namespace testsupport
