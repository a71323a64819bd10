// The hand-made ClientHello against the project's own hello parser and against a real
// OpenSSL server, and the reading of whatever a server answers, hostile bytes included.
#include "ScenarioRunner.h"
#include "net/Socket.h"
#include "probes/ClientHelloBuilder.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/HelloParser.h"

#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace testsupport;

namespace {

constexpr quint16 kAes128GcmEcdsa = 0xC02B, kAes128Sha = 0x002F, k3Des = 0x000A, kRenegotiationScsv = 0x00FF;

// The handshake message inside a one-record hello.
QByteArray messageOf(const QByteArray &record)
{
    return record.mid(5);
}

// A real OpenSSL server for hello.example.test: up to maxProtocol (0: the library's
// newest), with these groups (empty: the library's).
std::unique_ptr<TlsTestServer> startServer(int maxProtocol, const QByteArray &groups)
{
    const TestPki pki = makePki({QStringLiteral("hello.example.test")});
    TlsTestServer::Config config;
    config.chain = {pki.leaf, pki.intermediate};
    config.maxProtocol = maxProtocol;
    config.groups = groups;
    auto server = std::make_unique<TlsTestServer>(config);
    return server->start() ? std::move(server) : nullptr;
}

// What a real server answers to `hello` sent with our end of the connection closed right
// behind it, as the probes send their hellos: through the project's own socket.
QByteArray exchangeClosingEarly(quint16 port, const QByteArray &hello)
{
    hd::Socket socket;
    const QDeadlineTimer deadline(3000);
    const hd::CancelToken cancel;
    if (!socket.connect(QHostAddress::LocalHost, port, deadline, cancel).ok() || !socket.write(hello, deadline, cancel).ok())
        return {};
    socket.shutdownWrite();
    QByteArray answer;
    while (answer.size() < 5 && socket.read(&answer, deadline, cancel).ok()) {
    }
    return answer;
}

// What a real server answers to `hello`, read until it closes or a second passes.
QByteArray exchange(quint16 port, const QByteArray &hello)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(hello);
    QByteArray answer;
    while (answer.size() < 5 && socket.waitForReadyRead(3000))
        answer += socket.readAll();
    return answer;
}

} // namespace

