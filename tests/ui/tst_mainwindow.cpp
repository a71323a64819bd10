// The main window against real local TLS servers: input handling, the verdict, the
// timeline with its failing step, the chain tree, the cards, and the ways a result
// leaves the window (clipboard, PEM file).

#include "AboutDialog.h"
#include "Appearance.h"
#include "ChainModel.h"
#include "DetailsHtml.h"
#include "FileDialog.h"
#include "FindingCard.h"
#include "LadderView.h"
#include "OptionsDialog.h"
#include "TimelineModel.h"
#include "TinyProxy.h"
#include "UiTestSupport.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QToolButton>
#include <QTextDocument>
#include <QTreeView>
#include <QRegularExpression>

#include <openssl/crypto.h>

#include <algorithm>

using hd::ChainModel;
using hd::MainWindow;
using hd::TimelineModel;
using Kind = hd::TimelineStep::Kind;
using Problem = hd::CertificateProblem;
using Problems = hd::CertificateProblems;

Q_DECLARE_METATYPE(Problems)

namespace {

QModelIndexList allIndexes(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QModelIndexList list;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column)
            list << model->index(row, column, parent);
        list += allIndexes(model, model->index(row, 0, parent));
    }
    return list;
}

QString cardText(const hd::MainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>(QStringLiteral("cardEvidenceLabel")))
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

template <typename T>
T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

QList<int> topLevelKinds(const QAbstractItemModel &model)
{
    QList<int> kinds;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int kind = model.index(row, 0).data(TimelineModel::KindRole).toInt();
        if (kind != int(Kind::Probe)) // extra probes come and go with core's probe list
            kinds << kind;
    }
    return kinds;
}

// Root first: each level of the chain tree, following the first child.
QList<QPair<QString, Problems>> chainRows(const QAbstractItemModel &model)
{
    QList<QPair<QString, Problems>> rows;
    QModelIndex index = model.index(0, 0);
    while (index.isValid()) {
        rows.append({index.data().toString(), Problems::fromInt(index.data(ChainModel::ProblemsRole).toInt())});
        index = model.index(0, 0, index);
    }
    return rows;
}

