#include "CertificateInfo.h"

#include "Asn1Time.h"

#include "OpenSslPtr.h"

#include <QHostAddress>

#include <openssl/asn1.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace hd {

namespace {

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 order, but keep UTF-8 as is: escaping multibyte characters helps nobody.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(length));
}

QString commonNameOf(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString fingerprint(X509 *cert, const EVP_MD *md)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(cert, md, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex(':').toUpper());
}

QString ia5(const ASN1_IA5STRING *text)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(text)), ASN1_STRING_length(text));
}

void readSubjectAltNames(X509 *cert, CertificateInfo *info)
{
    auto *names = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return;
    info->hasSubjectAltName = true;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_DNS) {
            info->dnsNames << ia5(name->d.dNSName);
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            const auto *bytes = ASN1_STRING_get0_data(ip);
            QHostAddress address;
            if (ASN1_STRING_length(ip) == 4)
                address.setAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | bytes[3]);
            else if (ASN1_STRING_length(ip) == 16)
                address.setAddress(bytes);
            if (!address.isNull())
                info->ipAddresses << address.toString();
        }
    }
    GENERAL_NAMES_free(names);
}

void readAuthorityInfoAccess(X509 *cert, CertificateInfo *info)
{
    auto *access = static_cast<AUTHORITY_INFO_ACCESS *>(X509_get_ext_d2i(cert, NID_info_access, nullptr, nullptr));
    if (!access)
        return;
    for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(access); ++i) {
        const ACCESS_DESCRIPTION *entry = sk_ACCESS_DESCRIPTION_value(access, i);
        if (entry->location->type != GEN_URI)
            continue;
        const QString uri = ia5(entry->location->d.uniformResourceIdentifier);
        const int method = OBJ_obj2nid(entry->method);
        if (method == NID_ad_ca_issuers)
            info->caIssuersUrls << uri;
        else if (method == NID_ad_OCSP)
            info->ocspUrls << uri;
    }
    AUTHORITY_INFO_ACCESS_free(access);
}

void readCrlDistributionPoints(X509 *cert, CertificateInfo *info)
{
    auto *points = static_cast<CRL_DIST_POINTS *>(X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    if (!points)
        return;
    for (int i = 0; i < sk_DIST_POINT_num(points); ++i) {
        const DIST_POINT *point = sk_DIST_POINT_value(points, i);
        if (!point->distpoint || point->distpoint->type != 0)
            continue;
        const GENERAL_NAMES *names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, j);
            if (name->type == GEN_URI)
                info->crlUrls << ia5(name->d.uniformResourceIdentifier);
        }
    }
    CRL_DIST_POINTS_free(points);
}

void readKeyUsage(X509 *cert, CertificateInfo *info)
{
    const uint32_t usage = X509_get_key_usage(cert);
    if (usage != UINT32_MAX) {
        const std::pair<uint32_t, const char *> bits[] = {
            {KU_DIGITAL_SIGNATURE, "digitalSignature"}, {KU_NON_REPUDIATION, "nonRepudiation"},
            {KU_KEY_ENCIPHERMENT, "keyEncipherment"}, {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
            {KU_KEY_AGREEMENT, "keyAgreement"}, {KU_KEY_CERT_SIGN, "keyCertSign"}, {KU_CRL_SIGN, "cRLSign"},
        };
        for (const auto &[bit, name] : bits) {
            if (usage & bit)
                info->keyUsage << QLatin1String(name);
        }
    }
    auto *eku = static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
    if (!eku)
        return;
    info->hasExtendedKeyUsage = true;
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); ++i) {
        const ASN1_OBJECT *purpose = sk_ASN1_OBJECT_value(eku, i);
        const int nid = OBJ_obj2nid(purpose);
        if (nid != NID_undef) {
            info->extendedKeyUsage << QLatin1String(OBJ_nid2sn(nid));
        } else {
            char oid[80];
            OBJ_obj2txt(oid, sizeof oid, purpose, 1);
            info->extendedKeyUsage << QLatin1String(oid);
        }
    }
    EXTENDED_KEY_USAGE_free(eku);
}

void readKey(X509 *cert, CertificateInfo *info)
{
    EVP_PKEY *key = X509_get0_pubkey(cert);
    if (!key)
        return;
    info->keyBits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA: case EVP_PKEY_RSA_PSS: info->keyType = QStringLiteral("RSA"); break;
    case EVP_PKEY_EC: info->keyType = QStringLiteral("EC"); break;
    case EVP_PKEY_DSA: info->keyType = QStringLiteral("DSA"); break;
    case EVP_PKEY_ED25519: info->keyType = QStringLiteral("Ed25519"); break;
    case EVP_PKEY_ED448: info->keyType = QStringLiteral("Ed448"); break;
    default: info->keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key)); break;
    }
    char curve[64];
    size_t curveLength = 0;
    if (EVP_PKEY_get_utf8_string_param(key, "group", curve, sizeof curve, &curveLength))
        info->curveName = QString::fromLatin1(curve, int(curveLength));
}

void readSignature(X509 *cert, CertificateInfo *info)
{
    const int signatureNid = X509_get_signature_nid(cert);
    info->signatureAlgorithm = QLatin1String(OBJ_nid2ln(signatureNid));
    int digestNid = NID_undef;
    int keyNid = NID_undef;
    if (OBJ_find_sigid_algs(signatureNid, &digestNid, &keyNid) && digestNid != NID_undef)
        info->signatureDigest = QString::fromLatin1(OBJ_nid2sn(digestNid)).toUpper();
}

} // namespace

QString CertificateInfo::displayName() const
{
    return commonName.isEmpty() ? subject : commonName;
}

QByteArray CertificateInfo::pem() const
{
    QByteArray out = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        out += base64.mid(i, 64) + '\n';
    return out + "-----END CERTIFICATE-----\n";
}

CertificateInfo CertificateInfo::fromX509(X509 *cert, Origin origin)
{
    CertificateInfo info;
    info.origin = origin;
    info.subject = nameToString(X509_get_subject_name(cert));
    info.issuer = nameToString(X509_get_issuer_name(cert));
    info.commonName = commonNameOf(X509_get_subject_name(cert));
    info.issuerCommonName = commonNameOf(X509_get_issuer_name(cert));
    if (BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr)) {
        char *hex = BN_bn2hex(serial);
        info.serialNumber = QString::fromLatin1(hex);
        OPENSSL_free(hex);
        BN_free(serial);
    }
    info.notBefore = dateTimeFromAsn1(X509_get0_notBefore(cert));
    info.notAfter = dateTimeFromAsn1(X509_get0_notAfter(cert));
    readSubjectAltNames(cert, &info);
    readKey(cert, &info);
    readSignature(cert, &info);
    readKeyUsage(cert, &info);
    readAuthorityInfoAccess(cert, &info);
    readCrlDistributionPoints(cert, &info);
    info.isCa = X509_check_ca(cert) > 0;
    info.isSelfSigned = X509_self_signed(cert, 1) == 1;
    info.sha256Fingerprint = fingerprint(cert, EVP_sha256());
    info.sha1Fingerprint = fingerprint(cert, EVP_sha1());
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    if (length > 0) {
        info.der = QByteArray(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
    }
    return info;
}

} // namespace hd
