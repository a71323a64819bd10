// TLS interception: a chain that ends at a root this computer trusts but no public root
// program knows. The "installed" roots live only in the test's own trust store file.
#include "PublicRootPem.h"
#include "ScenarioRunner.h"

#include "CauseCatalogue.h"
#include "cert/PublicRoots.h"
#include "cert/TrustStore.h"
#include "checks/CheckRegistry.h"
#include "checks/Observations.h"

#include <QtTest>

using namespace testsupport;

namespace {

const QString kPublicHost = QStringLiteral("www.example.com");

// What an inspecting product does: a root of its own, and on the fly a leaf for the site.
struct Interceptor
{
    TestCertificate root;
    TestCertificate leaf;
};

Interceptor makeInterceptor(const QString &rootName, const QString &organization, const QString &host)
{
    CertSpec rootSpec;
    rootSpec.commonName = rootName;
    rootSpec.organization = organization;
    rootSpec.isCa = true;
    CertSpec leafSpec;
    leafSpec.commonName = host;
    leafSpec.dnsNames = {host};
    Interceptor interceptor;
    interceptor.root = issueCertificate(rootSpec);
    interceptor.leaf = issueCertificate(leafSpec, interceptor.root);
    return interceptor;
}

} // namespace

class TestInterception : public QObject
{
    Q_OBJECT

private:
    hd::DiagnosisResult serve(const Interceptor &interceptor, const QString &host = kPublicHost)
    {
        TlsTestServer::Config config;
        config.chain = {interceptor.leaf};
        auto server = m_runner.startServer(config);
        if (!server)
            return {};
        return m_runner.diagnose(server->port(), host, {interceptor.root});
    }

    ScenarioRunner m_runner;

private slots:
    void initTestCase()
    {
        QVERIFY2(hd::PublicRoots::count() > 100, "Mozilla's root list (resources/mozilla-roots.txt) is not built in");
    }

