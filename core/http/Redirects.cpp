#include "Redirects.h"

#include "cert/CertificateInfo.h"
#include "cert/ChainVerifier.h"
#include "cert/HostnameMatch.h"
#include "cert/TrustStore.h"
#include "net/NameResolver.h"
#include "net/Socket.h"
#include "tls/HandshakeRecorder.h"
#include "tls/TlsSession.h"

#include <QHostAddress>

#include <algorithm>

namespace hd {

namespace {

bool certificateNames(const CertificateInfo &leaf, const QString &host)
{
    const QHostAddress literal(host);
    if (!literal.isNull())
        return leaf.ipAddresses.contains(literal.toString());
    return std::any_of(leaf.dnsNames.cbegin(), leaf.dnsNames.cend(),
                       [&host](const QString &pattern) { return hostMatchesPattern(host, pattern); });
}

QHostAddress addressOf(const QUrl &url, const DiagnosisOptions &options, QDeadlineTimer deadline,
                       const CancelToken &cancel, QString *error)
{
    const QString host = url.host();
    const AddressOverride &override = options.addressOverride;
    if (override.isSet() && override.host.compare(host, Qt::CaseInsensitive) == 0
        && (override.port == 0 || override.port == url.port(443)))
        return override.address;
    if (const QHostAddress literal(host); !literal.isNull())
        return literal;
    const ResolveOutcome resolved = NameResolver::resolve(host, deadline, cancel);
    if (resolved.status != ResolveOutcome::Status::Ok || resolved.addresses.isEmpty()) {
        *error = resolved.errorText;
        return {};
    }
    return resolved.addresses.first();
}

} // namespace

QString pathAndQuery(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (url.hasQuery())
        path += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return path;
}

QUrl redirectTarget(const QUrl &from, const HttpResponse &response)
{
    if (!response.received || response.statusCode < 300 || response.statusCode > 399)
        return {};
    const QByteArray location = response.header("Location").trimmed();
    if (location.isEmpty())
        return {};
    const QUrl to = from.resolved(QUrl::fromEncoded(location));
    return to.isValid() && !to.host().isEmpty() ? to : QUrl();
}

OtherHostVisit visitOverTls(const QUrl &url, const DiagnosisOptions &options, const Clock &clock,
                            QDeadlineTimer deadline, const CancelToken &cancel)
{
    OtherHostVisit visit;
    QString error;
    const QHostAddress address = addressOf(url, options, deadline, cancel, &error);
    if (address.isNull()) {
        visit.problem = QStringLiteral("no-answer");
        visit.problemDetail = error;
        return visit;
    }
    Socket socket;
    if (const NetResult connected = socket.connect(address, quint16(url.port(443)), deadline, cancel); !connected.ok()) {
        visit.problem = QStringLiteral("no-answer");
        visit.problemDetail = connected.detail.isEmpty() ? netErrorKey(connected.error) : connected.detail;
        return visit;
    }
    HandshakeRecorder recorder(clock);
    TlsSession session(socket, recorder);
    TlsClientConfig config;
    if (QHostAddress(url.host()).isNull())
        config.serverName = url.host();
    const HandshakeOutcome outcome = session.handshake(config, deadline, cancel);
    if (!outcome.established()) {
        visit.problem = QStringLiteral("handshake");
        visit.problemDetail = outcome.errorText;
        return visit;
    }
    const TrustStore trust = TrustStore::load(options.trustStoreFile, options.extraCaFile);
    const ChainVerification chain = ChainVerifier::verify(outcome.presentedChain, {}, trust, QDateTime::currentDateTimeUtc());
    if (!chain.verified || chain.built.isEmpty()) {
        visit.problem = QStringLiteral("certificate");
        visit.problemDetail = chain.errors.isEmpty() ? QString() : chain.errors.first().text;
    } else if (!certificateNames(chain.built.first(), url.host())) {
        visit.problem = QStringLiteral("certificate");
        visit.problemDetail = QStringLiteral("hostname mismatch");
    }
    const QByteArray request = HttpExchange::buildRequest("GET", url.authority(QUrl::FullyEncoded), pathAndQuery(url));
    visit.response = HttpExchange::run(session, request, deadline, cancel, 0);
    session.shutdown(deadline);
    if (visit.problem.isEmpty() && !visit.response.received) {
        visit.problem = QStringLiteral("no-answer");
        visit.problemDetail = visit.response.error.detail.isEmpty() ? netErrorKey(visit.response.error.error)
                                                                    : visit.response.error.detail;
    }
    return visit;
}

} // namespace hd
