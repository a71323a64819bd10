#pragma once

#include <QString>

namespace hd::tls {

// Protocol names as the RFCs spell them; these are not translated (they are what an admin
// searches for), their plain-language meanings are (see StepDescriber).
QString versionName(int version);          // 0x0303 -> "TLS 1.2"
QString handshakeMessageName(int type);    // 1 -> "ClientHello"
QString alertName(int code);               // 112 -> "unrecognized_name"
QString groupName(int group);              // 29 -> "x25519"
QString cipherSuiteName(quint16 id);       // 0x1301 -> "TLS_AES_128_GCM_SHA256"

enum AlertCode {
    CloseNotify = 0, UnexpectedMessage = 10, BadRecordMac = 20, HandshakeFailure = 40,
    BadCertificate = 42, UnsupportedCertificate = 43, CertificateRevoked = 44, CertificateExpired = 45,
    CertificateUnknown = 46, IllegalParameter = 47, UnknownCa = 48, AccessDenied = 49, DecodeError = 50,
    DecryptError = 51, ProtocolVersion = 70, InsufficientSecurity = 71, InternalError = 80,
    InappropriateFallback = 86, UserCanceled = 90, MissingExtension = 109, UnsupportedExtension = 110,
    UnrecognizedName = 112, BadCertificateStatusResponse = 113, UnknownPskIdentity = 115,
    CertificateRequired = 116, NoApplicationProtocol = 120,
};

enum HandshakeType {
    ClientHello = 1, ServerHello = 2, NewSessionTicket = 4, EncryptedExtensions = 8, Certificate = 11,
    ServerKeyExchange = 12, CertificateRequest = 13, ServerHelloDone = 14, CertificateVerify = 15,
    ClientKeyExchange = 16, Finished = 20, CertificateStatus = 22, KeyUpdate = 24,
};

} // namespace hd::tls
