// Mail, directory and database servers: the plain-text part before TLS (STARTTLS and its
// kin) against local servers that speak each protocol, through the engine and the CLI.
#include "ReportText.h"
#include "ScenarioRunner.h"
#include "TestScenarios.h"
#include "starttls/PlainDialogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("mail.example.test");

struct Protocol
{
    const char *scheme;
    StartTlsProtocol server;
    const char *capabilityQuote; // in starttls-not-offered's evidence
    const char *refusalQuote;    // in starttls-refused's evidence
};

const Protocol kProtocols[] = {
    {"smtp", StartTlsProtocol::Smtp, "250-PIPELINING", "454 4.7.0 TLS not available"},
    {"imap", StartTlsProtocol::Imap, "* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN", "NO [UNAVAILABLE]"},
    {"pop3", StartTlsProtocol::Pop3, "USER | UIDL | TOP", "-ERR TLS not available"},
    {"ftp", StartTlsProtocol::Ftp, "211-Features:", "431 Unable to accept"},
    {"ldap", StartTlsProtocol::Ldap, "resultCode 2 unsupported extended operation", "resultCode 52 Could not initialize TLS"},
    {"xmpp", StartTlsProtocol::Xmpp, "SCRAM-SHA-1", "<failure"},
    {"postgres", StartTlsProtocol::Postgres, "N (TLS not supported)", "no pg_hba.conf entry"},
    {"mysql", StartTlsProtocol::Mysql, "server 8.0.36-test", "1130 Host '127.0.0.1' is not allowed"},
};

QStringList plainSteps(const hd::DiagnosisResult &result)
{
    QStringList steps;
    for (const hd::TimelineStep &step : result.timeline) {
        if (step.kind == hd::TimelineStep::Kind::PlainText)
            steps << step.name;
    }
    return steps;
}

hd::CheckResult check(const hd::DiagnosisResult &result, const QString &id)
{
    for (const hd::CheckResult &c : result.checks) {
        if (c.id == id)
            return c;
    }
    return {};
}

} // namespace

class TestStartTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TlsTestServer> startServer(StartTlsProtocol protocol, StartTlsVariant variant)
    {
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        config.startTls = protocol;
        config.startTlsVariant = variant;
        return m_runner.startServer(config);
    }

    hd::DiagnosisResult diagnose(const char *scheme, const TlsTestServer &server)
    {
        return m_runner.diagnoseUrl(QStringLiteral("%1://%2:%3").arg(QLatin1String(scheme), kHost).arg(server.port()),
                                    server.port(), {m_pki.root});
    }

    void addProtocolRows()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kProtocols)); ++i)
            QTest::newRow(kProtocols[i].scheme) << i;
    }

    ScenarioRunner m_runner;
    TestPki m_pki = makePki({kHost});

