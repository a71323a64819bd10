// Through a real HTTP proxy (tinyproxy on 127.0.0.1): the tunnel with Basic authentication,
// its refusals as their own findings, and every probe through the same tunnel.
#include "HttpTestServer.h"
#include "InterferingRelay.h"
#include "ResultJson.h"
#include "ScenarioRunner.h"
#include "TinyProxy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("localhost"); // the proxy looks it up, not us

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QStringList proxySteps(const hd::DiagnosisResult &result)
{
    QStringList steps;
    for (const hd::TimelineStep &step : result.timeline) {
        if (step.kind == hd::TimelineStep::Kind::Proxy)
            steps << step.name + QLatin1Char(':') + hd::stepStatusKey(step.status);
    }
    return steps;
}

hd::CheckResult check(const hd::DiagnosisResult &result, const QString &id)
{
    for (const hd::CheckResult &check : result.checks) {
        if (check.id == id)
            return check;
    }
    return {};
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private:
    hd::DiagnosisResult diagnose(quint16 port, hd::ProxyMode mode, const QString &proxyUrl, bool probes = false)
    {
        const hd::TargetParseResult parsed = hd::TargetParser::parse(QStringLiteral("https://%1:%2/").arg(kHost).arg(port));
        hd::DiagnosisOptions options;
        options.timeoutMs = 8000;
        options.trustStoreFile = m_runner.writeFile(QStringLiteral("anchors.pem"), pemBundle({m_pki.root}));
        options.proxyMode = mode;
        options.proxyUrl = proxyUrl;
        options.runProbes = probes;
        return hd::Diagnosis::run(parsed.target, options);
    }

    ScenarioRunner m_runner;
    TestPki m_pki = makePki({kHost});
    std::unique_ptr<TlsTestServer> m_server;
    quint16 m_closedPort = 0;
    TinyProxy m_proxy;

private slots:
    void initTestCase()
    {
        if (!TinyProxy::available())
            QFAIL("tinyproxy is not installed: run scripts/install-deps.sh");
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        m_server = m_runner.startServer(config);
        QVERIFY(m_server);
        m_closedPort = closedPort();
        QVERIFY2(m_proxy.start({QStringLiteral("hduser"), QStringLiteral("s3cret"), {m_server->port(), m_closedPort}}),
                 qPrintable(m_proxy.error()));
    }

    // The whole diagnosis through the tunnel, the probes' extra connections included: the
    // probes have no address of the site to go to directly, so they answer only through it.
    void tunnelWithLogin()
    {
        const hd::DiagnosisResult result = diagnose(m_server->port(), hd::ProxyMode::Given, m_proxy.url(true), true);
        QCOMPARE(proxySteps(result), (QStringList{"dns:ok", "tcp:ok", "connect:ok"}));
        QVERIFY2(result.findingIds().filter(QStringLiteral("proxy-")).isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(result.tlsVersion, QStringLiteral("TLS 1.3"));
        QCOMPARE(result.httpStatusLine.left(12), QStringLiteral("HTTP/1.1 200"));
        QCOMPARE(check(result, QStringLiteral("protocol-versions")).outcome, hd::CheckResult::Outcome::Passed);
        QCOMPARE(check(result, QStringLiteral("cipher-suites")).outcome, hd::CheckResult::Outcome::Passed);
        QCOMPARE(result.timeline.first().kind, hd::TimelineStep::Kind::Proxy);
        const QString connect = QStringLiteral("CONNECT localhost:%1 HTTP/1.1").arg(m_server->port());
        QVERIFY2(m_proxy.requests().count(connect) > 3, qPrintable(m_proxy.requests().join(QLatin1Char('\n'))));
    }

    // The missing intermediate is downloaded the browser's way: a GET through the proxy.
    void downloadsThroughProxy()
    {
        HttpTestServer aia;
        QVERIFY(aia.start());
        CertSpec leafSpec;
        leafSpec.dnsNames = {kHost};
        leafSpec.aiaCaIssuersUrl = aia.url("/issuing.crt");
        const TestPki pki = makePki({kHost}, leafSpec);
        aia.setRoute("/issuing.crt", "application/pkix-cert", pki.intermediate.der());
        TlsTestServer::Config config;
        config.chain = {pki.leaf};
        const auto server = m_runner.startServer(config);
        QVERIFY(server);
        TinyProxy proxy;
        QVERIFY2(proxy.start({QStringLiteral("hduser"), QStringLiteral("s3cret"), {server->port()}}), qPrintable(proxy.error()));

        const hd::TargetParseResult parsed = hd::TargetParser::parse(QStringLiteral("https://%1:%2/").arg(kHost).arg(server->port()));
        hd::DiagnosisOptions options;
        options.trustStoreFile = m_runner.writeFile(QStringLiteral("aia-anchors.pem"), pemBundle({pki.root}));
        options.proxyMode = hd::ProxyMode::Given;
        options.proxyUrl = proxy.url(true);
        options.runProbes = false;
        const hd::DiagnosisResult result = hd::Diagnosis::run(parsed.target, options);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("incomplete-chain")});
        QVERIFY(result.finding(QStringLiteral("incomplete-chain"))->facts.value(QStringLiteral("fetched")).toBool());
        QCOMPARE(aia.requestCount(), 1);
        QVERIFY2(proxy.requests().contains(QStringLiteral("GET %1 HTTP/1.1").arg(aia.url("/issuing.crt"))),
                 qPrintable(proxy.requests().join(QLatin1Char('\n'))));
    }

    void loginRequired()
    {
        const hd::DiagnosisResult result = diagnose(m_server->port(), hd::ProxyMode::Given, m_proxy.url(false));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("proxy-auth-required")});
        const hd::Finding *finding = result.finding(QStringLiteral("proxy-auth-required"));
        QCOMPARE(finding->facts.value(QStringLiteral("scheme")).toString(), QStringLiteral("Basic"));
        QVERIFY(finding->facts.value(QStringLiteral("statusLine")).toString().contains(QLatin1String("407")));
        QCOMPARE(finding->facts.value(QStringLiteral("credentialsGiven")).toBool(), false);
        QCOMPARE(proxySteps(result), (QStringList{"dns:ok", "tcp:ok", "connect:failed"}));
        QCOMPARE(result.timeline[finding->steps.value(0)].name, QStringLiteral("connect"));
        QCOMPARE(check(result, QStringLiteral("handshake")).reason, QStringLiteral("no-connection"));
        QCOMPARE(result.verdict(), hd::Verdict::Fail);
    }

    void wrongPassword()
    {
        const QString url = QStringLiteral("http://hduser:wrong@127.0.0.1:%1").arg(m_proxy.port());
        const hd::DiagnosisResult result = diagnose(m_server->port(), hd::ProxyMode::Given, url);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("proxy-auth-required")});
        QCOMPARE(result.findings.first().facts.value(QStringLiteral("credentialsGiven")).toBool(), true);
    }

    // The deny rule: CONNECT only to the allowed ports.
    void refusedByPolicy()
    {
        const quint16 denied = closedPort();
        const hd::DiagnosisResult result = diagnose(denied, hd::ProxyMode::Given, m_proxy.url(true));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("proxy-refused")});
        const hd::Finding &finding = result.findings.first();
        QVERIFY(finding.facts.value(QStringLiteral("statusLine")).toString().contains(QLatin1String("403")));
        QCOMPARE(finding.fixedBy, hd::FixedBy::Network);
    }

    // The proxy's way to the site fails: nothing listens on an allowed port.
    void proxyCannotReachSite()
    {
        const hd::DiagnosisResult result = diagnose(m_closedPort, hd::ProxyMode::Given, m_proxy.url(true));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("proxy-failed")});
        QVERIFY(result.findings.first().facts.value(QStringLiteral("statusLine")).toString().startsWith(QLatin1String("HTTP/1.")));
        QCOMPARE(result.findings.first().facts.value(QStringLiteral("status")).toInt() / 100, 5);
    }

    void proxyDown()
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        const hd::DiagnosisResult result = diagnose(m_server->port(), hd::ProxyMode::Given, url);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("proxy-unreachable")});
        QCOMPARE(result.findings.first().facts.value(QStringLiteral("stage")).toString(), QStringLiteral("tcp"));
        QCOMPARE(proxySteps(result), (QStringList{"dns:ok", "tcp:failed"}));
    }

    // As the browser: the proxy the environment names (Linux), unless told --no-proxy.
    void systemProxy()
    {
        qputenv("https_proxy", m_proxy.url(false).toUtf8());
        qunsetenv("no_proxy");
        const hd::DiagnosisResult viaSystem = diagnose(m_server->port(), hd::ProxyMode::System, {});
        const hd::DiagnosisResult direct = diagnose(m_server->port(), hd::ProxyMode::None, {});
        qputenv("no_proxy", kHost.toUtf8());
        const hd::DiagnosisResult exempt = diagnose(m_server->port(), hd::ProxyMode::System, {});
        qunsetenv("no_proxy");
        qunsetenv("https_proxy");
        QCOMPARE(proxySteps(exempt), QStringList()); // no_proxy names it: the browser goes directly
        QCOMPARE(exempt.tlsVersion, QStringLiteral("TLS 1.3"));
        QCOMPARE(viaSystem.findingIds(), QStringList{QStringLiteral("proxy-auth-required")});
        QCOMPARE(viaSystem.findings.first().facts.value(QStringLiteral("source")).toString(), QStringLiteral("system"));
        QCOMPARE(proxySteps(direct), QStringList());
        QVERIFY2(direct.findingIds().filter(QStringLiteral("proxy-")).isEmpty(), qPrintable(describeFindings(direct)));
        QCOMPARE(direct.tlsVersion, QStringLiteral("TLS 1.3"));
    }

    void cliThroughProxy()
    {
        QProcess cli;
        cli.start(QStringLiteral(HD_CLI_PATH), {QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en"),
                                                QStringLiteral("--proxy"), m_proxy.url(false),
                                                QStringLiteral("https://%1:%2/").arg(kHost).arg(m_server->port())});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 2);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonObject finding = json.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(finding.value(QStringLiteral("id")).toString(), QStringLiteral("proxy-auth-required"));
        QCOMPARE(json.value(QStringLiteral("timeline")).toArray().first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("proxy"));

        for (const QStringList &args : {QStringList{QStringLiteral("--proxy"), QStringLiteral("socks5://x:1")},
                                        QStringList{QStringLiteral("--proxy"), m_proxy.url(false), QStringLiteral("--no-proxy")}}) {
            QProcess bad;
            bad.start(QStringLiteral(HD_CLI_PATH), args + QStringList{QStringLiteral("localhost")});
            QVERIFY(bad.waitForFinished(10000));
            QCOMPARE(bad.exitCode(), 64);
        }
    }

    // GNOME's settings name a proxy script (PAC) and no proxy comes out of it (Qt cannot run
    // one on Linux): the script is read, and what kept it from being used is a finding. The
    // settings live in a keyfile of the test's own, as GSETTINGS_BACKEND=keyfile reads them.
    void proxyScript_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("missing") << QByteArray() << "unreachable" << "could not be read: HTTP/1.1 404";
        QTest::newRow("no function") << QByteArray("<html>login first</html>") << "invalid" << "does not define FindProxyForURL";
        QTest::newRow("valid, not run here") << QByteArray("function FindProxyForURL(url, host) { return \"PROXY 127.0.0.1:1\"; }")
                                             << "not-evaluated" << "cannot evaluate proxy scripts on this system";
    }

    void proxyScript()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, reason);
        QFETCH(QString, evidence);
        HttpTestServer pacServer;
        QVERIFY(pacServer.start());
        if (!script.isEmpty())
            pacServer.setRoute("/proxy.pac", "application/x-ns-proxy-autoconfig", script);
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("glib-2.0/settings"))));
        writeFile(config.filePath(QStringLiteral("glib-2.0/settings/keyfile")),
                  "[system/proxy]\nmode='auto'\nautoconfig-url='" + pacServer.url("/proxy.pac").toUtf8() + "'\n");
        qputenv("GSETTINGS_BACKEND", "keyfile");
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        qputenv("XDG_CURRENT_DESKTOP", "GNOME");
        const hd::DiagnosisResult result = diagnose(m_server->port(), hd::ProxyMode::System, {});
        qunsetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("GSETTINGS_BACKEND");

        QCOMPARE(proxySteps(result), QStringList{QStringLiteral("pac:warning")});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("proxy-script-unusable")});
        QCOMPARE(result.findings.first().facts.value(QStringLiteral("reason")).toString(), reason);
        const QString text = evidenceIn(QStringLiteral("en"), result.findings.first()).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(evidence), qPrintable(text));
        QCOMPARE(result.tlsVersion, QStringLiteral("TLS 1.3")); // it went directly
    }

    // A TLS inspection box as the proxy: it answers CONNECT itself and re-signs the site
    // with a root of its own. A direct connection shows the site's own certificate, so the
    // finding can say that the proxy replaced it.
    void interceptingProxyComparedDirectly()
    {
        const QString host = QStringLiteral("shop.example.org"); // a public name: no private root expected
        const TestPki site = makePki({host});
        const TestPki inspector = makePki({host});
        TlsTestServer::Config siteConfig;
        siteConfig.chain = {site.leaf, site.intermediate};
        auto siteServer = m_runner.startServer(siteConfig);
        QVERIFY(siteServer);
        TlsTestServer::Config boxConfig;
        boxConfig.chain = {inspector.leaf, inspector.intermediate};
        boxConfig.interceptConnect = true;
        auto box = m_runner.startServer(boxConfig);
        QVERIFY(box);

        hd::DiagnosisOptions options;
        options.timeoutMs = 8000;
        options.runProbes = false;
        options.trustStoreFile = m_runner.writeFile(QStringLiteral("inspected.pem"), pemBundle({site.root, inspector.root}));
        options.proxyMode = hd::ProxyMode::Given;
        options.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(box->port());
        QVERIFY(hd::AddressOverride::parse(QStringLiteral("%1:%2:127.0.0.1").arg(host).arg(siteServer->port()), &options.addressOverride));
        const hd::Target target = hd::TargetParser::parse(QStringLiteral("https://%1:%2/").arg(host).arg(siteServer->port())).target;
        const hd::DiagnosisResult result = hd::Diagnosis::run(target, options);

        const QList<hd::Finding> found = result.findings;
        const auto interception = std::find_if(found.cbegin(), found.cend(), [](const hd::Finding &f) { return f.id == QLatin1String("interception"); });
        QVERIFY2(interception != found.cend(), qPrintable(describeFindings(result)));
        QCOMPARE(interception->facts.value(QStringLiteral("direct")).toString(), QStringLiteral("different"));
        const QString evidence = evidenceIn(QStringLiteral("en"), *interception).join(QLatin1Char('\n'));
        QVERIFY2(evidence.contains(QStringLiteral("got another certificate")), qPrintable(evidence));
        QCOMPARE(siteServer->acceptedConnections(), 1); // the direct comparison, nothing else
    }

    // A company proxy that does not inspect, in front of a site whose own root is private
    // (a public name certified by the company's own CA): the chain ends at a root that is not
    // public, but a direct connection gets the very same certificate, so the finding says the
    // proxy passed it through and did not put that root there.
    void passThroughProxyComparedDirectly()
    {
        const QString host = QStringLiteral("intranet.example.org"); // a public name
        const TestPki site = makePki({host});
        TlsTestServer::Config siteConfig;
        siteConfig.chain = {site.leaf, site.intermediate};
        auto siteServer = m_runner.startServer(siteConfig);
        QVERIFY(siteServer);
        InterferingRelay proxy(siteServer->port(), InterferingRelay::Mode::ConnectTunnel);
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));

        hd::DiagnosisOptions options;
        options.timeoutMs = 8000;
        options.runProbes = false;
        options.trustStoreFile = m_runner.writeFile(QStringLiteral("private-site.pem"), pemBundle({site.root}));
        options.proxyMode = hd::ProxyMode::Given;
        options.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        QVERIFY(hd::AddressOverride::parse(QStringLiteral("%1:%2:127.0.0.1").arg(host).arg(siteServer->port()), &options.addressOverride));
        const hd::Target target = hd::TargetParser::parse(QStringLiteral("https://%1:%2/").arg(host).arg(siteServer->port())).target;
        const hd::DiagnosisResult result = hd::Diagnosis::run(target, options);

        QCOMPARE(proxySteps(result), (QStringList{"dns:ok", "tcp:ok", "connect:ok"}));
        QCOMPARE(proxy.relayed(), 1);
        QCOMPARE(siteServer->acceptedConnections(), 2); // through the tunnel, then directly
        const auto direct = std::find_if(result.timeline.cbegin(), result.timeline.cend(),
                                         [](const hd::TimelineStep &step) { return step.name == QLatin1String("direct"); });
        QVERIFY(direct != result.timeline.cend());
        QCOMPARE(direct->facts.value(QStringLiteral("outcome")).toString(), QStringLiteral("same"));
        const hd::Finding *interception = result.finding(QStringLiteral("interception"));
        QVERIFY2(interception, qPrintable(describeFindings(result)));
        QCOMPARE(interception->facts.value(QStringLiteral("direct")).toString(), QStringLiteral("same"));
        QCOMPARE(interception->facts.value(QStringLiteral("root")).toString(), site.root.commonName());
        const QString evidence = evidenceIn(QStringLiteral("en"), *interception).join(QLatin1Char('\n'));
        QVERIFY2(evidence.contains(QStringLiteral("got the same certificate: the proxy passes it through unchanged")), qPrintable(evidence));
        // Only the proxy is cleared: the root may be the site's own or a device's that sees both ways.
        QVERIFY2(evidence.contains(QStringLiteral("from the site itself")), qPrintable(evidence));
        QVERIFY2(!evidence.contains(QStringLiteral("replaces")), qPrintable(evidence));
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
