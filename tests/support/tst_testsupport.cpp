// Checks that the test-support library does what other tests rely on: certificates have
// exactly the properties asked for (read back with OpenSSL), and the servers behave as
// documented towards real clients (Qt's own TLS stack and QTcpSocket).

#include "BlackholeListener.h"
#include "HttpTestServer.h"
#include "TestCertificates.h"
#include "TestOcsp.h"
#include "TestScenarios.h"
#include "TlsTestServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <openssl/ocsp.h>
#include <openssl/x509v3.h>

#include <set>

using namespace testsupport;

namespace {

constexpr int kTimeoutMs = 5000;

template<typename T, void (*Free)(T *)>
struct OpenSslDeleter {
    void operator()(T *object) const { Free(object); }
};
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<GENERAL_NAMES, GENERAL_NAMES_free>>;

QString asn1Text(const ASN1_STRING *text)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(text)), ASN1_STRING_length(text));
}

QStringList subjectAltNames(X509 *cert, int type)
{
    const GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    QStringList result;
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        int nameType = 0;
        const auto *value = static_cast<const ASN1_STRING *>(GENERAL_NAME_get0_value(sk_GENERAL_NAME_value(names.get(), i), &nameType));
        if (nameType != type)
            continue;
        if (type == GEN_IPADD) {
            const QByteArray raw(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value));
            result << (raw.size() == 4 ? QHostAddress(qFromBigEndian<quint32>(raw.constData()))
                                       : QHostAddress(reinterpret_cast<const quint8 *>(raw.constData()))).toString();
        } else {
            result << asn1Text(value);
        }
    }
    return result;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    tm parts = {};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

bool isNear(const QDateTime &actual, const QDateTime &expected)
{
    return qAbs(actual.secsTo(expected)) < 300;
}

int signatureDigest(X509 *cert)
{
    int digest = NID_undef;
    X509_get_signature_info(cert, &digest, nullptr, nullptr, nullptr);
    return digest;
}

QString accessUrl(X509 *cert, int method)
{
    auto *access = static_cast<AUTHORITY_INFO_ACCESS *>(X509_get_ext_d2i(cert, NID_info_access, nullptr, nullptr));
    QString url;
    for (int i = 0; access && i < sk_ACCESS_DESCRIPTION_num(access); ++i) {
        const ACCESS_DESCRIPTION *description = sk_ACCESS_DESCRIPTION_value(access, i);
        if (OBJ_obj2nid(description->method) == method && description->location->type == GEN_URI)
            url = asn1Text(description->location->d.uniformResourceIdentifier);
    }
    AUTHORITY_INFO_ACCESS_free(access);
    return url;
}

QString crlUrl(X509 *cert)
{
    auto *points = static_cast<CRL_DIST_POINTS *>(X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    QString url;
    if (points && sk_DIST_POINT_num(points) == 1) {
        const GENERAL_NAMES *names = sk_DIST_POINT_value(points, 0)->distpoint->name.fullname;
        url = asn1Text(sk_GENERAL_NAME_value(names, 0)->d.uniformResourceIdentifier);
    }
    CRL_DIST_POINTS_free(points);
    return url;
}

// Full chain verification the way a TLS client does it (purpose sslserver, host name).
int verifyChain(const TestPki &pki, const QByteArray &host)
{
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, pki.root.x509());
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    sk_X509_push(untrusted, pki.intermediate.x509());
    X509_STORE_CTX *context = X509_STORE_CTX_new();
    X509_STORE_CTX_init(context, store, pki.leaf.x509(), untrusted);
    X509_STORE_CTX_set_purpose(context, X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM_set1_host(X509_STORE_CTX_get0_param(context), host.constData(), size_t(host.size()));
    const int result = X509_verify_cert(context) == 1 ? X509_V_OK : X509_STORE_CTX_get_error(context);
    X509_STORE_CTX_free(context);
    sk_X509_free(untrusted);
    X509_STORE_free(store);
    return result;
}

QSslConfiguration trusting(const TestCertificate &root)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromData(root.pem()));
    return configuration;
}

