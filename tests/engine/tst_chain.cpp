// Trust: self-signed, unknown roots, missing intermediates, against real local servers.
#include "HttpTestServer.h"
#include "ScenarioRunner.h"

#include "cert/TrustStore.h"

#include <QDir>
#include <QtTest>

#include <openssl/x509v3.h>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("shop.example.test");

CertSpec leafSpec(const QString &aiaUrl = {})
{
    CertSpec spec;
    spec.commonName = kHost;
    spec.dnsNames = {kHost};
    spec.aiaCaIssuersUrl = aiaUrl;
    return spec;
}

CertSpec caSpec(const QString &name)
{
    CertSpec spec;
    spec.commonName = name;
    spec.isCa = true;
    return spec;
}

} // namespace

class TestChain : public QObject
{
    Q_OBJECT

private:
    hd::DiagnosisResult serve(const QList<TestCertificate> &chain, const QList<TestCertificate> &anchors)
    {
        TlsTestServer::Config config;
        config.chain = chain;
        auto server = m_runner.startServer(config);
        if (!server)
            return {};
        return m_runner.diagnose(server->port(), kHost, anchors);
    }

    ScenarioRunner m_runner;

private slots:
    void selfSigned_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::newRow("ec, tls 1.3") << false;
        QTest::newRow("rsa, tls 1.2") << true;
    }

    void selfSigned()
    {
        QFETCH(bool, rsa);
        CertSpec spec = leafSpec();
        if (rsa)
            spec.key = {KeySpec::Type::Rsa, 2048};
        const TestCertificate self = issueCertificate(spec);
        const TestCertificate unrelatedRoot = issueCertificate(caSpec(QStringLiteral("Some Root")));
        TlsTestServer::Config config;
        config.chain = {self};
        if (rsa)
            config.maxProtocol = TLS1_2_VERSION;
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = m_runner.diagnose(server->port(), kHost, {unrelatedRoot});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("self-signed")});
        const hd::Finding *finding = result.finding(QStringLiteral("self-signed"));
        QCOMPARE(finding->facts.value(QStringLiteral("name")).toString(), kHost);
        QCOMPARE(finding->facts.value(QStringLiteral("fingerprint")).toString(), result.presentedChain.first().sha256Fingerprint);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
    }

    void selfSignedButTrustedIsFine()
    {
        const TestCertificate self = issueCertificate(leafSpec());
        const hd::DiagnosisResult result = serve({self}, {self});
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
    }

    void untrustedRootSentByServer()
    {
        const TestPki pki = makePki({kHost});
        const TestCertificate otherRoot = issueCertificate(caSpec(QStringLiteral("Other Root")));
        const hd::DiagnosisResult result = serve({pki.leaf, pki.intermediate, pki.root}, {otherRoot});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("untrusted-root")});
        const hd::Finding *finding = result.finding(QStringLiteral("untrusted-root"));
        QCOMPARE(finding->facts.value(QStringLiteral("root")).toString(), pki.root.commonName());
        QVERIFY(finding->facts.value(QStringLiteral("rootSent")).toBool());
        QCOMPARE(result.builtChain.size(), 3);
    }

    void untrustedRootNotSentWithoutAia()
    {
        const TestPki pki = makePki({kHost});
        const TestCertificate otherRoot = issueCertificate(caSpec(QStringLiteral("Other Root")));
        const hd::DiagnosisResult result = serve({pki.leaf, pki.intermediate}, {otherRoot});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("untrusted-root")});
        const hd::Finding *finding = result.finding(QStringLiteral("untrusted-root"));
        QCOMPARE(finding->facts.value(QStringLiteral("root")).toString(), pki.root.commonName());
        QVERIFY(!finding->facts.value(QStringLiteral("rootSent")).toBool());
    }

    void incompleteChainProvedByAia_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::newRow("der") << QByteArray("der");
        QTest::newRow("pem") << QByteArray("pem");
    }

    void incompleteChainProvedByAia()
    {
        QFETCH(QByteArray, format);
        HttpTestServer aia;
        QVERIFY(aia.start());
        const TestCertificate root = issueCertificate(caSpec(QStringLiteral("Shop Root CA")));
        const TestCertificate intermediate = issueCertificate(caSpec(QStringLiteral("Shop Issuing CA 2")), root);
        const TestCertificate leaf = issueCertificate(leafSpec(aia.url("/issuing.crt")), intermediate);
        aia.setRoute("/issuing.crt", "application/pkix-cert", format == "der" ? intermediate.der() : intermediate.pem());

        const hd::DiagnosisResult result = serve({leaf}, {root});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("incomplete-chain")});
        const hd::Finding *finding = result.finding(QStringLiteral("incomplete-chain"));
        QCOMPARE(finding->facts.value(QStringLiteral("missing")).toStringList(), QStringList{QStringLiteral("Shop Issuing CA 2")});
        QCOMPARE(finding->facts.value(QStringLiteral("url")).toString(), aia.url("/issuing.crt"));
        QVERIFY(finding->facts.value(QStringLiteral("fetched")).toBool());
        QCOMPARE(aia.requestCount(), 1);
        QCOMPARE(result.builtChain.size(), 3);
        QCOMPARE(result.builtChain[1].origin, hd::CertificateInfo::Origin::FetchedFromAia);
        // The check step is not "OK": it verified only with the downloaded certificate, and
        // it carries the error tied to it, as the card does.
        const auto check = std::find_if(result.timeline.cbegin(), result.timeline.cend(), [](const hd::TimelineStep &step) {
            return step.kind == hd::TimelineStep::Kind::CertificateCheck;
        });
        QVERIFY(check != result.timeline.cend());
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(check->status, hd::TimelineStep::Status::Failed);
        QVERIFY(finding->steps.contains(int(check - result.timeline.cbegin())));
    }

    void incompleteChainAiaUnavailable()
    {
        HttpTestServer aia;
        QVERIFY(aia.start());
        const TestPki pki = makePki({kHost}, leafSpec(aia.url("/missing.crt")));
        const hd::DiagnosisResult result = serve({pki.leaf}, {pki.root});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("incomplete-chain")});
        const hd::Finding *finding = result.finding(QStringLiteral("incomplete-chain"));
        QVERIFY(!finding->facts.value(QStringLiteral("fetched")).toBool());
        QCOMPARE(finding->facts.value(QStringLiteral("missing")).toStringList(), QStringList{pki.intermediate.commonName()});
        QVERIFY2(finding->facts.value(QStringLiteral("error")).toString().contains(QStringLiteral("404")),
                 qPrintable(finding->facts.value(QStringLiteral("error")).toString()));
    }

    // Three ways to send a chain a strict client fails on: out of order, a duplicate, and a
    // certificate of another chain.
    void chainOrder_data()
    {
        QTest::addColumn<QString>("way");
        QTest::addColumn<QStringList>("named");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("out of order") << QStringLiteral("reversed")
                                      << QStringList{QStringLiteral("Shop Issuing CA"), QStringLiteral("Shop Policy CA")}
                                      << QStringLiteral("The certificates are out of order")
                                      << QStringLiteral("证书顺序不对");
        QTest::newRow("duplicate") << QStringLiteral("duplicate") << QStringList{QStringLiteral("Shop Issuing CA")}
                                   << QStringLiteral("“Shop Issuing CA” is sent again as certificate 4.")
                                   << QStringLiteral("“Shop Issuing CA”作为第 4 张证书被重复发送");
        QTest::newRow("another chain") << QStringLiteral("stranger") << QStringList{QStringLiteral("Other Issuing CA")}
                                       << QStringLiteral("“Other Issuing CA” (certificate 4) does not belong to the path")
                                       << QStringLiteral("“Other Issuing CA”（第 4 张证书）不在");
    }

    void chainOrder()
    {
        QFETCH(QString, way);
        QFETCH(QStringList, named);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const TestCertificate root = issueCertificate(caSpec(QStringLiteral("Shop Root CA")));
        const TestCertificate policy = issueCertificate(caSpec(QStringLiteral("Shop Policy CA")), root);
        const TestCertificate issuing = issueCertificate(caSpec(QStringLiteral("Shop Issuing CA")), policy);
        const TestCertificate leaf = issueCertificate(leafSpec(), issuing);
        const TestCertificate stranger = issueCertificate(caSpec(QStringLiteral("Other Issuing CA")), root);
        const QList<TestCertificate> chain = way == QLatin1String("reversed")    ? QList<TestCertificate>{leaf, policy, issuing}
                                             : way == QLatin1String("duplicate") ? QList<TestCertificate>{leaf, issuing, policy, issuing}
                                                                                 : QList<TestCertificate>{leaf, issuing, policy, stranger};
        const hd::DiagnosisResult result = serve(chain, {root});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("chain-order")});
        QVERIFY(result.chainTrusted);
        const hd::Finding *finding = result.finding(QStringLiteral("chain-order"));
        QCOMPARE(finding->severity, hd::Severity::Warning);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(result.verdict(), hd::Verdict::Warning);
        const QStringList rightOrder{kHost, QStringLiteral("Shop Issuing CA"), QStringLiteral("Shop Policy CA")};
        QCOMPARE(finding->facts.value(QStringLiteral("rightOrder")).toStringList(), rightOrder);
        QStringList tied;
        for (const hd::CertificateInfo &cert : result.presentedChain) {
            if (finding->certificates.contains(cert.sha256Fingerprint))
                tied << cert.displayName();
        }
        tied.removeDuplicates();
        std::sort(tied.begin(), tied.end());
        QCOMPARE(tied, named);
        const QString en = evidenceIn(QStringLiteral("en"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(en.contains(english) && en.contains(QStringLiteral("The right order: shop.example.test → Shop Issuing CA → Shop Policy CA.")),
                 qPrintable(en));
        const QString zh = evidenceIn(QStringLiteral("zh_CN"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(zh.contains(chinese) && zh.contains(QStringLiteral("正确的顺序：shop.example.test → Shop Issuing CA → Shop Policy CA")),
                 qPrintable(zh));
    }

    // Healthy look-alikes: the root sent along, and two intermediates in the right order.
    void chainInOrderIsClean()
    {
        const TestPki pki = makePki({kHost});
        const hd::DiagnosisResult withRoot = serve({pki.leaf, pki.intermediate, pki.root}, {pki.root});
        QVERIFY2(withRoot.findings.isEmpty(), qPrintable(describeFindings(withRoot)));
        const TestCertificate root = issueCertificate(caSpec(QStringLiteral("Shop Root CA")));
        const TestCertificate policy = issueCertificate(caSpec(QStringLiteral("Shop Policy CA")), root);
        const TestCertificate issuing = issueCertificate(caSpec(QStringLiteral("Shop Issuing CA")), policy);
        const hd::DiagnosisResult twoLevels = serve({issueCertificate(leafSpec(), issuing), issuing, policy}, {root});
        QVERIFY2(twoLevels.findings.isEmpty(), qPrintable(describeFindings(twoLevels)));
    }

    // Nothing to download: the leaf names no AIA address, and the server sends no
    // intermediate, or one of another authority. Still the chain is incomplete, and the
    // finding names the certificate needed by subject and key identifier.
    void incompleteChainNothingToDownload_data()
    {
        QTest::addColumn<bool>("sendsWrongIntermediate");
        QTest::newRow("nothing sent") << false;
        QTest::newRow("another CA's intermediate sent") << true;
    }

    void incompleteChainNothingToDownload()
    {
        QFETCH(bool, sendsWrongIntermediate);
        const TestPki pki = makePki({kHost});
        const TestCertificate wrong = issueCertificate(caSpec(QStringLiteral("Other Issuing CA")), pki.root);
        const hd::DiagnosisResult result = serve(sendsWrongIntermediate ? QList<TestCertificate>{pki.leaf, wrong}
                                                                        : QList<TestCertificate>{pki.leaf},
                                                 {pki.root});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("incomplete-chain")});
        const hd::Finding *finding = result.finding(QStringLiteral("incomplete-chain"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->facts.value(QStringLiteral("missing")).toStringList(), QStringList{pki.intermediate.commonName()});
        QCOMPARE(finding->facts.value(QStringLiteral("orphan")).toString(), kHost);
        const ASN1_OCTET_STRING *ski = X509_get0_subject_key_id(pki.intermediate.x509());
        QVERIFY(ski);
        const QString keyId = QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(ski)), ASN1_STRING_length(ski)).toHex(':').toUpper();
        QCOMPARE(finding->facts.value(QStringLiteral("missingKeyId")).toString(), keyId);
        QCOMPARE(finding->facts.value(QStringLiteral("sentInstead")).toStringList(),
                 sendsWrongIntermediate ? QStringList{QStringLiteral("Other Issuing CA")} : QStringList{});
        QCOMPARE(finding->certificates.value(0), result.presentedChain.first().sha256Fingerprint);
        const QString en = evidenceIn(QStringLiteral("en"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(en.contains(QStringLiteral("The certificate needed: subject “%1”, key identifier %2.")
                                 .arg(finding->facts.value(QStringLiteral("missingSubject")).toString(), keyId))
                     && en.contains(QLatin1String("names no address to download its issuer from"))
                     && en.contains(QStringLiteral("“full chain” file"))
                     && en.contains(QStringLiteral("The server sent “Other Issuing CA” instead, which did not issue “shop.example.test”."))
                            == sendsWrongIntermediate,
                 qPrintable(en));
        QVERIFY(finding->facts.value(QStringLiteral("missingSubject")).toString().contains(pki.intermediate.commonName()));
        const QString zh = evidenceIn(QStringLiteral("zh_CN"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(zh.contains(keyId) && zh.contains(QStringLiteral("完整证书链")) && zh.contains(QLatin1String("Other Issuing CA")) == sendsWrongIntermediate,
                 qPrintable(zh));
    }

    void extraCaFileWithSystemStore()
    {
        // The user's own CA file is added to the system's store, not instead of it.
        const TestPki pki = makePki({kHost});
        TlsTestServer::Config config;
        config.chain = {pki.leaf, pki.intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        hd::DiagnosisOptions options;
        options.extraCaFile = m_runner.writeFile(QStringLiteral("extra.pem"), pki.root.pem());
        hd::AddressOverride::parse(QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(server->port()), &options.addressOverride);
        const hd::TargetParseResult target = hd::TargetParser::parse(QStringLiteral("https://%1:%2/").arg(kHost).arg(server->port()));
        const hd::DiagnosisResult result = hd::Diagnosis::run(target.target, options);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));

        options.extraCaFile = m_runner.writeFile(QStringLiteral("not-a-cert.pem"), "hello");
        const hd::DiagnosisResult unusable = hd::Diagnosis::run(target.target, options);
        QVERIFY(unusable.findingIds().contains(QStringLiteral("ca-file-unusable")));
        QVERIFY(unusable.findingIds().contains(QStringLiteral("untrusted-root")));
    }

    // A trust store that cannot be used is reported, not silently an empty store.
    void unusableTrustStoreIsReported()
    {
        const TestPki pki = makePki({kHost});
        TlsTestServer::Config config;
        config.chain = {pki.leaf, pki.intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        hd::DiagnosisOptions options;
        hd::AddressOverride::parse(QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(server->port()), &options.addressOverride);
        const hd::TargetParseResult target = hd::TargetParser::parse(QStringLiteral("https://%1:%2/").arg(kHost).arg(server->port()));
        for (const QString &store : {QDir::tempPath(), QStringLiteral("/dev/null"), m_runner.writeFile(QStringLiteral("empty.pem"), "hello")}) {
            options.trustStoreFile = store;
            const hd::DiagnosisResult result = hd::Diagnosis::run(target.target, options);
            QVERIFY2(result.findingIds().value(0) == QLatin1String("trust-store-unusable"), qPrintable(describeFindings(result)));
            QCOMPARE(result.findings.first().facts.value(QStringLiteral("file")).toString(), store);
        }
    }

    // Only regular files, at most CaFile::kMaxBytes, and a cancel stops the reading.
    void caFileReadingIsBounded()
    {
        const hd::CancelToken running;
        for (const QString &path : {QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom"), QDir::tempPath()}) {
            QElapsedTimer timer;
            timer.start();
            const hd::CaFile file = hd::readCaFile(path, running);
            QVERIFY2(!file.error.isEmpty(), qPrintable(path));
            QVERIFY(file.certificates.empty());
            QVERIFY(timer.elapsed() < 1000);
        }
        const QString big = m_runner.writeFile(QStringLiteral("big.pem"), QByteArray());
        QFile sparse(big);
        QVERIFY(sparse.open(QIODevice::ReadWrite));
        QVERIFY(sparse.resize(hd::CaFile::kMaxBytes + 1)); // sparse: no disk used
        sparse.close();
        const hd::CaFile tooBig = hd::readCaFile(big, running);
        QVERIFY2(tooBig.error.contains(QStringLiteral("larger than")), qPrintable(tooBig.error));

        const TestPki pki = makePki({kHost});
        const QString good = m_runner.writeFile(QStringLiteral("good.pem"), pki.root.pem());
        QCOMPARE(int(hd::readCaFile(good, running).certificates.size()), 1);
        const hd::CancelToken cancelled;
        cancelled.cancel();
        const hd::CaFile stopped = hd::readCaFile(good, cancelled);
        QVERIFY(stopped.certificates.empty());
        QVERIFY(!stopped.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
