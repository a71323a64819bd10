// The command-line front end as scripts use it: JSON keys, exit codes, usage errors.
#include "ScenarioRunner.h"
#include "TestScenarios.h"
#include "checks/CheckRegistry.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <signal.h>

using namespace testsupport;
namespace hostile = testsupport::hostile;

namespace {

const QString kHost = QStringLiteral("cli.example.test");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(HD_CLI_PATH), arguments);
    process.waitForFinished(30000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QStringList argumentsFor(const TlsTestServer &server, const QStringList &extra = {})
    {
        const QString trust = m_runner.writeFile(QStringLiteral("trust.pem"), m_pki.root.pem());
        return QStringList{QStringLiteral("--trust-store"), trust, QStringLiteral("--resolve"),
                           QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(server.port())}
               + extra + QStringList{QStringLiteral("https://%1:%2/").arg(kHost).arg(server.port())};
    }

    ScenarioRunner m_runner;
    TestPki m_pki = makePki({kHost});

private slots:
    void healthyJson()
    {
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const CliRun run = runCli(argumentsFor(*server, {QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        QVERIFY(json.value(QStringLiteral("findings")).toArray().isEmpty());
        QVERIFY(json.value(QStringLiteral("durationMs")).toDouble() > 0);
        const QJsonArray timeline = json.value(QStringLiteral("timeline")).toArray();
        QStringList names;
        for (const QJsonValue &step : timeline)
            names << step.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(names.contains(QStringLiteral("ClientHello")));
        QVERIFY(names.contains(QStringLiteral("ServerHello")));
        QVERIFY(names.contains(QStringLiteral("Finished")));
        const QJsonObject chain = json.value(QStringLiteral("chain")).toObject();
        QCOMPARE(chain.value(QStringLiteral("presented")).toArray().size(), 2);
        QCOMPARE(chain.value(QStringLiteral("presented")).toArray().first().toObject().value(QStringLiteral("commonName")).toString(), kHost);
        QVERIFY(chain.value(QStringLiteral("trusted")).toBool());
    }

    // summary and checks for a healthy server: it works, every deciding check ran.
    void healthySummaryAndChecks()
    {
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const CliRun run = runCli(argumentsFor(*server, {QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        qInfo().noquote() << "healthy:" << QJsonDocument(QJsonObject{{QStringLiteral("summary"), json.value(QStringLiteral("summary"))},
                                                                     {QStringLiteral("checks"), json.value(QStringLiteral("checks"))}})
                                               .toJson(QJsonDocument::Indented);
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("headline")).toString(), QStringLiteral("The secure connection to %1 works").arg(kHost));
        QCOMPARE(summary.value(QStringLiteral("problems")).toInt(), 0);
        QVERIFY(summary.value(QStringLiteral("actFirst")).toArray().isEmpty());
        QVERIFY(summary.value(QStringLiteral("unfinishedChecks")).toArray().isEmpty());
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), hd::CheckRegistry::checks().size()); // every check says what it did
        for (const QJsonValue &value : checks) {
            const QJsonObject check = value.toObject();
            const QString outcome = check.value(QStringLiteral("outcome")).toString();
            // Notes (revocation, HSTS) may be found; nothing could not run.
            QVERIFY2(outcome == QLatin1String("passed") || outcome == QLatin1String("found"),
                     qPrintable(check.value(QStringLiteral("id")).toString() + QLatin1Char(' ') + outcome));
        }
    }

    // A certificate for another name: the summary, the check, and where it happened.
    void hostnameMismatchSummaryAndChecks()
    {
        const TestPki other = makePki({QStringLiteral("other.example.test")});
        TlsTestServer::Config config;
        config.chain = {other.leaf, other.intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        QStringList arguments = argumentsFor(*server, {QStringLiteral("--json")});
        arguments[1] = m_runner.writeFile(QStringLiteral("other-trust.pem"), other.root.pem());
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        qInfo().noquote() << "hostname-mismatch:" << QJsonDocument(QJsonObject{{QStringLiteral("summary"), json.value(QStringLiteral("summary"))},
                                                                               {QStringLiteral("checks"), json.value(QStringLiteral("checks"))}})
                                                         .toJson(QJsonDocument::Indented);
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("rootCause")).toString(), QStringLiteral("hostname-mismatch"));
        QCOMPARE(summary.value(QStringLiteral("headline")).toString(),
                 QStringLiteral("The certificate is for other.example.test, not for %1").arg(kHost));
        const QJsonArray actFirst = summary.value(QStringLiteral("actFirst")).toArray();
        QCOMPARE(actFirst.first().toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("you"));
        QCOMPARE(actFirst.first().toObject().value(QStringLiteral("steps")).toArray().first().toString(),
                 QStringLiteral("Check the address: maybe the site is meant to be reached under another name (for example with or without www.)."));
        for (const QJsonValue &value : json.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject check = value.toObject();
            if (check.value(QStringLiteral("id")).toString() == QLatin1String("hostname"))
                QCOMPARE(check.value(QStringLiteral("outcome")).toString(), QStringLiteral("found"));
        }
        const QJsonObject finding = json.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(finding.value(QStringLiteral("id")).toString(), QStringLiteral("hostname-mismatch"));
        const QJsonArray timeline = json.value(QStringLiteral("timeline")).toArray();
        const QJsonArray steps = finding.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 1);
        const QJsonObject step = timeline[steps.first().toInt()].toObject();
        QCOMPARE(step.value(QStringLiteral("kind")).toString(), QStringLiteral("certificate-check"));
        QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(finding.value(QStringLiteral("certificates")).toArray(), QJsonArray{0});
        const QJsonArray built = json.value(QStringLiteral("chain")).toObject().value(QStringLiteral("built")).toArray();
        QCOMPARE(built[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QCOMPARE(built[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void failingJsonFindingKeys()
    {
        CertSpec spec;
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-100);
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(-3);
        const TestPki expired = makePki({kHost}, spec);
        TlsTestServer::Config config;
        config.chain = {expired.leaf, expired.intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const QString trust = m_runner.writeFile(QStringLiteral("expired-trust.pem"), expired.root.pem());
        const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("--trust-store"), trust, QStringLiteral("--resolve"),
                                   QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(server->port()),
                                   QStringLiteral("%1:%2").arg(kHost).arg(server->port())});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        const QJsonObject finding = json.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(finding.value(QStringLiteral("id")).toString(), QStringLiteral("cert-expired"));
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(finding.value(QStringLiteral("fixedBy")).toString(), QStringLiteral("server"));
        QVERIFY(!finding.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(finding.value(QStringLiteral("evidence")).toArray().first().toString().contains(kHost));
        QVERIFY(!finding.value(QStringLiteral("fix")).toArray().isEmpty());
    }

    void textReportAndLanguage()
    {
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf}; // no intermediate and no AIA: nothing to download
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const CliRun english = runCli(argumentsFor(*server, {QStringLiteral("--lang"), QStringLiteral("en")}));
        QCOMPARE(english.exitCode, 2);
        QVERIFY2(english.out.contains("(incomplete-chain)"), english.out.constData());
        QVERIFY(english.out.contains("What was checked\n  reaching the server: found nothing\n"));
        QVERIFY(english.out.contains("  certificate chain and trust: found something\n"));
        QVERIFY(english.out.contains("Timeline"));
        const CliRun chinese = runCli(argumentsFor(*server, {QStringLiteral("--lang"), QStringLiteral("zh_CN")}));
        QCOMPARE(chinese.exitCode, 2);
        QVERIFY(chinese.out.contains(u8"（incomplete-chain）")); // the id stays searchable, in Chinese punctuation
        QVERIFY2(!chinese.out.contains("Timeline"), "the Chinese report must not fall back to English headings");
    }

    // One date format per language, from core's one formatter: the chain's dates and the
    // evidence's ("expired on …") read "30 Nov 2026 02:13:21 UTC" or "2026年11月30日 02:13:21 UTC",
    // never ISO or the locale's short format.
    void datesFollowTheLanguage()
    {
        TlsTestServer::Config config;
        testsupport::CertSpec leaf;
        leaf.commonName = kHost;
        leaf.notAfter = QDateTime::currentDateTimeUtc().addDays(-3);
        const TestPki pki = makePki({kHost}, leaf);
        config.chain = {pki.leaf, pki.intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const QString trust = m_runner.writeFile(QStringLiteral("expired-trust.pem"), pki.root.pem());
        const QRegularExpression english(QStringLiteral("\\b\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d \\S+"));
        const QRegularExpression chinese(QStringLiteral("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d\\d:\\d\\d:\\d\\d \\S+"));
        const QRegularExpression other(QStringLiteral("\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2}"));
        for (const auto &[language, format] : {std::pair{"en", english}, std::pair{"zh_CN", chinese}}) {
            const CliRun run = runCli({QStringLiteral("--lang"), QLatin1String(language), QStringLiteral("--trust-store"), trust,
                                       QStringLiteral("--resolve"), QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(server->port()),
                                       QStringLiteral("https://%1:%2/").arg(kHost).arg(server->port())});
            const QString out = QString::fromUtf8(run.out);
            QVERIFY2(out.contains(QStringLiteral("(cert-expired)")) || out.contains(QStringLiteral("（cert-expired）")), qPrintable(out));
            QStringList lines = out.split(QLatin1Char('\n'));
            const QStringList valid = lines.filter(QRegularExpression(QStringLiteral("^\\s+(Valid|有效期)")));
            QVERIFY2(!valid.isEmpty(), qPrintable(out));
            for (const QString &line : valid)
                QVERIFY2(line.count(format) == 2, qPrintable(line));
            const QStringList expired = lines.filter(QStringLiteral("“%1”").arg(kHost)).filter(format);
            QVERIFY2(!expired.isEmpty(), qPrintable(out)); // the evidence of cert-expired
            QVERIFY2(!other.match(out).hasMatch(), qPrintable(other.match(out).captured()));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no url") << QStringList{};
        QTest::newRow("two urls") << QStringList{QStringLiteral("a.test"), QStringLiteral("b.test")};
        QTest::newRow("bad url") << QStringList{QStringLiteral("javascript:alert(1)")};
        QTest::newRow("bad option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("a.test")};
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon"), QStringLiteral("a.test")};
        QTest::newRow("bad resolve") << QStringList{QStringLiteral("--resolve"), QStringLiteral("a.test:x:1.2.3.4"), QStringLiteral("a.test")};
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("a.test")};
        QTest::newRow("missing ca file") << QStringList{QStringLiteral("--ca-file"), QStringLiteral("/nonexistent.pem"), QStringLiteral("a.test")};
        // Limits that would otherwise end in "the server does not answer".
        for (const char *timeout : {"nan", "inf", "-inf", "1e-9", "0.0004", "0", "600.5", "1e300"})
            QTest::newRow(qPrintable(QStringLiteral("timeout %1").arg(QLatin1String(timeout))))
                << QStringList{QStringLiteral("--timeout"), QLatin1String(timeout), QStringLiteral("a.test")};
        // Devices and directories: /dev/zero would be read until memory runs out.
        QTest::newRow("ca file is a device") << QStringList{QStringLiteral("--ca-file"), QStringLiteral("/dev/zero"), QStringLiteral("a.test")};
        QTest::newRow("ca file is a directory") << QStringList{QStringLiteral("--ca-file"), QDir::tempPath(), QStringLiteral("a.test")};
        QTest::newRow("trust store is a directory") << QStringList{QStringLiteral("--trust-store"), QDir::tempPath(), QStringLiteral("a.test")};
        QTest::newRow("trust store is a device") << QStringList{QStringLiteral("--trust-store"), QStringLiteral("/dev/zero"), QStringLiteral("a.test")};
        // RFC 6874 zone identifiers: nothing that could swallow the port or hide a bracket.
        QTest::newRow("zone with brackets") << QStringList{QStringLiteral("::%1][]")};
        QTest::newRow("zone swallowing the port") << QStringList{QStringLiteral("https://::1%x:9401/")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    // The server's markup, bidi overrides and line breaks: literal and visible in the text
    // report, exact (JSON-escaped) in the JSON.
    void hostileServerText()
    {
        QString error;
        const auto scenario = startScenario(QStringLiteral("hostile-text"), 0, &error);
        QVERIFY2(scenario, qPrintable(error));
        const QString trust = m_runner.writeFile(QStringLiteral("hostile-ca.pem"), scenario->clientFiles.value(QStringLiteral("ca.pem")));
        const QStringList arguments{QStringLiteral("--trust-store"), trust, QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("https://127.0.0.1:%1/").arg(scenario->server->port())};
        const CliRun text = runCli(arguments);
        QCOMPARE(text.exitCode, 2);
        const QString report = QString::fromUtf8(text.out);
        QVERIFY(!report.contains(QChar(0x202E)));
        QVERIFY(!report.contains(QChar(0x1B)));
        QVERIFY(report.contains(QStringLiteral("evil.⟨U+202E⟩gro.elpmaxe")));
        QVERIFY(report.contains(QStringLiteral("evil.test⟨U+000A⟩FAKE LINE: trusted")));
        QVERIFY(report.contains(hostile::kMarkup));
        for (const QString &line : report.split(QLatin1Char('\n')))
            QVERIFY2(!line.trimmed().startsWith(hostile::kInjectedLine), qPrintable(line));

        const CliRun json = runCli(QStringList{QStringLiteral("--json")} + arguments);
        QCOMPARE(json.exitCode, 2);
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(json.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject leaf = root.value(QStringLiteral("chain")).toObject().value(QStringLiteral("presented")).toArray().first().toObject();
        const QJsonArray names = leaf.value(QStringLiteral("dnsNames")).toArray();
        QVERIFY(names.contains(hostile::kNewlineName));
        QCOMPARE(leaf.value(QStringLiteral("commonName")).toString(), hostile::kMarkup + hostile::kBidiName);
        QVERIFY(names.contains(hostile::kLongName));
        QCOMPARE(root.value(QStringLiteral("http")).toObject().value(QStringLiteral("statusLine")).toString(),
                 QStringLiteral("HTTP/1.1 200 ") + hostile::kMarkup);
    }

    void versionAndHelp()
    {
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("handshake-doctor-cli " HD_VERSION));
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--json"));
    }

    void interruptStopsAtOnce_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGINT (Ctrl-C)") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    }

    void interruptStopsAtOnce()
    {
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        TlsTestServer::Config config;
        config.behavior = TlsTestServer::Behavior::Hang;
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        QProcess process;
        process.start(QStringLiteral(HD_CLI_PATH), argumentsFor(*server, {QStringLiteral("--timeout"), QStringLiteral("60")}));
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server->acceptedConnections() > 0, 10000);
        QElapsedTimer timer;
        timer.start();
#ifdef Q_OS_UNIX
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
#else
        QSKIP("POSIX signals");
#endif
        QVERIFY(process.waitForFinished(5000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
