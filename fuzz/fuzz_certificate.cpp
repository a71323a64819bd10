// Certificates as a server, an AIA download or a CA file gives them: PEM, DER or PKCS#7,
// and everything the program reads out of each.
#include "FuzzInput.h"
#include "cert/CertificateInfo.h"
#include "cert/TrustStore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const hd::X509Ptr &cert : hd::readCertificates(hdfuzz::bytes(data, size))) {
        const hd::CertificateInfo info = hd::CertificateInfo::fromX509(cert.get(), hd::CertificateInfo::Origin::Presented);
        (void)info.displayName();
    }
    return 0;
}
