#include "CipherSuiteTraits.h"

#include "OpenSslPtr.h"

#include <openssl/obj_mac.h>
#include <openssl/ssl.h>

#include <QHash>

namespace hd::tls {

namespace {

// Obsolete suites that OpenSSL 3 no longer builds (Debian's has no 3DES either). Static
// ECDH/DH suites are not listed: no public server has offered them for a decade.
struct LegacySuite
{
    quint16 id;
    const char *name;
    int minVersion;
    bool forwardSecrecy;
    bool ecdhe;
    bool cbcSha1;
    const char *weaknesses; // comma-separated, as in CipherSuiteTraits::weaknesses
};

constexpr LegacySuite kLegacySuites[] = {
    {0xC012, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", 0x0301, true, true, true, "3des"},
    {0xC008, "TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA", 0x0301, true, true, true, "3des"},
    {0x0016, "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA", 0x0300, true, false, true, "3des"},
    {0x0013, "TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA", 0x0300, true, false, true, "3des"},
    {0x000A, "TLS_RSA_WITH_3DES_EDE_CBC_SHA", 0x0300, false, false, true, "3des"},
    {0x009A, "TLS_DHE_RSA_WITH_SEED_CBC_SHA", 0x0300, true, false, true, ""},
    {0x0099, "TLS_DHE_DSS_WITH_SEED_CBC_SHA", 0x0300, true, false, true, ""},
    {0x0096, "TLS_RSA_WITH_SEED_CBC_SHA", 0x0300, false, false, true, ""},
    {0xC011, "TLS_ECDHE_RSA_WITH_RC4_128_SHA", 0x0301, true, true, false, "rc4"},
    {0xC007, "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA", 0x0301, true, true, false, "rc4"},
    {0x0066, "TLS_DHE_DSS_WITH_RC4_128_SHA", 0x0300, true, false, false, "rc4"},
    {0x0005, "TLS_RSA_WITH_RC4_128_SHA", 0x0300, false, false, false, "rc4"},
    {0x0004, "TLS_RSA_WITH_RC4_128_MD5", 0x0300, false, false, false, "rc4"},
    {0x0015, "TLS_DHE_RSA_WITH_DES_CBC_SHA", 0x0300, true, false, true, "des"},
    {0x0012, "TLS_DHE_DSS_WITH_DES_CBC_SHA", 0x0300, true, false, true, "des"},
    {0x0009, "TLS_RSA_WITH_DES_CBC_SHA", 0x0300, false, false, true, "des"},
    {0x0064, "TLS_RSA_EXPORT1024_WITH_RC4_56_SHA", 0x0300, false, false, false, "export,rc4"},
    {0x0065, "TLS_DHE_DSS_EXPORT1024_WITH_RC4_56_SHA", 0x0300, true, false, false, "export,rc4"},
    {0x0062, "TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA", 0x0300, false, false, true, "export,des"},
    {0x0063, "TLS_DHE_DSS_EXPORT1024_WITH_DES_CBC_SHA", 0x0300, true, false, true, "export,des"},
    {0x0014, "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA", 0x0300, true, false, true, "export"},
    {0x0011, "TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA", 0x0300, true, false, true, "export"},
    {0x0008, "TLS_RSA_EXPORT_WITH_DES40_CBC_SHA", 0x0300, false, false, true, "export"},
    {0x0006, "TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5", 0x0300, false, false, true, "export"},
    {0x0003, "TLS_RSA_EXPORT_WITH_RC4_40_MD5", 0x0300, false, false, false, "export,rc4"},
    {0xC017, "TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA", 0x0301, true, true, true, "anonymous,3des"},
    {0xC016, "TLS_ECDH_anon_WITH_RC4_128_SHA", 0x0301, true, true, false, "anonymous,rc4"},
    {0x001B, "TLS_DH_anon_WITH_3DES_EDE_CBC_SHA", 0x0300, true, false, true, "anonymous,3des"},
    {0x001A, "TLS_DH_anon_WITH_DES_CBC_SHA", 0x0300, true, false, true, "anonymous,des"},
    {0x0018, "TLS_DH_anon_WITH_RC4_128_MD5", 0x0300, true, false, false, "anonymous,rc4"},
    {0x0019, "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA", 0x0300, true, false, true, "anonymous,export"},
    {0x0017, "TLS_DH_anon_EXPORT_WITH_RC4_40_MD5", 0x0300, true, false, false, "anonymous,export,rc4"},
};

int versionFromOpenSsl(const char *text)
{
    const QByteArray version(text);
    if (version == "TLSv1.3")
        return 0x0304;
    if (version == "TLSv1.2")
        return 0x0303;
    if (version == "TLSv1.1")
        return 0x0302;
    if (version == "TLSv1" || version == "TLSv1.0")
        return 0x0301;
    return 0x0300;
}

CipherSuiteTraits fromOpenSsl(const SSL_CIPHER *cipher)
{
    CipherSuiteTraits traits;
    traits.id = quint16(SSL_CIPHER_get_protocol_id(cipher));
    traits.name = QString::fromLatin1(SSL_CIPHER_standard_name(cipher));
    traits.minVersion = versionFromOpenSsl(SSL_CIPHER_get_version(cipher));
    traits.tls13 = traits.minVersion == 0x0304;
    const int kx = SSL_CIPHER_get_kx_nid(cipher);
    const int cipherNid = SSL_CIPHER_get_cipher_nid(cipher);
    const int digest = SSL_CIPHER_get_digest_nid(cipher);
    traits.ecdhe = kx == NID_kx_ecdhe || kx == NID_kx_ecdhe_psk;
    traits.dhe = kx == NID_kx_dhe || kx == NID_kx_dhe_psk;
    traits.forwardSecrecy = traits.tls13 || traits.ecdhe || traits.dhe;
    traits.aead = SSL_CIPHER_is_aead(cipher) == 1;
    const bool streamOrNone = cipherNid == NID_undef || cipherNid == NID_rc4;
    traits.cbcSha1 = !traits.aead && !streamOrNone && (digest == NID_sha1 || digest == NID_md5);
    if (cipherNid == NID_undef)
        traits.weaknesses << QStringLiteral("null");
    if (SSL_CIPHER_get_auth_nid(cipher) == NID_auth_null)
        traits.weaknesses << QStringLiteral("anonymous");
    if (cipherNid == NID_rc4)
        traits.weaknesses << QStringLiteral("rc4");
    if (cipherNid == NID_des_cbc)
        traits.weaknesses << QStringLiteral("des");
    if (cipherNid == NID_des_ede3_cbc)
        traits.weaknesses << QStringLiteral("3des");
    return traits;
}

CipherSuiteTraits fromTable(const LegacySuite &suite)
{
    CipherSuiteTraits traits;
    traits.id = suite.id;
    traits.name = QLatin1String(suite.name);
    traits.minVersion = suite.minVersion;
    traits.forwardSecrecy = suite.forwardSecrecy;
    traits.ecdhe = suite.ecdhe;
    traits.dhe = suite.forwardSecrecy && !suite.ecdhe;
    traits.cbcSha1 = suite.cbcSha1;
    traits.weaknesses = QString::fromLatin1(suite.weaknesses).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return traits;
}

bool needsSharedSecret(const SSL_CIPHER *cipher)
{
    switch (SSL_CIPHER_get_kx_nid(cipher)) {
    case NID_kx_psk: case NID_kx_ecdhe_psk: case NID_kx_dhe_psk: case NID_kx_rsa_psk: case NID_kx_srp: case NID_kx_gost:
        return true;
    default:
        return SSL_CIPHER_get_auth_nid(cipher) == NID_auth_psk || SSL_CIPHER_get_auth_nid(cipher) == NID_auth_srp;
    }
}

// Built once: every suite this OpenSSL knows, in OpenSSL's own strength order, then the
// table of the ones it lacks.
struct Catalogue
{
    QHash<quint16, CipherSuiteTraits> byId;
    QHash<QString, quint16> byName;
    QList<quint16> candidates; // TLS 1.2 and older, in offering order

    Catalogue()
    {
        const SslCtxPtr ctx(SSL_CTX_new(TLS_method()));
        SSL_CTX_set_security_level(ctx.get(), 0);
        SSL_CTX_set_cipher_list(ctx.get(), "ALL:COMPLEMENTOFALL:@SECLEVEL=0");
        SSL_CTX_set_ciphersuites(ctx.get(), kAllTls13SuiteNames);
        STACK_OF(SSL_CIPHER) *ciphers = SSL_CTX_get_ciphers(ctx.get());
        for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i) {
            const SSL_CIPHER *cipher = sk_SSL_CIPHER_value(ciphers, i);
            const CipherSuiteTraits traits = fromOpenSsl(cipher);
            byId.insert(traits.id, traits);
            if (!traits.tls13 && !needsSharedSecret(cipher))
                candidates << traits.id;
        }
        for (const LegacySuite &suite : kLegacySuites) {
            if (byId.contains(suite.id))
                continue; // this OpenSSL has it after all: its own data wins
            byId.insert(suite.id, fromTable(suite));
            candidates << suite.id;
        }
        for (auto it = byId.cbegin(); it != byId.cend(); ++it)
            byName.insert(it->name, it.key());
    }
};

const Catalogue &catalogue()
{
    static const Catalogue instance;
    return instance;
}

} // namespace

std::optional<CipherSuiteTraits> cipherSuiteTraits(quint16 id)
{
    const auto it = catalogue().byId.constFind(id);
    if (it == catalogue().byId.cend())
        return std::nullopt;
    return *it;
}

std::optional<quint16> cipherSuiteId(const QString &ianaName)
{
    const auto it = catalogue().byName.constFind(ianaName);
    if (it == catalogue().byName.cend())
        return std::nullopt;
    return *it;
}

QString suiteName(quint16 id)
{
    const auto it = catalogue().byId.constFind(id);
    if (it != catalogue().byId.cend())
        return it->name;
    return QStringLiteral("0x%1").arg(id, 4, 16, QLatin1Char('0'));
}

QList<quint16> enumerationCandidates(int version)
{
    QList<quint16> out;
    for (const quint16 id : catalogue().candidates) {
        if (catalogue().byId.value(id).minVersion <= version)
            out << id;
    }
    return out;
}

QList<quint16> tls13Suites()
{
    return {0x1302, 0x1303, 0x1301, 0x1304, 0x1305};
}

} // namespace hd::tls
