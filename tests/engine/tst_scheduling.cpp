// Probing the servers people really run: ones that serve one connection at a time (as
// `openssl s_server -www` does), reset extra connections, limit the rate of new ones, or
// answer slowly; and a single-threaded OCSP responder (`openssl ocsp -port`). Every probe
// must be answered where the server answers at all, the findings must be those of an
// unlimited server, and no connection may be left without its request.
#include "Diagnosis.h"
#include "ScenarioRunner.h"
#include "OpenSslServer.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"
#include "http/HttpExchange.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include <openssl/ocsp.h>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("shop.example.test");
constexpr int kTimeoutMs = 10000;

QVariantMap probeFacts(const hd::DiagnosisResult &result, const QString &name)
{
    for (const hd::TimelineStep &step : result.timeline) {
        if (step.kind == hd::TimelineStep::Kind::Probe && step.name == name)
            return step.facts;
    }
    return {};
}

// Every probe reached a conclusion: no version, suite list or group left "could not tell".
QString inconclusiveProbes(const hd::DiagnosisResult &result)
{
    QStringList open;
    const QVariantMap versionFacts = probeFacts(result, QStringLiteral("protocol-versions"));
    const QVariantMap why = versionFacts.value(QStringLiteral("refusals")).toMap();
    for (const QString &version : versionFacts.value(QStringLiteral("unknown")).toStringList())
        open << QStringLiteral("%1 (%2)").arg(version, why.value(version).toString());
    const QStringList suites = probeFacts(result, QStringLiteral("cipher-suites")).value(QStringLiteral("incomplete")).toStringList();
    if (!suites.isEmpty())
        open << QStringLiteral("suites at %1").arg(suites.join(QLatin1Char(',')));
    if (probeFacts(result, QStringLiteral("key-exchange")).contains(QStringLiteral("unknownGroups")))
        open << QStringLiteral("groups");
    return open.join(QStringLiteral("; "));
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString openssl()
{
    return OpenSslServer::program();
}

} // namespace

class TestScheduling : public QObject
{
    Q_OBJECT

private:
    ScenarioRunner m_runner;
    TestPki m_pki;

    TlsTestServer::Config config(const QString &variant) const
    {
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        if (variant == QLatin1String("tls13-only")) {
            config.minProtocol = config.maxProtocol = TLS1_3_VERSION;
        } else if (variant == QLatin1String("cbc-sha1-only")) {
            config.maxProtocol = TLS1_2_VERSION;
            config.cipherList = "ECDHE-ECDSA-AES128-SHA";
        }
        return config;
    }

    hd::DiagnosisResult diagnose(quint16 port, int timeoutMs = kTimeoutMs)
    {
        return m_runner.diagnose(port, kHost, {m_pki.root}, timeoutMs);
    }

    // The findings and probe results an unlimited server of the same setup gives.
    hd::DiagnosisResult baseline(const QString &variant)
    {
        const auto server = m_runner.startServer(config(variant));
        return server ? diagnose(server->port()) : hd::DiagnosisResult();
    }

    static void variants()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("mustFind");
        QTest::newRow("healthy") << "healthy" << QStringList{};
        QTest::newRow("TLS 1.3 only") << "tls13-only" << QStringList{QStringLiteral("tls13-only")};
        QTest::newRow("CBC-SHA1 only") << "cbc-sha1-only" << QStringList{QStringLiteral("weak-cipher")};
    }

    // limitNoted: the server's limit shows as the note connections-limited, on top of the
    // unlimited server's findings.
    void expectSameAsUnlimited(const TlsTestServer::Config &limited, int maxMs, bool limitNoted)
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, mustFind);
        const hd::DiagnosisResult expected = baseline(variant);
        QVERIFY2(inconclusiveProbes(expected).isEmpty(), qPrintable(inconclusiveProbes(expected)));
        const auto server = m_runner.startServer(limited);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        const hd::ConnectionScheduler::Stats &schedule = result.probeSchedule;
        qInfo("%d connections, at most %d at once, %s, %d limit events, gap %lld ms, %.0f ms", schedule.connections,
              schedule.peakConcurrent, schedule.droppedToOne ? "then one at a time" : "never one at a time",
              schedule.limitedEvents, schedule.pacingMs, result.durationMs);
        QStringList ids = result.findingIds();
        QCOMPARE(ids.removeAll(QStringLiteral("connections-limited")), qsizetype(limitNoted ? 1 : 0));
        QCOMPARE(ids, expected.findingIds());
        for (const QString &id : mustFind)
            QVERIFY2(result.findingIds().contains(id), qPrintable(describeFindings(result)));
        QVERIFY2(inconclusiveProbes(result).isEmpty(), qPrintable(inconclusiveProbes(result)));
        QCOMPARE(probeFacts(result, QStringLiteral("cipher-suites")).value(QStringLiteral("suites")),
                 probeFacts(expected, QStringLiteral("cipher-suites")).value(QStringLiteral("suites")));
        QVERIFY2(result.durationMs < maxMs, qPrintable(QString::number(result.durationMs)));
        QCOMPARE(server->silentConnections(), 0);
    }

