#include "Language.h"
#include "MainWindow.h"
#include "Translations.h"
#include "cert/TrustStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QThread>

#include <memory>

#include <cstdio>

namespace {

class GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
public:
    static int run(QApplication &app)
    {
        // Where the OS trust store must be read whole, read it now, while the window opens,
        // not when the first diagnosis needs it.
        const std::unique_ptr<QThread> trustPreload(QThread::create(&hd::TrustStore::preloadSystemAnchors));
        trustPreload->start();
        const int status = runWindow(app);
        trustPreload->wait();
        return status;
    }

private:
    static int runWindow(QApplication &app)
    {
        // Before the parser: --help speaks the user's language too.
        const QSettings settings;
        const QString saved = settings.value(QStringLiteral("language")).toString();
        hd::applyLanguage(hd::Translations::available().contains(saved) ? saved : hd::Translations::systemDefault());

        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Finds out why a secure connection to a web address fails, and how to fix it."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("url"), tr("The site to diagnose at start (optional)."), QStringLiteral("[url]"));
        const QCommandLineOption caFile(QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), tr("file"));
        const QCommandLineOption lang(QStringLiteral("lang"), tr("Language: en or zh_CN (default: the last one chosen, else the system's)."),
                                      QStringLiteral("lang"));
        parser.addOptions({caFile, lang});
        parser.process(app);

        if (parser.isSet(lang) && !hd::applyLanguage(parser.value(lang))) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("Unknown language “%1”: use en or zh_CN.").arg(parser.value(lang))));
            return 64;
        }
        hd::MainWindow window;
        if (parser.isSet(caFile)) {
            const QString path = parser.value(caFile);
            if (!QFileInfo(path).isReadable()) {
                std::fprintf(stderr, "%s\n", qPrintable(tr("Cannot read the file “%1”.").arg(path)));
                return 64;
            }
            hd::DiagnosisOptions options = window.options();
            options.extraCaFile = QFileInfo(path).absoluteFilePath();
            window.setOptions(options);
        }
        window.show();
        if (!parser.positionalArguments().isEmpty())
            window.diagnose(parser.positionalArguments().constFirst());
        return app.exec();
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("handshake-doctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Handshake Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(HD_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Handshake Doctor"));
    QApplication::setDesktopFileName(QStringLiteral(HD_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/handshake-doctor.svg")));
    return GuiMain::run(app);
}
