// English and Simplified Chinese, switched at run time: every widget retranslates in place,
// the choice is remembered, and no visible string is left in English.

#include "AboutDialog.h"
#include "ChainModel.h"
#include "FindingCard.h"
#include "Language.h"
#include "OptionsDialog.h"
#include "ReportText.h"
#include "ResultText.h"
#include "Translations.h"
#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>
#include <QXmlStreamReader>

using hd::MainWindow;

namespace {

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

// Text that is data or a proper name, the same in every language.
bool isLanguageNeutral(const QString &text)
{
    static const QRegularExpression neutral(QStringLiteral(
        "^(English|简体中文|Handshake Doctor [0-9.]+|OpenSSL .*|[^A-Za-z]*)$"));
    return neutral.match(text).hasMatch();
}

// Everything a person can read in a window without running a diagnosis.
QStringList visibleTexts(const QWidget &root)
{
    QStringList texts{root.windowTitle()};
    for (const QWidget *widget : root.findChildren<QWidget *>()) {
        if (widget->isWindow())
            texts << widget->windowTitle();
    }
    for (const QLabel *label : root.findChildren<QLabel *>())
        texts << label->text().split(QLatin1Char('\n'));
    for (const QAbstractButton *button : root.findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (const QAction *action : root.findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    for (const QMenu *menu : root.findChildren<QMenu *>())
        texts << menu->title();
    for (const QLineEdit *edit : root.findChildren<QLineEdit *>())
        texts << edit->placeholderText();
    for (const QSpinBox *spin : root.findChildren<QSpinBox *>())
        texts << spin->suffix() << spin->toolTip();
    for (const QTabWidget *tabs : root.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    for (const QHeaderView *header : root.findChildren<QHeaderView *>()) {
        for (int i = 0; header->model() && i < header->model()->columnCount(); ++i)
            texts << header->model()->headerData(i, header->orientation()).toString();
    }
    texts.removeAll(QString());
    return texts;
}

QStringList untranslated(const QWidget &root)
{
    QStringList out;
    for (const QString &text : visibleTexts(root)) {
        if (!hasChinese(text) && !isLanguageNeutral(text))
            out << text;
    }
    out.removeDuplicates();
    return out;
}

// The translation contexts of ui/ and app/gui: QObject classes in namespace hd, and the
// Q_DECLARE_TR_FUNCTIONS classes there.
bool isOurContext(const QString &context)
{
    static const QStringList plain{QStringLiteral("CertificateStatus"), QStringLiteral("DetailsHtml"),
                                   QStringLiteral("GuiMain"), QStringLiteral("ReportWriter"), QStringLiteral("ResultText")};
    return context.startsWith(QLatin1String("hd::")) || plain.contains(context);
}

struct TsMessage
{
    QString context;
    QString source;
    bool unfinished = false;
    QStringList forms; // the translation, or its numerus forms
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = TsMessage{context, {}, false, {}};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.forms << xml.readElementText();
            }
            if (message.forms.isEmpty())
                message.forms << text;
            messages << message;
        }
    }
    return messages;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void init() { uitest::isolateSettings(); }

    void switchesAtRunTimeWithoutRestart()
    {
        const auto server = uitest::startScenario(QStringLiteral("expired"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));

        auto *diagnose = window.findChild<QAbstractButton *>(QStringLiteral("diagnoseButton"));
        auto *verdict = window.findChild<QLabel *>(QStringLiteral("verdictLabel"));
        auto *cardTitle = window.findChild<QLabel *>(QStringLiteral("cardTitleLabel"));
        auto *fixHeading = window.findChild<QLabel *>(QStringLiteral("cardFixHeadingLabel"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailsTabWidget"));
        const QAbstractItemModel *timeline = window.findChild<QTreeView *>(QStringLiteral("timelineView"))->model();
        auto *chainView = window.findChild<QTreeView *>(QStringLiteral("chainTreeView"));
        const QModelIndex leafStatus = chainView->currentIndex().siblingAtColumn(hd::ChainModel::StatusColumn);
        auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));

        const auto snapshot = [&] {
            return QStringList{diagnose->text(),        verdict->text(),
                               cardTitle->text(),       fixHeading->text(),
                               tabs->tabText(0),        tabs->tabText(1),
                               timeline->headerData(0, Qt::Horizontal).toString(),
                               timeline->index(0, 0).data().toString(),
                               leafStatus.data().toString(), fileMenu->title()};
        };
        const QStringList english = snapshot();
        QCOMPARE(english[0], QStringLiteral("&Diagnose"));
        QCOMPARE(english[8], QStringLiteral("Expired"));

        window.findChild<QAction *>(QStringLiteral("languageAction_zh_CN"))->trigger();
        QTRY_VERIFY(hasChinese(diagnose->text()));
        const QStringList chinese = snapshot();
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(chinese[i] != english[i] && hasChinese(chinese[i]), qPrintable(chinese[i]));
        }
        // They are the translations, not just some other text.
        QCOMPARE(chinese[0], QCoreApplication::translate("hd::MainWindow", "&Diagnose"));
        QCOMPARE(chinese[1], hd::ResultText::verdictHeadline(*window.result()));
        QCOMPARE(chinese[3], hd::ReportText::actorHeading(hd::Actor::SiteOwner));
        QCOMPARE(hd::Translations::current(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("languageAction_zh_CN"))->isChecked());

        window.findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger();
        QTRY_COMPARE(snapshot(), english);
    }

