#include "ScenarioRunner.h"

#include "CauseCatalogue.h"
#include "Target.h"
#include "Translations.h"

#include <QtTest>

ScenarioRunner::ScenarioRunner() = default;

std::unique_ptr<testsupport::TlsTestServer> ScenarioRunner::startServer(testsupport::TlsTestServer::Config config)
{
    auto server = std::make_unique<testsupport::TlsTestServer>(std::move(config));
    if (!server->start()) {
        qWarning("server did not start: %s", qPrintable(server->errorString()));
        return nullptr;
    }
    return server;
}

QString ScenarioRunner::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    testsupport::writeFile(path, contents);
    return path;
}

hd::DiagnosisResult ScenarioRunner::diagnoseUrl(const QString &url, quint16 port,
                                                const QList<testsupport::TestCertificate> &anchors, int timeoutMs)
{
    const hd::TargetParseResult parsed = hd::TargetParser::parse(url);
    if (!parsed.ok())
        qFatal("bad test URL %s", qPrintable(url));
    hd::DiagnosisOptions options;
    options.timeoutMs = timeoutMs;
    static int fileNumber = 0;
    options.trustStoreFile = writeFile(QStringLiteral("anchors-%1.pem").arg(++fileNumber), testsupport::pemBundle(anchors));
    if (!parsed.target.isIpLiteral)
        hd::AddressOverride::parse(QStringLiteral("%1:%2:127.0.0.1").arg(parsed.target.host).arg(port),
                                   &options.addressOverride);
    return hd::Diagnosis::run(parsed.target, options);
}

hd::DiagnosisResult ScenarioRunner::diagnose(quint16 port, const QString &host,
                                             const QList<testsupport::TestCertificate> &anchors, int timeoutMs)
{
    return diagnoseUrl(QStringLiteral("https://%1:%2/").arg(host).arg(port), port, anchors, timeoutMs);
}

QString describeFindings(const hd::DiagnosisResult &result)
{
    return result.findingIds().join(QStringLiteral(", "));
}

QStringList evidenceIn(const QString &language, const hd::Finding &finding)
{
    hd::Translations::install(language);
    const QStringList evidence = hd::CauseCatalogue::render(finding).evidence;
    hd::Translations::install(QStringLiteral("en"));
    return evidence;
}