// Connects with Qt's TLS stack, sends one GET, returns the response ("" on TLS failure).
QByteArray httpsGet(quint16 port, const TestCertificate &root, const QString &peerName = QStringLiteral("localhost"))
{
    QSslSocket socket;
    socket.setSslConfiguration(trusting(root));
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, peerName);
    if (!socket.waitForEncrypted(kTimeoutMs))
        return {};
    socket.write("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(kTimeoutMs)) {
    }
    return socket.readAll();
}

TlsTestServer::Config healthyConfig(const TestPki &pki)
{
    TlsTestServer::Config config;
    config.chain = {pki.leaf, pki.intermediate};
    return config;
}

} // namespace

class TestSupportTest : public QObject
{
    Q_OBJECT

private slots:
    void leafHasRequestedProperties();
    void keysAndDigests_data();
    void keysAndDigests();
    void missingBoundIsPlacedRelativeToTheOther();
    void nameOnlyInCommonName();
    void hostileCommonNameRoundTrips();
    void caCertificate();
    void extendedKeyUsageVariants();
    void authorityInfoAccessAndCrl();
    void explicitSerial();
    void pkiVerifiesAsTlsServerChain();
    void keyPoolReusesButAlternatesKeys();
    void encodingsRoundTrip();
    void ocspResponseSaysRevoked();

    void tlsServerAnswersQtClient();
    void tlsServerServesParallelClients();
    void sniChoosesChainAndRejectsUnknownNames();
    void stapledOcspReachesClient();
    void stopIsQuickWithSilentClients();
    void misbehaviours();
    void httpServerRoutesHandlerAndDelay();
    void blackholeNeverCompletesConnect();
    void everyScenarioStarts();
};

void TestSupportTest::leafHasRequestedProperties()
{
    const TestPki pki = makePki({QStringLiteral("localhost"), QStringLiteral("a.test")},
                                [] {
                                    CertSpec leaf;
                                    leaf.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
                                    leaf.organization = QStringLiteral("Org");
                                    return leaf;
                                }());
    X509 *leaf = pki.leaf.x509();
    QVERIFY(leaf);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(isNear(toDateTime(X509_get0_notBefore(leaf)), now.addDays(-1)));
    QVERIFY(isNear(toDateTime(X509_get0_notAfter(leaf)), now.addDays(90)));
    QCOMPARE(subjectAltNames(leaf, GEN_DNS), QStringList({QStringLiteral("localhost"), QStringLiteral("a.test")}));
    QCOMPARE(subjectAltNames(leaf, GEN_IPADD), QStringList({QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));
    QCOMPARE(pki.leaf.commonName(), QStringLiteral("localhost"));
    QVERIFY(EVP_PKEY_is_a(X509_get0_pubkey(leaf), "EC"));
    QCOMPARE(EVP_PKEY_get_bits(X509_get0_pubkey(leaf)), 256);
    QCOMPARE(signatureDigest(leaf), NID_sha256);
    QCOMPARE(X509_get_extended_key_usage(leaf), quint32(XKU_SSL_SERVER));
    QCOMPARE(X509_check_ca(leaf), 0);
    QCOMPARE(X509_get_version(leaf), long(X509_VERSION_3));
    QCOMPARE(X509_check_issued(pki.intermediate.x509(), leaf), X509_V_OK);
    QCOMPARE(X509_verify(leaf, pki.intermediate.privateKey()), 1);
}

void TestSupportTest::keysAndDigests_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<int>("digestNid");
    QTest::newRow("RSA-1024 SHA-1") << int(KeySpec::Type::Rsa) << 1024 << QStringLiteral("SHA1") << NID_sha1;
    QTest::newRow("RSA-1024 MD5") << int(KeySpec::Type::Rsa) << 1024 << QStringLiteral("MD5") << NID_md5;
    QTest::newRow("RSA-2048 SHA-256") << int(KeySpec::Type::Rsa) << 2048 << QStringLiteral("SHA256") << NID_sha256;
    QTest::newRow("P-384 SHA-384") << int(KeySpec::Type::Ec) << 384 << QStringLiteral("SHA384") << NID_sha384;
    QTest::newRow("P-256 SHA-1") << int(KeySpec::Type::Ec) << 256 << QStringLiteral("SHA1") << NID_sha1;
}

