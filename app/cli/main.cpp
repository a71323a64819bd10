#include "CancelToken.h"
#include "PlainText.h"
#include "Diagnosis.h"
#include "ResultJson.h"
#include "Target.h"
#include "TextReport.h"
#include "Translations.h"
#include "net/ProxyTunnel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <csignal>
#include <cstdio>

namespace {

constexpr int kExitUsage = 64;
// The shell's convention, 128 + the signal's number: SIGINT (Ctrl-C) 130, SIGTERM 143.
constexpr int kExitInterrupted = 128 + SIGINT;
constexpr int kExitTerminated = 128 + SIGTERM;

// Ctrl-C must stop a diagnosis at once: the handler only flips the shared atomic flag,
// which every wait in core/ polls, and notes which signal came.
hd::CancelToken g_cancel;
volatile std::sig_atomic_t g_signal = 0;
extern "C" void onSignal(int signal)
{
    g_signal = signal;
    g_cancel.cancel();
}

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int usageError(const QString &message)
    {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(hd::withoutHiddenCharacters(message)),
                     qPrintable(tr("Try “handshake-doctor-cli --help”.")));
        return kExitUsage;
    }

    // The language must be installed before the option texts are built, so --help is
    // translated too; the parser validates --lang again below.
    static QString requestedLanguage(const QStringList &arguments)
    {
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
                return arguments[i + 1];
            if (arguments[i].startsWith(QLatin1String("--lang=")))
                return arguments[i].mid(7);
        }
        return hd::Translations::systemDefault();
    }

    static int run(QCoreApplication &app)
    {
        const QString language = requestedLanguage(app.arguments());
        const bool languageKnown = hd::Translations::install(language);
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Explains why a TLS connection to a URL fails, and how to fix it."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("url"), tr("The site to diagnose: a host name, host:port, or https:// URL."));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
        const QCommandLineOption caFile(QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file."), tr("file"));
        const QCommandLineOption trustStore(QStringLiteral("trust-store"), tr("Use only the CA certificates in this PEM file instead of the system's."), tr("file"));
        const QCommandLineOption resolve(QStringLiteral("resolve"), tr("Connect to ADDRESS for HOST:PORT instead of looking it up."), QStringLiteral("host:port:address"));
        const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Give up after this many seconds (default 10)."), tr("seconds"), QStringLiteral("10"));
        const QCommandLineOption lang(QStringLiteral("lang"), tr("Report language: en or zh_CN (default: the system's)."), QStringLiteral("lang"));
        const QCommandLineOption noFetch(QStringLiteral("no-fetch"), tr("Do not download missing intermediate certificates."));
        const QCommandLineOption proxy(QStringLiteral("proxy"), tr("Connect through this HTTP proxy instead of the system's: http://[user:password@]host:port."), QStringLiteral("url"));
        const QCommandLineOption noProxy(QStringLiteral("no-proxy"), tr("Connect directly, even when the system names a proxy."));
        parser.addOptions({json, caFile, trustStore, resolve, timeout, lang, noFetch, proxy, noProxy});

        if (!parser.parse(app.arguments()))
            return usageError(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            std::fputs(qPrintable(parser.helpText()), stdout);
            return 0;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            std::printf("handshake-doctor-cli %s\n", HD_VERSION);
            return 0;
        }
        if (!languageKnown)
            return usageError(tr("Unknown language “%1”: use en or zh_CN.").arg(language));

        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return usageError(positional.isEmpty() ? tr("Name the site to diagnose.") : tr("Name exactly one site to diagnose."));
        const hd::TargetParseResult parsed = hd::TargetParser::parse(positional.first());
        if (!parsed.ok())
            return usageError(hd::TargetParser::explain(parsed));

        hd::DiagnosisOptions options;
        bool timeoutOk = false;
        const double seconds = parser.value(timeout).toDouble(&timeoutOk);
        options.timeoutMs = timeoutOk ? hd::timeoutMsFromSeconds(seconds) : -1;
        if (options.timeoutMs < 0)
            return usageError(tr("The timeout must be a number of seconds from 0.001 to 600."));
        for (const auto &[option, target] : {std::pair{&caFile, &options.extraCaFile}, std::pair{&trustStore, &options.trustStoreFile}}) {
            if (!parser.isSet(*option))
                continue;
            *target = parser.value(*option);
            const QFileInfo file(*target);
            if (!file.isFile() || !file.isReadable())
                return usageError(tr("Cannot read the file “%1”: name a readable file of certificates.").arg(*target));
        }
        if (parser.isSet(resolve) && !hd::AddressOverride::parse(parser.value(resolve), &options.addressOverride))
            return usageError(tr("--resolve takes HOST:PORT:ADDRESS, for example example.com:443:192.0.2.10."));
        options.fetchMissingIssuers = !parser.isSet(noFetch);
        if (parser.isSet(proxy) && parser.isSet(noProxy))
            return usageError(tr("Use either --proxy or --no-proxy, not both."));
        if (parser.isSet(proxy)) {
            hd::ProxyServer server;
            if (!hd::ProxyServer::parse(parser.value(proxy), &server))
                return usageError(tr("--proxy takes an HTTP proxy's address, for example http://proxy.example:3128 or http://user:password@proxy.example:3128."));
            options.proxyMode = hd::ProxyMode::Given;
            options.proxyUrl = parser.value(proxy);
        } else if (parser.isSet(noProxy)) {
            options.proxyMode = hd::ProxyMode::None;
        }

        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        const hd::DiagnosisResult result = hd::Diagnosis::run(parsed.target, options, g_cancel);

        if (parser.isSet(json))
            std::fputs(QJsonDocument(hd::toJson(result)).toJson(QJsonDocument::Indented).constData(), stdout);
        else
            std::fputs(TextReport::render(result).toLocal8Bit().constData(), stdout);
        std::fflush(stdout);
        if (result.cancelled)
            return g_signal == SIGTERM ? kExitTerminated : kExitInterrupted;
        return hd::exitCodeFor(result.verdict());
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("handshake-doctor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HD_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Handshake Doctor"));
    return Cli::run(app);
}
