// Protocol versions against real local servers: servers that stop at TLS 1.0 or 1.1, that
// speak only SSL 3.0 (which needs a hand-made hello to see), that speak only TLS 1.3, a
// healthy modern one, and servers that answer the probes with rubbish.
#include "CauseCatalogue.h"
#include "LegacyTlsServer.h"
#include "ResultJson.h"
#include "ScenarioRunner.h"

#include <QJsonArray>
#include <QtTest>

#include <atomic>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("versions.example.test");
const QStringList kMyIds{QStringLiteral("protocol-too-old"), QStringLiteral("tls13-only"), QStringLiteral("cipher-mismatch"),
                         QStringLiteral("weak-cipher"), QStringLiteral("weak-dh")};

const hd::TimelineStep *probeStep(const hd::DiagnosisResult &result, const QString &name)
{
    for (const hd::TimelineStep &step : result.timeline) {
        if (step.kind == hd::TimelineStep::Kind::Probe && step.name == name)
            return &step;
    }
    return nullptr;
}

QStringList probeFact(const hd::DiagnosisResult &result, const QString &probe, const QString &key)
{
    const hd::TimelineStep *step = probeStep(result, probe);
    return step ? step->facts.value(key).toStringList() : QStringList{QStringLiteral("<no %1 step>").arg(probe)};
}

const hd::CompatibilityRow *row(const hd::DiagnosisResult &result, const QString &clientId)
{
    for (const hd::CompatibilityRow &candidate : result.compatibility) {
        if (candidate.clientId == clientId)
            return &candidate;
    }
    return nullptr;
}

QString evidence(const hd::DiagnosisResult &result, const QString &id)
{
    const hd::Finding *finding = result.finding(id);
    return finding ? hd::CauseCatalogue::render(*finding).evidence.join(QLatin1Char('\n')) : QString();
}

} // namespace

class TestProtocols : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TlsTestServer> startTls(TlsTestServer::Config config)
    {
        config.chain = {m_pki.leaf, m_pki.intermediate};
        return m_runner.startServer(config);
    }

    hd::DiagnosisResult diagnose(quint16 port, int timeoutMs = 8000)
    {
        return m_runner.diagnose(port, kHost, {m_pki.root}, timeoutMs);
    }

    // TLS 1.2 and 1.3 only, ECDHE with AEAD only: what Mozilla calls "intermediate".
    static TlsTestServer::Config modern()
    {
        TlsTestServer::Config config;
        config.minProtocol = TLS1_2_VERSION;
        config.cipherList = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305";
        return config;
    }

    ScenarioRunner m_runner;
    TestPki m_pki = makePki({kHost});

