#pragma once

// Certificates made at run time for tests, so that no key is ever checked in and every
// validity date is relative to "now".

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <openssl/types.h>

#include <memory>

namespace testsupport {

// RSA keys under 528 bits cannot make the RSA-PSS-SHA256 signature TLS 1.3 requires: a
// TlsTestServer with such a leaf answers TLS 1.3 clients with handshake_failure, so give
// it maxProtocol = TLS1_2_VERSION when the test is about the key, not the handshake.
struct KeySpec {
    enum class Type { Rsa, Ec };
    Type type = Type::Ec;
    int bits = 256;  // RSA modulus bits, or the EC curve: 256 (P-256), 384 (P-384), 521 (P-521)
};

struct CertSpec {
    QString commonName;       // subject CN; any text, no length limit (hostile-name tests)
    QString organization;     // optional O=
    QStringList dnsNames;     // SAN dNSName entries
    QStringList ipAddresses;  // SAN iPAddress entries (IPv4 or IPv6 text)
    bool subjectAltName = true;  // false: no SAN extension at all, the name is only in the CN
    bool isCa = false;           // basicConstraints CA:TRUE + keyUsage keyCertSign, cRLSign
    QDateTime notBefore;  // default: now - 1 day (or notAfter - 90 days if that is earlier)
    QDateTime notAfter;   // default: now + 90 days (or notBefore + 90 days if that is later)
    KeySpec key;
    // Digest the issuer signs with: "SHA256", "SHA384", "SHA1", "MD5"... MD5 needs an RSA
    // issuer key: there is no ECDSA-with-MD5 algorithm.
    QString digest = QStringLiteral("SHA256");
    // OpenSSL names or dotted OIDs; empty list => no EKU extension. A CA certificate gets
    // no EKU while this holds the default {serverAuth}; any other list is used as given.
    QStringList extendedKeyUsage = {QStringLiteral("serverAuth")};
    QString aiaCaIssuersUrl, ocspUrl, crlUrl;  // optional AIA caIssuers / OCSP, CRL distribution point
    qint64 serial = 0;                         // 0 => random
    bool mustStaple = false;  // TLS Feature extension with status_request (RFC 7633, OCSP Must-Staple)
};

// A certificate with its private key. Cheap to copy: copies share the OpenSSL objects,
// which must be treated as read-only.
class TestCertificate
{
public:
    TestCertificate() = default;

    X509 *x509() const { return m_certificate.get(); }
    EVP_PKEY *privateKey() const { return m_key.get(); }
    QByteArray pem() const;
    QByteArray der() const;
    QByteArray privateKeyPem() const;  // unencrypted PKCS#8
    QString commonName() const;
    bool isNull() const { return !m_certificate; }

private:
    friend TestCertificate issueCertificate(const CertSpec &, const TestCertificate &);
    TestCertificate(std::shared_ptr<X509> certificate, std::shared_ptr<EVP_PKEY> key);

    std::shared_ptr<X509> m_certificate;
    std::shared_ptr<EVP_PKEY> m_key;
};

// Null issuer => self-signed. Returns a null certificate (and logs the OpenSSL error with
// qWarning) if OpenSSL refuses the spec, e.g. an unknown digest or EKU name.
TestCertificate issueCertificate(const CertSpec &spec, const TestCertificate &issuer = {});

QByteArray pemBundle(const QList<TestCertificate> &certs);
bool writeFile(const QString &path, const QByteArray &data);  // creates missing parent directories

// A typical three-level PKI for host names: root CA -> intermediate CA -> leaf, all EC P-256
// unless leafOverrides.key says otherwise for the leaf.
struct TestPki {
    TestCertificate root, intermediate, leaf;
};
// The leaf is leafOverrides with dnsNames defaulting to leafDnsNames and the CN to the
// first of them. The intermediate takes only the revocation sources of intermediateSources
// (ocspUrl, crlUrl): the root's responder and revocation list that speak about it.
TestPki makePki(const QStringList &leafDnsNames, const CertSpec &leafOverrides = {}, const CertSpec &intermediateSources = {});

} // namespace testsupport
