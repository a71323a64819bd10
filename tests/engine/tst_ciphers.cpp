// Cipher suites and key exchange against real local servers: suites no current client
// shares, weak suites (also ones this OpenSSL lacks, through a hand-made hello), small DH
// groups, and what the compatibility table makes of each.
#include "CauseCatalogue.h"
#include "LegacyTlsServer.h"
#include "OpenSslServer.h"
#include "ScenarioRunner.h"

#include <QtTest>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("suites.example.test");

const hd::TimelineStep *probeStep(const hd::DiagnosisResult &result, const QString &name)
{
    for (const hd::TimelineStep &step : result.timeline) {
        if (step.kind == hd::TimelineStep::Kind::Probe && step.name == name)
            return &step;
    }
    return nullptr;
}

QStringList suitesAt(const hd::DiagnosisResult &result, const QString &version)
{
    const hd::TimelineStep *step = probeStep(result, QStringLiteral("cipher-suites"));
    return step ? step->facts.value(QStringLiteral("suites")).toMap().value(version).toStringList() : QStringList();
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

QVariantMap fact(const hd::DiagnosisResult &result, const QString &id)
{
    const hd::Finding *finding = result.finding(id);
    return finding ? finding->facts : QVariantMap();
}

} // namespace

class TestCiphers : public QObject
{
    Q_OBJECT

private:
    // ECDSA certificate unless rsa: DHE and RSA key exchange need an RSA one.
    std::unique_ptr<TlsTestServer> startTls(TlsTestServer::Config config, bool rsa = false)
    {
        const TestPki &pki = rsa ? m_rsaPki : m_pki;
        config.chain = {pki.leaf, pki.intermediate};
        return m_runner.startServer(config);
    }

    hd::DiagnosisResult diagnose(quint16 port)
    {
        return m_runner.diagnose(port, kHost, {m_pki.root, m_rsaPki.root});
    }

    static TlsTestServer::Config tls12(const QByteArray &cipherList)
    {
        TlsTestServer::Config config;
        config.maxProtocol = TLS1_2_VERSION;
        config.cipherList = cipherList;
        return config;
    }

    ScenarioRunner m_runner;
    TestPki m_pki = makePki({kHost});
    TestPki m_rsaPki = [] {
        CertSpec leaf;
        leaf.key = {KeySpec::Type::Rsa, 2048};
        return makePki({kHost}, leaf);
    }();

private slots:
    // RC4 and 3DES only: no OpenSSL here can even offer them. The main handshake fails with
    // handshake_failure; the probes' hand-made hellos find out why.
    void mismatchObsoleteSuitesOnly()
    {
        LegacyTlsServer::Config config;
        config.legacyVersions = {0x0301, 0x0302, 0x0303};
        config.legacySuites = {0x0005, 0x000A}; // RC4-SHA, 3DES
        LegacyTlsServer server(config);
        QVERIFY(server.start());
        const hd::DiagnosisResult result = diagnose(server.port());
        QVERIFY(result.tlsVersion.isEmpty());
        QCOMPARE(result.findingIds(), (QStringList{QStringLiteral("cipher-mismatch"), QStringLiteral("weak-cipher")}));
        const QStringList expected{QStringLiteral("TLS_RSA_WITH_RC4_128_SHA"), QStringLiteral("TLS_RSA_WITH_3DES_EDE_CBC_SHA")};
        QCOMPARE(suitesAt(result, QStringLiteral("TLS 1.2")), expected);
        QCOMPARE(suitesAt(result, QStringLiteral("TLS 1.0")), expected);
        const QVariantMap mismatch = fact(result, QStringLiteral("cipher-mismatch"));
        QCOMPARE(mismatch.value(QStringLiteral("clients")).toStringList(),
                 (QStringList{QStringLiteral("current-browsers"), QStringLiteral("openssl-3")}));
        QCOMPARE(mismatch.value(QStringLiteral("offered")).toMap().value(QStringLiteral("TLS 1.2")).toStringList(), expected);
        QVERIFY(evidence(result, QStringLiteral("cipher-mismatch"))
                    .contains(QStringLiteral("At TLS 1.2 the server accepts only: TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA.")));
        const QString weak = evidence(result, QStringLiteral("weak-cipher"));
        QVERIFY2(weak.contains(QStringLiteral("TLS_RSA_WITH_RC4_128_SHA (TLS 1.0, TLS 1.1, TLS 1.2): RC4")), qPrintable(weak));
        QVERIFY(weak.contains(QStringLiteral("Sweet32")));
        QVERIFY(weak.contains(QStringLiteral("none of the server's suites has forward secrecy")));
        // Old clients that still offer 3DES or RC4 get in.
        QCOMPARE(row(result, QStringLiteral("windows-7-ie-11"))->cipher, QStringLiteral("TLS_RSA_WITH_3DES_EDE_CBC_SHA"));
        QCOMPARE(row(result, QStringLiteral("curl-openssl-1.0.2"))->outcome, hd::CompatibilityRow::Outcome::Connects);
        QCOMPARE(row(result, QStringLiteral("android-7"))->reason, QStringLiteral("no-common-suite"));
    }

