#include "KeyIdentifiers.h"

#include "OpenSslPtr.h"

#include <openssl/x509v3.h>

namespace hd {

namespace {

QString hexOf(const ASN1_OCTET_STRING *id)
{
    if (!id)
        return {};
    const QByteArray bytes(reinterpret_cast<const char *>(ASN1_STRING_get0_data(id)), ASN1_STRING_length(id));
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

} // namespace

KeyIdentifiers keyIdentifiersOf(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    const X509Ptr cert(d2i_X509(nullptr, &data, long(der.size())));
    if (!cert)
        return {};
    return {hexOf(X509_get0_subject_key_id(cert.get())), hexOf(X509_get0_authority_key_id(cert.get()))};
}

} // namespace hd
