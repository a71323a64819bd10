#pragma once

// Shared by the window tests: local scenario servers with their CA file, isolated
// settings, and driving the real window the way a person does (type, press Enter, wait).

#include "CertificateStatus.h"
#include "MainWindow.h"
#include "TestScenarios.h"

#include <QTemporaryDir>

#include <memory>

namespace uitest {

// One misbehaving server from tests/support on 127.0.0.1, and the root a client should
// trust written to caFile.
struct Server
{
    std::unique_ptr<testsupport::RunningScenario> scenario;
    std::unique_ptr<testsupport::TlsTestServer> custom; // for servers built by a test itself
    QTemporaryDir dir;
    QString caFile;
    quint16 port = 0;

    QString url(const QString &host = QStringLiteral("localhost"), const QString &path = QStringLiteral("/")) const;
};

std::unique_ptr<Server> startScenario(const QString &name);
// A server whose leaf certificate's subject CN is `commonName`, expired 3 days ago so the
// name also appears in the findings' evidence.
std::unique_ptr<Server> startServerWithLeafName(const QString &commonName);

// Settings in a throwaway location, emptied; the window starts in English.
void isolateSettings();
// Sets options through the real Options dialog, as a user would.
bool configure(hd::MainWindow &window, const QString &caFile, int timeoutSeconds = 15,
               const QString &addressOverride = QString());
// Types the address into the URL box, clicks Diagnose and waits for the verdict.
bool diagnose(hd::MainWindow &window, const QString &url, int timeoutMs = 30000);
// Replaces the URL box's text by typing `url`; typeAndPressEnter() also presses Enter,
// without waiting for the result.
void type(hd::MainWindow &window, const QString &url);
void typeAndPressEnter(hd::MainWindow &window, const QString &url);

QStringList cardIds(const hd::MainWindow &window);

// The cases, shared by the window's and the PDF's tests: a wrong name, a revoked
// leaf, an incomplete chain, mixed content, a refused port, a timeout and a healthy server.
struct Case
{
    QString name;          // for QTest::newRow
    QString scenario;      // of tests/support; "refused": a closed port on 127.0.0.1
    int timeoutSeconds = 15;
    QString headline;      // how the English headline starts
    QStringList actors;    // actorKey()s of the banner's groups, in order
    QString reader;        // actorKey() of whom the PDF is for
    bool stepFails = true; // the diagram has a failing step
    QStringList chain;     // root first: the names of the chain tree's levels
    QList<hd::CertificateProblems> chainProblems;
};
QList<Case> cases();
// Starts the case's server; `url` is what to diagnose.
std::unique_ptr<Server> startCase(const Case &c, QString *url);
// Sets the window's options for the case and diagnoses it.
bool diagnoseCase(hd::MainWindow &window, const Case &c, const Server &server, const QString &url);
QString normalized(const QString &text); // without any whitespace, for PDF text comparisons

} // namespace uitest