private slots:
    // The upgrade, then the same diagnosis as HTTPS: a trusted chain, the probes' versions
    // (each of their connections upgraded first), and the HTTP checks not applicable.
    void healthy_data() { addProtocolRows(); }
    void healthy()
    {
        QFETCH(int, index);
        const Protocol &protocol = kProtocols[index];
        auto server = startServer(protocol.server, StartTlsVariant::Upgrade);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(protocol.scheme, *server);
        QVERIFY2(result.findings.isEmpty() || result.findings.first().severity != hd::Severity::Error,
                 qPrintable(describeFindings(result)));
        QVERIFY(!result.tlsVersion.isEmpty());
        QVERIFY(result.chainTrusted);
        QVERIFY2(plainSteps(result).contains(QStringLiteral("starttls")), qPrintable(plainSteps(result).join(QLatin1Char(' '))));
        QVERIFY(!plainSteps(result).contains(QStringLiteral("failed")));
        for (const char *http : {"http", "hsts", "mixed-content"}) {
            const hd::CheckResult c = check(result, QLatin1String(http));
            QCOMPARE(c.outcome, hd::CheckResult::Outcome::CouldNotRun);
            QCOMPARE(c.reason, QStringLiteral("not-applicable"));
        }
        // The probes reached TLS through the same upgrade: their checks concluded.
        QCOMPARE(check(result, QStringLiteral("protocol-versions")).outcome, hd::CheckResult::Outcome::Passed);
        QVERIFY(result.probes.protocolVersions.ran);
        QVERIFY(server->acceptedConnections() > 3);
    }

    void notOffered_data() { addProtocolRows(); }
    void notOffered()
    {
        QFETCH(int, index);
        const Protocol &protocol = kProtocols[index];
        auto server = startServer(protocol.server, StartTlsVariant::NotOffered);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(protocol.scheme, *server);
        QCOMPARE(result.findings.value(0).id, QStringLiteral("starttls-not-offered"));
        QVERIFY(result.tlsVersion.isEmpty());
        const QStringList evidence = evidenceIn(QStringLiteral("en"), result.findings.first());
        QVERIFY2(evidence.join(QLatin1Char('\n')).contains(QLatin1String(protocol.capabilityQuote)), qPrintable(evidence.join(QLatin1Char('\n'))));
        QCOMPARE(result.timeline.value(result.findings.first().steps.value(0)).name, QStringLiteral("failed"));
        QCOMPARE(check(result, QStringLiteral("handshake")).outcome, hd::CheckResult::Outcome::Found);
        QCOMPARE(server->acceptedConnections(), 1); // no probes after a failed upgrade
    }

    void refused_data() { addProtocolRows(); }
    void refused()
    {
        QFETCH(int, index);
        const Protocol &protocol = kProtocols[index];
        auto server = startServer(protocol.server, StartTlsVariant::Refused);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose(protocol.scheme, *server);
        QCOMPARE(result.findings.value(0).id, QStringLiteral("starttls-refused"));
        const QStringList evidence = evidenceIn(QStringLiteral("en"), result.findings.first());
        QVERIFY2(evidence.join(QLatin1Char('\n')).contains(QLatin1String(protocol.refusalQuote)), qPrintable(evidence.join(QLatin1Char('\n'))));
    }

    // smtps:// where the port greets in plain SMTP: not-tls, with the way that would work.
    void plainGreetingOnTlsScheme()
    {
        TlsTestServer::Config config;
        config.behavior = TlsTestServer::Behavior::Banner;
        config.bannerText = plainGreeting(StartTlsProtocol::Smtp);
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose("smtps", *server);
        QCOMPARE(result.findings.value(0).id, QStringLiteral("not-tls"));
        const QString evidence = evidenceIn(QStringLiteral("en"), result.findings.first()).join(QLatin1Char('\n'));
        QVERIFY2(evidence.contains(QStringLiteral("This port speaks SMTP")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("use smtp://")) && evidence.contains(QStringLiteral("smtps:// on port 465")),
                 qPrintable(evidence));
    }

    // https:// (or no scheme) on an SMTP server's port: not-tls, and the address that checks its STARTTLS.
    void httpsOnMailPort()
    {
        auto server = startServer(StartTlsProtocol::Smtp, StartTlsVariant::Upgrade);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose("https", *server);
        QCOMPARE(result.findings.value(0).id, QStringLiteral("not-tls"));
        const QString evidence = evidenceIn(QStringLiteral("en"), result.findings.first()).join(QLatin1Char('\n'));
        QVERIFY2(evidence.contains(QStringLiteral("diagnose smtp://%1:%2 instead").arg(kHost).arg(server->port())), qPrintable(evidence));
    }

    // A healthy mail server's summary speaks of the mail client, not of a browser.
    void healthySummaryNamesTheClient()
    {
        auto server = startServer(StartTlsProtocol::Imap, StartTlsVariant::Upgrade);
        QVERIFY(server);
        const hd::DiagnosisResult result = diagnose("imap", *server);
        QStringList lines;
        for (const hd::ReportText::Line &line : hd::ReportText::summaryBlock(result))
            lines << line.text;
        QVERIFY2(lines.contains(QStringLiteral("If your mail, directory or database client still cannot connect")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QStringLiteral("browser")));
    }

    // smtp:// on a port that waits for TLS: no greeting; the timeout says to try smtps://.
    void silentTlsPortOnPlainScheme()
    {
        TlsTestServer::Config config;
        config.chain = {m_pki.leaf, m_pki.intermediate};
        auto server = m_runner.startServer(config);
        QVERIFY(server);
        const hd::DiagnosisResult result =
            m_runner.diagnoseUrl(QStringLiteral("smtp://%1:%2").arg(kHost).arg(server->port()), server->port(), {m_pki.root}, 1500);
        QCOMPARE(result.findings.value(0).id, QStringLiteral("timeout"));
        const QString evidence = evidenceIn(QStringLiteral("en"), result.findings.first()).join(QLatin1Char('\n'));
        QVERIFY2(evidence.contains(QStringLiteral("use smtps://")), qPrintable(evidence));
    }

    // A bare host:port takes the port's usual protocol, and the timeline says so.
    void protocolAssumedFromPort()
    {
        auto server = startServer(StartTlsProtocol::Smtp, StartTlsVariant::Upgrade);
        QVERIFY(server);
        hd::Target target = hd::TargetParser::parse(kHost + QStringLiteral(":587")).target;
        QCOMPARE(target.scheme, QStringLiteral("smtp"));
        QVERIFY(target.schemeFromPort);
        target.port = server->port(); // the test server's port stands in for 587
        hd::DiagnosisOptions options;
        options.timeoutMs = 8000;
        options.trustStoreFile = m_runner.writeFile(QStringLiteral("root.pem"), m_pki.root.pem());
        hd::AddressOverride::parse(QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(server->port()), &options.addressOverride);
        const hd::DiagnosisResult result = hd::Diagnosis::run(target, options);
        QCOMPARE(result.timeline.first().kind, hd::TimelineStep::Kind::PlainText);
        QCOMPARE(result.timeline.first().name, QStringLiteral("protocol"));
        QCOMPARE(result.timeline.first().facts.value(QStringLiteral("scheme")).toString(), QStringLiteral("smtp"));
        QVERIFY(!result.tlsVersion.isEmpty());
    }

    // Server text in the timeline and evidence is printable and short, whatever was sent.
    void serverTextIsQuotedSafely()
    {
        const QByteArray hostile = "250-\x1b[31mred\x07\r\n250-" + QByteArray(5000, 'A') + "\r\n250 \xe2\x80\xae" "end\r\n";
        const QString quoted = hd::PlainDialogue::quote(hostile);
        QVERIFY(quoted.size() <= hd::PlainDialogue::kMaxQuoted + 1);
        QVERIFY(!quoted.contains(QChar(0x1b)) && !quoted.contains(QChar(0x07)) && !quoted.contains(QChar(0x202e)));
        QVERIFY(quoted.startsWith(QStringLiteral("250-.[31mred. | 250-AAA")));
        QVERIFY(quoted.endsWith(QStringLiteral("…")));
    }

    // The CLI's report and JSON for an SMTP server that does not offer STARTTLS.
    void cliReportsNotOffered()
    {
        auto server = startServer(StartTlsProtocol::Smtp, StartTlsVariant::NotOffered);
        QVERIFY(server);
        const QString trust = m_runner.writeFile(QStringLiteral("trust.pem"), m_pki.root.pem());
        const QStringList common{QStringLiteral("--trust-store"), trust, QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--resolve"), QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(server->port()),
                                 QStringLiteral("smtp://%1:%2").arg(kHost).arg(server->port())};
        QProcess text;
        text.start(QStringLiteral(HD_CLI_PATH), common);
        QVERIFY(text.waitForFinished(30000));
        const QString report = QString::fromUtf8(text.readAllStandardOutput());
        qInfo().noquote() << report;
        QCOMPARE(text.exitCode(), 2);
        QVERIFY2(report.contains(QStringLiteral("starttls-not-offered")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("250-PIPELINING")), qPrintable(report));

        QProcess json;
        json.start(QStringLiteral(HD_CLI_PATH), QStringList{QStringLiteral("--json")} + common);
        QVERIFY(json.waitForFinished(30000));
        const QJsonObject object = QJsonDocument::fromJson(json.readAllStandardOutput()).object();
        QCOMPARE(object.value(QStringLiteral("summary")).toObject().value(QStringLiteral("rootCause")).toString(),
                 QStringLiteral("starttls-not-offered"));
        QStringList kinds;
        for (const QJsonValue &step : object.value(QStringLiteral("timeline")).toArray())
            kinds << step.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY(kinds.contains(QStringLiteral("plain-text")));
        QCOMPARE(object.value(QStringLiteral("target")).toObject().value(QStringLiteral("scheme")).toString(), QStringLiteral("smtp"));
    }
};

QTEST_GUILESS_MAIN(TestStartTls)
#include "tst_starttls.moc"