private slots:
    void healthyModernServer()
    {
        auto server = startTls(modern());
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(probeFact(result, QStringLiteral("protocol-versions"), QStringLiteral("accepted")),
                 (QStringList{QStringLiteral("TLS 1.2"), QStringLiteral("TLS 1.3")}));
        QCOMPARE(probeFact(result, QStringLiteral("protocol-versions"), QStringLiteral("rejected")),
                 (QStringList{QStringLiteral("SSL 3.0"), QStringLiteral("TLS 1.0"), QStringLiteral("TLS 1.1")}));
        const QVariantMap suites = probeStep(result, QStringLiteral("cipher-suites"))->facts.value(QStringLiteral("suites")).toMap();
        QCOMPARE(suites.value(QStringLiteral("TLS 1.2")).toStringList(),
                 (QStringList{QStringLiteral("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"),
                              QStringLiteral("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"),
                              QStringLiteral("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")}));
        QCOMPARE(suites.value(QStringLiteral("TLS 1.3")).toStringList().size(), 3);
        QVERIFY(probeFact(result, QStringLiteral("cipher-suites"), QStringLiteral("serverOrder")).isEmpty());
        QCOMPARE(result.compatibility.size(), hd::clientProfiles().size());
        for (const hd::CompatibilityRow &client : result.compatibility)
            QVERIFY2(client.outcome == hd::CompatibilityRow::Outcome::Connects, qPrintable(client.clientId + QLatin1Char(' ') + client.reason));
        QCOMPARE(row(result, QStringLiteral("current-browsers"))->version, QStringLiteral("TLS 1.3"));
        QCOMPARE(row(result, QStringLiteral("java-8"))->version, QStringLiteral("TLS 1.2"));

        const QJsonArray compatibility = hd::toJson(result).value(QStringLiteral("compatibility")).toArray();
        QCOMPARE(compatibility.size(), result.compatibility.size());
        const QJsonObject java = compatibility.at(4).toObject();
        QCOMPARE(java.value(QStringLiteral("clientId")).toString(), QStringLiteral("java-8"));
        QCOMPARE(java.value(QStringLiteral("client")).toString(), QStringLiteral("Java 8"));
        QCOMPARE(java.value(QStringLiteral("connects")).toBool(), true);
        QCOMPARE(java.value(QStringLiteral("version")).toString(), QStringLiteral("TLS 1.2"));
        QCOMPARE(java.value(QStringLiteral("cipher")).toString(), QStringLiteral("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"));
        QCOMPARE(java.value(QStringLiteral("reason")).toString(), QString());
    }

    // A server that demands a client certificate ends every probe's handshake, but only
    // after agreeing on version, suite and group: the probes still see what it speaks.
    void clientCertificateServerIsStillProbed()
    {
        TlsTestServer::Config config = modern();
        config.maxProtocol = TLS1_2_VERSION;
        config.requireClientCertificate = true;
        auto server = startTls(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("client-cert-required")});
        QCOMPARE(probeFact(result, QStringLiteral("protocol-versions"), QStringLiteral("accepted")), QStringList{QStringLiteral("TLS 1.2")});
        // TLS 1.2 signs with the certificate's curve, so with a P-256 key that is the one
        // group a client can offer alone.
        QCOMPARE(probeFact(result, QStringLiteral("key-exchange"), QStringLiteral("groups")), QStringList{QStringLiteral("secp256r1")});
        QCOMPARE(row(result, QStringLiteral("current-browsers"))->cipher, QStringLiteral("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"));
    }

    void tooOld_data()
    {
        QTest::addColumn<int>("minVersion");
        QTest::addColumn<int>("maxVersion");
        QTest::addColumn<QString>("best");
        QTest::newRow("tls 1.0 only") << 0 << TLS1_VERSION << QStringLiteral("TLS 1.0");
        QTest::newRow("tls 1.1 only") << TLS1_1_VERSION << TLS1_1_VERSION << QStringLiteral("TLS 1.1");
    }

    void tooOld()
    {
        QFETCH(int, minVersion);
        QFETCH(int, maxVersion);
        QFETCH(QString, best);
        TlsTestServer::Config config;
        config.minProtocol = minVersion;
        config.maxProtocol = maxVersion;
        auto server = startTls(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("protocol-too-old")});
        const hd::Finding *finding = result.finding(QStringLiteral("protocol-too-old"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->facts.value(QStringLiteral("best")).toString(), best);
        QCOMPARE(finding->facts.value(QStringLiteral("accepted")).toStringList().last(), best);
        const QStringList failing = finding->facts.value(QStringLiteral("failingClients")).toStringList();
        QCOMPARE(failing, (QStringList{QStringLiteral("current-browsers"), QStringLiteral("openssl-3")}));
        QVERIFY2(evidence(result, QStringLiteral("protocol-too-old"))
                     .contains(QStringLiteral("The newest protocol version the server accepts is %1").arg(best)),
                 qPrintable(evidence(result, QStringLiteral("protocol-too-old"))));
        // Older clients still get in, at the old version.
        QCOMPARE(row(result, QStringLiteral("java-8"))->outcome, hd::CompatibilityRow::Outcome::Connects);
        QCOMPARE(row(result, QStringLiteral("java-8"))->version, best);
        QCOMPARE(row(result, QStringLiteral("current-browsers"))->reason, QStringLiteral("no-common-version"));
    }

    // OpenSSL here cannot speak SSL 3.0: only the hand-made hello sees that the server does.
    // The main handshake fails (the server answers TLS with an SSL 3.0 ServerHello); the
    // report names the real cause instead of the generic failure.
    void ssl3Only()
    {
        LegacyTlsServer::Config config;
        config.legacyVersions = {0x0300};
        config.legacySuites = {0x002F, 0x000A}; // AES128-SHA, 3DES
        LegacyTlsServer server(config);
        QVERIFY(server.start());
        const hd::DiagnosisResult result = diagnose(server.port());
        QVERIFY(result.tlsVersion.isEmpty());
        QVERIFY2(result.findingIds().startsWith(QStringLiteral("protocol-too-old")), qPrintable(describeFindings(result)));
        QVERIFY(!result.findingIds().contains(QStringLiteral("tls-failed")));
        QVERIFY(!result.findingIds().contains(QStringLiteral("handshake-alert")));
        const hd::Finding *finding = result.finding(QStringLiteral("protocol-too-old"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->facts.value(QStringLiteral("best")).toString(), QStringLiteral("SSL 3.0"));
        QCOMPARE(finding->facts.value(QStringLiteral("accepted")).toStringList(), QStringList{QStringLiteral("SSL 3.0")});
        QCOMPARE(probeFact(result, QStringLiteral("protocol-versions"), QStringLiteral("accepted")), QStringList{QStringLiteral("SSL 3.0")});
        // Every client of the table speaks TLS 1.0 at least.
        for (const hd::CompatibilityRow &client : result.compatibility)
            QCOMPARE(client.reason, QStringLiteral("no-common-version"));
    }

    // Still accepting SSL 3.0 next to TLS 1.2 and 1.3 harms nobody who is up to date: a warning.
    void ssl3NextToModern()
    {
        TlsTestServer::Config backendConfig = modern();
        auto backend = startTls(backendConfig);
        QVERIFY(backend);
        LegacyTlsServer::Config config;
        config.legacyVersions = {0x0300};
        config.legacySuites = {0x002F};
        config.backendPort = backend->port();
        config.backendVersions = {0x0303, 0x0304};
        LegacyTlsServer server(config);
        QVERIFY(server.start());
        const hd::DiagnosisResult result = diagnose(server.port());
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("protocol-too-old")});
        const hd::Finding *finding = result.finding(QStringLiteral("protocol-too-old"));
        QCOMPARE(finding->severity, hd::Severity::Warning);
        QCOMPARE(finding->facts.value(QStringLiteral("obsolete")).toStringList(), QStringList{QStringLiteral("SSL 3.0")});
        QCOMPARE(finding->facts.value(QStringLiteral("best")).toString(), QStringLiteral("TLS 1.3"));
        QVERIFY(evidence(result, QStringLiteral("protocol-too-old")).contains(QStringLiteral("still accepts SSL 3.0")));
        QVERIFY(evidence(result, QStringLiteral("protocol-too-old")).contains(QStringLiteral("SSL 3.0, TLS 1.2, TLS 1.3")));
        QCOMPARE(result.tlsVersion, QStringLiteral("TLS 1.3"));
    }

    void tls13Only_data()
    {
        QTest::addColumn<QByteArray>("suites");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("default suites") << QByteArray()
                                        << QStringList{QStringLiteral("TLS_AES_256_GCM_SHA384"), QStringLiteral("TLS_CHACHA20_POLY1305_SHA256"),
                                                       QStringLiteral("TLS_AES_128_GCM_SHA256")};
        QTest::newRow("chacha20 only") << QByteArray("TLS_CHACHA20_POLY1305_SHA256")
                                       << QStringList{QStringLiteral("TLS_CHACHA20_POLY1305_SHA256")};
        QTest::newRow("aes-256 only") << QByteArray("TLS_AES_256_GCM_SHA384") << QStringList{QStringLiteral("TLS_AES_256_GCM_SHA384")};
    }

    void tls13Only()
    {
        QFETCH(QByteArray, suites);
        QFETCH(QStringList, expected);
        TlsTestServer::Config config;
        config.minProtocol = TLS1_3_VERSION;
        config.cipherSuites = suites;
        auto server = startTls(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("tls13-only")});
        const hd::Finding *finding = result.finding(QStringLiteral("tls13-only"));
        QCOMPARE(finding->severity, hd::Severity::Warning);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->facts.value(QStringLiteral("suites")).toStringList(), expected);
        QCOMPARE(finding->facts.value(QStringLiteral("failingClients")).toStringList(),
                 (QStringList{QStringLiteral("safari-12"), QStringLiteral("android-7"), QStringLiteral("java-8"),
                              QStringLiteral("windows-7-ie-11"), QStringLiteral("curl-openssl-1.0.2")}));
        QVERIFY(evidence(result, QStringLiteral("tls13-only")).contains(expected.join(QStringLiteral(", "))));
        QVERIFY(evidence(result, QStringLiteral("tls13-only")).contains(QStringLiteral("Java 8")));
        QCOMPARE(row(result, QStringLiteral("current-browsers"))->outcome, hd::CompatibilityRow::Outcome::Connects);
        const QVariantMap refusals = probeStep(result, QStringLiteral("protocol-versions"))->facts.value(QStringLiteral("refusals")).toMap();
        QCOMPARE(refusals.value(QStringLiteral("TLS 1.2")).toString(), QStringLiteral("protocol_version"));
    }

    // A server that answers TLS 1.3 properly and everything else with rubbish: the probes
    // must neither crash nor hang, and must not mistake rubbish for a refusal.
    void hostileAnswers_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("silent");
        using A = LegacyTlsServer::Answer;
        const QStringList onlyTls13{QStringLiteral("tls13-only")};
        QTest::newRow("garbage") << int(A::Garbage) << QStringList{} << false;
        QTest::newRow("truncated record, then close") << int(A::TruncatedRecord) << onlyTls13 << false;
        QTest::newRow("reset") << int(A::Reset) << onlyTls13 << false;
        QTest::newRow("suite never offered") << int(A::UnofferedSuite) << onlyTls13 << false;
        QTest::newRow("silence") << int(A::Silence) << QStringList{} << true;
    }

    void hostileAnswers()
    {
        QFETCH(int, answer);
        QFETCH(QStringList, expected);
        QFETCH(bool, silent);
        TlsTestServer::Config backendConfig = modern();
        backendConfig.minProtocol = TLS1_3_VERSION;
        auto backend = startTls(backendConfig);
        QVERIFY(backend);
        LegacyTlsServer::Config config;
        config.backendPort = backend->port();
        config.backendVersions = {0x0304};
        config.answer = LegacyTlsServer::Answer(answer);
        LegacyTlsServer server(config);
        QVERIFY(server.start());
        QElapsedTimer timer;
        timer.start();
        const hd::DiagnosisResult result = diagnose(server.port(), 3000);
        QVERIFY2(timer.elapsed() < 4500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.tlsVersion, QStringLiteral("TLS 1.3"));
        QStringList mine;
        for (const QString &id : result.findingIds()) {
            if (kMyIds.contains(id))
                mine << id;
        }
        QCOMPARE(mine.join(QLatin1Char(',')), expected.join(QLatin1Char(',')));
        // A silent server holds every connection slot until the time is up, so the TLS 1.3
        // probes may not get their turn: then they report nothing, rather than a refusal.
        const QStringList accepted = probeFact(result, QStringLiteral("protocol-versions"), QStringLiteral("accepted"));
        QVERIFY2(silent ? accepted.isEmpty() || accepted == QStringList{QStringLiteral("TLS 1.3")}
                        : accepted == QStringList{QStringLiteral("TLS 1.3")},
                 qPrintable(accepted.join(QLatin1Char(','))));
        if (silent)
            QVERIFY(probeFact(result, QStringLiteral("protocol-versions"), QStringLiteral("rejected")).isEmpty());
        const QVariantMap suites = probeStep(result, QStringLiteral("cipher-suites"))->facts.value(QStringLiteral("suites")).toMap();
        QVERIFY(suites.isEmpty() || suites.keys() == QStringList{QStringLiteral("TLS 1.3")});
    }

    // Cancelled while every probe waits on a server that never answers them: the diagnosis
    // ends at once instead of at its 30-second limit.
    void cancelWhileProbing()
    {
        TlsTestServer::Config backendConfig = modern();
        backendConfig.minProtocol = TLS1_3_VERSION;
        auto backend = startTls(backendConfig);
        QVERIFY(backend);
        LegacyTlsServer::Config config;
        config.backendPort = backend->port();
        config.backendVersions = {0x0304};
        config.answer = LegacyTlsServer::Answer::Silence;
        LegacyTlsServer server(config);
        QVERIFY(server.start());

        hd::DiagnosisOptions options;
        options.timeoutMs = 30000;
        options.trustStoreFile = m_runner.writeFile(QStringLiteral("cancel-anchors.pem"), m_pki.root.pem());
        hd::AddressOverride::parse(QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(server.port()), &options.addressOverride);
        const hd::Target target = hd::TargetParser::parse(QStringLiteral("https://%1:%2/").arg(kHost).arg(server.port())).target;
        hd::CancelToken cancel;
        QElapsedTimer sinceCancel;
        std::atomic<bool> cancelled{false};
        const auto onStep = [&](const hd::TimelineStep &step) {
            // The probes start before the HTTP request: by its step they all wait on the server.
            if (step.kind == hd::TimelineStep::Kind::Http && !cancelled.exchange(true)) {
                QThread::msleep(300);
                sinceCancel.start();
                cancel.cancel();
            }
        };
        const hd::DiagnosisResult result = hd::Diagnosis::run(target, options, cancel, onStep);
        QVERIFY(cancelled);
        QVERIFY(result.cancelled);
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(result.findings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProtocols)
#include "tst_protocols.moc"
