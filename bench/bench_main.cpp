// Times complete diagnoses of local servers, every probe included, and prints medians next
// to `openssl s_client` doing one handshake against the same server in the same run, as a
// ratio: machines here are noisy, so only numbers measured side by side mean anything.
// With --latency MS the healthy server sits behind a link with that round-trip time.
#include "DelayLink.h"
#include "Diagnosis.h"
#include "TestCertificates.h"
#include "TlsTestServer.h"
#include "probes/ProbeRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace testsupport;

namespace {

const QString kHost = QStringLiteral("bench.example.test");

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples[samples.size() / 2];
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

QList<double> repeat(int runs, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i)
        samples << timeMs(work);
    return samples;
}

void runProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
}

void report(const char *what, double ours, double reference)
{
    std::printf("%-44s median %8.1f ms   openssl s_client %7.1f ms   ratio %5.1fx\n", what, ours, reference,
                reference > 0 ? ours / reference : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 15;
    int latencyMs = 0;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--latency" && i + 1 < argc)
            latencyMs = qMax(0, QByteArray(argv[++i]).toInt());
        else
            runs = qMax(3, QByteArray(argv[i]).toInt());
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        std::fprintf(stderr, "openssl is needed as the reference\n");
        return 1;
    }
    QTemporaryDir dir;
    const TestPki pki = makePki({kHost});
    const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
    writeFile(caFile, pki.root.pem());

    TlsTestServer::Config healthyConfig;
    healthyConfig.chain = {pki.leaf, pki.intermediate};
    // As `openssl s_server -www`: one connection at a time, the others wait in the queue.
    TlsTestServer::Config oneAtATimeConfig = healthyConfig;
    oneAtATimeConfig.limits.maxConcurrent = 1;
    TlsTestServer::Config slowConfig = healthyConfig;
    slowConfig.answerDelayMs = 1500;
    TlsTestServer healthy(healthyConfig);
    TlsTestServer oneAtATime(oneAtATimeConfig);
    TlsTestServer slow(slowConfig);
    TlsTestServer::Config hangConfig;
    hangConfig.behavior = TlsTestServer::Behavior::Hang;
    TlsTestServer hang(hangConfig);
    if (!healthy.start() || !oneAtATime.start() || !slow.start() || !hang.start()) {
        std::fprintf(stderr, "could not start the local servers\n");
        return 1;
    }
    // Everything reaches the servers through a link when there is a latency.
    std::vector<std::unique_ptr<DelayLink>> links;
    const auto reachable = [&](const TlsTestServer &server) -> quint16 {
        if (latencyMs <= 0)
            return server.port();
        links.push_back(std::make_unique<DelayLink>(server.port(), std::chrono::milliseconds(latencyMs / 2)));
        return links.back()->start() ? links.back()->port() : 0;
    };
    const quint16 healthyPort = reachable(healthy);
    const quint16 oneAtATimePort = reachable(oneAtATime);
    const quint16 slowPort = reachable(slow);
    if (!healthyPort || !oneAtATimePort || !slowPort) {
        std::fprintf(stderr, "could not start the delaying link\n");
        return 1;
    }

    const auto cliArguments = [&](quint16 port, const QString &timeout) {
        return QStringList{QStringLiteral("--ca-file"), caFile, QStringLiteral("--timeout"), timeout,
                           QStringLiteral("--resolve"), QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(port),
                           QStringLiteral("--json"), QStringLiteral("https://%1:%2/").arg(kHost).arg(port)};
    };

    QStringList probes;
    for (const hd::ProbeRegistry::Probe &probe : hd::ProbeRegistry::probes())
        probes << QLatin1String(probe.name);
    if (latencyMs > 0)
        std::printf("Handshake Doctor benchmark: %d runs each, medians, servers behind a %d ms round-trip link\n", runs, latencyMs);
    else
        std::printf("Handshake Doctor benchmark: %d runs each, medians, loopback servers\n", runs);
    std::printf("Probes in every diagnosis: %s\n\n", qPrintable(probes.join(QStringLiteral(", "))));

    // One complete diagnosis as a CLI process and in process, next to one s_client handshake
    // with the same server, interleaved so that a busy moment hits all alike.
    const auto measure = [&](const char *name, const TlsTestServer &server, quint16 port, int count) {
        const QStringList sClient{QStringLiteral("s_client"), QStringLiteral("-connect"),
                                  QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-servername"), kHost,
                                  QStringLiteral("-CAfile"), caFile, QStringLiteral("-verify_return_error")};
        hd::DiagnosisOptions options;
        options.extraCaFile = caFile;
        hd::AddressOverride::parse(QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(port), &options.addressOverride);
        const hd::Target target = hd::TargetParser::parse(QStringLiteral("https://%1:%2/").arg(kHost).arg(port)).target;
        QList<double> cli, reference, inProcess;
        for (int i = 0; i < count; ++i) {
            cli << timeMs([&] { runProcess(QStringLiteral(HD_CLI_PATH), cliArguments(port, QStringLiteral("10"))); });
            reference << timeMs([&] { runProcess(openssl, sClient, "Q\n"); });
            inProcess << timeMs([&] { hd::Diagnosis::run(target, options); });
        }
        std::printf("%s\n", name);
        report("  complete diagnosis, CLI process", median(cli), median(reference));
        report("  complete diagnosis, in process", median(inProcess), median(reference));
        std::printf("  %-42s %8.1f ms\n", "CLI process overhead", median(cli) - median(inProcess));
        const int acceptedBefore = server.acceptedConnections();
        const hd::DiagnosisResult one = hd::Diagnosis::run(target, options);
        std::printf("  %-42s %d connections, findings: %s\n", "one diagnosis", server.acceptedConnections() - acceptedBefore,
                    qPrintable(one.findingIds().join(QStringLiteral(", "))));
        // Where its time went: each step that ended late, so a slow probe shows at once.
        QStringList steps;
        for (const hd::TimelineStep &step : one.timeline) {
            if (step.durationMs >= 20)
                steps << QStringLiteral("%1 %2-%3").arg(step.name).arg(step.startMs, 0, 'f', 0).arg(step.startMs + step.durationMs, 0, 'f', 0);
        }
        std::printf("  %-42s %s\n", "steps of 20 ms or more (ms)", qPrintable(steps.join(QStringLiteral(", "))));
        std::printf("  %-42s peak %d at once%s\n\n", "probe connections", one.probeSchedule.peakConcurrent,
                    one.probeSchedule.droppedToOne ? ", dropped to one" : "");
    };
    measure("Healthy server", healthy, healthyPort, runs);
    measure("Healthy server, one connection at a time (as openssl s_server -www)", oneAtATime, oneAtATimePort, runs);
    measure("Server taking 1.5 s per handshake (--timeout 10)", slow, slowPort, qMin(runs, 3));
    if (latencyMs > 0)
        return 0; // the rest is about local timeouts and interrupts, not the link

    const QList<double> hung = repeat(qMin(runs, 5), [&] {
        runProcess(QStringLiteral(HD_CLI_PATH), cliArguments(hang.port(), QStringLiteral("2")));
    });
    std::printf("%-44s median %8.1f ms   (timeout 2000 ms)\n", "hanging server, --timeout 2 (CLI process)", median(hung));

    // Ctrl-C (SIGTERM here) must stop the CLI at once, mid-handshake with a silent server.
    QList<double> interruptToExit;
    for (int i = 0; i < qMin(runs, 5); ++i) {
        QProcess process;
        process.start(QStringLiteral(HD_CLI_PATH), cliArguments(hang.port(), QStringLiteral("60")));
        process.waitForStarted();
        const int accepted = hang.acceptedConnections();
        while (hang.acceptedConnections() == accepted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        interruptToExit << timeMs([&] {
            process.terminate();
            process.waitForFinished(10000);
        });
    }
    std::printf("%-44s median %8.1f ms\n", "interrupt during handshake -> exit", median(interruptToExit));
    return 0;
}
