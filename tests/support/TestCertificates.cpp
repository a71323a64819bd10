#include "TestCertificates.h"

#include "KeyPool.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtDebug>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <limits>

namespace testsupport {
namespace {

constexpr int kDefaultValidityDays = 90;

struct BioDeleter {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

QByteArray memoryBioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

QString drainOpenSslErrors()
{
    QStringList messages;
    while (const unsigned long code = ERR_get_error()) {
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        messages << QString::fromLatin1(text);
    }
    return messages.join(QStringLiteral("; "));
}

// Nothing in the name is parsed (unlike a "/CN=..." string) and UTF8String skips the
// 64-character CN limit, so tests can put any hostile text into a name.
bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, V_ASN1_UTF8STRING,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool setSubjectAndIssuer(X509 *cert, const CertSpec &spec, const TestCertificate &issuer)
{
    X509_NAME *subject = X509_get_subject_name(cert);
    if (!addNameEntry(subject, "O", spec.organization) || !addNameEntry(subject, "CN", spec.commonName))
        return false;
    return X509_set_issuer_name(cert, issuer.isNull() ? subject : X509_get_subject_name(issuer.x509())) == 1;
}

bool setSerial(X509 *cert, qint64 serial)
{
    while (serial <= 0) {
        // Positive and non-zero, like the serials real CAs hand out.
        if (RAND_bytes(reinterpret_cast<unsigned char *>(&serial), sizeof serial) != 1)
            return false;
        serial &= std::numeric_limits<qint64>::max();
    }
    return ASN1_INTEGER_set_int64(X509_get_serialNumber(cert), serial) == 1;
}

// A missing bound is placed relative to the given one, so that setting only notAfter in
// the past (an expired certificate) still gives a sensible notBefore, and vice versa.
bool setValidity(X509 *cert, const CertSpec &spec)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime notBefore = spec.notBefore;
    QDateTime notAfter = spec.notAfter;
    if (!notBefore.isValid()) {
        notBefore = now.addDays(-1);
        if (notAfter.isValid())
            notBefore = std::min(notBefore, notAfter.addDays(-kDefaultValidityDays));
    }
    if (!notAfter.isValid())
        notAfter = std::max(now.addDays(kDefaultValidityDays), notBefore.addDays(kDefaultValidityDays));
    return ASN1_TIME_set(X509_getm_notBefore(cert), time_t(notBefore.toSecsSinceEpoch()))
        && ASN1_TIME_set(X509_getm_notAfter(cert), time_t(notAfter.toSecsSinceEpoch()));
}

GENERAL_NAME *ia5Name(int type, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    ASN1_IA5STRING *value = ASN1_IA5STRING_new();
    GENERAL_NAME *name = GENERAL_NAME_new();
    if (!value || !name || !ASN1_STRING_set(value, bytes.constData(), int(bytes.size()))) {
        ASN1_IA5STRING_free(value);
        GENERAL_NAME_free(name);
        return nullptr;
    }
    GENERAL_NAME_set0_value(name, type, value);
    return name;
}

GENERAL_NAME *ipName(const QString &text)
{
    ASN1_OCTET_STRING *address = a2i_IPADDRESS(text.toLatin1().constData());
    GENERAL_NAME *name = GENERAL_NAME_new();
    if (!address || !name) {
        ASN1_OCTET_STRING_free(address);
        GENERAL_NAME_free(name);
        return nullptr;
    }
    GENERAL_NAME_set0_value(name, GEN_IPADD, address);
    return name;
}

bool pushName(GENERAL_NAMES *names, GENERAL_NAME *name)
{
    if (name && sk_GENERAL_NAME_push(names, name) > 0)
        return true;
    GENERAL_NAME_free(name);
    return false;
}

bool addExtension(X509 *cert, int nid, void *value, bool critical)
{
    return X509_add1_ext_i2d(cert, nid, value, critical ? 1 : 0, X509V3_ADD_DEFAULT) == 1;
}

// Names and URLs are built as ASN.1 objects rather than "DNS:a,URI:b" config strings so
// that test text containing commas or other syntax cannot change the extension.
bool addSubjectAltName(X509 *cert, const CertSpec &spec)
{
    GENERAL_NAMES *names = GENERAL_NAMES_new();
    bool ok = names != nullptr;
    for (const QString &dnsName : spec.dnsNames)
        ok = ok && pushName(names, ia5Name(GEN_DNS, dnsName));
    for (const QString &address : spec.ipAddresses)
        ok = ok && pushName(names, ipName(address));
    ok = ok && addExtension(cert, NID_subject_alt_name, names, false);
    GENERAL_NAMES_free(names);
    return ok;
}

bool pushAccessDescription(AUTHORITY_INFO_ACCESS *access, int methodNid, const QString &url)
{
    if (url.isEmpty())
        return true;
    ACCESS_DESCRIPTION *description = ACCESS_DESCRIPTION_new();
    GENERAL_NAME *location = ia5Name(GEN_URI, url);
    if (!description || !location || sk_ACCESS_DESCRIPTION_push(access, description) <= 0) {
        ACCESS_DESCRIPTION_free(description);
        GENERAL_NAME_free(location);
        return false;
    }
    GENERAL_NAME_free(description->location);
    description->method = OBJ_nid2obj(methodNid);
    description->location = location;
    return true;
}

bool addAuthorityInfoAccess(X509 *cert, const CertSpec &spec)
{
    if (spec.ocspUrl.isEmpty() && spec.aiaCaIssuersUrl.isEmpty())
        return true;
    AUTHORITY_INFO_ACCESS *access = AUTHORITY_INFO_ACCESS_new();
    const bool ok = access && pushAccessDescription(access, NID_ad_OCSP, spec.ocspUrl)
        && pushAccessDescription(access, NID_ad_ca_issuers, spec.aiaCaIssuersUrl)
        && addExtension(cert, NID_info_access, access, false);
    AUTHORITY_INFO_ACCESS_free(access);
    return ok;
}

bool addCrlDistributionPoint(X509 *cert, const QString &url)
{
    if (url.isEmpty())
        return true;
    CRL_DIST_POINTS *points = CRL_DIST_POINTS_new();
    DIST_POINT *point = DIST_POINT_new();
    if (!points || !point || sk_DIST_POINT_push(points, point) <= 0) {
        DIST_POINT_free(point);
        CRL_DIST_POINTS_free(points);
        return false;
    }
    point->distpoint = DIST_POINT_NAME_new();
    bool ok = point->distpoint != nullptr;
    if (ok) {
        point->distpoint->type = 0;  // fullName
        point->distpoint->name.fullname = GENERAL_NAMES_new();
        ok = point->distpoint->name.fullname && pushName(point->distpoint->name.fullname, ia5Name(GEN_URI, url));
    }
    ok = ok && addExtension(cert, NID_crl_distribution_points, points, false);
    CRL_DIST_POINTS_free(points);
    return ok;
}

bool addExtendedKeyUsage(X509 *cert, const CertSpec &spec)
{
    const bool isDefault = spec.extendedKeyUsage == CertSpec().extendedKeyUsage;
    if (spec.extendedKeyUsage.isEmpty() || (spec.isCa && isDefault))
        return true;
    EXTENDED_KEY_USAGE *usages = sk_ASN1_OBJECT_new_null();
    bool ok = usages != nullptr;
    for (const QString &usage : spec.extendedKeyUsage) {
        ASN1_OBJECT *object = ok ? OBJ_txt2obj(usage.toLatin1().constData(), 0) : nullptr;
        ok = object && sk_ASN1_OBJECT_push(usages, object) > 0;
        if (!ok)
            ASN1_OBJECT_free(object);
    }
    ok = ok && addExtension(cert, NID_ext_key_usage, usages, false);
    EXTENDED_KEY_USAGE_free(usages);
    return ok;
}

// Fixed-text extensions, where OpenSSL's config syntax is the clearest way to say them.
bool addConfiguredExtension(X509 *cert, X509V3_CTX *context, int nid, const char *value)
{
    X509_EXTENSION *extension = X509V3_EXT_nconf_nid(nullptr, context, nid, value);
    const bool ok = extension && X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

bool addUsageExtensions(X509 *cert, const CertSpec &spec, X509V3_CTX *context)
{
    const char *basicConstraints = spec.isCa ? "critical,CA:TRUE" : "critical,CA:FALSE";
    // RSA key exchange (TLS 1.2 and older) encrypts to the key, so RSA leaves need both.
    const char *keyUsage = spec.isCa ? "critical,keyCertSign,cRLSign"
        : spec.key.type == KeySpec::Type::Rsa ? "critical,digitalSignature,keyEncipherment"
                                              : "critical,digitalSignature";
    return addConfiguredExtension(cert, context, NID_basic_constraints, basicConstraints)
        && addConfiguredExtension(cert, context, NID_key_usage, keyUsage)
        && addExtendedKeyUsage(cert, spec);
}

bool addExtensions(X509 *cert, const CertSpec &spec, const TestCertificate &issuer)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer.isNull() ? cert : issuer.x509(), cert, nullptr, nullptr, 0);
    bool ok = addUsageExtensions(cert, spec, &context)
        && addConfiguredExtension(cert, &context, NID_subject_key_identifier, "hash");
    // A self-signed certificate is its own authority; the identifier would repeat the SKID.
    if (!issuer.isNull())
        ok = ok && addConfiguredExtension(cert, &context, NID_authority_key_identifier, "keyid:always");
    if (spec.subjectAltName)
        ok = ok && addSubjectAltName(cert, spec);
    if (spec.mustStaple)
        ok = ok && addConfiguredExtension(cert, &context, NID_tlsfeature, "status_request");
    return ok && addAuthorityInfoAccess(cert, spec) && addCrlDistributionPoint(cert, spec.crlUrl);
}

bool sign(X509 *cert, EVP_PKEY *signingKey, const QString &digest)
{
    EVP_MD *md = EVP_MD_fetch(nullptr, digest.toLatin1().constData(), nullptr);
    const bool ok = md && X509_sign(cert, signingKey, md) > 0;
    EVP_MD_free(md);
    return ok;
}

TestCertificate failed(const CertSpec &spec, const char *step)
{
    qWarning("issueCertificate(\"%s\"): %s failed: %s", qPrintable(spec.commonName), step,
             qPrintable(drainOpenSslErrors()));
    return {};
}

} // namespace