private slots:
    void initTestCase()
    {
        m_pki = makePki({kHost});
        QVERIFY(!m_pki.leaf.isNull());
    }

    // Our own server, one connection at a time, every other waiting in the accept queue.
    void oneConnectionAtATime_data() { variants(); }
    void oneConnectionAtATime()
    {
        QFETCH(QString, variant);
        TlsTestServer::Config limited = config(variant);
        limited.limits.maxConcurrent = 1;
        expectSameAsUnlimited(limited, kTimeoutMs / 3, false);
    }

    // Extra connections are reset at once: the probes must wait their turn, not conclude.
    void resetsExtraConnections_data() { variants(); }
    void resetsExtraConnections()
    {
        QFETCH(QString, variant);
        TlsTestServer::Config limited = config(variant);
        limited.limits.maxConcurrent = 1;
        limited.limits.resetOverLimit = true;
        expectSameAsUnlimited(limited, kTimeoutMs / 2, true);
    }

    // New connections beyond a rate are reset: pace, never conclude "refused".
    void limitsConnectionRate_data() { variants(); }
    void limitsConnectionRate()
    {
        QFETCH(QString, variant);
        TlsTestServer::Config limited = config(variant);
        limited.limits.maxPerSecond = 10; // fewer than a diagnosis opens in its first second
        expectSameAsUnlimited(limited, kTimeoutMs, true);
    }

    // The real thing: `openssl s_server -www` serves one connection at a time and holds it
    // until the client closes.
    void opensslServerWww_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("findings");
        QTest::newRow("healthy") << QStringList{} << QStringList{QStringLiteral("hsts-missing")};
        QTest::newRow("TLS 1.3 only") << QStringList{QStringLiteral("-tls1_3")}
                                      << QStringList{QStringLiteral("tls13-only"), QStringLiteral("hsts-missing")};
        QTest::newRow("CBC-SHA1 only")
            << QStringList{QStringLiteral("-no_tls1_3"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-AES128-SHA")}
            << QStringList{QStringLiteral("cipher-mismatch"), QStringLiteral("weak-cipher"), QStringLiteral("hsts-missing")};
    }
    void opensslServerWww()
    {
        if (openssl().isEmpty())
            QSKIP("openssl is not installed");
        QFETCH(QStringList, options);
        QFETCH(QStringList, findings);
        OpenSslServer server;
        QVERIFY(server.start(m_runner.writeFile(QStringLiteral("leaf.pem"), m_pki.leaf.pem()),
                             m_runner.writeFile(QStringLiteral("leaf-key.pem"), m_pki.leaf.privateKeyPem()),
                             m_runner.writeFile(QStringLiteral("intermediate.pem"), m_pki.intermediate.pem()), options));
        const hd::DiagnosisResult result = diagnose(server.port());
        QCOMPARE(result.findingIds(), findings);
        QVERIFY2(inconclusiveProbes(result).isEmpty(), qPrintable(inconclusiveProbes(result)));
        QVERIFY2(result.durationMs < kTimeoutMs / 3, qPrintable(QString::number(result.durationMs)));
        // And the server is still there for the next client.
        QCOMPARE(diagnose(server.port()).findingIds(), findings);
    }

    // 1.5 s per handshake: the diagnosis ends in its time with what fit, and says what did
    // not fit was not checked, never that it was refused.
    void slowHandshakes()
    {
        TlsTestServer::Config slow = config(QStringLiteral("healthy"));
        slow.answerDelayMs = 1500;
        const auto server = m_runner.startServer(slow);
        QVERIFY(server);
        constexpr int timeoutMs = 5000;
        QElapsedTimer timer;
        timer.start();
        const hd::DiagnosisResult result = diagnose(server->port(), timeoutMs);
        QVERIFY2(timer.elapsed() < timeoutMs + 500, qPrintable(QString::number(timer.elapsed())));
        const hd::DiagnosisResult expected = baseline(QStringLiteral("healthy"));
        QVERIFY2(result.findingIds() == expected.findingIds(), qPrintable(describeFindings(result)));
        // Versions go first, so they fit; the suites come last and do not.
        const QVariantMap versions = probeFacts(result, QStringLiteral("protocol-versions"));
        const QVariantMap expectedVersions = probeFacts(expected, QStringLiteral("protocol-versions"));
        QCOMPARE(versions.value(QStringLiteral("accepted")).toStringList(), expectedVersions.value(QStringLiteral("accepted")).toStringList());
        QCOMPARE(versions.value(QStringLiteral("rejected")).toStringList(), expectedVersions.value(QStringLiteral("rejected")).toStringList());
        const QVariantMap suites = probeFacts(result, QStringLiteral("cipher-suites"));
        QVERIFY(!suites.value(QStringLiteral("incomplete")).toStringList().isEmpty());
        QCOMPARE(server->silentConnections(), 0);
    }

    // `openssl ocsp -port` serves one request at a time and waits forever on a connection
    // that sends nothing: twenty diagnoses in a row must leave it answering.
    void singleThreadedOcspResponder()
    {
        if (openssl().isEmpty())
            QSKIP("openssl is not installed");
        const quint16 ocspPort = freePort();
        CertSpec leafSpec;
        leafSpec.ocspUrl = QStringLiteral("http://127.0.0.1:%1/").arg(ocspPort);
        leafSpec.serial = 0x5EED1234;
        const TestPki pki = makePki({kHost}, leafSpec);
        const QString revokedAt = QDateTime::currentDateTimeUtc().addDays(-1).toString(QStringLiteral("yyMMddHHmmss'Z'"));
        const QString expiry = QDateTime::currentDateTimeUtc().addDays(300).toString(QStringLiteral("yyMMddHHmmss'Z'"));
        const QString index = m_runner.writeFile(
            QStringLiteral("index.txt"),
            QStringLiteral("R\t%1\t%2\t5EED1234\tunknown\t/CN=%3\n").arg(expiry, revokedAt, kHost).toUtf8());
        const QString ca = m_runner.writeFile(QStringLiteral("ocsp-ca.pem"), pki.intermediate.pem());
        const QString key = m_runner.writeFile(QStringLiteral("ocsp-key.pem"), pki.intermediate.privateKeyPem());
        QProcess responder;
        responder.setProcessChannelMode(QProcess::MergedChannels);
        responder.start(openssl(), {QStringLiteral("ocsp"), QStringLiteral("-port"), QString::number(ocspPort),
                                    QStringLiteral("-index"), index, QStringLiteral("-CA"), ca, QStringLiteral("-rsigner"), ca,
                                    QStringLiteral("-rkey"), key, QStringLiteral("-ndays"), QStringLiteral("1")});
        QByteArray output;
        QElapsedTimer started;
        started.start();
        while (!output.contains("waiting for OCSP") && started.elapsed() < 10000) {
            responder.waitForReadyRead(100);
            output += responder.readAll();
        }
        QVERIFY2(output.contains("waiting for OCSP"), output.constData());

        TlsTestServer::Config serverConfig;
        serverConfig.chain = {pki.leaf, pki.intermediate};
        const auto server = m_runner.startServer(serverConfig);
        QVERIFY(server);
        for (int i = 0; i < 20; ++i) {
            const hd::DiagnosisResult result = m_runner.diagnose(server->port(), kHost, {pki.root}, kTimeoutMs);
            QVERIFY2(result.findingIds().contains(QStringLiteral("revoked")),
                     qPrintable(QStringLiteral("run %1: %2").arg(i).arg(describeFindings(result))));
        }
        // Still answering anyone, right away.
        OCSP_CERTID *id = OCSP_cert_to_id(nullptr, pki.leaf.x509(), pki.intermediate.x509());
        OCSP_REQUEST *request = OCSP_REQUEST_new();
        OCSP_request_add0_id(request, id);
        unsigned char *der = nullptr;
        const int length = i2d_OCSP_REQUEST(request, &der);
        const QByteArray body(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
        OCSP_REQUEST_free(request);
        const hd::HttpResponse answer = hd::httpPost(QUrl(leafSpec.ocspUrl), {}, "application/ocsp-request", body,
                                                     QDeadlineTimer(2000), hd::CancelToken());
        QCOMPARE(answer.statusCode, 200);
        responder.kill();
        responder.waitForFinished(3000);
    }
};

QTEST_GUILESS_MAIN(TestScheduling)
#include "tst_scheduling.moc"
