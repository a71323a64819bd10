#include "UiTestSupport.h"

#include "FindingCard.h"
#include "Language.h"
#include "OptionsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

namespace uitest {

QString Server::url(const QString &host, const QString &path) const
{
    return QStringLiteral("https://%1:%2%3").arg(host).arg(port).arg(path);
}

namespace {

bool writeCa(Server &server, const QByteArray &pem)
{
    if (!server.dir.isValid())
        return false;
    server.caFile = server.dir.filePath(QStringLiteral("ca.pem"));
    return testsupport::writeFile(server.caFile, pem);
}

} // namespace

std::unique_ptr<Server> startScenario(const QString &name)
{
    auto server = std::make_unique<Server>();
    QString error;
    server->scenario = testsupport::startScenario(name, 0, &error);
    if (!server->scenario) {
        qWarning("cannot start scenario %s: %s", qPrintable(name), qPrintable(error));
        return nullptr;
    }
    server->port = server->scenario->server->port();
    if (!writeCa(*server, server->scenario->trustedRoot.pem()))
        return nullptr;
    return server;
}

std::unique_ptr<Server> startServerWithLeafName(const QString &commonName)
{
    auto server = std::make_unique<Server>();
    testsupport::CertSpec leaf;
    leaf.commonName = commonName;
    leaf.ipAddresses = {QStringLiteral("127.0.0.1")};
    leaf.notAfter = QDateTime::currentDateTimeUtc().addDays(-3);
    const testsupport::TestPki pki = testsupport::makePki({QStringLiteral("localhost")}, leaf);
    if (pki.leaf.isNull() || pki.root.isNull())
        return nullptr;
    testsupport::TlsTestServer::Config config;
    config.chain = {pki.leaf, pki.intermediate};
    server->custom = std::make_unique<testsupport::TlsTestServer>(config);
    if (!server->custom->start()) {
        qWarning("cannot start server: %s", qPrintable(server->custom->errorString()));
        return nullptr;
    }
    server->port = server->custom->port();
    if (!writeCa(*server, pki.root.pem()))
        return nullptr;
    return server;
}

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    hd::applyLanguage(QStringLiteral("en"));
}

bool configure(hd::MainWindow &window, const QString &caFile, int timeoutSeconds, const QString &addressOverride)
{
    window.findChild<QPushButton *>(QStringLiteral("optionsButton"))->click();
    auto *dialog = window.findChild<hd::OptionsDialog *>(QStringLiteral("optionsDialog"));
    if (!dialog || !dialog->isVisible())
        return false;
    dialog->findChild<QLineEdit *>(QStringLiteral("caFileLineEdit"))->setText(caFile);
    dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpinBox"))->setValue(timeoutSeconds);
    dialog->findChild<QLineEdit *>(QStringLiteral("addressOverrideLineEdit"))->setText(addressOverride);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (!ok->isEnabled())
        return false;
    ok->click();
    // The offscreen platform does not hand activation back when a dialog closes.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    const hd::DiagnosisOptions options = window.options();
    return options.extraCaFile == caFile && options.timeoutMs == timeoutSeconds * 1000
           && options.addressOverride.isSet() == !addressOverride.isEmpty();
}

void type(hd::MainWindow &window, const QString &url)
{
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("urlLineEdit"));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar c : url) {
        // keyClicks() takes Latin-1 only; an internationalized name arrives as key text,
        // the way an input method delivers it.
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void typeAndPressEnter(hd::MainWindow &window, const QString &url)
{
    type(window, url);
    QTest::keyClick(window.findChild<QLineEdit *>(QStringLiteral("urlLineEdit")), Qt::Key_Return);
}

bool diagnose(hd::MainWindow &window, const QString &url, int timeoutMs)
{
    QSignalSpy finished(&window, &hd::MainWindow::diagnosisFinished);
    type(window, url);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("diagnoseButton")), Qt::LeftButton);
    return finished.wait(timeoutMs) || finished.size() == 1;
}

QStringList cardIds(const hd::MainWindow &window)
{
    QStringList ids;
    // findChildren returns them in creation order, which is the order on screen.
    for (const hd::FindingCard *card : window.findChildren<hd::FindingCard *>(QStringLiteral("findingCard")))
        ids << card->findingId();
    return ids;
}

QList<Case> cases()
{
    using P = hd::CertificateProblem;
    const QString root = QStringLiteral("Handshake Doctor Test Root CA");
    const QString intermediate = QStringLiteral("Handshake Doctor Test Intermediate CA");
    const QString leaf = QStringLiteral("localhost");
    const QStringList chain{root, intermediate, leaf};
    const QString you = QStringLiteral("you");
    const QString owner = QStringLiteral("site-owner");
    const QString it = QStringLiteral("it");
    return {
        {QStringLiteral("wrong name"), QStringLiteral("hostname-mismatch"), 15,
         QStringLiteral("The certificate is for www.example.test, not for localhost"), {you, owner}, owner, true,
         chain, {{}, {}, P::NameMismatch}},
        {QStringLiteral("revoked leaf"), QStringLiteral("revoked-stapled"), 15, QStringLiteral("The certificate has been revoked"),
         {you, owner}, owner, true, chain, {{}, {}, P::Revoked}},
        {QStringLiteral("incomplete chain"), QStringLiteral("incomplete-chain"), 15,
         QStringLiteral("The server does not send the intermediate certificate “Handshake Doctor Test Intermediate CA”"), {owner},
         owner, true, chain, {{}, P::FetchedFromAia, {}}},
        {QStringLiteral("mixed content"), QStringLiteral("mixed-content"), 15,
         QStringLiteral("The secure page loads content over unencrypted HTTP"), {owner}, owner, true, chain, {{}, {}, {}}},
        {QStringLiteral("refused port"), QStringLiteral("refused"), 15, QStringLiteral("Nothing accepts connections on 127.0.0.1 port"),
         {you, owner}, owner, true, {}, {}},
        {QStringLiteral("timeout"), QStringLiteral("hang"), 3,
         QStringLiteral("The server accepts the connection but never answers the TLS handshake"), {you, it, owner}, it, true, {}, {}},
        {QStringLiteral("healthy"), QStringLiteral("healthy"), 15, QStringLiteral("The secure connection to localhost works"), {}, you,
         false, chain, {{}, {}, {}}},
    };
}

std::unique_ptr<Server> startCase(const Case &c, QString *url)
{
    const bool refused = c.scenario == QLatin1String("refused");
    auto server = startScenario(refused ? QStringLiteral("healthy") : c.scenario);
    if (!server)
        return nullptr;
    *url = server->url();
    if (refused) {
        // A port that was free a moment ago, closed again: it refuses.
        QTcpServer closed;
        if (!closed.listen(QHostAddress::LocalHost))
            return nullptr;
        *url = QStringLiteral("https://127.0.0.1:%1/").arg(closed.serverPort());
    }
    return server;
}

bool diagnoseCase(hd::MainWindow &window, const Case &c, const Server &server, const QString &url)
{
    return configure(window, server.caFile, c.timeoutSeconds) && diagnose(window, url);
}

QString normalized(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

} // namespace uitest