// Self-signed, so the digest and the key are both this spec's, including weak ones.
void TestSupportTest::keysAndDigests()
{
    QFETCH(int, type);
    QFETCH(int, bits);
    QFETCH(QString, digest);
    QFETCH(int, digestNid);
    CertSpec spec;
    spec.commonName = QStringLiteral("weak.test");
    spec.key = {KeySpec::Type(type), bits};
    spec.digest = digest;
    const TestCertificate cert = issueCertificate(spec);
    QVERIFY(!cert.isNull());
    QCOMPARE(EVP_PKEY_get_bits(X509_get0_pubkey(cert.x509())), bits);
    QCOMPARE(signatureDigest(cert.x509()), digestNid);
    QCOMPARE(X509_self_signed(cert.x509(), 1), 1);
}

void TestSupportTest::missingBoundIsPlacedRelativeToTheOther()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertSpec expired;
    expired.notAfter = now.addDays(-3);
    const TestCertificate old = issueCertificate(expired);
    QVERIFY(isNear(toDateTime(X509_get0_notBefore(old.x509())), now.addDays(-93)));
    QVERIFY(isNear(toDateTime(X509_get0_notAfter(old.x509())), now.addDays(-3)));

    CertSpec future;
    future.notBefore = now.addDays(200);
    const TestCertificate early = issueCertificate(future);
    QVERIFY(isNear(toDateTime(X509_get0_notAfter(early.x509())), now.addDays(290)));
}

void TestSupportTest::nameOnlyInCommonName()
{
    CertSpec spec;
    spec.commonName = QStringLiteral("localhost");
    spec.dnsNames = {QStringLiteral("ignored.test")};
    spec.subjectAltName = false;
    const TestCertificate cert = issueCertificate(spec);
    QCOMPARE(X509_get_ext_by_NID(cert.x509(), NID_subject_alt_name, -1), -1);
    QCOMPARE(cert.commonName(), QStringLiteral("localhost"));
}

void TestSupportTest::hostileCommonNameRoundTrips()
{
    CertSpec spec;
    spec.commonName = QStringLiteral("<b>x</b>, CN=evil/O=\"\u00e9\" ") + QString(100, QLatin1Char('A'));
    const TestCertificate cert = issueCertificate(spec);
    QCOMPARE(cert.commonName(), spec.commonName);
}

void TestSupportTest::caCertificate()
{
    CertSpec spec;
    spec.commonName = QStringLiteral("Some CA");
    spec.isCa = true;
    const TestCertificate ca = issueCertificate(spec);
    QCOMPARE(X509_check_ca(ca.x509()), 1);
    QCOMPARE(X509_get_key_usage(ca.x509()), quint32(KU_KEY_CERT_SIGN | KU_CRL_SIGN));
    QCOMPARE(X509_get_ext_by_NID(ca.x509(), NID_ext_key_usage, -1), -1);

    spec.extendedKeyUsage = {QStringLiteral("serverAuth"), QStringLiteral("clientAuth")};
    const TestCertificate constrained = issueCertificate(spec);
    QCOMPARE(X509_get_extended_key_usage(constrained.x509()), quint32(XKU_SSL_SERVER | XKU_SSL_CLIENT));
}

void TestSupportTest::extendedKeyUsageVariants()
{
    CertSpec spec;
    spec.extendedKeyUsage = {QStringLiteral("clientAuth")};
    QCOMPARE(X509_get_extended_key_usage(issueCertificate(spec).x509()), quint32(XKU_SSL_CLIENT));
    spec.extendedKeyUsage.clear();
    QCOMPARE(X509_get_ext_by_NID(issueCertificate(spec).x509(), NID_ext_key_usage, -1), -1);
    spec.extendedKeyUsage = {QStringLiteral("noSuchUsage")};
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("extensions failed")));
    QVERIFY(issueCertificate(spec).isNull());
}

