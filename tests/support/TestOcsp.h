#pragma once

#include "TestCertificates.h"

#include <QByteArray>
#include <QDateTime>

namespace testsupport {

struct OcspResponseSpec {
    enum class Status { Good, Revoked, Unknown };
    Status status = Status::Good;
    QDateTime thisUpdate;      // default: now - 1 hour
    QDateTime nextUpdate;      // default: now + 7 days
    QDateTime revocationTime;  // for Revoked; default: now - 1 day
};

// A DER OCSPResponse ("successful") about `cert`, signed directly by its `issuer` (which
// RFC 6960 allows, so no delegated responder certificate is needed). Suitable for
// TlsTestServer::Config::ocspStapleDer or as the body of an HttpTestServer OCSP answer
// (content type "application/ocsp-response"). Empty on failure.
QByteArray makeOcspResponse(const TestCertificate &cert, const TestCertificate &issuer,
                            const OcspResponseSpec &spec = {});

} // namespace testsupport