TestCertificate::TestCertificate(std::shared_ptr<X509> certificate, std::shared_ptr<EVP_PKEY> key)
    : m_certificate(std::move(certificate))
    , m_key(std::move(key))
{
}

QByteArray TestCertificate::pem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (isNull() || !bio || PEM_write_bio_X509(bio.get(), x509()) != 1)
        return {};
    return memoryBioContents(bio.get());
}

QByteArray TestCertificate::der() const
{
    unsigned char *data = nullptr;
    const int size = isNull() ? -1 : i2d_X509(x509(), &data);
    if (size <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(data), size);
    OPENSSL_free(data);
    return result;
}

QByteArray TestCertificate::privateKeyPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_key || !bio
        || PEM_write_bio_PrivateKey(bio.get(), privateKey(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return memoryBioContents(bio.get());
}

QString TestCertificate::commonName() const
{
    if (isNull())
        return {};
    const X509_NAME *subject = X509_get_subject_name(x509());
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
    if (size < 0)
        return {};
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
    OPENSSL_free(utf8);
    return name;
}

TestCertificate issueCertificate(const CertSpec &spec, const TestCertificate &issuer)
{
    const std::shared_ptr<EVP_PKEY> key = pooledKey(spec.key, issuer.privateKey());
    if (!key)
        return failed(spec, "key generation");
    std::shared_ptr<X509> cert(X509_new(), X509_free);
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setSerial(cert.get(), spec.serial))
        return failed(spec, "serial number");
    if (!setSubjectAndIssuer(cert.get(), spec, issuer) || !setValidity(cert.get(), spec)
        || X509_set_pubkey(cert.get(), key.get()) != 1)
        return failed(spec, "subject, validity or public key");
    if (!addExtensions(cert.get(), spec, issuer))
        return failed(spec, "extensions");
    if (!sign(cert.get(), issuer.isNull() ? key.get() : issuer.privateKey(), spec.digest))
        return failed(spec, "signing");
    return TestCertificate(std::move(cert), key);
}

