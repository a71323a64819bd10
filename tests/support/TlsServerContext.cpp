#include "TlsServerContext.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/x509v3.h>

#include <cstring>

namespace testsupport {
namespace {

struct X509StackDeleter {
    // The stack only borrows the certificates; OpenSSL takes its own references.
    void operator()(STACK_OF(X509) *stack) const { sk_X509_free(stack); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

QString failure(const char *what)
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return QLatin1String(what);
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(text));
}

X509StackPtr chainAfterLeaf(const QList<TestCertificate> &chain)
{
    X509StackPtr stack(sk_X509_new_null());
    for (qsizetype i = 1; stack && i < chain.size(); ++i) {
        if (sk_X509_push(stack.get(), chain.at(i).x509()) <= 0)
            return nullptr;
    }
    return stack;
}

template<typename Target, typename UseCertAndKey>
bool useChain(Target *target, const QList<TestCertificate> &chain, UseCertAndKey useCertAndKey)
{
    if (chain.isEmpty())
        return false;
    const X509StackPtr rest = chainAfterLeaf(chain);
    const TestCertificate &leaf = chain.constFirst();
    return rest && useCertAndKey(target, leaf.x509(), leaf.privateKey(), rest.get(), 1) == 1;
}

// The well-known MODP groups, so no slow DH parameter generation is needed.
BIGNUM *modpPrime(int bits)
{
    switch (bits) {
    case 1024: return BN_get_rfc2409_prime_1024(nullptr);
    case 1536: return BN_get_rfc3526_prime_1536(nullptr);
    case 2048: return BN_get_rfc3526_prime_2048(nullptr);
    case 3072: return BN_get_rfc3526_prime_3072(nullptr);
    case 4096: return BN_get_rfc3526_prime_4096(nullptr);
    case 6144: return BN_get_rfc3526_prime_6144(nullptr);
    case 8192: return BN_get_rfc3526_prime_8192(nullptr);
    default: return nullptr;
    }
}

EVP_PKEY *dhParameters(int bits)
{
    BIGNUM *prime = modpPrime(bits);
    BIGNUM *generator = BN_new();
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = nullptr;
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr);
    EVP_PKEY *parameters = nullptr;
    if (prime && generator && builder && context && BN_set_word(generator, 2)
        && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_FFC_P, prime)
        && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_FFC_G, generator)
        && (params = OSSL_PARAM_BLD_to_param(builder)) != nullptr
        && EVP_PKEY_fromdata_init(context) == 1) {
        EVP_PKEY_fromdata(context, &parameters, EVP_PKEY_KEY_PARAMETERS, params);
    }
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(generator);
    BN_free(prime);
    return parameters;
}

// Accepts any client certificate: the tests only check whether one was sent.
int acceptAnyClientCertificate(int, X509_STORE_CTX *)
{
    return 1;
}

} // namespace

TlsServerContext::TlsServerContext(const TlsTestServer::Config &config)
    : m_config(config)
{
}

TlsServerContext::~TlsServerContext()
{
    SSL_CTX_free(m_context);
}

bool TlsServerContext::initialize(QString *errorString)
{
    m_context = SSL_CTX_new(TLS_server_method());
    if (!m_context) {
        *errorString = failure("SSL_CTX_new");
        return false;
    }
    if (!applyProtocolSettings(errorString) || !applyDhGroup(errorString) || !applyCertificates(errorString))
        return false;
    applyCallbacks();
    return true;
}

SSL *TlsServerContext::newSsl() const
{
    return SSL_new(m_context);
}

bool TlsServerContext::applyProtocolSettings(QString *errorString)
{
    // The security level goes first so that an "@SECLEVEL=n" in cipherList overrides it.
    SSL_CTX_set_security_level(m_context, m_config.securityLevel);
    if (m_config.minProtocol && !SSL_CTX_set_min_proto_version(m_context, m_config.minProtocol)) {
        *errorString = failure("minimum protocol version rejected");
        return false;
    }
    if (m_config.maxProtocol && !SSL_CTX_set_max_proto_version(m_context, m_config.maxProtocol)) {
        *errorString = failure("maximum protocol version rejected");
        return false;
    }
    if (!m_config.cipherList.isEmpty() && !SSL_CTX_set_cipher_list(m_context, m_config.cipherList.constData())) {
        *errorString = failure("cipher list rejected");
        return false;
    }
    if (!m_config.cipherSuites.isEmpty() && !SSL_CTX_set_ciphersuites(m_context, m_config.cipherSuites.constData())) {
        *errorString = failure("TLS 1.3 cipher suites rejected");
        return false;
    }
    if (!m_config.groups.isEmpty() && !SSL_CTX_set1_groups_list(m_context, m_config.groups.constData())) {
        *errorString = failure("groups rejected");
        return false;
    }
    if (m_config.preferServerCiphers)
        SSL_CTX_set_options(m_context, SSL_OP_CIPHER_SERVER_PREFERENCE);
    return true;
}

