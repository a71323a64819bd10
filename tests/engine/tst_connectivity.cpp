// Reaching the server: refused, silent, hung up, not speaking TLS, name not found.
#include "BlackholeListener.h"
#include "CauseCatalogue.h"
#include "InterferingRelay.h"
#include "ResultJson.h"
#include "ScenarioRunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

using namespace testsupport;
using Behavior = TlsTestServer::Behavior;
using RelayMode = InterferingRelay::Mode;

namespace {

const QString kHost = QStringLiteral("svc.example.test");

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestConnectivity : public QObject
{
    Q_OBJECT

private:
    // A healthy server behind a device in the path that behaves as `mode` says.
    // Afterwards m_interfered and m_relayed say what the device did.
    hd::DiagnosisResult diagnoseThroughRelay(RelayMode mode, int timeoutMs)
    {
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        auto server = m_runner.startServer(config);
        if (!server)
            return {};
        // Our own ClientHello offers every suite (about 440 bytes); the small retries stay under 300.
        InterferingRelay relay(server->port(), mode, kLargeHelloBytes);
        QString error;
        if (!relay.start(&error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        hd::DiagnosisResult result = m_runner.diagnose(relay.port(), kHost, {m_pki.root}, timeoutMs);
        m_interfered = relay.interfered();
        m_relayed = relay.relayed();
        return result;
    }

    static constexpr int kLargeHelloBytes = 400;
    int m_interfered = 0;
    int m_relayed = 0;
    hd::DiagnosisResult diagnoseBehavior(Behavior behavior, int timeoutMs = 8000)
    {
        TlsTestServer::Config config;
        config.behavior = behavior;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        auto server = m_runner.startServer(config);
        if (!server)
            return {};
        return m_runner.diagnose(server->port(), kHost, {m_pki.root}, timeoutMs);
    }

    ScenarioRunner m_runner;
    TestPki m_pki = makePki({kHost});

private slots:
    void connectionRefused()
    {
        const quint16 port = closedPort();
        const hd::DiagnosisResult result = m_runner.diagnose(port, kHost, {m_pki.root});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("connection-refused")});
        const hd::Finding *finding = result.finding(QStringLiteral("connection-refused"));
        QCOMPARE(finding->facts.value(QStringLiteral("port")).toInt(), int(port));
        QCOMPARE(finding->facts.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(result.verdict(), hd::Verdict::Fail);
    }

    void connectionRefusedOnIpLiteral()
    {
        const quint16 port = closedPort();
        const hd::DiagnosisResult result = m_runner.diagnoseUrl(QStringLiteral("127.0.0.1:%1").arg(port), port, {m_pki.root});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("connection-refused")});
        QCOMPARE(result.timeline.first().facts.value(QStringLiteral("source")).toString(), QStringLiteral("literal"));
    }