    void mismatchUnusualSuitesOnly()
    {
        auto server = startTls(tls12("ECDHE-ECDSA-CAMELLIA128-SHA256:ECDHE-ECDSA-ARIA128-GCM-SHA256"));
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        // Whether the main handshake got in or failed, the cause named is the same.
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("cipher-mismatch")});
        QCOMPARE(fact(result, QStringLiteral("cipher-mismatch")).value(QStringLiteral("offered")).toMap()
                     .value(QStringLiteral("TLS 1.2")).toStringList(),
                 (QStringList{QStringLiteral("TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256"),
                              QStringLiteral("TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256")}));
        QVERIFY(evidence(result, QStringLiteral("cipher-mismatch")).contains(QStringLiteral("Current browsers")));
    }

    // TLS 1.3 with the CCM suites only: no browser has them.
    void mismatchTls13CcmOnly()
    {
        TlsTestServer::Config config;
        config.minProtocol = TLS1_3_VERSION;
        config.cipherSuites = "TLS_AES_128_CCM_SHA256";
        auto server = startTls(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QVERIFY(result.tlsVersion.isEmpty());
        QCOMPARE(result.findingIds(), (QStringList{QStringLiteral("cipher-mismatch"), QStringLiteral("tls13-only")}));
        QCOMPARE(suitesAt(result, QStringLiteral("TLS 1.3")), QStringList{QStringLiteral("TLS_AES_128_CCM_SHA256")});
    }

    // 3DES next to modern suites: an OpenSSL server behind a front that adds what OpenSSL lacks.
    void weakTripleDesNextToModern()
    {
        TlsTestServer::Config backendConfig = tls12("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384");
        backendConfig.maxProtocol = TLS1_3_VERSION;
        backendConfig.minProtocol = TLS1_2_VERSION;
        auto backend = startTls(backendConfig, true);
        QVERIFY(backend);
        LegacyTlsServer::Config config;
        config.legacyVersions = {0x0303};
        config.legacySuites = {0xC012}; // TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA
        config.backendPort = backend->port();
        config.backendVersions = {0x0303, 0x0304};
        LegacyTlsServer server(config);
        QVERIFY(server.start());
        const hd::DiagnosisResult result = diagnose(server.port());
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("weak-cipher")});
        const QVariantList weak = fact(result, QStringLiteral("weak-cipher")).value(QStringLiteral("suites")).toList();
        QCOMPARE(weak.size(), 1);
        QCOMPARE(weak.first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA"));
        QCOMPARE(weak.first().toMap().value(QStringLiteral("weaknesses")).toStringList(), QStringList{QStringLiteral("3des")});
        QCOMPARE(evidence(result, QStringLiteral("weak-cipher")),
                 QStringLiteral("TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA (TLS 1.2): 3DES with 64-bit blocks, open to the Sweet32 attack."));
        QVERIFY(suitesAt(result, QStringLiteral("TLS 1.2")).contains(QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")));
    }

    void weakNoForwardSecrecy()
    {
        auto server = startTls(tls12("AES128-GCM-SHA256:AES256-GCM-SHA384"), true);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("weak-cipher")});
        const QVariantMap facts = fact(result, QStringLiteral("weak-cipher"));
        QCOMPARE(facts.value(QStringLiteral("noForwardSecrecy")).toString(), QStringLiteral("TLS 1.2"));
        QVERIFY(!facts.contains(QStringLiteral("suites")));
        QVERIFY(evidence(result, QStringLiteral("weak-cipher")).startsWith(QStringLiteral("At TLS 1.2 none of the server's suites has forward secrecy")));
        QCOMPARE(row(result, QStringLiteral("current-browsers"))->cipher, QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256"));
    }

    // The server's own order puts a suite without forward secrecy first.
    void weakPreferenceWithoutForwardSecrecy()
    {
        TlsTestServer::Config config = tls12("AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384");
        config.preferServerCiphers = true;
        auto server = startTls(config, true);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("weak-cipher")});
        const QVariantMap facts = fact(result, QStringLiteral("weak-cipher"));
        QCOMPARE(facts.value(QStringLiteral("prefersNoForwardSecrecy")).toString(), QStringLiteral("TLS 1.2"));
        QCOMPARE(facts.value(QStringLiteral("preferred")).toString(), QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256"));
        QCOMPARE(probeStep(result, QStringLiteral("cipher-suites"))->facts.value(QStringLiteral("serverOrder")).toStringList(),
                 QStringList{QStringLiteral("TLS 1.2")});
        QCOMPARE(suitesAt(result, QStringLiteral("TLS 1.2")),
                 (QStringList{QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256"), QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
                              QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")}));
        // Clients get what the server prefers, not what they list first.
        QCOMPARE(row(result, QStringLiteral("current-browsers"))->cipher, QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256"));
    }

    void weakNullAndCbcSha1_data()
    {
        QTest::addColumn<QByteArray>("cipherList");
        QTest::addColumn<QString>("factKey");
        QTest::addColumn<QString>("evidenceText");
        QTest::newRow("null encryption offered") << QByteArray("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-NULL-SHA:@SECLEVEL=0")
                                                 << QStringLiteral("suites")
                                                 << QStringLiteral("TLS_ECDHE_RSA_WITH_NULL_SHA (TLS 1.0, TLS 1.1, TLS 1.2): no encryption at all.");
        QTest::newRow("cbc with sha-1 only") << QByteArray("ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA")
                                             << QStringLiteral("cbcSha1Only")
                                             << QStringLiteral("At TLS 1.2 the server offers only CBC suites with SHA-1");
    }

    void weakNullAndCbcSha1()
    {
        QFETCH(QByteArray, cipherList);
        QFETCH(QString, factKey);
        QFETCH(QString, evidenceText);
        auto server = startTls(tls12(cipherList), true);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("weak-cipher")});
        QVERIFY(fact(result, QStringLiteral("weak-cipher")).contains(factKey));
        QVERIFY2(evidence(result, QStringLiteral("weak-cipher")).contains(evidenceText), qPrintable(evidence(result, QStringLiteral("weak-cipher"))));
        QCOMPARE(result.findings.first().severity, hd::Severity::Warning);
    }

    void weakDh_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("severity");
        QTest::newRow("1024: Oakley group 2") << 1024 << int(hd::Severity::Warning);
        QTest::newRow("1536") << 1536 << int(hd::Severity::Warning);
    }

    void weakDh()
    {
        QFETCH(int, bits);
        QFETCH(int, severity);
        TlsTestServer::Config config = tls12("ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384");
        config.dhBits = bits;
        auto server = startTls(config, true);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("weak-dh")});
        const hd::Finding *finding = result.finding(QStringLiteral("weak-dh"));
        QCOMPARE(int(finding->severity), severity);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(finding->facts.value(QStringLiteral("bits")).toInt(), bits);
        QCOMPARE(finding->facts.value(QStringLiteral("suites")).toStringList(),
                 (QStringList{QStringLiteral("TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"), QStringLiteral("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")}));
        QVERIFY(evidence(result, QStringLiteral("weak-dh")).startsWith(QStringLiteral("The server's Diffie-Hellman group has %1 bits").arg(bits)));
        QVERIFY(evidence(result, QStringLiteral("weak-dh")).contains(QStringLiteral("x25519")));
        QCOMPARE(probeStep(result, QStringLiteral("key-exchange"))->facts.value(QStringLiteral("dhBits")).toInt(), bits);
    }

    // Export-grade DHE with a 512-bit group (Logjam), next to modern suites. OpenSSL can
    // neither serve nor accept such a group: a front answers for it, and the probe reads the
    // prime from the ServerKeyExchange of a hand-made hello.
    void weakDhExportGrade()
    {
        TlsTestServer::Config backendConfig = tls12("ECDHE-RSA-AES128-GCM-SHA256");
        backendConfig.minProtocol = TLS1_2_VERSION;
        backendConfig.maxProtocol = TLS1_3_VERSION;
        auto backend = startTls(backendConfig, true);
        QVERIFY(backend);
        LegacyTlsServer::Config config;
        config.legacyVersions = {0x0303};
        config.legacySuites = {0x0014}; // TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA
        config.dhBits = 512;
        config.backendPort = backend->port();
        config.backendVersions = {0x0303, 0x0304};
        LegacyTlsServer server(config);
        QVERIFY(server.start());
        const hd::DiagnosisResult result = diagnose(server.port());
        QCOMPARE(result.findingIds(), (QStringList{QStringLiteral("weak-dh"), QStringLiteral("weak-cipher")}));
        const hd::Finding *finding = result.finding(QStringLiteral("weak-dh"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->facts.value(QStringLiteral("bits")).toInt(), 512);
        QCOMPARE(finding->facts.value(QStringLiteral("suites")).toStringList(), QStringList{QStringLiteral("TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA")});
        QVERIFY(evidence(result, QStringLiteral("weak-dh")).contains(QStringLiteral("refused by current clients")));
        QVERIFY(evidence(result, QStringLiteral("weak-cipher")).contains(QStringLiteral("export-grade keys")));
    }

    // DHE only, with 1024 bits: browsers have no DHE at all, and OpenSSL 3 clients at
    // security level 2 refuse the group.
    void dheOnlyServer()
    {
        TlsTestServer::Config config = tls12("DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES128-SHA");
        config.dhBits = 1024;
        auto server = startTls(config, true);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QCOMPARE(result.findingIds(), (QStringList{QStringLiteral("cipher-mismatch"), QStringLiteral("weak-dh")}));
        QCOMPARE(fact(result, QStringLiteral("cipher-mismatch")).value(QStringLiteral("clients")).toStringList(),
                 QStringList{QStringLiteral("current-browsers")});
        QCOMPARE(fact(result, QStringLiteral("weak-dh")).value(QStringLiteral("refusingClients")).toStringList(),
                 QStringList{QStringLiteral("openssl-3")});
        QCOMPARE(row(result, QStringLiteral("openssl-3"))->reason, QStringLiteral("dh-too-small"));
        QCOMPARE(row(result, QStringLiteral("java-8"))->outcome, hd::CompatibilityRow::Outcome::Connects);
        QVERIFY(hd::Compatibility::explain(*row(result, QStringLiteral("openssl-3"))).contains(QStringLiteral("1024-bit DH group")));
    }

    void strongDhIsFine()
    {
        TlsTestServer::Config config = tls12("ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256");
        config.dhBits = 2048;
        auto server = startTls(config, true);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(probeStep(result, QStringLiteral("key-exchange"))->facts.value(QStringLiteral("dhBits")).toInt(), 2048);
    }

    // Windows 7 has no ECDHE with AES-GCM: a server with only those loses it, and nobody else.
    void compatibilityWindows7()
    {
        auto server = startTls(tls12("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384"), true);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        for (const hd::CompatibilityRow &client : result.compatibility) {
            const bool windows7 = client.clientId == QLatin1String("windows-7-ie-11");
            QCOMPARE(client.outcome, windows7 ? hd::CompatibilityRow::Outcome::Fails : hd::CompatibilityRow::Outcome::Connects);
        }
        const hd::CompatibilityRow *windows7 = row(result, QStringLiteral("windows-7-ie-11"));
        QCOMPARE(windows7->reason, QStringLiteral("no-common-suite"));
        QCOMPARE(hd::Compatibility::explain(*windows7), QStringLiteral("No cipher suite in common at TLS 1.2."));
    }

    // X25519 only: Java 8 and OpenSSL 1.0.2 predate it.
    void compatibilityCurves()
    {
        TlsTestServer::Config config = tls12("ECDHE-RSA-AES128-GCM-SHA256");
        config.groups = "X25519";
        auto server = startTls(config, true);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(probeStep(result, QStringLiteral("key-exchange"))->facts.value(QStringLiteral("groups")).toStringList(),
                 QStringList{QStringLiteral("x25519")});
        QCOMPARE(row(result, QStringLiteral("java-8"))->reason, QStringLiteral("no-common-group"));
        QCOMPARE(row(result, QStringLiteral("curl-openssl-1.0.2"))->reason, QStringLiteral("no-common-group"));
        QCOMPARE(row(result, QStringLiteral("android-7"))->outcome, hd::CompatibilityRow::Outcome::Connects);
    }

    // The server's groups are ones browsers do not offer, named in both languages.
    void verifyNoCommonGroup(const hd::DiagnosisResult &result, const QString &serverGroup, const QString &firstLine)
    {
        QCOMPARE(result.findings.value(0).id, QStringLiteral("no-common-group"));
        QVERIFY2(!result.finding(QStringLiteral("handshake-alert")) && !result.finding(QStringLiteral("cipher-mismatch")),
                 qPrintable(describeFindings(result)));
        const hd::Finding *finding = result.finding(QStringLiteral("no-common-group"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Server);
        QCOMPARE(result.verdict(), hd::Verdict::Fail);
        QCOMPARE(finding->facts.value(QStringLiteral("serverGroups")).toStringList(), QStringList{serverGroup});
        const QString en = evidenceIn(QStringLiteral("en"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(en.contains(firstLine) && en.contains(QStringLiteral("accepts only these key-exchange groups: %1.").arg(serverGroup))
                     && en.contains(QLatin1String("x25519, secp256r1, secp384r1")),
                 qPrintable(en));
        const QString zh = evidenceIn(QStringLiteral("zh_CN"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(zh.contains(serverGroup) && zh.contains(QLatin1String("x25519")) && !zh.contains(QLatin1String("accepts only")),
                 qPrintable(zh));
        const QString steps = hd::CauseCatalogue::render(*finding).fixSteps.join(QLatin1Char(' '));
        for (const char *server : {"nginx", "Apache", "IIS"})
            QVERIFY2(steps.contains(QLatin1String(server)), server);
    }

    // A real `openssl s_server -groups brainpoolP256r1`: no TLS 1.3 at all (OpenSSL 3.0 has
    // no brainpool for it), and under TLS 1.2 only a curve browsers dropped.
    void noCommonGroupBrainpool()
    {
        if (OpenSslServer::program().isEmpty())
            QSKIP("openssl is not installed");
        OpenSslServer server;
        QVERIFY2(server.start(m_runner.writeFile(QStringLiteral("groups-leaf.pem"), m_pki.leaf.pem()),
                              m_runner.writeFile(QStringLiteral("groups-leaf-key.pem"), m_pki.leaf.privateKeyPem()),
                              m_runner.writeFile(QStringLiteral("groups-intermediate.pem"), m_pki.intermediate.pem()),
                              {QStringLiteral("-groups"), QStringLiteral("brainpoolP256r1")}),
                 qPrintable(server.output()));
        const hd::DiagnosisResult result = diagnose(server.port());
        verifyNoCommonGroup(result, QStringLiteral("brainpoolP256r1"), QStringLiteral("refused the handshake with the alert handshake_failure"));
    }

    // Finite-field groups only, TLS 1.3 only: this OpenSSL offers ffdhe2048 and connects;
    // browsers offer no finite-field group under TLS 1.3.
    void noCommonGroupFfdhe()
    {
        TlsTestServer::Config config;
        config.minProtocol = config.maxProtocol = TLS1_3_VERSION;
        config.groups = "ffdhe2048";
        auto server = startTls(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        verifyNoCommonGroup(result, QStringLiteral("ffdhe2048"), QStringLiteral("worked only because its OpenSSL also offers ffdhe2048"));
        QCOMPARE(probeStep(result, QStringLiteral("server-groups"))->facts.value(QStringLiteral("rejectedGroups")).toStringList().size(), 10);
    }

    // Healthy look-alikes: the same uncommon groups, next to one browsers offer.
    void uncommonGroupsNextToCommonOnes_data()
    {
        QTest::addColumn<QByteArray>("groups");
        QTest::addColumn<int>("maxProtocol");
        QTest::newRow("brainpool and P-256") << QByteArray("brainpoolP256r1:P-256") << int(TLS1_2_VERSION);
        QTest::newRow("ffdhe2048 and X25519") << QByteArray("ffdhe2048:X25519") << int(TLS1_3_VERSION);
    }

    void uncommonGroupsNextToCommonOnes()
    {
        QFETCH(QByteArray, groups);
        QFETCH(int, maxProtocol);
        TlsTestServer::Config config;
        config.minProtocol = maxProtocol == TLS1_3_VERSION ? TLS1_3_VERSION : 0;
        config.maxProtocol = maxProtocol;
        config.groups = groups;
        auto server = startTls(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(server->port());
        QVERIFY2(!result.finding(QStringLiteral("no-common-group")), qPrintable(describeFindings(result)));
        QVERIFY(!probeStep(result, QStringLiteral("server-groups")));
    }
};

QTEST_GUILESS_MAIN(TestCiphers)
#include "tst_ciphers.moc"
