#include "TlsNames.h"

#include "OpenSslPtr.h"

#include <openssl/ssl.h>

namespace hd::tls {

QString versionName(int version)
{
    switch (version) {
    case 0x0300: return QStringLiteral("SSL 3.0");
    case 0x0301: return QStringLiteral("TLS 1.0");
    case 0x0302: return QStringLiteral("TLS 1.1");
    case 0x0303: return QStringLiteral("TLS 1.2");
    case 0x0304: return QStringLiteral("TLS 1.3");
    default: return QStringLiteral("0x%1").arg(version, 4, 16, QLatin1Char('0'));
    }
}

QString handshakeMessageName(int type)
{
    switch (type) {
    case 0: return QStringLiteral("HelloRequest");
    case ClientHello: return QStringLiteral("ClientHello");
    case ServerHello: return QStringLiteral("ServerHello");
    case NewSessionTicket: return QStringLiteral("NewSessionTicket");
    case 5: return QStringLiteral("EndOfEarlyData");
    case EncryptedExtensions: return QStringLiteral("EncryptedExtensions");
    case Certificate: return QStringLiteral("Certificate");
    case ServerKeyExchange: return QStringLiteral("ServerKeyExchange");
    case CertificateRequest: return QStringLiteral("CertificateRequest");
    case ServerHelloDone: return QStringLiteral("ServerHelloDone");
    case CertificateVerify: return QStringLiteral("CertificateVerify");
    case ClientKeyExchange: return QStringLiteral("ClientKeyExchange");
    case Finished: return QStringLiteral("Finished");
    case CertificateStatus: return QStringLiteral("CertificateStatus");
    case KeyUpdate: return QStringLiteral("KeyUpdate");
    case 254: return QStringLiteral("MessageHash");
    default: return QStringLiteral("Handshake(%1)").arg(type);
    }
}

QString alertName(int code)
{
    switch (code) {
    case CloseNotify: return QStringLiteral("close_notify");
    case UnexpectedMessage: return QStringLiteral("unexpected_message");
    case BadRecordMac: return QStringLiteral("bad_record_mac");
    case 21: return QStringLiteral("decryption_failed");
    case 22: return QStringLiteral("record_overflow");
    case 30: return QStringLiteral("decompression_failure");
    case HandshakeFailure: return QStringLiteral("handshake_failure");
    case 41: return QStringLiteral("no_certificate");
    case BadCertificate: return QStringLiteral("bad_certificate");
    case UnsupportedCertificate: return QStringLiteral("unsupported_certificate");
    case CertificateRevoked: return QStringLiteral("certificate_revoked");
    case CertificateExpired: return QStringLiteral("certificate_expired");
    case CertificateUnknown: return QStringLiteral("certificate_unknown");
    case IllegalParameter: return QStringLiteral("illegal_parameter");
    case UnknownCa: return QStringLiteral("unknown_ca");
    case AccessDenied: return QStringLiteral("access_denied");
    case DecodeError: return QStringLiteral("decode_error");
    case DecryptError: return QStringLiteral("decrypt_error");
    case 60: return QStringLiteral("export_restriction");
    case ProtocolVersion: return QStringLiteral("protocol_version");
    case InsufficientSecurity: return QStringLiteral("insufficient_security");
    case InternalError: return QStringLiteral("internal_error");
    case InappropriateFallback: return QStringLiteral("inappropriate_fallback");
    case UserCanceled: return QStringLiteral("user_canceled");
    case 100: return QStringLiteral("no_renegotiation");
    case MissingExtension: return QStringLiteral("missing_extension");
    case UnsupportedExtension: return QStringLiteral("unsupported_extension");
    case 111: return QStringLiteral("certificate_unobtainable");
    case UnrecognizedName: return QStringLiteral("unrecognized_name");
    case BadCertificateStatusResponse: return QStringLiteral("bad_certificate_status_response");
    case 114: return QStringLiteral("bad_certificate_hash_value");
    case UnknownPskIdentity: return QStringLiteral("unknown_psk_identity");
    case CertificateRequired: return QStringLiteral("certificate_required");
    case NoApplicationProtocol: return QStringLiteral("no_application_protocol");
    default: return QStringLiteral("alert(%1)").arg(code);
    }
}

QString groupName(int group)
{
    switch (group) {
    case 21: return QStringLiteral("secp224r1");
    case 23: return QStringLiteral("secp256r1");
    case 24: return QStringLiteral("secp384r1");
    case 25: return QStringLiteral("secp521r1");
    case 26: return QStringLiteral("brainpoolP256r1");
    case 27: return QStringLiteral("brainpoolP384r1");
    case 28: return QStringLiteral("brainpoolP512r1");
    case 29: return QStringLiteral("x25519");
    case 30: return QStringLiteral("x448");
    case 31: return QStringLiteral("brainpoolP256r1tls13");
    case 32: return QStringLiteral("brainpoolP384r1tls13");
    case 33: return QStringLiteral("brainpoolP512r1tls13");
    case 256: return QStringLiteral("ffdhe2048");
    case 257: return QStringLiteral("ffdhe3072");
    case 258: return QStringLiteral("ffdhe4096");
    case 259: return QStringLiteral("ffdhe6144");
    case 260: return QStringLiteral("ffdhe8192");
    default: return QStringLiteral("group(0x%1)").arg(group, 4, 16, QLatin1Char('0'));
    }
}

QString cipherSuiteName(quint16 id)
{
    // OpenSSL knows the names of the suites it was built with; one SSL object with every
    // suite enabled is enough to look them up.
    static const SslCtxPtr ctx = [] {
        SslCtxPtr c(SSL_CTX_new(TLS_method()));
        SSL_CTX_set_security_level(c.get(), 0);
        SSL_CTX_set_cipher_list(c.get(), "ALL:COMPLEMENTOFALL:@SECLEVEL=0");
        return c;
    }();
    static const SslPtr ssl(SSL_new(ctx.get()));
    const unsigned char bytes[2] = {static_cast<unsigned char>(id >> 8), static_cast<unsigned char>(id & 0xff)};
    if (const SSL_CIPHER *cipher = SSL_CIPHER_find(ssl.get(), bytes))
        return QString::fromLatin1(SSL_CIPHER_standard_name(cipher));
    return QStringLiteral("0x%1").arg(id, 4, 16, QLatin1Char('0'));
}

} // namespace hd::tls