bool TlsServerContext::applyDhGroup(QString *errorString)
{
    if (m_config.dhBits <= 0)
        return true;
    EVP_PKEY *parameters = dhParameters(m_config.dhBits);
    if (!parameters || !SSL_CTX_set0_tmp_dh_pkey(m_context, parameters)) {
        EVP_PKEY_free(parameters);
        *errorString = failure("no DH group of that size (1024, 1536, 2048, 3072, 4096, 6144, 8192)");
        return false;
    }
    return true;
}

bool TlsServerContext::applyCertificates(QString *errorString)
{
    // Without a default chain the server can still answer clients whose SNI names a chain.
    if (m_config.chain.isEmpty())
        return true;
    if (!useChain(m_context, m_config.chain, SSL_CTX_use_cert_and_key)) {
        *errorString = failure("certificate chain rejected");
        return false;
    }
    return true;
}

void TlsServerContext::applyCallbacks()
{
    if (m_config.requireClientCertificate)
        SSL_CTX_set_verify(m_context, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, acceptAnyClientCertificate);
    else if (m_config.requestClientCertificate)
        SSL_CTX_set_verify(m_context, SSL_VERIFY_PEER, acceptAnyClientCertificate);

    SSL_CTX_set_tlsext_servername_callback(m_context, onServerName);
    SSL_CTX_set_tlsext_servername_arg(m_context, this);
    if (!m_config.ocspStapleDer.isEmpty()) {
        SSL_CTX_set_tlsext_status_cb(m_context, onStatusRequest);
        SSL_CTX_set_tlsext_status_arg(m_context, this);
    }
}

const QList<TestCertificate> *TlsServerContext::chainForServerName(const char *serverName) const
{
    const QString name = QString::fromUtf8(serverName);
    for (auto it = m_config.chainsByServerName.cbegin(); it != m_config.chainsByServerName.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return &it.value();
    }
    return nullptr;
}

bool TlsServerContext::matchesDefaultChain(const char *serverName) const
{
    return !m_config.chain.isEmpty()
        && X509_check_host(m_config.chain.constFirst().x509(), serverName, std::strlen(serverName), 0, nullptr) == 1;
}

int TlsServerContext::onServerName(SSL *ssl, int *alert, void *self)
{
    const auto *context = static_cast<const TlsServerContext *>(self);
    const char *serverName = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    if (!serverName)
        return SSL_TLSEXT_ERR_OK;
    if (const QList<TestCertificate> *chain = context->chainForServerName(serverName))
        return useChain(ssl, *chain, SSL_use_cert_and_key) ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_ALERT_FATAL;
    if (context->matchesDefaultChain(serverName))
        return SSL_TLSEXT_ERR_OK;
    const TlsTestServer::Config &config = context->m_config;
    if (!config.rejectUnknownServerName && !config.warnUnknownServerName)
        return SSL_TLSEXT_ERR_OK;
    *alert = SSL_AD_UNRECOGNIZED_NAME;
    return config.rejectUnknownServerName ? SSL_TLSEXT_ERR_ALERT_FATAL : SSL_TLSEXT_ERR_ALERT_WARNING;
}

int TlsServerContext::onStatusRequest(SSL *ssl, void *self)
{
    const QByteArray &response = static_cast<const TlsServerContext *>(self)->m_config.ocspStapleDer;
    // OpenSSL frees the stapled response with the connection, so it gets its own copy.
    void *copy = OPENSSL_memdup(response.constData(), size_t(response.size()));
    if (!copy)
        return SSL_TLSEXT_ERR_ALERT_FATAL;
    SSL_set_tlsext_status_ocsp_resp(ssl, copy, long(response.size()));
    return SSL_TLSEXT_ERR_OK;
}

} // namespace testsupport
