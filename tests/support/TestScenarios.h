#pragma once

// Named server setups, one per way a TLS connection can go wrong. hd-test-server offers
// them on the command line; tests can start the very same setups in-process.

#include "HttpTestServer.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"

#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace testsupport {

struct ScenarioInfo {
    QString name;
    QString description;
};

struct RunningScenario {
    std::unique_ptr<HttpTestServer> helper;  // serves AIA/OCSP fetches, when the scenario has one
    std::unique_ptr<TlsTestServer> server;
    // What a client is meant to trust. In "self-signed" and "untrusted-root" it is
    // deliberately NOT the anchor of the served chain.
    TestCertificate trustedRoot;
    // File name -> contents for a client: always "ca.pem"; "client-cert-required" adds
    // "client.pem" (client certificate + intermediate) and "client-key.pem".
    QMap<QString, QByteArray> clientFiles;
};

QList<ScenarioInfo> scenarios();

// What the "hostile-text" scenario puts into server-controlled fields, for tests that
// check every view shows it literally.
namespace hostile {
// Markup that draws the program's own green check mark, if a view renders it.
inline const QString kMarkup = QStringLiteral("<img src=\":/icons/status-ok.svg\" width=64><font size=6 color=green>Certificate verified</font>");
inline const QString kBidiName = QStringLiteral("evil.\u202Egro.elpmaxe");       // shows as "evil.example.org"
inline const QString kInjectedLine = QStringLiteral("FAKE LINE: trusted");
inline const QString kNewlineName = QStringLiteral("evil.test\n") + kInjectedLine; // a SAN with a line break
inline const QString kLongName = QString(5000, QLatin1Char('a'));
inline const QString kBidiUrl = QStringLiteral("http://img.example.test/\u202Egnp.exe"); // shows as ".../exe.png"
} // namespace hostile

// Starts the scenario's servers on 127.0.0.1:port (0: ephemeral). Null with errorString
// set for an unknown name or a setup that failed to start.
std::unique_ptr<RunningScenario> startScenario(const QString &name, quint16 port, QString *errorString);

} // namespace testsupport
