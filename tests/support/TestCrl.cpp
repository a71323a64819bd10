#include "TestCrl.h"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace testsupport {
namespace {

ASN1_TIME *asn1Time(const QDateTime &time, const QDateTime &fallback)
{
    return ASN1_TIME_set(nullptr, time_t((time.isValid() ? time : fallback).toSecsSinceEpoch()));
}

bool addEntry(X509_CRL *crl, const ASN1_INTEGER *serial, const QDateTime &when, int reason)
{
    X509_REVOKED *entry = X509_REVOKED_new();
    ASN1_TIME *date = asn1Time(when, QDateTime::currentDateTimeUtc().addDays(-1));
    bool ok = entry && date && X509_REVOKED_set_serialNumber(entry, const_cast<ASN1_INTEGER *>(serial)) /* copied, not kept */ && X509_REVOKED_set_revocationDate(entry, date);
    if (ok && reason >= 0) {
        ASN1_ENUMERATED *code = ASN1_ENUMERATED_new();
        ok = code && ASN1_ENUMERATED_set(code, reason) && X509_REVOKED_add1_ext_i2d(entry, NID_crl_reason, code, 0, 0) == 1;
        ASN1_ENUMERATED_free(code);
    }
    ASN1_TIME_free(date);
    if (ok && X509_CRL_add0_revoked(crl, entry))
        return true;
    X509_REVOKED_free(entry);
    return false;
}

bool addFiller(X509_CRL *crl, int count)
{
    for (int i = 0; i < count; ++i) {
        unsigned char bytes[16];
        if (RAND_bytes(bytes, sizeof bytes) != 1)
            return false;
        bytes[0] &= 0x7f;  // a positive serial
        BIGNUM *number = BN_bin2bn(bytes, sizeof bytes, nullptr);
        ASN1_INTEGER *serial = number ? BN_to_ASN1_INTEGER(number, nullptr) : nullptr;
        const bool ok = serial && addEntry(crl, serial, {}, -1);
        ASN1_INTEGER_free(serial);
        BN_free(number);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QByteArray makeCrl(const TestCertificate &issuer, const CrlSpec &spec)
{
    if (issuer.isNull())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    X509_CRL *crl = X509_CRL_new();
    ASN1_TIME *thisUpdate = asn1Time(spec.thisUpdate, now.addSecs(-3600));
    ASN1_TIME *nextUpdate = asn1Time(spec.nextUpdate, now.addDays(7));
    bool ok = crl && thisUpdate && nextUpdate && X509_CRL_set_version(crl, X509_CRL_VERSION_2)
              && X509_CRL_set_issuer_name(crl, X509_get_subject_name(issuer.x509()))
              && X509_CRL_set1_lastUpdate(crl, thisUpdate) && X509_CRL_set1_nextUpdate(crl, nextUpdate);
    for (const CrlEntry &entry : spec.revoked) {
        ok = ok && !entry.certificate.isNull()
             && addEntry(crl, X509_get0_serialNumber(entry.certificate.x509()), entry.revocationTime, entry.reason);
    }
    ok = ok && addFiller(crl, spec.fillerEntries) && X509_CRL_sort(crl)
         && X509_CRL_sign(crl, issuer.privateKey(), EVP_sha256()) > 0;
    QByteArray der;
    unsigned char *data = nullptr;
    const int size = ok ? i2d_X509_CRL(crl, &data) : 0;
    if (size > 0) {
        der = QByteArray(reinterpret_cast<const char *>(data), size);
        OPENSSL_free(data);
    }
    ASN1_TIME_free(nextUpdate);
    ASN1_TIME_free(thisUpdate);
    X509_CRL_free(crl);
    return der;
}

} // namespace testsupport
