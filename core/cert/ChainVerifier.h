#pragma once

#include "CertificateInfo.h"
#include "OpenSslPtr.h"

#include <QDateTime>
#include <QList>

namespace hd {

class TrustStore;

struct VerifyError
{
    int depth = 0;     // 0 is the leaf
    int code = 0;      // X509_V_ERR_*
    QString text;      // OpenSSL's wording, for evidence
};

// What chain building against the trust store found. Pure computation: no network.
struct ChainVerification
{
    bool verified = false;            // a client with this trust store would accept the chain
    QList<VerifyError> errors;        // every error, not only the first
    QList<CertificateInfo> built;     // leaf first, as far as it could be built
    bool anchoredInStore = false;     // the top of the built chain is a trust anchor
    int missingIssuerDepth = -1;      // the certificate whose issuer is nowhere to be found

    bool hasError(int code) const;
};

class ChainVerifier
{
public:
    // presented: leaf first, as the server sent it; fetched: issuers downloaded from AIA.
    // builtOut, when given, receives the built chain's certificates themselves.
    static ChainVerification verify(const X509List &presented, const X509List &fetched,
                                    const TrustStore &trust, const QDateTime &at, X509List *builtOut = nullptr);
};

} // namespace hd
