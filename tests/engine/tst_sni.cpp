// SNI behaviour: a server that picks its certificate by the name the client sends.
#include "ScenarioRunner.h"

#include "CauseCatalogue.h"
#include "checks/CheckRegistry.h"
#include "checks/Observations.h"

#include <QtTest>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("shop.example.test");
const QString kDefaultHost = QStringLiteral("default.example.test");

QVariantMap probeFacts(const hd::DiagnosisResult &result)
{
    for (const hd::TimelineStep &step : result.timeline) {
        if (step.kind == hd::TimelineStep::Kind::Probe && step.name == QLatin1String("sni"))
            return step.facts;
    }
    return {};
}

} // namespace

class TestSni : public QObject
{
    Q_OBJECT

private:
    hd::DiagnosisResult serve(const QList<TestCertificate> &defaultChain, const QList<TestCertificate> &hostChain,
                              const TestCertificate &root)
    {
        TlsTestServer::Config config;
        config.chain = defaultChain;
        config.chainsByServerName.insert(kHost, hostChain);
        auto server = m_runner.startServer(config);
        if (!server)
            return {};
        return m_runner.diagnose(server->port(), kHost, {root});
    }

    ScenarioRunner m_runner;
    TestPki m_pki = makePki({kHost});

private slots:
    void clientsWithoutSniGetAnotherCertificate()
    {
        CertSpec other;
        other.commonName = kDefaultHost;
        other.dnsNames = {kDefaultHost};
        const TestCertificate defaultLeaf = issueCertificate(other, m_pki.intermediate);
        const hd::DiagnosisResult result = serve({defaultLeaf, m_pki.intermediate}, {m_pki.leaf, m_pki.intermediate}, m_pki.root);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("sni-required")});
        const hd::Finding *finding = result.finding(QStringLiteral("sni-required"));
        QCOMPARE(finding->severity, hd::Severity::Warning);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->facts.value(QStringLiteral("certificate")).toString(), kHost);
        const QVariantMap withoutSni = finding->facts.value(QStringLiteral("withoutSni")).toMap();
        QCOMPARE(withoutSni.value(QStringLiteral("certificate")).toString(), kDefaultHost);
        QCOMPARE(withoutSni.value(QStringLiteral("names")).toStringList(), QStringList{kDefaultHost});
        const QStringList evidence = hd::CauseCatalogue::render(*finding).evidence;
        QCOMPARE(evidence.size(), 2);
        QVERIFY2(evidence[0].contains(kHost) && evidence[0].contains(kDefaultHost), qPrintable(evidence[0]));
        QVERIFY2(evidence[1].contains(QLatin1String("handshake-doctor.invalid")) && evidence[1].contains(kDefaultHost),
                 qPrintable(evidence[1]));
    }

    void defaultCertificateThatCoversTheHostIsFine()
    {
        // Another certificate without SNI, but one that is valid for the host as well.
        CertSpec wide;
        wide.commonName = kDefaultHost;
        wide.dnsNames = {kDefaultHost, QStringLiteral("*.example.test")};
        const TestCertificate defaultLeaf = issueCertificate(wide, m_pki.intermediate);
        const hd::DiagnosisResult result = serve({defaultLeaf, m_pki.intermediate}, {m_pki.leaf, m_pki.intermediate}, m_pki.root);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(probeFacts(result).value(QStringLiteral("withoutSni")).toMap().value(QStringLiteral("certificate")).toString(),
                 kDefaultHost);
    }

    void oneCertificateForEveryName()
    {
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = m_runner.diagnose(server->port(), kHost, {m_pki.root});
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        const QVariantMap facts = probeFacts(result);
        QCOMPARE(facts.value(QStringLiteral("withoutSni")).toMap().value(QStringLiteral("result")).toString(),
                 QStringLiteral("established"));
        QCOMPARE(facts.value(QStringLiteral("unrelatedName")).toMap().value(QStringLiteral("certificate")).toString(), kHost);
    }

    void ipAddressTargetsHaveNoSni()
    {
        CertSpec leaf;
        leaf.commonName = QStringLiteral("127.0.0.1");
        leaf.ipAddresses = {QStringLiteral("127.0.0.1")};
        const TestPki pki = makePki({}, leaf);
        TlsTestServer::Config config;
        config.chain = {pki.leaf, pki.intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = m_runner.diagnoseUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server->port()),
                                                                server->port(), {pki.root});
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(probeFacts(result).value(QStringLiteral("skipped")).toString(), QStringLiteral("ip-address"));
    }

    // Servers that refuse clients without SNI outright; TlsTestServer always answers them,
    // so this one is judged from hand-made observations.
    void refusedWithoutSni()
    {
        hd::Observations obs;
        obs.target.host = kHost;
        obs.now = QDateTime::currentDateTimeUtc();
        obs.handshakeAttempted = true;
        obs.handshakeResult = hd::HandshakeOutcome::Result::Established;
        obs.presented = {hd::CertificateInfo::fromX509(m_pki.leaf.x509(), hd::CertificateInfo::Origin::Presented)};
        obs.probesRan = true;
        obs.probes.sni.ran = true;
        obs.probes.sni.withoutName.attempted = true;
        obs.probes.sni.withoutName.result = hd::HandshakeOutcome::Result::PeerAlert;
        obs.probes.sni.withoutName.alert = QStringLiteral("handshake_failure");
        const QList<hd::Finding> findings = hd::checkSni(obs);
        QCOMPARE(findings.size(), 1);
        QVERIFY(hd::CauseCatalogue::render(findings.first()).evidence.first().contains(QLatin1String("handshake_failure")));
        // A certificate without a subject is named by its first DNS name.
        obs.probes.sni.withoutName.result = hd::HandshakeOutcome::Result::Established;
        obs.probes.sni.withoutName.leaf.dnsNames = {kDefaultHost};
        QCOMPARE(hd::checkSni(obs).value(0).facts.value(QStringLiteral("withoutSni")).toMap().value(QStringLiteral("certificate")).toString(),
                 kDefaultHost);
        // A timeout is no proof of anything.
        obs.probes.sni.withoutName.result = hd::HandshakeOutcome::Result::Timeout;
        obs.probes.sni.withoutName.alert.clear();
        QVERIFY(hd::checkSni(obs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSni)
#include "tst_sni.moc"
