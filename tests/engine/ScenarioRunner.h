#pragma once

#include "Diagnosis.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"

#include <QTemporaryDir>

#include <openssl/ssl.h>

#include <memory>

// Runs a real diagnosis against a local server as if the site were `host`: the name is
// mapped to 127.0.0.1 with the address override, and only `anchors` are trusted, so the
// results do not depend on the machine's trust store.
class ScenarioRunner
{
public:
    ScenarioRunner();

    // Starts a server; QVERIFY-style failures are reported by returning nullptr.
    std::unique_ptr<testsupport::TlsTestServer> startServer(testsupport::TlsTestServer::Config config);

    hd::DiagnosisResult diagnose(quint16 port, const QString &host, const QList<testsupport::TestCertificate> &anchors,
                                 int timeoutMs = 8000);
    hd::DiagnosisResult diagnoseUrl(const QString &url, quint16 port, const QList<testsupport::TestCertificate> &anchors,
                                    int timeoutMs = 8000);

    QString writeFile(const QString &name, const QByteArray &contents);

private:
    QTemporaryDir m_dir;
};

// "cert-expired, hostname-mismatch" for failure messages.
QString describeFindings(const hd::DiagnosisResult &result);

// The finding's evidence in `language` ("en", "zh_CN"); English is installed again after.
QStringList evidenceIn(const QString &language, const hd::Finding &finding);