class TestClientHello : public QObject
{
    Q_OBJECT

private slots:
    void parsesBackAsBuilt_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("serverName");
        QTest::newRow("tls 1.2 with sni") << 0x0303 << QStringLiteral("www.example.test");
        QTest::newRow("tls 1.0 without sni") << 0x0301 << QString();
        QTest::newRow("tls 1.2 with a long name, padded") << 0x0303 << QStringLiteral("a.").repeated(20) + QStringLiteral("example.test");
    }

    void parsesBackAsBuilt()
    {
        QFETCH(int, version);
        QFETCH(QString, serverName);
        const QList<quint16> suites = hd::tls::enumerationCandidates(version);
        const QByteArray record = hd::buildClientHello({version, suites, serverName, {}});
        QCOMPARE(quint8(record[0]), quint8(22));
        QCOMPARE(record.mid(1, 2), QByteArray::fromHex("0301"));
        QCOMPARE((quint8(record[3]) << 8) | quint8(record[4]), int(record.size()) - 5);
        hd::tls::ClientHelloInfo hello;
        QVERIFY(hd::tls::parseClientHello(messageOf(record), &hello));
        QCOMPARE(hello.legacyVersion, version);
        QCOMPARE(hello.cipherSuites, suites + QList<quint16>{kRenegotiationScsv});
        QCOMPARE(hello.serverName, serverName);
        QCOMPARE(hello.groups, (QList<int>{29, 23, 24, 25, 30}));
        QVERIFY(hello.supportedVersions.isEmpty()); // a TLS 1.3 server would otherwise take over
        // Never in the 256..511 range that hangs some F5 load balancers.
        const qsizetype size = messageOf(record).size();
        QVERIFY2(size < 256 || size >= 512, qPrintable(QString::number(size)));
    }

    void ssl3HelloHasNoExtensions()
    {
        const QByteArray record = hd::buildClientHello({0x0300, {kAes128Sha, k3Des}, QStringLiteral("ignored.test"), {}});
        QCOMPARE(record.mid(1, 2), QByteArray::fromHex("0300"));
        hd::tls::ClientHelloInfo hello;
        QVERIFY(hd::tls::parseClientHello(messageOf(record), &hello));
        QCOMPARE(hello.legacyVersion, 0x0300);
        QCOMPARE(hello.cipherSuites, (QList<quint16>{kAes128Sha, k3Des, kRenegotiationScsv}));
        QVERIFY(hello.serverName.isEmpty());
        // version(2) random(32) session(1) suites(2+6) compression(2): nothing after.
        QCOMPARE(messageOf(record).size(), 4 + 2 + 32 + 1 + 2 + 6 + 2);
    }

    void obsoleteSuitesAreKnownWithoutOpenSsl()
    {
        const std::optional<hd::tls::CipherSuiteTraits> tripleDes = hd::tls::cipherSuiteTraits(k3Des);
        QVERIFY(tripleDes);
        QCOMPARE(tripleDes->name, QStringLiteral("TLS_RSA_WITH_3DES_EDE_CBC_SHA"));
        QCOMPARE(tripleDes->weaknesses, QStringList{QStringLiteral("3des")});
        QVERIFY(!tripleDes->forwardSecrecy);
        QVERIFY(hd::tls::enumerationCandidates(0x0303).contains(k3Des));
        const std::optional<hd::tls::CipherSuiteTraits> gcm = hd::tls::cipherSuiteTraits(kAes128GcmEcdsa);
        QVERIFY(gcm && gcm->aead && gcm->forwardSecrecy && gcm->ecdhe && gcm->weaknesses.isEmpty());
        QCOMPARE(gcm->minVersion, 0x0303);
        QVERIFY(!hd::tls::enumerationCandidates(0x0302).contains(kAes128GcmEcdsa)); // TLS 1.2 only
        const std::optional<hd::tls::CipherSuiteTraits> nullSuite = hd::tls::cipherSuiteTraits(0x0002); // NULL-SHA
        QVERIFY(nullSuite && nullSuite->weaknesses.contains(QStringLiteral("null")));
    }

    // A real OpenSSL server understands the hello and answers it with a ServerHello that
    // names a suite from the offer; an offer it has nothing for gets an alert.
    void realServerAnswers()
    {
        const auto server = startServer(TLS1_2_VERSION, {});
        QVERIFY(server);

        const QByteArray hello = hd::buildClientHello({0x0303, hd::tls::enumerationCandidates(0x0303), QStringLiteral("hello.example.test"), {}});
        const QByteArray answer = exchange(server->port(), hello);
        const hd::HelloAnswer parsed = hd::readHelloAnswer(answer, hd::NetError::Closed);
        QCOMPARE(parsed.kind, hd::HelloAnswer::Kind::ServerHello);
        QCOMPARE(parsed.version, 0x0303);
        QCOMPARE(parsed.cipherSuite, quint16(0xC02C)); // the first ECDSA suite of the offer: the client's order

        const hd::HelloAnswer refused = hd::readHelloAnswer(exchange(server->port(), hd::buildClientHello({0x0303, {k3Des}, {}, {}})),
                                                            hd::NetError::Closed);
        QCOMPARE(refused.kind, hd::HelloAnswer::Kind::Alert);
        QCOMPARE(refused.alert, 40); // handshake_failure
    }

    // A TLS 1.3 hello: the server's answer names the version, one of the TLS 1.3 suites and
    // the group of the key share; offered one group alone, that one; offered a first group it
    // lacks, a HelloRetryRequest names the one it wants. Our FIN right behind the hello does
    // not keep a server from answering.
    void tls13HelloAnsweredByRealServer()
    {
        const auto server = startServer(0, "X25519:P-384");
        QVERIFY(server);
        const QString name = QStringLiteral("hello.example.test");

        const hd::HelloAnswer answer =
            hd::readHelloAnswer(exchange(server->port(), hd::buildClientHello({0x0304, hd::tls::tls13Suites(), name, {}})),
                                hd::NetError::Closed);
        QCOMPARE(answer.kind, hd::HelloAnswer::Kind::ServerHello);
        QCOMPARE(answer.version, 0x0304);
        QVERIFY(hd::tls::tls13Suites().contains(answer.cipherSuite));
        QCOMPARE(answer.group, 29); // x25519

        const hd::HelloAnswer p384 = hd::readHelloAnswer(
            exchangeClosingEarly(server->port(), hd::buildClientHello({0x0304, hd::tls::tls13Suites(), name, {24}})),
            hd::NetError::Closed);
        QCOMPARE(p384.kind, hd::HelloAnswer::Kind::ServerHello);
        QCOMPARE(p384.group, 24);

        const hd::HelloAnswer retry = hd::readHelloAnswer(
            exchangeClosingEarly(server->port(), hd::buildClientHello({0x0304, {0x1302}, name, {23, 24}})), hd::NetError::Closed);
        QCOMPARE(retry.kind, hd::HelloAnswer::Kind::ServerHello); // a HelloRetryRequest for P-384
        QCOMPARE(retry.version, 0x0304);
        QCOMPARE(retry.cipherSuite, quint16(0x1302));
        QCOMPARE(retry.group, 24);

        const hd::HelloAnswer noGroup = hd::readHelloAnswer(
            exchangeClosingEarly(server->port(), hd::buildClientHello({0x0304, hd::tls::tls13Suites(), name, {25}})),
            hd::NetError::Closed);
        QCOMPARE(noGroup.kind, hd::HelloAnswer::Kind::Alert);
        QCOMPARE(noGroup.alert, 40); // handshake_failure
    }

    void tls13HelloRefusedByTls12Server()
    {
        const auto server = startServer(TLS1_2_VERSION, {});
        QVERIFY(server);
        const hd::HelloAnswer answer = hd::readHelloAnswer(
            exchangeClosingEarly(server->port(),
                                 hd::buildClientHello({0x0304, hd::tls::tls13Suites(), QStringLiteral("hello.example.test"), {}})),
            hd::NetError::Closed);
        QCOMPARE(answer.kind, hd::HelloAnswer::Kind::Alert);
        QCOMPARE(answer.alert, 70); // protocol_version
    }

    // A HelloRetryRequest is an answer only with TLS 1.3 in supported_versions.
    void helloRetryRequest()
    {
        const QByteArray retry = QByteArray::fromHex("1603030038" "020000340303")
                                 + QByteArray::fromHex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C")
                                 + QByteArray::fromHex("00130200" "000c" "002b00020304" "003300020017");
        const hd::HelloAnswer answer = hd::readHelloAnswer(retry, hd::NetError::Closed);
        QCOMPARE(answer.kind, hd::HelloAnswer::Kind::ServerHello);
        QCOMPARE(answer.version, 0x0304);
        QCOMPARE(answer.cipherSuite, quint16(0x1302));
        QCOMPARE(answer.group, 23);
    }

    void hostileAnswers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("kind");
        using K = hd::HelloAnswer::Kind;
        const QByteArray serverHello = QByteArray::fromHex("160303002a" "020000260303") + QByteArray(32, 'r') + QByteArray::fromHex("00c02b00");
        QTest::newRow("server hello") << serverHello << int(hd::NetError::Closed) << int(K::ServerHello);
        QTest::newRow("server hello split over two records")
            << QByteArray::fromHex("1603030004") + serverHello.mid(5, 4) + QByteArray::fromHex("1603030026") + serverHello.mid(9)
            << int(hd::NetError::Closed) << int(K::ServerHello);
        QTest::newRow("alert") << QByteArray::fromHex("15030300020246") << int(hd::NetError::Closed) << int(K::Alert);
        QTest::newRow("nothing, closed") << QByteArray() << int(hd::NetError::Closed) << int(K::Closed);
        QTest::newRow("nothing, reset") << QByteArray() << int(hd::NetError::Reset) << int(K::Reset);
        QTest::newRow("nothing, timeout") << QByteArray() << int(hd::NetError::Timeout) << int(K::NoAnswer);
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << int(hd::NetError::Closed) << int(K::Malformed);
        // Hanging up halfway through the first record is hanging up, as a real client sees it.
        QTest::newRow("truncated record, then closed") << serverHello.left(20) << int(hd::NetError::Closed) << int(K::Closed);
        QTest::newRow("truncated record, then silence") << serverHello.left(20) << int(hd::NetError::Timeout) << int(K::Malformed);
        QTest::newRow("message longer than its records")
            << QByteArray::fromHex("1603030008" "020000ff03030000") << int(hd::NetError::Closed) << int(K::Malformed);
        QTest::newRow("alert of one byte") << QByteArray::fromHex("150303000102") << int(hd::NetError::Closed) << int(K::Malformed);
        QTest::newRow("empty record") << QByteArray::fromHex("1603030000") << int(hd::NetError::Closed) << int(K::Malformed);
        QTest::newRow("huge length") << QByteArray::fromHex("160303ffff020000") << int(hd::NetError::Closed) << int(K::Malformed);
        QTest::newRow("certificate first") << QByteArray::fromHex("16030300040b000000") << int(hd::NetError::Closed) << int(K::Malformed);
        QTest::newRow("sslv2 style") << QByteArray::fromHex("8046040002") << int(hd::NetError::Closed) << int(K::Malformed);
        QTest::newRow("hello retry request")
            << QByteArray::fromHex("160303002a" "020000260303")
                   + QByteArray::fromHex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C")
                   + QByteArray::fromHex("00130100")
            << int(hd::NetError::Closed) << int(K::Malformed);
    }

    void hostileAnswers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, error);
        QFETCH(int, kind);
        const hd::HelloAnswer answer = hd::readHelloAnswer(bytes, hd::NetError(error));
        QCOMPARE(int(answer.kind), kind);
        if (answer.kind == hd::HelloAnswer::Kind::ServerHello) {
            QCOMPARE(answer.version, 0x0303);
            QCOMPARE(answer.cipherSuite, kAes128GcmEcdsa);
        }
        if (answer.kind == hd::HelloAnswer::Kind::Alert)
            QCOMPARE(answer.alert, 70);
    }

    // Every prefix of a good answer, and random bytes, are read without a crash.
    void fuzzedAnswers()
    {
        const QByteArray serverHello = QByteArray::fromHex("160303002a" "020000260303") + QByteArray(32, 'r') + QByteArray::fromHex("00c02b00");
        for (qsizetype length = 0; length < serverHello.size(); ++length)
            QVERIFY(hd::readHelloAnswer(serverHello.left(length), hd::NetError::Closed).kind != hd::HelloAnswer::Kind::ServerHello);
        QRandomGenerator random(4);
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes = serverHello;
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            hd::readHelloAnswer(bytes, hd::NetError::Closed);
        }
    }
};

QTEST_GUILESS_MAIN(TestClientHello)
#include "tst_clienthello.moc"
