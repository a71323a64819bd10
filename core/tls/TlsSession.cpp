#include "TlsSession.h"

#include "HandshakeRecorder.h"
#include "TlsNames.h"

#include <openssl/err.h>
#include <openssl/evp.h>

namespace hd {

namespace {

constexpr int kFirstBytesKept = 512;

// A TLS server's first byte is a record type (handshake, alert, ...) and its second the
// major version 3. SSLv2-style answers are not TLS either, for our purposes.
bool looksLikeTls(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    const int type = quint8(bytes[0]);
    if (type < 20 || type > 24)
        return false;
    return bytes.size() < 2 || quint8(bytes[1]) == 3;
}

HandshakeOutcome::Result fromNetError(NetError error)
{
    switch (error) {
    case NetError::Closed: return HandshakeOutcome::Result::PeerClosed;
    case NetError::Reset: return HandshakeOutcome::Result::PeerReset;
    case NetError::Timeout: return HandshakeOutcome::Result::Timeout;
    case NetError::Cancelled: return HandshakeOutcome::Result::Cancelled;
    default: return HandshakeOutcome::Result::NetworkError;
    }
}

} // namespace

QString handshakeResultKey(HandshakeOutcome::Result result)
{
    using R = HandshakeOutcome::Result;
    switch (result) {
    case R::Established: return QStringLiteral("established");
    case R::PeerAlert: return QStringLiteral("peer-alert");
    case R::LocalFailure: return QStringLiteral("local-failure");
    case R::PeerClosed: return QStringLiteral("peer-closed");
    case R::PeerReset: return QStringLiteral("peer-reset");
    case R::NotTls: return QStringLiteral("not-tls");
    case R::Timeout: return QStringLiteral("timeout");
    case R::Cancelled: return QStringLiteral("cancelled");
    case R::NetworkError: return QStringLiteral("network-error");
    }
    return {};
}

QString takeOpenSslErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reasons << QString::fromLatin1(text);
    }
    return reasons.join(QStringLiteral("; "));
}

TlsSession::TlsSession(Socket &socket, HandshakeRecorder &recorder) : m_socket(socket), m_recorder(recorder) {}

TlsSession::~TlsSession() = default;

NetResult TlsSession::flush(QDeadlineTimer deadline, const CancelToken &cancel)
{
    QByteArray pending;
    char buffer[16384];
    int n = 0;
    while ((n = BIO_read(m_out, buffer, sizeof buffer)) > 0)
        pending.append(buffer, n);
    if (pending.isEmpty())
        return {};
    if (m_clientHelloBytes == 0)
        m_clientHelloBytes = int(pending.size());
    m_recorder.noteFlightSent();
    return m_socket.write(pending, deadline, cancel);
}

NetResult TlsSession::receive(QDeadlineTimer deadline, const CancelToken &cancel)
{
    QByteArray incoming;
    NetResult result = m_socket.read(&incoming, deadline, cancel);
    if (!result.ok())
        return result;
    if (m_firstBytes.size() < kFirstBytesKept)
        m_firstBytes.append(incoming.left(kFirstBytesKept - m_firstBytes.size()));
    BIO_write(m_in, incoming.constData(), int(incoming.size()));
    return {};
}

