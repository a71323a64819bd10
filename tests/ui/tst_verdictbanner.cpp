// The verdict banner alone, with hand-made results: notes are folded under their own
// heading and never shown as a problem; a warning still names who acts.

#include "ResultAnalysis.h"
#include "Language.h"
#include "VerdictBanner.h"
#include "FindingCard.h"
#include "../engine/SyntheticResult.h"

#include <QApplication>
#include <QClipboard>
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

    // Every result text can be selected and copied without a mouse: the banner's headline
    // and steps, and a card's title, explanation and steps.
    void textIsCopiedByKeyboard()
    {
        VerdictBanner banner;
        const hd::DiagnosisResult result = completed(QStringLiteral("cert-expired"));
        banner.showResult(result);
        hd::FindingCard card(result.findings.first());
        QList<QLabel *> labels{banner.findChild<QLabel *>(QStringLiteral("verdictLabel")),
                               banner.findChild<QLabel *>(QStringLiteral("verdictDetailLabel")),
                               banner.findChild<QLabel *>(QStringLiteral("actionStepsLabel")),
                               card.findChild<QLabel *>(QStringLiteral("cardTitleLabel")),
                               card.findChild<QLabel *>(QStringLiteral("cardExplanationLabel")),
                               card.findChild<QLabel *>(QStringLiteral("cardFixStepLabel"))};
        banner.show();
        card.show();
        for (QLabel *label : labels) {
            QVERIFY(label);
            QVERIFY2(label->textInteractionFlags().testFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse),
                     qPrintable(label->objectName()));
            QVERIFY(!label->text().isEmpty());
            QApplication::clipboard()->clear();
            QTest::keyClick(label, Qt::Key_A, Qt::ControlModifier);
            // (Qt's selection ends its lines with the paragraph separator; the copy has '\n'.)
            QCOMPARE(label->selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')), label->text());
            QTest::keyClick(label, Qt::Key_C, Qt::ControlModifier);
            QCOMPARE(QApplication::clipboard()->text(), label->text());
        }
        // The headline is in the Tab chain; the card's own labels stay out of it (the card is).
        QCOMPARE(labels.first()->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!(labels.last()->focusPolicy() & Qt::TabFocus));
    }

    // The focused headline is framed in the highlight colour, and only while it has focus.
    void focusedVerdictIsFramed()
    {
        VerdictBanner banner;
        banner.showResult(completed(QStringLiteral("cert-expired")));
        banner.show();
        QVERIFY(QTest::qWaitForWindowActive(&banner));
        auto *verdict = banner.findChild<QLabel *>(QStringLiteral("verdictLabel"));
        const QColor highlight = banner.palette().color(QPalette::Highlight);
        const QPoint left = verdict->geometry().topLeft() + QPoint(-3, verdict->height() / 2);
        const QPoint top = verdict->geometry().topLeft() + QPoint(verdict->width() / 2, -2);
        const auto colourAt = [&](const QPoint &point) {
            const QImage image = banner.grab().toImage();
            const qreal ratio = image.devicePixelRatio();
            return image.pixelColor(QPoint(qRound(point.x() * ratio), qRound(point.y() * ratio)));
        };
        banner.findChild<QLabel *>(QStringLiteral("actionStepsLabel"))->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(!verdict->hasFocus());
        QVERIFY(colourAt(left) != highlight);
        QVERIFY(colourAt(top) != highlight);
        verdict->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(verdict->hasFocus());
        QCOMPARE(colourAt(left), highlight);
        QCOMPARE(colourAt(top), highlight);
    }

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