QByteArray pemBundle(const QList<TestCertificate> &certs)
{
    QByteArray bundle;
    for (const TestCertificate &cert : certs)
        bundle += cert.pem();
    return bundle;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

TestPki makePki(const QStringList &leafDnsNames, const CertSpec &leafOverrides, const CertSpec &intermediateSources)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertSpec rootSpec;
    rootSpec.commonName = QStringLiteral("Handshake Doctor Test Root CA");
    rootSpec.organization = QStringLiteral("Handshake Doctor Tests");
    rootSpec.isCa = true;
    rootSpec.notAfter = now.addYears(10);

    CertSpec intermediateSpec = rootSpec;
    intermediateSpec.commonName = QStringLiteral("Handshake Doctor Test Intermediate CA");
    intermediateSpec.notAfter = now.addYears(5);
    intermediateSpec.ocspUrl = intermediateSources.ocspUrl;
    intermediateSpec.crlUrl = intermediateSources.crlUrl;

    CertSpec leafSpec = leafOverrides;
    if (leafSpec.dnsNames.isEmpty())
        leafSpec.dnsNames = leafDnsNames;
    if (leafSpec.commonName.isEmpty() && !leafDnsNames.isEmpty())
        leafSpec.commonName = leafDnsNames.constFirst();

    TestPki pki;
    pki.root = issueCertificate(rootSpec);
    pki.intermediate = issueCertificate(intermediateSpec, pki.root);
    pki.leaf = issueCertificate(leafSpec, pki.intermediate);
    return pki;
}

} // namespace testsupport