bool anyDialogVisible()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget->inherits("QDialog"))
            return true;
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { uitest::isolateSettings(); }
    void init() { uitest::isolateSettings(); }

    void invalidInputIsExplainedInline_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a web address");
        QTest::newRow("scheme") << QStringLiteral("javascript:alert(1)") << QStringLiteral("“javascript:” is not an address");
        QTest::newRow("space") << QStringLiteral("exa mple.com") << QStringLiteral("spaces");
        QTest::newRow("port") << QStringLiteral("example.com:99999") << QStringLiteral("“99999” is not a valid port");
    }

    void invalidInputIsExplainedInline()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        MainWindow window;
        window.show();
        QSignalSpy started(&window, &MainWindow::diagnosisStarted);
        uitest::typeAndPressEnter(window, input);
        auto *error = child<QLabel>(window, "urlErrorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
        QCOMPARE(started.size(), 0);
        QVERIFY(!anyDialogVisible());
        // Typing again is the fix: the explanation goes away.
        QTest::keyClicks(child<QLineEdit>(window, "urlLineEdit"), QStringLiteral("x"));
        QVERIFY(!error->isVisible());
    }

    void diagnosesScenario_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QStringList>("cards");
        QTest::addColumn<QList<int>>("steps");        // top level, in order
        QTest::addColumn<QString>("failingStep");     // its name in the Step column
        QTest::addColumn<QStringList>("chainNames");  // root first
        QTest::addColumn<QList<Problems>>("chainProblems");

        // The main connection finishes its HTTP exchange before the chain is judged.
        const QList<int> full{int(Kind::Resolve), int(Kind::Connect), int(Kind::TlsEstablished), int(Kind::Http),
                              int(Kind::CertificateCheck)};
        const QString root = QStringLiteral("Handshake Doctor Test Root CA");
        const QString intermediate = QStringLiteral("Handshake Doctor Test Intermediate CA");
        QTest::newRow("expired") << "expired"
                                 << "This site's certificate expired 3 days ago"
                                 << QStringList{"cert-expired"} << full << "Certificate check"
                                 << QStringList{root, intermediate, "localhost"}
                                 << QList<Problems>{{}, {}, Problem::Expired};
        QTest::newRow("incomplete chain")
            << "incomplete-chain" << "The server does not send the intermediate certificate “Handshake Doctor Test Intermediate CA”"
            << QStringList{"incomplete-chain"}
            << QList<int>{int(Kind::Resolve), int(Kind::Connect), int(Kind::TlsEstablished), int(Kind::Http),
                          int(Kind::CertificateCheck), int(Kind::IssuerFetch)}
            << "Certificate check" << QStringList{root, intermediate, "localhost"}
            << QList<Problems>{{}, Problem::FetchedFromAia, {}};
        QTest::newRow("self-signed") << "self-signed" << "The certificate is self-signed"
                                     << QStringList{"self-signed"} << full << "Certificate check" << QStringList{"localhost"}
                                     << QList<Problems>{Problem::SelfSigned | Problem::Untrusted};
        QTest::newRow("several problems")
            << "several-problems" << "This site's certificate expired 3 days ago"
            << QStringList{"cert-expired", "hostname-mismatch", "weak-signature", "weak-key"} << full << "Certificate check"
            << QStringList{root, intermediate, "localhost"}
            << QList<Problems>{{}, {}, Problem::Expired | Problem::NameMismatch | Problem::WeakSignature | Problem::WeakKey};
        QTest::newRow("healthy") << "healthy" << "The secure connection to localhost works"
                                 << QStringList{} << full << QString() << QStringList{root, intermediate, "localhost"}
                                 << QList<Problems>{{}, {}, {}};
        QTest::newRow("connection reset") << "reset" << "The server hung up during the handshake"
                                          << QStringList{"handshake-aborted"}
                                          << QList<int>{int(Kind::Resolve), int(Kind::Connect), int(Kind::TlsFailed)}
                                          << "Handshake failed" << QStringList{} << QList<Problems>{};
    }

    void diagnosesScenario()
    {
        QFETCH(QString, scenario);
        const auto server = uitest::startScenario(scenario);
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));

        QTEST(child<QLabel>(window, "verdictLabel")->text(), "headline");
        QTEST(uitest::cardIds(window), "cards");

        auto *timeline = child<QTreeView>(window, "timelineView");
        QTEST(topLevelKinds(*timeline->model()), "steps");
        QFETCH(QString, failingStep);
        if (failingStep.isEmpty()) {
            QVERIFY(!timeline->currentIndex().isValid());
        } else {
            const QModelIndex current = timeline->currentIndex();
            QCOMPARE(current.data().toString(), failingStep);
            QCOMPARE(current.data(TimelineModel::StatusRole).toInt(), int(hd::TimelineStep::Status::Failed));
            QVERIFY(current.data(Qt::BackgroundRole).isValid()); // highlighted
            QVERIFY(child<QTextBrowser>(window, "stepDetailsBrowser")->toPlainText().contains(failingStep));
        }

        auto *chain = child<QTreeView>(window, "chainTreeView");
        QFETCH(QStringList, chainNames);
        QFETCH(QList<Problems>, chainProblems);
        QList<QPair<QString, Problems>> expected;
        for (int i = 0; i < chainNames.size(); ++i)
            expected.append({chainNames[i], chainProblems[i]});
        QCOMPARE(chainRows(*chain->model()), expected);
    }

    // The cases (uitest::cases()): the banner answers at a glance (the headline, then
    // who acts with their steps, the first actor first; a healthy site says what was checked
    // and folds its notes away), the diagram shows the failing step, the chain tree its
    // statuses.
    void bannerSaysWhoActs_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < uitest::cases().size(); ++i)
            QTest::newRow(qPrintable(uitest::cases()[i].name)) << i;
    }

    void bannerSaysWhoActs()
    {
        QFETCH(int, index);
        const uitest::Case c = uitest::cases()[index];
        QString url;
        const auto server = uitest::startCase(c, &url);
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::diagnoseCase(window, c, *server, url));

        const QString shown = child<QLabel>(window, "verdictLabel")->text();
        QStringList actors;
        QStringList headings;
        for (const QWidget *column : child<QWidget>(window, "verdictActions")->findChildren<QWidget *>(
                 QRegularExpression(QStringLiteral("^actionGroup_")), Qt::FindDirectChildrenOnly)) {
            actors << column->objectName().mid(int(qstrlen("actionGroup_")));
            headings << column->findChild<QLabel *>(QStringLiteral("actionHeadingLabel"))->text();
            QVERIFY(column->isVisible());
            const QString steps = column->findChild<QLabel *>(QStringLiteral("actionStepsLabel"))->text();
            QVERIFY2(steps.startsWith(QStringLiteral("1. ")), qPrintable(steps));
        }
        QVERIFY2(shown.startsWith(c.headline), qPrintable(shown));
        QCOMPARE(actors, c.actors);
        static const QHash<QString, QString> headingOf{{QStringLiteral("you"), QStringLiteral("What you can do now")},
                                                       {QStringLiteral("site-owner"), QStringLiteral("What to tell the site's owner")},
                                                       {QStringLiteral("it"), QStringLiteral("What to ask your IT department")}};
        QStringList expectedHeadings;
        for (const QString &actor : c.actors)
            expectedHeadings << headingOf.value(actor);
        QCOMPARE(headings, expectedHeadings);

        // The chain tree: each level's name and status.
        QList<QPair<QString, Problems>> chain;
        for (int i = 0; i < c.chain.size(); ++i)
            chain.append({c.chain[i], c.chainProblems[i]});
        QCOMPARE(chainRows(*child<QTreeView>(window, "chainTreeView")->model()), chain);
        const QString detail = child<QLabel>(window, "verdictDetailLabel")->text();
        if (actors.isEmpty()) { // healthy: what was checked, in one line
            QVERIFY2(detail.startsWith(QStringLiteral("Checked: reaching the server, TLS handshake, certificate chain and trust")),
                     qPrintable(detail));
            QVERIFY(!detail.contains(QLatin1Char('\n')));
        } else {
            QVERIFY(!detail.isEmpty()); // what was found
        }
        QVERIFY(!child<QToolButton>(window, "alsoWorthKnowingButton")->isVisible()); // no notes here

        // The diagram: the failing step red, selected and in view; none for a healthy site.
        auto *ladder = child<hd::LadderView>(window, "ladderView");
        QVERIFY(ladder->isVisible()); // the first tab
        QVERIFY(ladder->stepCount() > 0);
        const int failing = ladder->failingRow();
        QCOMPARE(ladder->selectedRow(), failing);
        QCOMPARE(failing >= 0, c.stepFails);
        if (failing >= 0) {
            QCOMPARE(ladder->step(failing)->status, hd::TimelineStep::Status::Failed);
            // Red: the step is drawn in the "bad" colour.
            const QImage drawn = ladder->grab(ladder->rowRect(failing)).toImage();
            bool red = false;
            for (int y = 0; y < drawn.height() && !red; ++y) {
                for (int x = 0; x < drawn.width() && !red; ++x)
                    red = drawn.pixelColor(x, y).rgb() == hd::toneColor(hd::Tone::Bad).rgb();
            }
            QVERIFY2(red, "the failing step is red");
            auto *area = child<QScrollArea>(window, "ladderScrollArea");
            const QRect row = ladder->rowRect(failing);
            const auto rowTop = [&] { return ladder->mapTo(area->viewport(), row.topLeft()).y(); };
            QTRY_VERIFY2(rowTop() >= 0 && rowTop() + row.height() <= area->viewport()->height(), "the failing step is in view");
            // Clicking it brings the card of its finding into view.
            auto *cards = child<QScrollArea>(window, "cardsArea");
            cards->verticalScrollBar()->setValue(cards->verticalScrollBar()->maximum());
            QTest::mouseClick(ladder, Qt::LeftButton, {}, row.center());
            QCOMPARE(ladder->selectedRow(), failing);
            const int timelineIndex = ladder->timelineIndexOf(failing);
            const hd::FindingCard *tied = nullptr;
            for (const hd::FindingCard *card : window.findChildren<hd::FindingCard *>()) {
                if (window.result()->finding(card->findingId())->steps.contains(timelineIndex) && !tied)
                    tied = card;
            }
            QVERIFY(tied);
            const QRect shown(tied->mapTo(cards->viewport(), QPoint(0, 0)), QSize(tied->width(), 10));
            QVERIFY2(cards->viewport()->rect().intersects(shown), "the tied card is in view");
            QVERIFY(tied->isCurrent());

            // Clicking a card marks its steps in the diagram, selects the first, and chooses
            // it in the step table.
            ladder->selectRow(-1);
            const hd::FindingCard *root = window.findChildren<hd::FindingCard *>().first();
            QTest::mouseClick(root->findChild<QLabel *>(QStringLiteral("cardExplanationLabel")), Qt::LeftButton);
            QList<int> rows;
            for (const int index : window.result()->finding(root->findingId())->steps) {
                if (const int row = ladder->rowOfTimelineIndex(index); row >= 0)
                    rows << row;
            }
            std::sort(rows.begin(), rows.end());
            QVERIFY(!rows.isEmpty());
            QCOMPARE(ladder->highlightedRows(), rows);
            QCOMPARE(ladder->selectedRow(), rows.first());
            auto *table = child<QTreeView>(window, "timelineView");
            const hd::TimelineStep *chosen = static_cast<const TimelineModel *>(table->model())->step(table->currentIndex());
            QVERIFY(chosen);
            bool tiedToCard = false;
            for (const int index : window.result()->finding(root->findingId())->steps)
                tiedToCard = tiedToCard || window.result()->timeline[index].startMs == chosen->startMs;
            QVERIFY(tiedToCard);

            // The failing step is back in view when the view shrinks (the window, the banner's
            // new words) while another tab is shown.
            ladder->selectRow(failing);
            auto *tabs = child<QTabWidget>(window, "detailsTabWidget");
            tabs->setCurrentIndex(3);
            QVERIFY(window.setLanguage(QStringLiteral("zh_CN")));
            window.resize(window.width(), window.height() - 160);
            QTest::qWait(50);
            tabs->setCurrentIndex(0);
            QTRY_VERIFY2(rowTop() >= 0 && rowTop() + row.height() <= area->viewport()->height(), "in view in Chinese");
            QVERIFY(window.setLanguage(QStringLiteral("en")));
        }
    }

    // A proxy that took part gets a lane of its own, between this computer and the server.
    void proxyHasALane()
    {
        hd::TimelineStep tcp;
        tcp.kind = Kind::Proxy;
        tcp.name = QStringLiteral("tcp");
        hd::TimelineStep tunnel;
        tunnel.kind = Kind::Proxy;
        tunnel.name = QStringLiteral("connect");
        tunnel.facts = {{QStringLiteral("request"), QStringLiteral("CONNECT localhost:443 HTTP/1.1")},
                        {QStringLiteral("statusLine"), QStringLiteral("HTTP/1.1 200 Connection established")}};
        hd::TimelineStep hello;
        hello.kind = Kind::TlsMessage;
        hello.name = QStringLiteral("ClientHello");
        hello.direction = hd::TimelineStep::Direction::Sent;
        QCOMPARE(hd::LadderView::laneNames({tcp, tunnel, hello}),
                 (QStringList{QStringLiteral("This computer"), QStringLiteral("Proxy"), QStringLiteral("Server")}));
        QCOMPARE(hd::LadderView::laneNames({hello}), (QStringList{QStringLiteral("This computer"), QStringLiteral("Server")}));
        QCOMPARE(hd::LadderView::label(tunnel), QStringLiteral("Asks the proxy for a tunnel: HTTP/1.1 200 Connection established"));

        // Through a real proxy (tinyproxy), the window draws that lane.
        if (!testsupport::TinyProxy::available())
            QSKIP("tinyproxy is not installed");
        const auto server = uitest::startScenario(QStringLiteral("healthy"));
        QVERIFY(server);
        testsupport::TinyProxy proxy;
        QVERIFY2(proxy.start({{}, {}, {server->port}}), qPrintable(proxy.error()));
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        hd::DiagnosisOptions options = window.options();
        options.proxyMode = hd::ProxyMode::Given;
        options.proxyUrl = proxy.url(false);
        window.setOptions(options);
        QVERIFY(uitest::diagnose(window, server->url()));
        const QList<hd::TimelineStep> drawn = hd::LadderView::drawnSteps(window.result()->timeline);
        QVERIFY(hd::LadderView::laneNames(drawn).contains(QStringLiteral("Proxy")));
        QStringList labels;
        for (const hd::TimelineStep &step : drawn)
            labels << hd::LadderView::label(step);
        QVERIFY2(!labels.filter(QStringLiteral("Asks the proxy for a tunnel: HTTP/1.")).isEmpty(), qPrintable(labels.join(QLatin1Char('\n'))));
    }

    // Each arrow says what happens in a plain sentence, the message's protocol name after it.
    void arrowsArePlainSentences()
    {
        const auto server = uitest::startScenario(QStringLiteral("healthy"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));
        auto *ladder = child<hd::LadderView>(window, "ladderView");
        QStringList labels;
        for (int row = 0; row < ladder->stepCount(); ++row)
            labels << hd::LadderView::label(*ladder->step(row));
        QVERIFY2(labels.contains(QStringLiteral("Server sends its certificate: 2 certificates (Certificate)")), qPrintable(labels.join(QLatin1Char('\n'))));
        QVERIFY(labels.contains(QStringLiteral("Connects to port %1").arg(server->port)));
        QVERIFY(labels.contains(QStringLiteral("Checks the certificate: accepted")));
        QVERIFY(labels.filter(QStringLiteral("This computer says hello: offers TLS 1.3")).size() == 1);
    }

    // The extra connections are one compact summary, not timeline rows: versions with their
    // answers and suites, the key exchange, the client table; it opens when it holds the cause.
    void extraChecksAreASummary()
    {
        const auto server = uitest::startScenario(QStringLiteral("old-tls"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));
        QCOMPARE(uitest::cardIds(window).value(0), QStringLiteral("protocol-too-old"));

        auto *timeline = child<QTreeView>(window, "timelineView");
        for (int row = 0; row < timeline->model()->rowCount(); ++row) {
            const QString name = timeline->model()->index(row, 0).data(TimelineModel::NameRole).toString();
            QVERIFY2(!QStringList({"protocol-versions", "cipher-suites", "key-exchange"}).contains(name), qPrintable(name));
        }
        auto *panel = child<QWidget>(window, "extraChecksPanel");
        QVERIFY(panel->isVisible()); // its tab is the current one: the cause is there

        auto *versions = child<QTableWidget>(window, "versionsTable");
        QStringList rows;
        for (int row = 0; row < versions->rowCount(); ++row)
            rows << versions->item(row, 0)->text() + QLatin1Char(' ') + versions->item(row, 1)->text();
        QCOMPARE(rows.value(0), QStringLiteral("TLS 1.3 refused (alert protocol_version)"));
        QVERIFY2(rows.contains(QStringLiteral("TLS 1.1 accepted")), qPrintable(rows.join(QLatin1Char('|'))));
        QVERIFY2(!rows.join(QLatin1Char('|')).contains(QStringLiteral("error:")), qPrintable(rows.join(QLatin1Char('|'))));
        const int tls11 = int(rows.indexOf(QStringLiteral("TLS 1.1 accepted")));
        QVERIFY(versions->item(tls11, 2)->text().contains(QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA")));
        QVERIFY(child<QLabel>(window, "keyExchangeLabel")->text().contains(QStringLiteral("1024-bit group")));
        // Red where core tied the finding: the versions; the small DH group is a warning.
        QCOMPARE(child<QLabel>(window, "versionsStatusIcon")->property("status").toInt(), int(hd::TimelineStep::Status::Failed));
        QCOMPARE(child<QLabel>(window, "keyExchangeStatusIcon")->property("status").toInt(), int(hd::TimelineStep::Status::Warning));

        auto *clients = child<QTableWidget>(window, "compatibilityTable");
        QCOMPARE(clients->rowCount(), window.result()->compatibility.size());
        QVERIFY(clients->rowCount() > 0);
        QCOMPARE(clients->item(0, 1)->text(), QStringLiteral("No")); // today's browsers cannot connect
    }

    void extraChecksSayWhyTheyDidNotRun()
    {
        MainWindow window;
        window.show();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QVERIFY(uitest::diagnose(window, QStringLiteral("https://127.0.0.1:%1/").arg(closed.serverPort())));
        const QString note = child<QLabel>(window, "extraChecksNoteLabel")->text();
        QVERIFY2(note.startsWith(QStringLiteral("The extra connections did not run: ")), qPrintable(note));
        QVERIFY(child<QTableWidget>(window, "versionsTable")->isHidden());
        QVERIFY(child<QTableWidget>(window, "compatibilityTable")->isHidden());
    }

    // The chain tree: the leaf selected, its status from core's findings, and the details
    // pane marking the field the finding is about (and only that one).
    void chainShowsWhatIsWrong_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("status");    // the leaf's status column
        QTest::addColumn<QString>("offending"); // the highlighted field, empty for none
        QTest::newRow("wrong name") << "hostname-mismatch" << "Wrong name" << "Names (SAN)";
        QTest::newRow("revoked leaf") << "revoked-stapled" << "Revoked" << "Serial number";
        QTest::newRow("expired") << "expired" << "Expired" << "Valid until";
        QTest::newRow("weak key") << "weak-key" << "Weak key" << "Public key";
        QTest::newRow("healthy") << "healthy" << "Valid" << QString();
    }

    void chainShowsWhatIsWrong()
    {
        QFETCH(QString, scenario);
        const auto server = uitest::startScenario(scenario);
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));
        auto *view = child<QTreeView>(window, "chainTreeView");
        const QModelIndex current = view->currentIndex();
        QCOMPARE(current.data().toString(), QStringLiteral("localhost")); // the leaf
        QFETCH(QString, status);
        const QString shownStatus = current.siblingAtColumn(ChainModel::StatusColumn).data().toString();
        QVERIFY2(shownStatus.startsWith(status), qPrintable(shownStatus));

        const hd::DisplayedCertificate *entry = static_cast<ChainModel *>(view->model())->entry(current);
        QVERIFY(entry);
        const QString html = hd::DetailsHtml::certificate(*entry, window.result()->startedAt);
        const auto flagged = [](const QString &label) {
            return hd::DetailsHtml::colored(label, hd::toneColor(hd::Tone::Bad));
        };
        QFETCH(QString, offending);
        for (const QString &label : {QStringLiteral("Names (SAN)"), QStringLiteral("Serial number"), QStringLiteral("Valid until"),
                                     QStringLiteral("Public key"), QStringLiteral("Signature algorithm")})
            QCOMPARE(html.contains(flagged(label)), label == offending);
        QVERIFY(html.contains(QStringLiteral("Subject key identifier")));
        QVERIFY(html.contains(QStringLiteral("Authority key identifier")));
        const QString shown = child<QTextBrowser>(window, "certificateDetailsBrowser")->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Subject key identifier")), qPrintable(shown));
    }

    // The server rejects the name we ask for with an alert: the alert is the failing step,
    // and its details say what it means. The name reaches 127.0.0.1 through the override.
    void alertIsTheFailingStep()
    {
        const auto server = uitest::startScenario(QStringLiteral("sni-unknown"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile, 15,
                                  QStringLiteral("www.example.test:%1:127.0.0.1").arg(server->port)));
        QVERIFY(uitest::diagnose(window, server->url(QStringLiteral("www.example.test"))));
        QCOMPARE(uitest::cardIds(window), QStringList{"sni-unknown"});
        const QModelIndex current = child<QTreeView>(window, "timelineView")->currentIndex();
        QCOMPARE(current.data(TimelineModel::KindRole).toInt(), int(Kind::TlsAlert));
        QCOMPARE(current.data(TimelineModel::NameRole).toString(), QStringLiteral("unrecognized_name"));
        QVERIFY(current.parent().isValid()); // shown inside the handshake
        const QString details = child<QTextBrowser>(window, "stepDetailsBrowser")->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("the server has no site for the requested name (SNI).")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("unrecognized_name (112)")));
        // The ClientHello's details show what was offered, including the name sent.
        QTreeView *view = child<QTreeView>(window, "timelineView");
        view->setCurrentIndex(view->model()->index(0, 0, current.parent()));
        const QString hello = child<QTextBrowser>(window, "stepDetailsBrowser")->toPlainText();
        QVERIFY2(hello.contains(QStringLiteral("www.example.test")) && hello.contains(QStringLiteral("TLS 1.3")), qPrintable(hello));
    }

    // An internationalized name and the address override: no DNS beyond this machine.
    void internationalizedNameWithAddressOverride()
    {
        const auto server = uitest::startScenario(QStringLiteral("healthy"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile, 15, QStringLiteral("bücher.example:%1:127.0.0.1").arg(server->port)));
        QVERIFY(child<QLabel>(window, "optionsSummaryLabel")->text().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(uitest::diagnose(window, QStringLiteral("https://bücher.example:%1/pfad?q=1").arg(server->port)));
        QCOMPARE(uitest::cardIds(window), QStringList{"hostname-mismatch"});
        QVERIFY(window.windowTitle().contains(QStringLiteral("bücher.example")));
        QCOMPARE(window.result()->target.host, QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(window.result()->timeline.first().facts.value(QStringLiteral("source")).toString(), QStringLiteral("override"));
    }

    void ipLiteralWorks()
    {
        const auto server = uitest::startScenario(QStringLiteral("healthy"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, QStringLiteral("127.0.0.1:%1").arg(server->port)));
        QCOMPARE(uitest::cardIds(window), QStringList());
        QCOMPARE(window.result()->verdict(), hd::Verdict::Ok);
        QVERIFY(child<QLabel>(window, "cardsNoteLabel")->isVisible());
    }

    // Certificate fields are the server's words: shown as text everywhere, never as markup.
    void hostileCertificateTextStaysLiteral()
    {
        const QString hostile = QStringLiteral("<b>x</b><img src=\"file:///etc/hostname\">");
        const auto server = uitest::startServerWithLeafName(hostile);
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));
        QVERIFY(uitest::cardIds(window).contains(QStringLiteral("cert-expired")));

        auto *chain = child<QTreeView>(window, "chainTreeView");
        const QModelIndex leaf = chain->currentIndex(); // the expired leaf is selected
        QCOMPARE(leaf.data().toString(), hostile);
        auto *details = child<QTextBrowser>(window, "certificateDetailsBrowser");
        QVERIFY(details->toPlainText().contains(hostile));
        QVERIFY(!details->document()->toHtml().contains(QStringLiteral("<img")));

        bool inEvidence = false;
        for (const QLabel *label : window.findChildren<QLabel *>(QStringLiteral("cardEvidenceLabel"))) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            inEvidence = inEvidence || label->text().contains(hostile);
        }
        QVERIFY(inEvidence);
        QVERIFY(child<QLabel>(window, "verdictDetailLabel")->text().contains(hostile));
        QCOMPARE(child<QLabel>(window, "verdictDetailLabel")->textFormat(), Qt::PlainText);

        window.copyForHelpDesk();
        QVERIFY(QGuiApplication::clipboard()->text().contains(hostile));
    }

    // A server's markup, bidi overrides and line breaks in every place the window shows
    // server text: items, tooltips, labels, detail documents, the clipboard.
    void hostileServerTextStaysLiteralEverywhere()
    {
        namespace hostile = testsupport::hostile;
        const QChar rlo(0x202E);
        const auto server = uitest::startScenario(QStringLiteral("hostile-text"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url(QStringLiteral("127.0.0.1"))));
        QVERIFY(uitest::cardIds(window).contains(QStringLiteral("hostname-mismatch")));

        bool markupInToolTip = false;
        for (const char *name : {"timelineView", "chainTreeView"}) {
            const QAbstractItemModel *model = child<QTreeView>(window, name)->model();
            for (const QModelIndex &index : allIndexes(model)) {
                const QString display = index.data(Qt::DisplayRole).toString();
                QVERIFY2(!display.contains(rlo) && !display.contains(QLatin1Char('\n')), qPrintable(display.left(200)));
                const QString tip = index.data(Qt::ToolTipRole).toString();
                QVERIFY2(!tip.contains(rlo), qPrintable(tip.left(200)));
                if (tip.isEmpty() || !Qt::mightBeRichText(tip))
                    continue;
                // What QToolTip draws: the text of the rich-text document, with no image.
                QTextDocument shown;
                shown.setHtml(tip);
                QVERIFY2(!shown.toHtml().contains(QStringLiteral("<img")), qPrintable(tip.left(200)));
                markupInToolTip = markupInToolTip || shown.toPlainText().contains(hostile::kMarkup);
            }
        }
        QVERIFY2(markupInToolTip, "the status line's markup shows as text in the Details tooltip");

        for (const QLabel *label : window.findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(rlo), qPrintable(label->objectName()));
            if (label->text().contains(QLatin1Char('<')))
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
        const QString cards = cardText(window);
        QVERIFY2(cards.contains(QStringLiteral("evil.test⟨U+000A⟩FAKE LINE: trusted")), qPrintable(cards.left(400)));
        QVERIFY2(cards.contains(QStringLiteral("/⟨U+202E⟩gnp.exe")), qPrintable(cards.left(400))); // the mixed-content URL

        auto *chain = child<QTreeView>(window, "chainTreeView");
        for (const QModelIndex &index : allIndexes(chain->model())) {
            if (index.column() == 0 && index.data().toString().contains(QStringLiteral("evil.")))
                chain->setCurrentIndex(index);
        }
        QVERIFY(chain->currentIndex().data().toString().contains(QStringLiteral("evil.⟨U+202E⟩gro.elpmaxe")));
        const QString certificate = child<QTextBrowser>(window, "certificateDetailsBrowser")->toPlainText();
        QVERIFY2(certificate.contains(QStringLiteral("evil.⟨U+202E⟩gro.elpmaxe")), qPrintable(certificate.left(400)));
        QVERIFY(!certificate.contains(rlo));

        QGuiApplication::clipboard()->clear();
        window.copyForHelpDesk();
        const QString summary = QGuiApplication::clipboard()->text();
        QVERIFY(summary.contains(QStringLiteral("⟨U+202E⟩")));
        QVERIFY(!summary.contains(rlo));
        for (const QString &line : summary.split(QLatin1Char('\n')))
            QVERIFY2(!line.trimmed().startsWith(hostile::kInjectedLine), qPrintable(summary));
    }

    void copyForHelpDeskSummarizes()
    {
        const auto server = uitest::startScenario(QStringLiteral("expired"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));
        auto *button = child<QAbstractButton>(window, "copyHelpDeskButton");
        QVERIFY(button->isEnabled());
        QGuiApplication::clipboard()->clear();
        button->click();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.contains(server->url()), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("This site's certificate expired 3 days ago\n     What to tell the site's owner:\n"
                                             "       1. Tell the site's owner that the certificate has expired and must be renewed.")));
        QVERIFY(text.contains(QStringLiteral("Who fixes it: The site's administrator")));
        QVERIFY(text.contains(QStringLiteral("What you can do now:\n       1. Check that this computer's date and time are correct.")));
        QVERIFY(text.contains(QStringLiteral("Failing step: Certificate check")));
        // The finding ids, for the agent to search.
        QVERIFY(text.contains(QStringLiteral("Finding ids: cert-expired")));
    }

    void savesCertificateAsPem()
    {
        const auto server = uitest::startScenario(QStringLiteral("expired"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));
        const QString path = server->dir.filePath(QStringLiteral("leaf.pem"));
        hd::FileDialog::setNextAnswer(path);
        child<QPushButton>(window, "savePemButton")->click();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), window.result()->presentedChain.first().pem());
    }

    void optionsDialogExplainsProblemsInline()
    {
        MainWindow window;
        window.show();
        child<QPushButton>(window, "optionsButton")->click();
        auto *dialog = window.findChild<hd::OptionsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *error = child<QLabel>(*dialog, "optionsErrorLabel");
        QVERIFY(!error->isVisible());

        child<QLineEdit>(*dialog, "addressOverrideLineEdit")->setText(QStringLiteral("example.com:443"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("host:port:address")));
        QVERIFY(!ok->isEnabled());
        child<QLineEdit>(*dialog, "addressOverrideLineEdit")->setText(QStringLiteral("example.com:443:[2001:db8::1]"));
        QVERIFY(ok->isEnabled());

        child<QLineEdit>(*dialog, "caFileLineEdit")->setText(QStringLiteral("/nonexistent/ca.pem"));
        QVERIFY(error->text().contains(QStringLiteral("does not exist")));
        QVERIFY(!ok->isEnabled());
        // A device never ends, a directory holds no certificates: only regular files.
        for (const QString &notAFile : {QStringLiteral("/dev/zero"), QDir::tempPath()}) {
            child<QLineEdit>(*dialog, "caFileLineEdit")->setText(notAFile);
            QVERIFY2(error->text().contains(QStringLiteral("cannot be read")), qPrintable(error->text()));
            QVERIFY(!ok->isEnabled());
        }
        child<QLineEdit>(*dialog, "caFileLineEdit")->clear();
        // The command line's limits: whole seconds from 1 to 600 here.
        auto *timeout = child<QSpinBox>(*dialog, "timeoutSpinBox");
        QVERIFY(timeout->minimum() * 1000 >= hd::kMinTimeoutMs);
        QCOMPARE(timeout->maximum() * 1000, hd::kMaxTimeoutMs);
        ok->click();
        QCOMPARE(window.options().addressOverride.address.toString(), QStringLiteral("2001:db8::1"));
    }

    void recentTargetsAreRemembered()
    {
        const auto server = uitest::startScenario(QStringLiteral("healthy"));
        QVERIFY(server);
        {
            MainWindow window;
            window.show();
            QVERIFY(uitest::configure(window, server->caFile));
            QVERIFY(uitest::diagnose(window, server->url()));
            QVERIFY(uitest::diagnose(window, QStringLiteral("127.0.0.1:%1").arg(server->port)));
            window.close();
        }
        MainWindow again;
        auto *combo = child<QComboBox>(again, "urlComboBox");
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(0), QStringLiteral("127.0.0.1:%1").arg(server->port));
        QCOMPARE(combo->itemText(1), server->url());
        QVERIFY(combo->currentText().isEmpty());
        QCOMPARE(again.options().extraCaFile, server->caFile); // options are remembered too
    }

    void splittersAndWindowSizeAreRemembered()
    {
        QList<int> sizes;
        {
            MainWindow window;
            window.resize(1000, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = child<QSplitter>(window, "mainSplitter");
            splitter->setSizes({300, 690});
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1000, 700));
        QCOMPARE(child<QSplitter>(again, "mainSplitter")->sizes(), sizes);
    }

    void keyboardOnly()
    {
        const auto server = uitest::startScenario(QStringLiteral("expired"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(uitest::configure(window, server->caFile));
        child<QWidget>(window, "timelineView")->setFocus();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(window, "urlComboBox")); // its line edit's focus proxy
        QSignalSpy finished(&window, &MainWindow::diagnosisFinished);
        QTest::keyClicks(QApplication::focusWidget(), server->url());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(finished.wait(30000));

        // The answer takes the focus; Tab goes on to what to do, then Copy, then Export.
        QList<QWidget *> order{child<QWidget>(window, "verdictLabel")};
        for (QWidget *steps : child<QWidget>(window, "verdictActions")->findChildren<QWidget *>(QStringLiteral("actionStepsLabel")))
            order << steps;
        QCOMPARE(order.size(), 3); // the verdict, then the site's owner's and your steps
        order << child<QWidget>(window, "copyHelpDeskButton") << child<QWidget>(window, "exportReportButton");
        QTRY_COMPARE(QApplication::focusWidget(), order.first());
        for (int i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), order[i]);
        }
        QVERIFY(!order[1]->accessibleName().isEmpty()); // the steps are named by who does them
    }

    // The menu's shortcuts work while the address field has the focus.
    void shortcutsWorkInTheAddressField()
    {
        const auto server = uitest::startScenario(QStringLiteral("expired"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));
        auto *edit = child<QLineEdit>(window, "urlLineEdit");
        edit->setFocus();
        QVERIFY(edit->hasFocus());

        QGuiApplication::clipboard()->clear();
        QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("cert-expired")));

        const QString path = server->dir.filePath(QStringLiteral("shortcut.pdf"));
        hd::FileDialog::setNextAnswer(path);
        QTest::keyClick(edit, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(QFileInfo::exists(path));

        QTest::keyClick(edit, Qt::Key_Comma, Qt::ControlModifier);
        hd::OptionsDialog *dialog = nullptr; // the one configure() used may wait for its deletion
        for (hd::OptionsDialog *each : window.findChildren<hd::OptionsDialog *>(QStringLiteral("optionsDialog"))) {
            if (each->isVisible())
                dialog = each;
        }
        QVERIFY(dialog);
        dialog->reject();

        child<QWidget>(window, "ladderView")->setFocus();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(edit->hasFocus());
        QCOMPARE(edit->selectedText(), edit->text());
    }

    // Screen readers hear each step of the diagram and each status icon in words.
    void accessibleNames()
    {
        const auto server = uitest::startScenario(QStringLiteral("expired"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));
        auto *ladder = child<hd::LadderView>(window, "ladderView");
        QAccessibleInterface *diagram = QAccessible::queryAccessibleInterface(ladder);
        QVERIFY(diagram);
        QCOMPARE(diagram->childCount(), ladder->stepCount());
        const int failing = ladder->failingRow();
        QAccessibleInterface *step = diagram->child(failing);
        QVERIFY(step);
        QCOMPARE(step->role(), QAccessible::ListItem);
        QCOMPARE(step->text(QAccessible::Name),
                 QStringLiteral("%1: %2").arg(hd::LadderView::label(*ladder->step(failing)), QStringLiteral("Failed")));
        QVERIFY(step->state().selected);
        QCOMPARE(diagram->indexOfChild(step), failing);

        const hd::FindingCard *card = window.findChildren<hd::FindingCard *>().first();
        QCOMPARE(card->findChild<QWidget *>(QStringLiteral("cardStatusIcon"))->accessibleName(), QStringLiteral("Error"));
        QCOMPARE(child<QWidget>(window, "verdictIcon")->accessibleName(), QStringLiteral("Problem found"));
        auto *tabs = child<QTabWidget>(window, "detailsTabWidget");
        QCOMPARE(tabs->tabBar()->accessibleTabName(0), QStringLiteral("Handshake: a step failed"));
    }

    void aboutNamesTheVersions()
    {
        MainWindow window;
        window.show();
        window.showAbout();
        auto *about = window.findChild<hd::AboutDialog *>();
        QVERIFY(about && about->isVisible());
        const QString versions = child<QLabel>(*about, "aboutVersionsLabel")->text();
        QVERIFY(versions.contains(QLatin1String(qVersion())));
        QVERIFY(versions.contains(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))));
        about->close();
    }

    void iconsAreVectors()
    {
        for (const char *name : {"status-failed", "status-ok", "diagnose", "handshake-doctor"}) {
            const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
            const QPixmap pixmap = icon.pixmap(QSize(16, 16), 3.0);
            QCOMPARE(pixmap.size(), QSize(48, 48)); // drawn at the device's resolution, not scaled up
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