void TestSupportTest::authorityInfoAccessAndCrl()
{
    CertSpec spec;
    spec.aiaCaIssuersUrl = QStringLiteral("http://127.0.0.1:1/ca,with,commas.cer");
    spec.ocspUrl = QStringLiteral("http://127.0.0.1:1/ocsp");
    spec.crlUrl = QStringLiteral("http://127.0.0.1:1/ca.crl");
    const TestCertificate cert = issueCertificate(spec);
    QCOMPARE(accessUrl(cert.x509(), NID_ad_ca_issuers), spec.aiaCaIssuersUrl);
    QCOMPARE(accessUrl(cert.x509(), NID_ad_OCSP), spec.ocspUrl);
    QCOMPARE(crlUrl(cert.x509()), spec.crlUrl);
}

void TestSupportTest::explicitSerial()
{
    CertSpec spec;
    spec.serial = 4242;
    int64_t serial = 0;
    QVERIFY(ASN1_INTEGER_get_int64(&serial, X509_get0_serialNumber(issueCertificate(spec).x509())));
    QCOMPARE(serial, int64_t(4242));
    const TestCertificate a = issueCertificate({}), b = issueCertificate({});
    QVERIFY(ASN1_INTEGER_cmp(X509_get0_serialNumber(a.x509()), X509_get0_serialNumber(b.x509())) != 0);
}

void TestSupportTest::pkiVerifiesAsTlsServerChain()
{
    const TestPki pki = makePki({QStringLiteral("localhost")});
    QCOMPARE(verifyChain(pki, "localhost"), X509_V_OK);
    QCOMPARE(verifyChain(pki, "other.test"), X509_V_ERR_HOSTNAME_MISMATCH);
}

void TestSupportTest::keyPoolReusesButAlternatesKeys()
{
    CertSpec spec;
    spec.key = {KeySpec::Type::Rsa, 2048};
    std::set<EVP_PKEY *> keys;
    EVP_PKEY *previous = nullptr;
    for (int i = 0; i < 20; ++i) {
        const TestCertificate cert = issueCertificate(spec);
        QVERIFY(cert.privateKey() != previous);
        previous = cert.privateKey();
        keys.insert(previous);
    }
    QVERIFY(keys.size() <= 4);
}

