// OCSP responses and CRLs, checked for a fixed leaf and issuer made once at start-up.
#include "FuzzInput.h"
#include "TestCertificates.h"
#include "cert/Revocation.h"

namespace {

struct Pair
{
    testsupport::TestCertificate issuer;
    testsupport::TestCertificate leaf;
};

const Pair &pair()
{
    static const Pair made = [] {
        const testsupport::TestPki pki = testsupport::makePki({QStringLiteral("fuzz.example.test")});
        return Pair{pki.intermediate, pki.leaf};
    }();
    return made;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray der = hdfuzz::bytes(data, size);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    (void)hd::evaluateOcspResponse(der, pair().leaf.x509(), pair().issuer.x509(), now);
    (void)hd::evaluateCrl(der, pair().leaf.x509(), pair().issuer.x509(), now);
    return 0;
}