    // Menus, buttons, labels, headers, placeholders, tooltips and open dialogs (opened
    // while the window was still English).
    void noVisibleStringLeftUntranslated()
    {
        MainWindow window;
        window.show();
        window.showOptions();
        window.showAbout();
        QVERIFY(window.findChild<hd::OptionsDialog *>() && window.findChild<hd::AboutDialog *>());
        QVERIFY(!untranslated(window).isEmpty()); // the check below can fail

        QVERIFY(window.setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(hasChinese(window.findChild<hd::OptionsDialog *>()->windowTitle()));
        QCOMPARE(untranslated(window), QStringList());
    }

    // The OS's and OpenSSL's English never reaches a Chinese reader: a probe's refusal is
    // said in catalogue words; only an alert's protocol name stays as it is.
    void noEnglishFromTheSystemInChinese_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("timeout") << "timeout" << QStringLiteral("拒绝（未在时限内回应）");
        QTest::newRow("reset") << "reset" << QStringLiteral("拒绝（服务器重置了连接）");
        QTest::newRow("refused") << "refused" << QStringLiteral("拒绝（连接被拒绝）");
        QTest::newRow("openssl") << "error:0A000102:SSL routines::unsupported protocol" << QStringLiteral("拒绝（握手失败）");
        QTest::newRow("os") << "Connection reset by peer" << QStringLiteral("拒绝（握手失败）");
        QTest::newRow("alert") << "protocol_version" << QStringLiteral("拒绝（警报 protocol_version）");
    }

    void noEnglishFromTheSystemInChinese()
    {
        QFETCH(QString, how);
        QVERIFY(hd::applyLanguage(QStringLiteral("zh_CN")));
        QTEST(hd::ReportText::support(hd::Support::Rejected, how), "chinese");
        const QString unknown = hd::ReportText::support(hd::Support::Unknown, how);
        if (how != QLatin1String("protocol_version"))
            QVERIFY2(!unknown.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))), qPrintable(unknown));
    }

    // One date format per language, each the language's own.
    void datesFollowTheLanguage()
    {
        qputenv("TZ", "UTC");
        const QDateTime when(QDate(2026, 11, 29), QTime(21, 37, 6), QTimeZone::utc());
        QVERIFY(hd::applyLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(hd::ReportText::dateTime(when), QStringLiteral("2026年11月29日 21:37:06 UTC"));
        QCOMPARE(hd::ReportText::date(when), QStringLiteral("2026年11月29日"));
        QVERIFY(hd::applyLanguage(QStringLiteral("en")));
        QCOMPARE(hd::ReportText::dateTime(when), QStringLiteral("29 Nov 2026 21:37:06 UTC"));
    }

    void translationFilesAreComplete()
    {
        const QList<TsMessage> chinese = readTs(QStringLiteral(HD_SOURCE_DIR "/translations/handshake-doctor_zh_CN.ts"));
        const QList<TsMessage> english = readTs(QStringLiteral(HD_SOURCE_DIR "/translations/handshake-doctor_en.ts"));
        QVERIFY(!chinese.isEmpty() && !english.isEmpty());
        int ours = 0;
        for (const TsMessage &message : chinese) {
            if (!isOurContext(message.context))
                continue;
            ++ours;
            QVERIFY2(!message.unfinished && !message.forms.first().isEmpty(),
                     qPrintable(message.context + QLatin1String(": ") + message.source));
        }
        QVERIFY(ours > 100);
        for (const TsMessage &message : english) {
            if (!isOurContext(message.context))
                continue;
            QVERIFY2(!message.unfinished, qPrintable(message.source));
            // English plurals are real words, not "day(s)".
            if (message.forms.size() == 2)
                QVERIFY2(message.forms[0] != message.forms[1], qPrintable(message.source));
        }
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