void TestSupportTest::encodingsRoundTrip()
{
    const TestCertificate cert = issueCertificate({});
    const QByteArray der = cert.der();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *decoded = d2i_X509(nullptr, &data, long(der.size()));
    QVERIFY(decoded);
    QCOMPARE(X509_cmp(decoded, cert.x509()), 0);
    X509_free(decoded);
    QVERIFY(cert.pem().startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(cert.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
    QCOMPARE(QSslCertificate::fromData(pemBundle({cert, cert})).size(), 2);
}

void TestSupportTest::ocspResponseSaysRevoked()
{
    const TestPki pki = makePki({QStringLiteral("localhost")});
    OcspResponseSpec spec;
    spec.status = OcspResponseSpec::Status::Revoked;
    const QByteArray der = makeOcspResponse(pki.leaf, pki.intermediate, spec);
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    OCSP_RESPONSE *response = d2i_OCSP_RESPONSE(nullptr, &data, long(der.size()));
    QVERIFY(response);
    OCSP_BASICRESP *basic = OCSP_response_get1_basic(response);
    OCSP_CERTID *id = OCSP_cert_to_id(nullptr, pki.leaf.x509(), pki.intermediate.x509());
    int status = -1;
    QVERIFY(OCSP_resp_find_status(basic, id, &status, nullptr, nullptr, nullptr, nullptr));
    QCOMPARE(status, V_OCSP_CERTSTATUS_REVOKED);
    OCSP_CERTID_free(id);
    OCSP_BASICRESP_free(basic);
    OCSP_RESPONSE_free(response);
}

void TestSupportTest::tlsServerAnswersQtClient()
{
    const TestPki pki = makePki({QStringLiteral("localhost")});
    TlsTestServer server(healthyConfig(pki));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QByteArray response = httpsGet(server.port(), pki.root);
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
    QVERIFY(response.contains("Content-Length: "));
    QCOMPARE(server.acceptedConnections(), 1);
}

void TestSupportTest::tlsServerServesParallelClients()
{
    const TestPki pki = makePki({QStringLiteral("localhost")});
    TlsTestServer server(healthyConfig(pki));
    QVERIFY(server.start());
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    for (int i = 0; i < 5; ++i) {
        sockets.push_back(std::make_unique<QSslSocket>());
        sockets.back()->setSslConfiguration(trusting(pki.root));
        sockets.back()->connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("localhost"));
    }
    for (const auto &socket : sockets)
        QVERIFY2(socket->waitForEncrypted(kTimeoutMs), qPrintable(socket->errorString()));
    QCOMPARE(server.acceptedConnections(), 5);
}

void TestSupportTest::sniChoosesChainAndRejectsUnknownNames()
{
    const TestPki main = makePki({QStringLiteral("localhost")});
    const TestPki other = makePki({QStringLiteral("other.test")});
    TlsTestServer::Config config = healthyConfig(main);
    config.chainsByServerName.insert(QStringLiteral("other.test"), {other.leaf, other.intermediate});
    config.rejectUnknownServerName = true;
    TlsTestServer server(config);
    QVERIFY(server.start());
    QVERIFY(httpsGet(server.port(), main.root).startsWith("HTTP/1.1 200"));
    QVERIFY(httpsGet(server.port(), other.root, QStringLiteral("OTHER.test")).startsWith("HTTP/1.1 200"));

    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("unknown.test"));
    QVERIFY(!socket.waitForEncrypted(kTimeoutMs));
    QVERIFY2(socket.errorString().contains(QStringLiteral("unrecognized name")), qPrintable(socket.errorString()));
}

void TestSupportTest::stapledOcspReachesClient()
{
    const TestPki pki = makePki({QStringLiteral("localhost")});
    OcspResponseSpec revoked;
    revoked.status = OcspResponseSpec::Status::Revoked;
    TlsTestServer::Config config = healthyConfig(pki);
    config.ocspStapleDer = makeOcspResponse(pki.leaf, pki.intermediate, revoked);
    TlsTestServer server(config);
    QVERIFY(server.start());

    QSslConfiguration configuration = trusting(pki.root);
    configuration.setOcspStaplingEnabled(true);
    QSslSocket socket;
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("localhost"));
    QVERIFY(!socket.waitForEncrypted(kTimeoutMs));
    QVERIFY(socket.sslHandshakeErrors().contains(QSslError(QSslError::CertificateRevoked,
                                                           QSslCertificate::fromData(pki.leaf.pem()).constFirst())));
}

void TestSupportTest::stopIsQuickWithSilentClients()
{
    TlsTestServer::Config config;
    config.behavior = TlsTestServer::Behavior::Hang;
    TlsTestServer server(config);
    QVERIFY(server.start());
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(clients.back()->waitForConnected(kTimeoutMs));
        clients.back()->write("\x16\x03\x01\x00\x01x");
        QVERIFY(clients.back()->waitForBytesWritten(kTimeoutMs));
    }
    QTRY_COMPARE(server.acceptedConnections(), 3);
    QVERIFY(!clients.front()->waitForReadyRead(200));
    QElapsedTimer timer;
    timer.start();
    server.stop();
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
}

