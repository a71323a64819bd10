#pragma once

#include "OpenSslPtr.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace hd {

// What one source (a stapled OCSP response, the OCSP responder, a CRL) says about whether
// the leaf certificate was revoked. Pure data: checks read it, probes fill it.
struct RevocationAnswer
{
    enum class Status {
        NotChecked,   // the source does not exist (no URL, no staple)
        Good,
        Revoked,
        Unknown,      // the responder does not know the certificate
        Unreachable,  // no answer: network error, timeout, HTTP error
        Unusable,     // an answer that cannot be relied on: malformed, wrong signer or certificate, stale
    };
    Status status = Status::NotChecked;
    QString url;
    // Unreachable/Unusable: a language-neutral key: a net error key ("timeout", "refused"...),
    // "http-<code>", "too-large", "malformed", "responder-<status>", "bad-signature",
    // "wrong-certificate", "wrong-issuer", "stale", "not-yet-valid".
    QString problem;
    QDateTime revokedAt;
    int reasonCode = -1;          // CRLReason (RFC 5280 5.3.1); -1 when none was given
    QDateTime thisUpdate;
    QDateTime nextUpdate;
};

QString revocationStatusKey(RevocationAnswer::Status status); // "good", "revoked", ...
QString revocationReasonKey(int reasonCode);                   // "keyCompromise", ...; empty for -1

// A DER OCSPRequest for leaf, identified by its issuer (SHA-1 CertID, as RFC 6960 clients do).
QByteArray makeOcspRequest(X509 *leaf, X509 *issuer);

// Judges a DER OCSPResponse about leaf: signed by issuer or by a responder it delegated to,
// about this very certificate, and current at `now` (a revocation stays true when stale).
RevocationAnswer evaluateOcspResponse(const QByteArray &der, X509 *leaf, X509 *issuer, const QDateTime &now);

// Judges a CRL (DER or PEM) issued and signed by issuer: is leaf's serial on it?
RevocationAnswer evaluateCrl(const QByteArray &data, X509 *leaf, X509 *issuer, const QDateTime &now);

X509Ptr x509FromDer(const QByteArray &der); // null when it is not a certificate

} // namespace hd
