// The PDF report, read back with poppler's pdftotext/pdfinfo/pdffonts: verdict, cards,
// timeline and chain in English and in Chinese, page numbers, the locale's paper size,
// and certificate text that stays literal.

#include "CauseCatalogue.h"
#include "compat/ClientProfiles.h"
#include "FileDialog.h"
#include "PdfTextRepair.h"
#include "ReportWriter.h"
#include "ReportText.h"
#include "ResultText.h"
#include "LadderView.h"
#include "UiTestSupport.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QRawFont>
#include <QTest>

using hd::MainWindow;

namespace {

QString run(const char *program, const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromLocal8Bit(program), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext output without line breaks and spaces. Nothing else is folded: every
// character must come back as itself (no ligatures, no radicals; see PdfTextRepair.h).
QString pdfText(const QString &path)
{
    return uitest::normalized(run(HD_PDFTOTEXT, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
}

bool contains(const QString &pdf, const QString &text)
{
    return pdf.contains(uitest::normalized(text));
}

// Each page's text, as pdfText() gives it.
QStringList pageTexts(const QString &path)
{
    const QString info = run(HD_PDFINFO, {path});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QStringList out;
    for (int page = 1; page <= pages; ++page) {
        const QString number = QString::number(page);
        out << uitest::normalized(run(HD_PDFTOTEXT, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), number,
                                                     QStringLiteral("-l"), number, path, QStringLiteral("-")}));
    }
    return out;
}

int pageOf(const QStringList &pages, const QString &text)
{
    for (int page = 0; page < pages.size(); ++page) {
        if (pages[page].contains(uitest::normalized(text)))
            return page;
    }
    return -1;
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QByteArray(HD_PDFTOTEXT).isEmpty() || QByteArray(HD_PDFINFO).isEmpty() || QByteArray(HD_PDFFONTS).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) are needed to read the PDF back");
        uitest::isolateSettings();
        qunsetenv("LC_ALL");
        m_server = uitest::startScenario(QStringLiteral("several-problems"));
        QVERIFY(m_server);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(uitest::configure(*m_window, m_server->caFile));
        QVERIFY(uitest::diagnose(*m_window, m_server->url()));
        QCOMPARE(m_window->result()->findings.size(), 4);
    }