    void connectionRefusedOnIpv6Literal()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("no IPv6 loopback here");
        const quint16 port = probe.serverPort();
        probe.close();
        const hd::DiagnosisResult result = m_runner.diagnoseUrl(QStringLiteral("https://[::1]:%1/").arg(port), port, {m_pki.root});
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("connection-refused")});
        QCOMPARE(result.finding(QStringLiteral("connection-refused"))->facts.value(QStringLiteral("address")).toString(),
                 QStringLiteral("::1"));
    }

    void handshakeTimeoutOnHangingServer()
    {
        QElapsedTimer timer;
        timer.start();
        const hd::DiagnosisResult result = diagnoseBehavior(Behavior::Hang, 1000);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("timeout")});
        const hd::Finding *finding = result.finding(QStringLiteral("timeout"));
        QCOMPARE(finding->facts.value(QStringLiteral("phase")).toString(), QStringLiteral("handshake"));
        QCOMPARE(finding->facts.value(QStringLiteral("after")).toString(), QStringLiteral("ClientHello"));
        QCOMPARE(finding->fixedBy, hd::FixedBy::Network);
    }

    void connectTimeoutOnFullBacklog()
    {
        BlackholeListener blackhole;
        if (!blackhole.start())
            QSKIP(qPrintable(blackhole.errorString()));
        QElapsedTimer timer;
        timer.start();
        const hd::DiagnosisResult result = m_runner.diagnose(blackhole.port(), kHost, {m_pki.root}, 1000);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("timeout")});
        QCOMPARE(result.finding(QStringLiteral("timeout"))->facts.value(QStringLiteral("phase")).toString(),
                 QStringLiteral("connect"));
    }

    void handshakeAborted_data()
    {
        QTest::addColumn<Behavior>("behavior");
        QTest::addColumn<QString>("how");
        QTest::newRow("close after ClientHello") << Behavior::CloseAfterClientHello << QStringLiteral("closed");
        QTest::newRow("reset after ClientHello") << Behavior::ResetAfterClientHello << QStringLiteral("reset");
    }

    void handshakeAborted()
    {
        QFETCH(Behavior, behavior);
        QFETCH(QString, how);
        const hd::DiagnosisResult result = diagnoseBehavior(behavior);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("handshake-aborted")});
        const hd::Finding *finding = result.finding(QStringLiteral("handshake-aborted"));
        QCOMPARE(finding->facts.value(QStringLiteral("how")).toString(), how);
        QCOMPARE(finding->facts.value(QStringLiteral("after")).toString(), QStringLiteral("ClientHello"));
        // Probes report after the main connection; that connection ends with the failure.
        const auto mainSteps = std::find_if(result.timeline.crbegin(), result.timeline.crend(), [](const hd::TimelineStep &step) {
            return step.kind != hd::TimelineStep::Kind::Probe;
        });
        QVERIFY(mainSteps != result.timeline.crend());
        QCOMPARE(mainSteps->kind, hd::TimelineStep::Kind::TlsFailed);
    }

    // Two devices that break TLS 1.3 handshakes: one resets every ClientHello that offers
    // TLS 1.3, one swallows large ClientHellos and never answers.
    void versionInterference_data()
    {
        QTest::addColumn<RelayMode>("mode");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("trigger");
        QTest::newRow("resets TLS 1.3 offers") << RelayMode::ResetTls13 << 8000 << QStringLiteral("reset") << QStringLiteral("tls13");
        QTest::newRow("drops large ClientHellos") << RelayMode::DropLarge << 4000 << QStringLiteral("stalled") << QStringLiteral("size");
    }

    void versionInterference()
    {
        QFETCH(RelayMode, mode);
        QFETCH(int, timeoutMs);
        QFETCH(QString, how);
        QFETCH(QString, trigger);
        QElapsedTimer timer;
        timer.start();
        const hd::DiagnosisResult result = diagnoseThroughRelay(mode, timeoutMs);
        QVERIFY2(timer.elapsed() < timeoutMs + 1500, qPrintable(QString::number(timer.elapsed())));
        // Not handshake-aborted or timeout; and the probes' refused connections are the device's.
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("version-interference")});
        const hd::Finding *finding = result.finding(QStringLiteral("version-interference"));
        QCOMPARE(finding->severity, hd::Severity::Error);
        QCOMPARE(finding->fixedBy, hd::FixedBy::Network);
        QCOMPARE(result.verdict(), hd::Verdict::Fail);
        QCOMPARE(finding->facts.value(QStringLiteral("how")).toString(), how);
        QCOMPARE(finding->facts.value(QStringLiteral("trigger")).toString(), trigger);
        const int first = finding->facts.value(QStringLiteral("firstHelloBytes")).toInt();
        const int tls12 = finding->facts.value(QStringLiteral("tls12HelloBytes")).toInt();
        QVERIFY2(first > kLargeHelloBytes && tls12 > 0 && tls12 < kLargeHelloBytes, qPrintable(QStringLiteral("%1 %2").arg(first).arg(tls12)));
        const QString en = evidenceIn(QStringLiteral("en"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(en.contains(QStringLiteral("ClientHello (%1 bytes, offering TLS 1.3").arg(first))
                     && en.contains(QStringLiteral("offering only TLS 1.2 (%1 bytes) got a complete handshake").arg(tls12))
                     && en.contains(trigger == QLatin1String("size") ? QLatin1String("what differs is the size") : QLatin1String("What differs is the TLS 1.3 offer")),
                 qPrintable(en));
        const QString zh = evidenceIn(QStringLiteral("zh_CN"), *finding).join(QLatin1Char('\n'));
        QVERIFY2(zh.contains(QString::number(first)) && zh.contains(QLatin1String("TLS 1.3")) && zh.contains(QStringLiteral("握手"))
                     && !zh.contains(QLatin1String("bytes")),
                 qPrintable(zh));
        const hd::RenderedFinding text = hd::CauseCatalogue::render(*finding);
        const QString steps = text.fixSteps.join(QLatin1Char(' '));
        QVERIFY2(steps.contains(QLatin1String("antivirus")) && steps.contains(QLatin1String("exception"))
                     && steps.contains(QLatin1String("do not turn the protection off")),
                 qPrintable(steps));
        const auto retry = std::find_if(result.timeline.cbegin(), result.timeline.cend(), [](const hd::TimelineStep &step) {
            return step.kind == hd::TimelineStep::Kind::Probe && step.name == QLatin1String("version-interference");
        });
        QVERIFY(retry != result.timeline.cend());
        QCOMPARE(retry->facts.value(QStringLiteral("tls12")).toString(), QStringLiteral("established"));
        QVERIFY(m_interfered > 0 && m_relayed > 0);
    }

    // The healthy look-alike: the same device passing everything on.
    void relayPassingEverything()
    {
        const hd::DiagnosisResult result = diagnoseThroughRelay(RelayMode::PassAll, 8000);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describeFindings(result)));
        QCOMPARE(m_interfered, 0);
        QVERIFY(m_relayed > 0);
        QCOMPARE(result.verdict(), hd::Verdict::Ok);
        QVERIFY(std::none_of(result.timeline.cbegin(), result.timeline.cend(), [](const hd::TimelineStep &step) {
            return step.name == QLatin1String("version-interference");
        }));
    }

    void resetOnAccept()
    {
        const hd::DiagnosisResult result = diagnoseBehavior(Behavior::ResetOnAccept);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("handshake-aborted")});
        // Whether the reset reaches connect() or the first write, the story is the same.
        QCOMPARE(result.finding(QStringLiteral("handshake-aborted"))->facts.value(QStringLiteral("how")).toString(),
                 QStringLiteral("reset"));
        QStringList kinds;
        for (const hd::TimelineStep &step : result.timeline)
            kinds << hd::stepKindKey(step.kind);
        QVERIFY2(kinds.mid(0, 3) == (QStringList{QStringLiteral("dns"), QStringLiteral("tcp"), QStringLiteral("tls-message")}),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY(kinds.contains(QStringLiteral("tls-failed")));
    }

    void notTls_data()
    {
        QTest::addColumn<Behavior>("behavior");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("firstBytes");
        QTest::newRow("plain http") << Behavior::PlainHttp << QStringLiteral("http") << QStringLiteral("HTTP/1.1 400");
        QTest::newRow("ssh banner") << Behavior::Banner << QStringLiteral("ssh") << QStringLiteral("SSH-2.0-OpenSSH");
        QTest::newRow("garbage") << Behavior::Garbage << QStringLiteral("unknown") << QString();
    }

    void notTls()
    {
        QFETCH(Behavior, behavior);
        QFETCH(QString, protocol);
        QFETCH(QString, firstBytes);
        const hd::DiagnosisResult result = diagnoseBehavior(behavior);
        QCOMPARE(result.findingIds(), QStringList{QStringLiteral("not-tls")});
        const hd::Finding *finding = result.finding(QStringLiteral("not-tls"));
        QCOMPARE(finding->facts.value(QStringLiteral("protocol")).toString(), protocol);
        const QString shown = finding->facts.value(QStringLiteral("firstBytes")).toString();
        QVERIFY2(shown.startsWith(firstBytes), qPrintable(shown));
        for (const QChar c : shown)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() < 0x7f, "evidence must be printable ASCII");
    }

    void dnsNameDoesNotExist()
    {
        // A real NXDOMAIN: inside a private network and mount namespace, /etc/resolv.conf
        // points at a local name server that knows no names.
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        const QString ip = QStandardPaths::findExecutable(QStringLiteral("ip"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        if (unshare.isEmpty() || ip.isEmpty())
            QSKIP("unshare or ip is not available");
        QProcess probe;
        probe.start(unshare, {QStringLiteral("-rmn"), QStringLiteral("true")});
        if (!probe.waitForFinished(5000) || probe.exitCode() != 0)
            QSKIP("user, mount and network namespaces are not permitted here");
        const QString resolvConf = m_runner.writeFile(QStringLiteral("resolv.conf"), "nameserver 127.0.0.1\n");
        const QString ready = m_runner.writeFile(QStringLiteral("responder.out"), {});
        const QString script = QStringLiteral(
            "set -e; \"$IP\" link set lo up; mount --bind \"$CONF\" /etc/resolv.conf; "
            "\"$RESPONDER\" > \"$READY\" & pid=$!; "
            "i=0; until grep -q READY \"$READY\"; do i=$((i+1)); [ $i -lt 100 ] || exit 70; sleep 0.05; done; "
            "set +e; \"$CLI\" --json --timeout 5 no-such-host.example; rc=$?; kill $pid; exit $rc");
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IP"), ip);
        env.insert(QStringLiteral("CONF"), resolvConf);
        env.insert(QStringLiteral("READY"), ready);
        env.insert(QStringLiteral("RESPONDER"), QStringLiteral(HD_DNS_RESPONDER_PATH));
        env.insert(QStringLiteral("CLI"), QStringLiteral(HD_CLI_PATH));
        cli.setProcessEnvironment(env);
        cli.start(unshare, {QStringLiteral("-rmn"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 2);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject finding = findings.first().toObject();
        QCOMPARE(finding.value(QStringLiteral("id")).toString(), QStringLiteral("dns-failure"));
        QCOMPARE(finding.value(QStringLiteral("fixedBy")).toString(), QStringLiteral("server"));
        QCOMPARE(finding.value(QStringLiteral("facts")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("not-found"));
    }

    void dnsFailureWithoutNetwork()
    {
        // A network namespace of our own has no route to any name server, so the lookup
        // fails at once and nothing leaves this machine.
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("unshare is not available");
        QProcess probe;
        probe.start(unshare, {QStringLiteral("-rn"), QStringLiteral("true")});
        if (!probe.waitForFinished(5000) || probe.exitCode() != 0)
            QSKIP("user and network namespaces are not permitted here");
        QProcess cli;
        cli.start(unshare, {QStringLiteral("-rn"), QStringLiteral(HD_CLI_PATH), QStringLiteral("--json"),
                            QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("no-such-host.invalid")});
        QVERIFY(cli.waitForFinished(15000));
        QCOMPARE(cli.exitCode(), 2);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("dns-failure"));
        QCOMPARE(json.value(QStringLiteral("timeline")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectivity)
#include "tst_connectivity.moc"
