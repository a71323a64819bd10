// The verdict banner alone, with hand-made results: notes are folded under their own
// heading and never shown as a problem; a warning still names who acts.

#include "ResultAnalysis.h"
#include "Language.h"
#include "VerdictBanner.h"
#include "../engine/SyntheticResult.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>

using hd::VerdictBanner;

namespace {

hd::DiagnosisResult completed(const QString &id)
{
    hd::DiagnosisResult result = synthetic::resultWith(id);
    hd::ResultAnalysis::complete(&result);
    return result;
}

} // namespace

class TestVerdictBanner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { hd::applyLanguage(QStringLiteral("en")); }

    void notesAreFoldedAway()
    {
        VerdictBanner banner;
        banner.show();
        banner.showResult(completed(QStringLiteral("hsts-missing")));
        auto *toggle = banner.findChild<QToolButton *>(QStringLiteral("alsoWorthKnowingButton"));
        auto *notes = banner.findChild<QLabel *>(QStringLiteral("alsoWorthKnowingLabel"));
        QVERIFY(toggle->isVisible());
        QCOMPARE(toggle->text(), QStringLiteral("Also worth knowing (for the site's owner)"));
        QVERIFY(!notes->isVisible()); // folded until asked for
        QVERIFY(!banner.findChild<QWidget *>(QStringLiteral("verdictActions"))->isVisible()); // nobody has to act
        QVERIFY(banner.findChild<QLabel *>(QStringLiteral("verdictLabel"))->text().contains(QStringLiteral("works")));
        toggle->click();
        QVERIFY(notes->isVisible());
        QVERIFY2(notes->text().contains(QStringLiteral("HSTS")), qPrintable(notes->text()));
        QCOMPARE(notes->textFormat(), Qt::PlainText);
        // A new result folds them again.
        banner.showResult(completed(QStringLiteral("hsts-missing")));
        QVERIFY(!notes->isVisible());
    }

    void warningNamesWhoActs()
    {
        VerdictBanner banner;
        banner.show();
        banner.showResult(completed(QStringLiteral("weak-signature")));
        const auto columns = banner.findChildren<QWidget *>(QRegularExpression(QStringLiteral("^actionGroup_")));
        QVERIFY(!columns.isEmpty());
        for (const QWidget *column : columns)
            QVERIFY(column->isVisible());
        QVERIFY(!banner.findChild<QToolButton *>(QStringLiteral("alsoWorthKnowingButton"))->isVisible());
    }

    void idleAndRunningShowNoActions()
    {
        VerdictBanner banner;
        banner.show();
        banner.showResult(completed(QStringLiteral("cert-expired")));
        QVERIFY(banner.findChild<QWidget *>(QStringLiteral("verdictActions"))->isVisible());
        hd::Target target;
        target.host = target.displayHost = QStringLiteral("site.test");
        banner.showRunning(target);
        QVERIFY(!banner.findChild<QWidget *>(QStringLiteral("verdictActions"))->isVisible());
        QVERIFY(banner.findChildren<QWidget *>(QRegularExpression(QStringLiteral("^actionGroup_"))).isEmpty());
    }
};

QTEST_MAIN(TestVerdictBanner)
#include "tst_verdictbanner.moc"