    void exportsInTheCurrentLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("pageOne");
        QTest::newRow("English") << "en" << "Page 1 of";
        QTest::newRow("Chinese") << "zh_CN" << "第 1 页";
    }

    void exportsInTheCurrentLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, pageOne);
        QVERIFY(m_window->setLanguage(language));
        const QString path = m_server->dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        hd::FileDialog::setNextAnswer(path);
        m_window->findChild<QAction *>(QStringLiteral("exportReportAction"))->trigger();
        QVERIFY(QFileInfo(path).size() > 0);

        const QString text = pdfText(path);
        const hd::DiagnosisResult &result = *m_window->result();
        QVERIFY2(contains(text, hd::ResultText::verdictHeadline(result)), qPrintable(text.left(400)));
        for (const hd::Finding &finding : result.findings) {
            const hd::RenderedFinding card = hd::CauseCatalogue::render(finding, hd::ReportText::readerOf(result));
            QVERIFY2(contains(text, card.title), qPrintable(card.title));
            QVERIFY2(contains(text, card.fixSteps.first()), qPrintable(card.fixSteps.first()));
        }
        QVERIFY(contains(text, m_server->url()));
        QVERIFY(contains(text, QStringLiteral("ClientHello")));
        QVERIFY(contains(text, QStringLiteral("Handshake Doctor Test Intermediate CA")));
        QVERIFY2(contains(text, pageOne), qPrintable(pageOne));
        if (language == QLatin1String("zh_CN")) {
            QVERIFY(contains(text, QStringLiteral("证书已过期")));
            // The Chinese text is real text in an embedded CJK font, not pictures.
            QVERIFY(run(HD_PDFFONTS, {path}).contains(QStringLiteral("CJK")));
        }
        const QString info = run(HD_PDFINFO, {path});
        const QString pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1);
        QVERIFY(pages.toInt() >= 2);
        const QString lastPage = language == QLatin1String("en") ? QStringLiteral("Page %1 of %1").arg(pages)
                                                                 : QStringLiteral("第 %1 页，共 %1 页").arg(pages);
        QVERIFY2(contains(text, lastPage), qPrintable(lastPage));
        m_window->setLanguage(QStringLiteral("en"));
    }

    // One formatter: the CLI report, the help-desk text and the PDF carry the same
    // findings block for the same result, line by line.
    void oneFindingsBlockEverywhere()
    {
        QVERIFY(m_window->setLanguage(QStringLiteral("en")));
        const hd::DiagnosisResult &result = *m_window->result();
        const QList<hd::ReportText::Line> lines = hd::ReportText::findingsBlock(result);
        const QString block = hd::ReportText::plainText(lines);
        QVERIFY(block.contains(QStringLiteral("Findings (root cause first)")));

        QVERIFY2(hd::ResultText::helpDeskSummary(result).contains(block), qPrintable(block));

        QProcess cli;
        cli.start(QStringLiteral(HD_CLI_PATH), {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--ca-file"),
                                                m_server->caFile, QStringLiteral("--timeout"), QStringLiteral("15"), m_server->url()});
        QVERIFY(cli.waitForFinished(60000));
        const QString report = QString::fromLocal8Bit(cli.readAllStandardOutput());
        QVERIFY2(report.contains(block), qPrintable(report));

        // The PDF has the same block, its steps worded for the one who fixes it.
        const QString path = m_server->dir.filePath(QStringLiteral("block.pdf"));
        hd::FileDialog::setNextAnswer(path);
        m_window->findChild<QAction *>(QStringLiteral("exportReportAction"))->trigger();
        const QString pdf = pdfText(path);
        qsizetype at = 0;
        for (const hd::ReportText::Line &line : hd::ReportText::findingsBlock(result, hd::ReportText::readerOf(result))) {
            const QString drawn = uitest::normalized(hd::ReportText::plainText({line}));
            const qsizetype found = pdf.indexOf(drawn, at);
            QVERIFY2(found >= 0, qPrintable(line.text));
            at = found + drawn.size();
        }
    }

    // The report is for the person who fixes the root cause (here the site's owner: the
    // certificate expired): their steps come first and speak to them, never "Tell the
    // site's owner…"; then the diagram as words and arrows, each card on one page, the chain
    // from the site's certificate up, and the client table.
    void reportIsForWhoFixesIt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("writtenFor");
        QTest::addColumn<QString>("relay");
        QTest::addColumn<QString>("serverLane");
        QTest::newRow("English") << "en" << "Written for the site's administrator" << "Tell the site's owner" << "Server";
        QTest::newRow("Chinese") << "zh_CN" << "本报告写给网站管理员" << "请告知网站管理员" << "服务器";
    }

    void reportIsForWhoFixesIt()
    {
        QFETCH(QString, language);
        QVERIFY(m_window->setLanguage(language));
        const hd::DiagnosisResult &result = *m_window->result();
        QCOMPARE(hd::ReportText::readerOf(result), hd::Actor::SiteOwner);
        const QString path = m_server->dir.filePath(QStringLiteral("for-owner-%1.pdf").arg(language));
        QVERIFY(m_window->exportReport(path));
        const QStringList pages = pageTexts(path);
        const QString text = pages.join(QString());
        QVERIFY(pages.size() >= 3);

        // Page 1: who it is for, the verdict and the steps, worded for them.
        QFETCH(QString, writtenFor);
        QVERIFY2(pages[0].contains(uitest::normalized(writtenFor)), qPrintable(pages[0]));
        QVERIFY(pages[0].contains(uitest::normalized(hd::ResultText::verdictHeadline(result))));
        const hd::Finding &root = result.findings[result.summary.rootCause];
        const QStringList ownerSteps = hd::CauseCatalogue::render(root, hd::Actor::SiteOwner).fixSteps;
        QVERIFY2(pages[0].contains(uitest::normalized(ownerSteps.first())), qPrintable(ownerSteps.first()));
        QVERIFY(ownerSteps.first() != hd::CauseCatalogue::render(root).fixSteps.first());
        QFETCH(QString, relay);
        QVERIFY2(!text.contains(uitest::normalized(relay)), qPrintable(relay));

        // The diagram: lanes and arrows as text, right after the verdict (on its page when
        // they fit there), its heading on the page of its first steps.
        QFETCH(QString, serverLane);
        const int diagramPage = pageOf(pages, hd::ReportWriter::tr("The handshake, step by step"));
        QVERIFY(diagramPage == 0 || diagramPage == 1);
        QVERIFY2(pages[diagramPage].contains(uitest::normalized(serverLane)), qPrintable(pages[diagramPage].left(300)));
        QVERIFY(pages[diagramPage].contains(QStringLiteral("ClientHello")));
        QVERIFY(text.contains(QStringLiteral("ServerHello")));

        // A card never leaves its heading on one page and its steps on the next.
        for (const hd::Finding &finding : result.findings) {
            const hd::RenderedFinding card = hd::CauseCatalogue::render(finding, hd::Actor::SiteOwner);
            const int titlePage = pageOf(pages, card.title);
            QVERIFY2(titlePage >= 1, qPrintable(card.title));
            QVERIFY2(pages[titlePage].contains(uitest::normalized(card.fixSteps.last())), qPrintable(card.title));
        }

        // The chain from the site's certificate up to the root, its heading with the first.
        const QString chainHeading = hd::ReportWriter::tr("Certificate chain") + hd::ReportWriter::tr("From the site's certificate up to the root.");
        QVERIFY(pageOf(pages, chainHeading) > 0);
        QCOMPARE(pageOf(pages, chainHeading), pageOf(pages, QStringLiteral("1. localhost")));
        const QString chain = text.mid(text.lastIndexOf(uitest::normalized(hd::ReportWriter::tr("Certificate chain"))));
        const qsizetype leaf = chain.indexOf(QStringLiteral("1.localhost"));
        const qsizetype intermediate = chain.indexOf(QStringLiteral("2.HandshakeDoctorTestIntermediateCA"));
        QVERIFY2(leaf >= 0 && intermediate > leaf, qPrintable(chain.left(400)));

        // Would common clients connect: every client of core's table (a long name wraps in its
        // cell, and pdftotext reads a table's lines across its columns: its start is enough).
        QVERIFY(!result.compatibility.isEmpty());
        QVERIFY(contains(text, hd::ReportWriter::tr("Would common clients connect?")));
        for (const hd::CompatibilityRow &row : result.compatibility)
            QVERIFY2(chain.contains(uitest::normalized(hd::Compatibility::clientName(row.clientId)).left(6)), qPrintable(row.clientId));
        m_window->setLanguage(QStringLiteral("en"));
    }

    // The cases, as PDFs in English and Chinese: the headline, who it is for, each
    // card with its first step worded for them, the failing step of the diagram, the chain.
    void pdfForEachCase_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < uitest::cases().size(); ++i)
            QTest::newRow(qPrintable(uitest::cases()[i].name)) << i;
    }

    void pdfForEachCase()
    {
        QFETCH(int, index);
        const uitest::Case c = uitest::cases()[index];
        QString url;
        const auto server = uitest::startCase(c, &url);
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::diagnoseCase(window, c, *server, url));
        const hd::DiagnosisResult &result = *window.result();
        const hd::Actor reader = hd::ReportText::readerOf(result);
        QCOMPARE(hd::actorKey(reader), c.reader);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QVERIFY(window.setLanguage(language));
            const QString path = server->dir.filePath(QStringLiteral("case-%1.pdf").arg(language));
            QVERIFY(window.exportReport(path));
            const QStringList pages = pageTexts(path);
            const QString text = pages.join(QString());
            QVERIFY2(pages.value(0).contains(uitest::normalized(hd::ResultText::verdictHeadline(result))), qPrintable(language));
            if (reader != hd::Actor::You)
                QVERIFY(pages[0].contains(uitest::normalized(hd::ReportText::readerLabel(reader))));
            if (result.verdict() == hd::Verdict::Ok) // what was checked, in one line
                QVERIFY(pages[0].contains(uitest::normalized(hd::ResultText::whatWasChecked(result))));
            for (const hd::Finding &finding : result.findings) {
                const hd::RenderedFinding card = hd::CauseCatalogue::render(finding, reader);
                QVERIFY2(contains(text, card.title), qPrintable(card.title));
                QVERIFY2(contains(text, card.fixSteps.first()), qPrintable(card.fixSteps.first()));
            }
            const QList<hd::TimelineStep> drawn = hd::LadderView::drawnSteps(result.timeline);
            // The diagram follows the verdict, on page 1 for a healthy site (a short verdict
            // leaves room), and its heading never ends a page alone.
            QVERIFY(!drawn.isEmpty());
            const int diagramPage = pageOf(pages, hd::ReportWriter::tr("The handshake, step by step"));
            QVERIFY2(diagramPage == 0 || diagramPage == 1, qPrintable(language));
            if (result.verdict() == hd::Verdict::Ok)
                QCOMPARE(diagramPage, 0);
            QVERIFY2(pages[diagramPage].contains(uitest::normalized(hd::LadderView::label(drawn.first()))),
                     qPrintable(hd::LadderView::label(drawn.first())));
            for (const hd::TimelineStep &step : drawn) {
                if (step.status == hd::TimelineStep::Status::Failed)
                    QVERIFY2(contains(text, hd::LadderView::label(step)), qPrintable(hd::LadderView::label(step)));
            }
            for (const QString &name : c.chain)
                QVERIFY2(contains(text, name), qPrintable(name));
            if (language == QLatin1String("zh_CN")) {
                // Nothing of the English report is left in the Chinese one.
                for (const QString &english : {QStringLiteral("Certificate chain"), QStringLiteral("What to do"), QStringLiteral("Page 1 of"),
                                              QStringLiteral("This computer"), QStringLiteral("Written for")})
                    QVERIFY2(!contains(text, english), qPrintable(english));
            }
        }
        window.setLanguage(QStringLiteral("en"));
    }

    // Qt maps each glyph back to the lowest code point that uses it; the repair puts back
    // the character that was drawn.
    void toUnicodeNamesWhatWasDrawn()
    {
        const QRawFont cjk = QRawFont::fromFont(QFont(QStringLiteral("Noto Sans CJK SC")));
        if (!cjk.familyName().contains(QLatin1String("CJK")))
            QSKIP("Noto Sans CJK SC (fonts-noto-cjk) is not installed");
        QByteArray pdf = "1 0 obj\n<< /ToUnicode 2 0 R >>\nendobj\n"
                         "2 0 obj\n<< /Length 99 >>\nstream\n2 beginbfrange\n"
                         "<0001> <0001> <2EDA>\n"
                         "<0002> <0005> [<2F00> <5BA2> <2F79> <0041>]\n"
                         "<0006> <0010> <2F00>\n"
                         "endbfrange\nendstream\nendobj\n";
        const qsizetype size = pdf.size();
        QCOMPARE(hd::repairToUnicode(&pdf, QStringLiteral("第 1 页，一个客户端访问网站 A"), {cjk}), 3);
        QCOMPARE(pdf.size(), size);
        QVERIFY(pdf.contains("<0001> <0001> <9875>\n"));         // ⻚ -> 页
        QVERIFY(pdf.contains("[<4E00> <5BA2> <7F51> <0041>]"));   // ⼀ -> 一, 客 stays, ⽹ -> 网
        QVERIFY(pdf.contains("<0006> <0010> <2F00>"));           // a run's start stays
    }

    void paperSizeFollowsTheLocale()
    {
        QCOMPARE(hd::ReportWriter::pageSizeFor(QLocale(QStringLiteral("en_US"))).id(), QPageSize::Letter);
        QCOMPARE(hd::ReportWriter::pageSizeFor(QLocale(QStringLiteral("fr_CA"))).id(), QPageSize::Letter);
        QCOMPARE(hd::ReportWriter::pageSizeFor(QLocale(QStringLiteral("en_GB"))).id(), QPageSize::A4);
        QCOMPARE(hd::ReportWriter::pageSizeFor(QLocale(QStringLiteral("zh_CN"))).id(), QPageSize::A4);

        for (const auto &[locale, size] : {std::pair{"en_US.UTF-8", "612 x 792"}, std::pair{"zh_CN.UTF-8", "595"}}) {
            qputenv("LC_PAPER", locale);
            const QString path = m_server->dir.filePath(QStringLiteral("paper-%1.pdf").arg(QLatin1String(locale)));
            QVERIFY(m_window->exportReport(path));
            const QString info = run(HD_PDFINFO, {path});
            QVERIFY2(info.contains(QStringLiteral("Page size:       %1").arg(QLatin1String(size))), qPrintable(info));
        }
        qunsetenv("LC_PAPER");
    }

    // A report that cannot be written is explained in a window-modal box that does not
    // stop the event loop.
    void unwritablePlaceIsExplained()
    {
        const QString path = m_server->dir.filePath(QStringLiteral("missing-directory/report.pdf"));
        QVERIFY(!m_window->exportReport(path));
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("errorMessageBox"));
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(QDir::toNativeSeparators(path)));
        box->close();
    }

    void certificateTextStaysLiteral()
    {
        const QString hostile = QStringLiteral("<b>x</b><img src=\"file:///etc/hostname\">");
        const auto server = uitest::startServerWithLeafName(hostile);
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url()));
        const QString path = server->dir.filePath(QStringLiteral("hostile.pdf"));
        QVERIFY(window.exportReport(path));
        QVERIFY(contains(pdfText(path), hostile));
    }

    // Markup, bidi overrides and line breaks from the server, as the PDF's text.
    void hostileServerTextStaysLiteral()
    {
        const auto server = uitest::startScenario(QStringLiteral("hostile-text"));
        QVERIFY(server);
        MainWindow window;
        window.show();
        QVERIFY(uitest::configure(window, server->caFile));
        QVERIFY(uitest::diagnose(window, server->url(QStringLiteral("127.0.0.1"))));
        const QString path = server->dir.filePath(QStringLiteral("hostile-text.pdf"));
        QVERIFY(window.exportReport(path));
        const QString text = pdfText(path);
        QVERIFY(!text.contains(QChar(0x202E)));
        QVERIFY2(contains(text, QStringLiteral("evil.⟨U+202E⟩gro.elpmaxe")), qPrintable(text.left(600)));
        QVERIFY(contains(text, QStringLiteral("/⟨U+202E⟩gnp.exe")));
        QVERIFY(contains(text, QStringLiteral("evil.test⟨U+000A⟩FAKE LINE: trusted")));
        QVERIFY(contains(text, testsupport::hostile::kMarkup));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

private:
    std::unique_ptr<uitest::Server> m_server;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
