#pragma once

#include "TestCertificates.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace testsupport {

struct CrlEntry {
    TestCertificate certificate;  // its serial number goes on the list
    QDateTime revocationTime;     // default: now - 1 day
    int reason = -1;              // CRLReason code (1 = keyCompromise...); -1: no reason extension
};

struct CrlSpec {
    QList<CrlEntry> revoked;
    QDateTime thisUpdate;         // default: now - 1 hour
    QDateTime nextUpdate;         // default: now + 7 days
    int fillerEntries = 0;        // extra entries with random serials, for large lists
};

// A DER X.509 v2 CRL issued and signed by `issuer`, for an HttpTestServer route
// ("application/pkix-crl"). Empty on failure.
QByteArray makeCrl(const TestCertificate &issuer, const CrlSpec &spec = {});

} // namespace testsupport
