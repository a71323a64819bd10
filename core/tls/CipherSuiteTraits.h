#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hd::tls {

// What a cipher suite is made of, as far as judging it goes. For suites this OpenSSL was
// built with the properties come from OpenSSL itself; for the obsolete ones it lacks
// (3DES, RC4, DES, export, SEED) from a table, so a server that still accepts them can be
// recognised from its ServerHello alone.
struct CipherSuiteTraits
{
    quint16 id = 0;
    QString name;                 // IANA name, e.g. "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"
    int minVersion = 0x0300;      // the oldest protocol version that can use it
    bool tls13 = false;           // a TLS 1.3 suite (key exchange and signature negotiated apart)
    bool forwardSecrecy = false;  // ephemeral (EC)DH key exchange
    bool ecdhe = false;           // needs an elliptic-curve group in common
    bool dhe = false;             // needs the server's finite-field DH group to be acceptable
    bool aead = false;            // GCM, CCM, ChaCha20-Poly1305
    bool cbcSha1 = false;         // a block cipher in CBC mode with an HMAC-SHA1 (or MD5) record MAC
    // Why no client should use it, most serious first: "null" (no encryption), "anonymous"
    // (no authentication), "export" (40/56-bit export grade), "rc4", "des" (56-bit DES),
    // "3des" (64-bit blocks: Sweet32).
    QStringList weaknesses;
};

std::optional<CipherSuiteTraits> cipherSuiteTraits(quint16 id);
std::optional<quint16> cipherSuiteId(const QString &ianaName); // as HandshakeOutcome::cipher names it
QString suiteName(quint16 id); // the IANA name, or "0x0a0a" for a suite neither OpenSSL nor the table knows

// What a hand-built ClientHello offers to find every suite a server accepts at `version`
// (0x0300..0x0303): each suite usable at that version that a public server could pick,
// strongest first as a client would order them, the obsolete ones OpenSSL lacks last.
// Suites that need a pre-shared key or SRP password are left out: no certificate-based
// server can choose them.
QList<quint16> enumerationCandidates(int version);

// All five TLS 1.3 suites, as SSL_CTX_set_ciphersuites takes them (OpenSSL enables only
// the first three by default).
inline constexpr char kAllTls13SuiteNames[] = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:"
                                              "TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256";

// The five TLS 1.3 suites, the three every client offers first.
QList<quint16> tls13Suites();

} // namespace hd::tls
