#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

typedef struct x509_st X509;

namespace hd {

// Everything the report shows about one certificate, read once from the X509 object.
// Text fields are untrusted server input: display them as plain text only.
struct CertificateInfo
{
    enum class Origin { Presented, FetchedFromAia, TrustStore };

    QString subject;        // RFC 2253 one-line form
    QString issuer;
    QString commonName;     // subject CN, or empty
    QString issuerCommonName;
    QString serialNumber;   // hex
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList dnsNames;   // SAN dNSName entries
    QStringList ipAddresses; // SAN iPAddress entries
    bool hasSubjectAltName = false;
    QString keyType;        // "RSA", "EC", "Ed25519", ...
    int keyBits = 0;
    QString curveName;      // for EC keys
    QString signatureAlgorithm; // e.g. "sha256WithRSAEncryption"
    QString signatureDigest;    // e.g. "SHA256", "SHA1", "MD5"; empty when intrinsic (Ed25519)
    QStringList keyUsage;
    QStringList extendedKeyUsage; // short names: serverAuth, clientAuth, ...
    bool hasExtendedKeyUsage = false;
    bool isCa = false;
    bool isSelfSigned = false;  // subject == issuer and the signature verifies with its own key
    QStringList caIssuersUrls;  // AIA caIssuers
    QStringList ocspUrls;
    QStringList crlUrls;
    QString sha256Fingerprint;  // colon-separated hex
    QString sha1Fingerprint;
    QByteArray der;
    Origin origin = Origin::Presented;

    QString displayName() const; // CN if any, else the subject line
    QByteArray pem() const;

    static CertificateInfo fromX509(X509 *cert, Origin origin);
};

} // namespace hd
