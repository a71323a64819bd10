// hd-ui-screenshots: drives the real window against a running test server and saves what a
// person should look at: the window in English and Chinese (every tab), in a dark palette,
// and the PDF report in both languages. Used by scripts/screenshots.sh under Xvfb.

#include "FileDialog.h"
#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QPalette>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kDiagnosisTimeoutMs = 60000;
constexpr int kSettleMs = 300;

void settle()
{
    // Lets layouts, posted LanguageChange events and the X server catch up before a grab.
    QEventLoop loop;
    QTimer::singleShot(kSettleMs, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget &window, const QString &path)
{
    settle();
    const bool ok = window.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hd-ui-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("Handshake Doctor"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Address to diagnose."), QStringLiteral("url"));
    const QCommandLineOption ca(QStringLiteral("ca-file"), QStringLiteral("Extra trusted CA file."), QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output directory."), QStringLiteral("dir"));
    parser.addOptions({url, ca, out});
    parser.process(app);
    if (!parser.isSet(url) || !parser.isSet(out)) {
        std::fprintf(stderr, "usage: hd-ui-screenshots --url URL [--ca-file FILE] --out DIR\n");
        return 2;
    }
    const QDir dir(parser.value(out));
    QDir().mkpath(dir.path());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    hd::applyLanguage(QStringLiteral("en"));
    hd::MainWindow window;
    window.resize(1280, 840);
    if (parser.isSet(ca)) {
        hd::DiagnosisOptions options = window.options();
        options.extraCaFile = parser.value(ca);
        window.setOptions(options);
    }
    window.show();
    bool ok = save(window, dir.filePath(QStringLiteral("idle-en.png")));
    QSignalSpy finished(&window, &hd::MainWindow::diagnosisFinished);
    window.diagnose(parser.value(url));
    if (!finished.wait(kDiagnosisTimeoutMs)) {
        std::fprintf(stderr, "the diagnosis did not finish\n");
        return 1;
    }
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailsTabWidget"));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        window.setLanguage(language);
        tabs->setCurrentIndex(0);
        ok &= save(window, dir.filePath(QStringLiteral("window-%1.png").arg(language))); // the diagram
        tabs->setCurrentIndex(1);
        ok &= save(window, dir.filePath(QStringLiteral("steps-%1.png").arg(language)));
        tabs->setCurrentIndex(2);
        ok &= save(window, dir.filePath(QStringLiteral("certificates-%1.png").arg(language)));
        tabs->setCurrentIndex(3);
        ok &= save(window, dir.filePath(QStringLiteral("versions-%1.png").arg(language)));
        ok &= window.exportReport(dir.filePath(QStringLiteral("report-%1.pdf").arg(language)));
    }
    // The dialogs, in the language shown last.
    window.showOptions();
    window.showAbout();
    for (QDialog *dialog : window.findChildren<QDialog *>()) {
        ok &= save(*dialog, dir.filePath(QStringLiteral("%1-zh_CN.png").arg(dialog->objectName())));
        dialog->close();
    }
    window.setLanguage(QStringLiteral("en"));
    QApplication::setPalette(darkPalette());
    tabs->setCurrentIndex(0);
    ok &= save(window, dir.filePath(QStringLiteral("window-dark.png")));
    return ok ? 0 : 1;
}
