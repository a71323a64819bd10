// hd-test-server: runs one TLS test scenario on 127.0.0.1 for benchmarks and screenshot
// scripts. Prints exactly one line, "PORT <n>", once the server listens; runs until
// stdin closes, SIGINT or SIGTERM.

#include "TestScenarios.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <thread>

#ifdef _WIN32
#  include <io.h>
#else
#  include <unistd.h>
#endif

namespace {

constexpr int kStopPollMs = 50;

// Lock-free, so safe to set from a signal handler.
std::atomic<bool> stopRequested{false};

extern "C" void requestStop(int)
{
    stopRequested = true;
}

long readStdin(char *buffer, unsigned size)
{
#ifdef _WIN32
    return _read(0, buffer, size);
#else
    return long(::read(STDIN_FILENO, buffer, size));
#endif
}

// A parent that closes our stdin, or dies, ends the server: no orphans after a script.
void stopWhenStdinCloses()
{
    // Detached: it may still sit in read() when a signal ends the process, and there is
    // nothing to clean up in it.
    std::thread([] {
        char buffer[256];
        while (readStdin(buffer, sizeof buffer) > 0) {
        }
        stopRequested = true;
    }).detach();
}

QString scenarioList()
{
    QStringList lines;
    for (const testsupport::ScenarioInfo &scenario : testsupport::scenarios())
        lines << QStringLiteral("  %1  %2").arg(scenario.name, -22).arg(scenario.description);
    return lines.join(QLatin1Char('\n'));
}

void printError(const QString &message)
{
    std::fprintf(stderr, "hd-test-server: %s\n", qPrintable(message));
}

bool writeClientFiles(const testsupport::RunningScenario &scenario, const QString &directory)
{
    for (auto it = scenario.clientFiles.cbegin(); it != scenario.clientFiles.cend(); ++it) {
        const QString path = QDir(directory).filePath(it.key());
        if (!testsupport::writeFile(path, it.value())) {
            printError(QStringLiteral("cannot write %1").arg(path));
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs a TLS test server scenario on 127.0.0.1.\n\nScenarios:\n") + scenarioList());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("The scenario to run."));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Listen on port <n> (default: any free port)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption certDirOption(
        QStringLiteral("cert-dir"),
        QStringLiteral("Write ca.pem (the root a client should trust) and any client files to <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption ignoreStdinOption(
        QStringLiteral("ignore-stdin"),
        QStringLiteral("Keep running when stdin closes (shell background jobs get /dev/null as stdin)."));
    parser.addOptions({portOption, certDirOption, ignoreStdinOption});
    parser.process(app);

    bool portOk = false;
    const quint16 port = parser.value(portOption).toUShort(&portOk);
    if (parser.positionalArguments().size() != 1 || !portOk) {
        printError(QStringLiteral("usage: hd-test-server SCENARIO [--port N] [--cert-dir DIR] (see --help)"));
        return 2;
    }

    QString errorString;
    const auto scenario = testsupport::startScenario(parser.positionalArguments().constFirst(), port, &errorString);
    if (!scenario) {
        printError(errorString);
        return 1;
    }
    if (parser.isSet(certDirOption) && !writeClientFiles(*scenario, parser.value(certDirOption)))
        return 1;
    std::printf("PORT %u\n", unsigned(scenario->server->port()));
    std::fflush(stdout);

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    if (!parser.isSet(ignoreStdinOption))
        stopWhenStdinCloses();
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(kStopPollMs);
    return app.exec();
}