HandshakeOutcome TlsSession::handshake(const TlsClientConfig &config, QDeadlineTimer deadline, const CancelToken &cancel)
{
    ERR_clear_error();
    HandshakeOutcome outcome;
    m_ctx.reset(SSL_CTX_new(TLS_client_method()));
    SSL_CTX_set_security_level(m_ctx.get(), 0);
    SSL_CTX_set_min_proto_version(m_ctx.get(), config.minVersion);
    SSL_CTX_set_max_proto_version(m_ctx.get(), config.maxVersion);
    SSL_CTX_set_options(m_ctx.get(), SSL_OP_LEGACY_SERVER_CONNECT);
    SSL_CTX_set_verify(m_ctx.get(), SSL_VERIFY_NONE, nullptr); // we verify afterwards, to explain
    if (!config.cipherList.isEmpty())
        SSL_CTX_set_cipher_list(m_ctx.get(), config.cipherList.constData());
    if (!config.cipherSuites.isEmpty())
        SSL_CTX_set_ciphersuites(m_ctx.get(), config.cipherSuites.constData());
    if (!config.groups.isEmpty())
        SSL_CTX_set1_groups_list(m_ctx.get(), config.groups.constData());

    m_ssl.reset(SSL_new(m_ctx.get()));
    m_in = BIO_new(BIO_s_mem());
    m_out = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(m_in, -1); // empty means "wait for more", not end of stream
    SSL_set_bio(m_ssl.get(), m_in, m_out);
    SSL_set_connect_state(m_ssl.get());
    m_recorder.attach(m_ssl.get());
    if (!config.serverName.isEmpty())
        SSL_set_tlsext_host_name(m_ssl.get(), config.serverName.toLatin1().constData());
    if (!config.alpn.isEmpty()) {
        QByteArray wire;
        for (const QString &protocol : config.alpn)
            wire += char(protocol.size()) + protocol.toLatin1();
        SSL_set_alpn_protos(m_ssl.get(), reinterpret_cast<const unsigned char *>(wire.constData()), unsigned(wire.size()));
    }
    if (config.requestOcspStaple)
        SSL_set_tlsext_status_type(m_ssl.get(), TLSEXT_STATUSTYPE_ocsp);

    auto finish = [&](HandshakeOutcome::Result result, const QString &error) {
        outcome.result = result;
        outcome.errorText = error;
        outcome.firstBytes = m_firstBytes;
        outcome.clientHelloBytes = m_clientHelloBytes;
        if (STACK_OF(X509) *chain = SSL_get_peer_cert_chain(m_ssl.get())) {
            for (int i = 0; i < sk_X509_num(chain); ++i)
                outcome.presentedChain.push_back(shareX509(sk_X509_value(chain, i)));
        }
        return std::move(outcome);
    };

    for (;;) {
        const int ret = SSL_do_handshake(m_ssl.get());
        const int error = ret == 1 ? SSL_ERROR_NONE : SSL_get_error(m_ssl.get(), ret);
        const QString sslErrors = error == SSL_ERROR_SSL ? takeOpenSslErrors() : QString();
        // Send what OpenSSL produced, our alert included, before judging the result.
        const NetResult flushed = flush(deadline, cancel);
        if (!looksLikeTls(m_firstBytes))
            return finish(HandshakeOutcome::Result::NotTls, sslErrors);
        if (ret == 1)
            break;
        if (error == SSL_ERROR_WANT_READ) {
            if (!flushed.ok())
                return finish(fromNetError(flushed.error), flushed.detail);
            const NetResult received = receive(deadline, cancel);
            if (!received.ok()) {
                if (m_recorder.firstFatalAlertReceived())
                    return finish(HandshakeOutcome::Result::PeerAlert, received.detail);
                return finish(fromNetError(received.error), received.detail);
            }
            if (!looksLikeTls(m_firstBytes))
                return finish(HandshakeOutcome::Result::NotTls, {});
            continue;
        }
        if (m_recorder.firstFatalAlertReceived())
            return finish(HandshakeOutcome::Result::PeerAlert, sslErrors);
        return finish(HandshakeOutcome::Result::LocalFailure, sslErrors);
    }

    outcome.version = SSL_version(m_ssl.get());
    outcome.cipher = QString::fromLatin1(SSL_CIPHER_standard_name(SSL_get_current_cipher(m_ssl.get())));
    const unsigned char *alpn = nullptr;
    unsigned alpnLength = 0;
    SSL_get0_alpn_selected(m_ssl.get(), &alpn, &alpnLength);
    outcome.alpn = QString::fromLatin1(reinterpret_cast<const char *>(alpn), int(alpnLength));
    EVP_PKEY *peerKey = nullptr;
    if (SSL_get_peer_tmp_key(m_ssl.get(), &peerKey) && peerKey) {
        outcome.keyExchange = QString::fromLatin1(EVP_PKEY_get0_type_name(peerKey));
        outcome.keyExchangeBits = EVP_PKEY_get_bits(peerKey);
        EVP_PKEY_free(peerKey);
    }
    if (const int group = SSL_get_negotiated_group(m_ssl.get()); group != NID_undef) {
        if (const char *name = SSL_group_to_name(m_ssl.get(), group))
            outcome.keyExchangeGroup = QString::fromLatin1(name);
    }
    const unsigned char *staple = nullptr;
    const long stapleLength = SSL_get_tlsext_status_ocsp_resp(m_ssl.get(), &staple);
    if (staple && stapleLength > 0)
        outcome.ocspStaple = QByteArray(reinterpret_cast<const char *>(staple), int(stapleLength));
    return finish(HandshakeOutcome::Result::Established, {});
}

NetResult TlsSession::write(const QByteArray &data, QDeadlineTimer deadline, const CancelToken &cancel)
{
    size_t written = 0;
    if (SSL_write_ex(m_ssl.get(), data.constData(), size_t(data.size()), &written) != 1)
        return {NetError::Other, takeOpenSslErrors()};
    return flush(deadline, cancel);
}

void TlsSession::shutdown(QDeadlineTimer deadline)
{
    if (!m_ssl)
        return;
    SSL_shutdown(m_ssl.get());
    ERR_clear_error();
    flush(deadline, CancelToken());
    m_socket.close();
}

NetResult TlsSession::read(QByteArray *appendTo, QDeadlineTimer deadline, const CancelToken &cancel)
{
    for (;;) {
        char buffer[16384];
        size_t n = 0;
        const int ret = SSL_read_ex(m_ssl.get(), buffer, sizeof buffer, &n);
        const int error = ret == 1 ? SSL_ERROR_NONE : SSL_get_error(m_ssl.get(), ret);
        const QString sslErrors = error == SSL_ERROR_SSL ? takeOpenSslErrors() : QString();
        const NetResult flushed = flush(deadline, cancel); // post-handshake messages, alerts
        if (ret == 1) {
            appendTo->append(buffer, qsizetype(n));
            return {};
        }
        if (error == SSL_ERROR_ZERO_RETURN)
            return {NetError::Closed, {}};
        if (error != SSL_ERROR_WANT_READ)
            return {NetError::Other, sslErrors};
        if (!flushed.ok())
            return flushed;
        if (NetResult received = receive(deadline, cancel); !received.ok())
            return received;
    }
}

} // namespace hd