    void knownProduct()
    {
        const Interceptor kaspersky = makeInterceptor(QStringLiteral("Kaspersky Anti-Virus Personal Root Certificate"),
                                                      QStringLiteral("AO Kaspersky Lab"), kPublicHost);
        const hd::DiagnosisResult result = serve(kaspersky);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("interception")});
        const hd::Finding *finding = result.finding(QStringLiteral("interception"));
        QCOMPARE(finding->severity, hd::Severity::Warning);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Network);
        QCOMPARE(finding->facts.value(QStringLiteral("root")).toString(), QStringLiteral("Kaspersky Anti-Virus Personal Root Certificate"));
        QCOMPARE(finding->facts.value(QStringLiteral("product")).toString(), QStringLiteral("Kaspersky"));
        QVERIFY(finding->facts.value(QStringLiteral("subject")).toString().contains(QLatin1String("O=AO Kaspersky Lab")));
        const QStringList evidence = hd::CauseCatalogue::render(*finding).evidence;
        QVERIFY2(evidence[0].contains(QLatin1String("Kaspersky Anti-Virus Personal Root Certificate"))
                     && evidence[0].contains(QString::number(hd::PublicRoots::count())),
                 qPrintable(evidence[0]));
        QVERIFY2(evidence[1].contains(QLatin1String("Kaspersky")), qPrintable(evidence[1]));
    }

    void unknownProduct()
    {
        const Interceptor proxy = makeInterceptor(QStringLiteral("Contoso Inspection Root"), QStringLiteral("Contoso"), kPublicHost);
        const hd::DiagnosisResult result = serve(proxy);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("interception")});
        QVERIFY(result.finding(QStringLiteral("interception"))->facts.value(QStringLiteral("product")).toString().isEmpty());
    }

    void productGuesses_data()
    {
        QTest::addColumn<QString>("rootName");
        QTest::addColumn<QString>("product");
        QTest::newRow("Fiddler") << "DO_NOT_TRUST_FiddlerRoot" << "Fiddler";
        QTest::newRow("mitmproxy") << "mitmproxy" << "mitmproxy";
        QTest::newRow("Zscaler") << "Zscaler Root CA" << "Zscaler";
        QTest::newRow("ESET") << "ESET SSL Filter CA" << "ESET";
        QTest::newRow("Avast") << "Avast Web/Mail Shield Root" << "Avast";
        QTest::newRow("FortiGate") << "FortiGate CA" << "Fortinet FortiGate";
        QTest::newRow("not a word") << "Preset Systems Root" << "";
    }

    // The guess is made from the root alone: judged on hand-made observations.
    void productGuesses()
    {
        QFETCH(QString, rootName);
        QFETCH(QString, product);
        const Interceptor interceptor = makeInterceptor(rootName, {}, kPublicHost);
        hd::Observations obs;
        obs.target.host = kPublicHost;
        obs.presented = {hd::CertificateInfo::fromX509(interceptor.leaf.x509(), hd::CertificateInfo::Origin::Presented)};
        obs.verification.anchoredInStore = true;
        obs.verification.built = {obs.presented.first(),
                                  hd::CertificateInfo::fromX509(interceptor.root.x509(), hd::CertificateInfo::Origin::TrustStore)};
        const QList<hd::Finding> findings = hd::checkInterception(obs);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().facts.value(QStringLiteral("product")).toString(), product);
    }

    // A root the user passed with --ca-file is their own choice, not interception.
    void extraCaFileIsTheUsersChoice()
    {
        const Interceptor own = makeInterceptor(QStringLiteral("Kaspersky Anti-Virus Personal Root Certificate"), {}, kPublicHost);
        const TestCertificate unrelated = issueCertificate([] {
            CertSpec spec;
            spec.commonName = QStringLiteral("Unrelated Root");
            spec.isCa = true;
            return spec;
        }());
        TlsTestServer::Config config;
        config.chain = {own.leaf};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        hd::DiagnosisOptions options;
        options.trustStoreFile = m_runner.writeFile(QStringLiteral("store.pem"), unrelated.pem());
        options.extraCaFile = m_runner.writeFile(QStringLiteral("extra.pem"), own.root.pem());
        hd::AddressOverride::parse(QStringLiteral("%1:%2:127.0.0.1").arg(kPublicHost).arg(server->port()), &options.addressOverride);
        const hd::TargetParseResult target = hd::TargetParser::parse(QStringLiteral("https://%1:%2/").arg(kPublicHost).arg(server->port()));
        const hd::DiagnosisResult result = hd::Diagnosis::run(target.target, options);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QVERIFY(result.chainTrusted);
    }

    void privateNamesExpectPrivateRoots_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow(".internal") << "wiki.corp.internal";
        QTest::newRow(".test") << "shop.example.test";
        QTest::newRow(".home.arpa") << "nas.home.arpa";
        QTest::newRow("single label") << "intranet";
    }

    void privateNamesExpectPrivateRoots()
    {
        QFETCH(QString, host);
        const Interceptor internalCa = makeInterceptor(QStringLiteral("Corp Root CA"), QStringLiteral("Corp"), host);
        const hd::DiagnosisResult result = serve(internalCa, host);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
    }

    // The list built into the library is Mozilla's, shipped in the tree, and a chain ending
    // at one of its roots is not interception.
    void mozillaRootsAreBuiltIn()
    {
        const hd::X509List certs = hd::readCertificates(QByteArray(kPublicRootPem));
        QCOMPARE(int(certs.size()), 1);
        const hd::CertificateInfo publicRoot = hd::CertificateInfo::fromX509(certs.front().get(), hd::CertificateInfo::Origin::TrustStore);
        QVERIFY(hd::PublicRoots::contains(publicRoot.sha256Fingerprint));

        hd::Observations obs;
        obs.target.host = kPublicHost;
        obs.presented = {hd::CertificateInfo::fromX509(makeInterceptor(QStringLiteral("x"), {}, kPublicHost).leaf.x509(),
                                                       hd::CertificateInfo::Origin::Presented)};
        obs.verification.anchoredInStore = true;
        obs.verification.built = {obs.presented.first(), publicRoot};
        QVERIFY(hd::checkInterception(obs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInterception)
#include "tst_interception.moc"
