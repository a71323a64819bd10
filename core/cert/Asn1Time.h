#pragma once

#include <QDateTime>

#include <openssl/asn1.h>

namespace hd {

// An ASN.1 time from a certificate, CRL or OCSP response as UTC; invalid when absent or
// malformed.
QDateTime dateTimeFromAsn1(const ASN1_TIME *time);

} // namespace hd
