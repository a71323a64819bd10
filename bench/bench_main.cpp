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
    TlsTestServer healthy(healthyConfig);
    TlsTestServer::Config hangConfig;
    hangConfig.behavior = TlsTestServer::Behavior::Hang;
    TlsTestServer hang(hangConfig);
    if (!healthy.start() || !hang.start()) {
        std::fprintf(stderr, "could not start the local servers\n");
        return 1;
    }
    // Everything reaches the healthy server through the link when there is one.
    std::unique_ptr<DelayLink> link;
    if (latencyMs > 0) {
        link = std::make_unique<DelayLink>(healthy.port(), std::chrono::milliseconds(latencyMs / 2));
        if (!link->start()) {
            std::fprintf(stderr, "could not start the delaying link\n");
            return 1;
        }
    }
    const quint16 healthyPort = link ? link->port() : healthy.port();

    const auto cliArguments = [&](quint16 port, const QString &timeout) {
        return QStringList{QStringLiteral("--ca-file"), caFile, QStringLiteral("--timeout"), timeout,
                           QStringLiteral("--resolve"), QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(port),
                           QStringLiteral("--json"), QStringLiteral("https://%1:%2/").arg(kHost).arg(port)};
    };
    const QStringList sClient{QStringLiteral("s_client"), QStringLiteral("-connect"),
                              QStringLiteral("127.0.0.1:%1").arg(healthyPort), QStringLiteral("-servername"), kHost,
                              QStringLiteral("-CAfile"), caFile, QStringLiteral("-verify_return_error")};

    QStringList probes;
    for (const hd::ProbeRegistry::Probe &probe : hd::ProbeRegistry::probes())
        probes << QLatin1String(probe.name);
    if (latencyMs > 0)
        std::printf("Handshake Doctor benchmark: %d runs each, medians, server behind a %d ms round-trip link\n", runs, latencyMs);
    else
        std::printf("Handshake Doctor benchmark: %d runs each, medians, loopback servers\n", runs);
    std::printf("Probes in every diagnosis: %s\n\n", qPrintable(probes.join(QStringLiteral(", "))));
    // Interleave ours and the reference so that a busy moment hits both alike.
    QList<double> cli, reference, inProcess;
    hd::DiagnosisOptions options;
    options.extraCaFile = caFile;
    hd::AddressOverride::parse(QStringLiteral("%1:%2:127.0.0.1").arg(kHost).arg(healthyPort), &options.addressOverride);
    const hd::Target target = hd::TargetParser::parse(QStringLiteral("https://%1:%2/").arg(kHost).arg(healthyPort)).target;
    for (int i = 0; i < runs; ++i) {
        cli << timeMs([&] { runProcess(QStringLiteral(HD_CLI_PATH), cliArguments(healthyPort, QStringLiteral("10"))); });
        reference << timeMs([&] { runProcess(openssl, sClient, "Q\n"); });
        inProcess << timeMs([&] { hd::Diagnosis::run(target, options); });
    }
    report("healthy server, full diagnosis (CLI process)", median(cli), median(reference));
    report("healthy server, full diagnosis (in process)", median(inProcess), median(reference));
    const int acceptedBefore = healthy.acceptedConnections();
    const hd::DiagnosisResult one = hd::Diagnosis::run(target, options);
    std::printf("%-44s %d connections, %lld findings, %lld clients in the compatibility table\n", "one diagnosis",
                healthy.acceptedConnections() - acceptedBefore, qlonglong(one.findings.size()),
                qlonglong(one.compatibility.size()));
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