void TestSupportTest::misbehaviours()
{
    using Behavior = TlsTestServer::Behavior;
    const QByteArray clientHello("\x16\x03\x01\x00\x04ping", 9);
    const auto firstAnswer = [&](Behavior behavior, const QByteArray &request, QAbstractSocket::SocketError *error) {
        TlsTestServer::Config config;
        config.behavior = behavior;
        TlsTestServer server(config);
        if (!server.start())
            return QByteArray("start failed");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        socket.waitForConnected(kTimeoutMs);
        socket.write(request);
        QByteArray answer;
        while (socket.waitForReadyRead(kTimeoutMs))
            answer += socket.readAll();
        *error = socket.error();
        return answer + socket.readAll();
    };
    QAbstractSocket::SocketError error;
    QCOMPARE(firstAnswer(Behavior::ResetOnAccept, {}, &error), QByteArray());
    QCOMPARE(error, QAbstractSocket::RemoteHostClosedError);  // Qt reports ECONNRESET so
    QCOMPARE(firstAnswer(Behavior::CloseAfterClientHello, clientHello, &error), QByteArray());
    QCOMPARE(error, QAbstractSocket::RemoteHostClosedError);
    QVERIFY(firstAnswer(Behavior::PlainHttp, "GET / HTTP/1.1\r\n\r\n", &error).startsWith("HTTP/1.1 400 Bad Request\r\n"));
    QVERIFY(firstAnswer(Behavior::PlainHttp, clientHello, &error).startsWith("HTTP/1.1 400 Bad Request\r\n"));
    const QByteArray garbage = firstAnswer(Behavior::Garbage, clientHello, &error);
    QCOMPARE(garbage.size(), 64);
    QVERIFY(quint8(garbage.at(0)) >= 0x80);

    TlsTestServer::Config config;
    config.behavior = Behavior::Banner;
    config.bannerText = "220 smtp.test ESMTP\r\n";
    TlsTestServer banner(config);
    QVERIFY(banner.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, banner.port());
    QVERIFY(socket.waitForReadyRead(kTimeoutMs));
    QCOMPARE(socket.readAll(), config.bannerText);
}

void TestSupportTest::httpServerRoutesHandlerAndDelay()
{
    HttpTestServer server;
    QVERIFY(server.start());
    server.setRoute("/ca.cer", "application/pkix-cert", "DER");
    server.setHandler([](const QByteArray &method, const QByteArray &path, const QByteArray &body) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(method.size() + path.size() + body.size())
                          + "\r\nConnection: close\r\n\r\n" + method + path + body);
    });
    QNetworkAccessManager manager;
    const auto fetch = [&](const QByteArray &path, const QByteArray &postBody = {}) {
        QNetworkRequest request(QUrl(server.url(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/ocsp-request"));
        QNetworkReply *reply = postBody.isNull() ? manager.get(request) : manager.post(request, postBody);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(kTimeoutMs);
        reply->deleteLater();
        return reply->header(QNetworkRequest::ContentTypeHeader).toByteArray() + ' ' + reply->readAll();
    };
    QCOMPARE(server.url("ca.cer"), QStringLiteral("http://127.0.0.1:%1/ca.cer").arg(server.port()));
    QCOMPARE(fetch("/ca.cer"), QByteArray("application/pkix-cert DER"));
    QCOMPARE(fetch("/ocsp", QByteArray("\x30\x00", 2)), QByteArray(" POST/ocsp\x30\x00", 12));
    QCOMPARE(server.requestCount(), 2);

    server.setDelayMs(300);
    QElapsedTimer timer;
    timer.start();
    fetch("/ca.cer");
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
}

void TestSupportTest::blackholeNeverCompletesConnect()
{
    BlackholeListener blackhole;
    QVERIFY2(blackhole.start(), qPrintable(blackhole.errorString()));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, blackhole.port());
    QVERIFY(!socket.waitForConnected(1500));
    QCOMPARE(socket.error(), QAbstractSocket::SocketTimeoutError);
}

void TestSupportTest::everyScenarioStarts()
{
    for (const ScenarioInfo &info : scenarios()) {
        QString error;
        const auto scenario = startScenario(info.name, 0, &error);
        QVERIFY2(scenario, qPrintable(info.name + QStringLiteral(": ") + error));
        QVERIFY(scenario->server->port() != 0);
        QVERIFY(scenario->clientFiles.value(QStringLiteral("ca.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
    }
    QString error;
    QVERIFY(!startScenario(QStringLiteral("no-such-scenario"), 0, &error));
}

QTEST_GUILESS_MAIN(TestSupportTest)
#include "tst_testsupport.moc"
