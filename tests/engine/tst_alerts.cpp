// Servers that answer the handshake with an alert: client certificates, unknown names.
#include "ScenarioRunner.h"

#include <QtTest>

using namespace testsupport;

namespace {
const QString kHost = QStringLiteral("portal.example.test");
}

class TestAlerts : public QObject
{
    Q_OBJECT

private:
    hd::DiagnosisResult run(TlsTestServer::Config config, const QString &host = kHost)
    {
        if (config.chain.isEmpty())
            config.chain = {m_pki.leaf, m_pki.intermediate};
        auto server = m_runner.startServer(config);
        if (!server)
            return {};
        return m_runner.diagnose(server->port(), host, {m_pki.root});
    }

    ScenarioRunner m_runner;
    TestPki m_pki = makePki({kHost});

private slots:
    void clientCertificateRequired_data()
    {
        QTest::addColumn<int>("maxVersion");
        QTest::newRow("tls 1.3: rejected after the client's Finished") << TLS1_3_VERSION;
        QTest::newRow("tls 1.2: rejected in the handshake") << TLS1_2_VERSION;
    }

    void clientCertificateRequired()
    {
        QFETCH(int, maxVersion);
        TlsTestServer::Config config;
        config.requireClientCertificate = true;
        config.maxProtocol = maxVersion;
        const hd::DiagnosisResult result = run(config);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("client-cert-required")});
        const hd::Finding *finding = result.finding(QStringLiteral("client-cert-required"));
        QCOMPARE(finding->fixedBy, hd::FixedBy::Client);
        QVERIFY(!finding->facts.value(QStringLiteral("alert")).toString().isEmpty());
        // The chain is still reported, and the CertificateRequest is on the timeline.
        QCOMPARE(result.presentedChain.size(), 2);
        bool sawRequest = false;
        for (const hd::TimelineStep &step : result.timeline)
            sawRequest = sawRequest || step.name == QLatin1String("CertificateRequest");
        QVERIFY(sawRequest);
    }

    void optionalClientCertificateIsFine()
    {
        TlsTestServer::Config config;
        config.requestClientCertificate = true;
        const hd::DiagnosisResult result = run(config);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
    }

    void unknownServerName_data()
    {
        QTest::addColumn<int>("maxVersion");
        QTest::newRow("tls 1.3") << TLS1_3_VERSION;
        QTest::newRow("tls 1.2") << TLS1_2_VERSION;
    }

    void unknownServerName()
    {
        QFETCH(int, maxVersion);
        TlsTestServer::Config config;
        config.rejectUnknownServerName = true;
        config.maxProtocol = maxVersion;
        const hd::DiagnosisResult result = run(config, QStringLiteral("typo.example.test"));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("sni-unknown")});
        const hd::Finding *finding = result.finding(QStringLiteral("sni-unknown"));
        QCOMPARE(finding->facts.value(QStringLiteral("serverName")).toString(), QStringLiteral("typo.example.test"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        const hd::TimelineStep *alert = nullptr;
        for (const hd::TimelineStep &step : result.timeline) {
            if (step.kind == hd::TimelineStep::Kind::TlsAlert)
                alert = &step;
        }
        QVERIFY(alert);
        QCOMPARE(alert->name, QStringLiteral("unrecognized_name"));
        QCOMPARE(alert->status, hd::TimelineStep::Status::Failed);
    }

    void unknownServerNameWarningOnly()
    {
        // A warning-level alert: the server goes on with its default site, whose
        // certificate does not match either.
        TlsTestServer::Config config;
        config.warnUnknownServerName = true;
        config.maxProtocol = TLS1_2_VERSION;
        const hd::DiagnosisResult result = run(config, QStringLiteral("typo.example.test"));
        QVERIFY2(result.findingIds().contains(QStringLiteral("sni-unknown")), qPrintable(describeFindings(result)));
        QVERIFY(result.findingIds().contains(QStringLiteral("hostname-mismatch")));
        QCOMPARE(result.finding(QStringLiteral("sni-unknown"))->severity, hd::Severity::Warning);
    }

    void otherAlertIsExplained()
    {
        // Only PSK suites: the server has nothing to agree on with a certificate client.
        TlsTestServer::Config config;
        config.maxProtocol = TLS1_2_VERSION;
        config.cipherList = "PSK-AES128-CBC-SHA";
        const hd::DiagnosisResult result = run(config);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("handshake-alert")});
        const hd::Finding *finding = result.finding(QStringLiteral("handshake-alert"));
        QCOMPARE(finding->facts.value(QStringLiteral("alert")).toString(), QStringLiteral("handshake_failure"));
        QCOMPARE(finding->facts.value(QStringLiteral("after")).toString(), QStringLiteral("ClientHello"));
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
