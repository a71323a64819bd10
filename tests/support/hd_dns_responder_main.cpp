// A name server that knows no names: answers every query on 127.0.0.1:53 with NXDOMAIN.
// Tests run it inside a network namespace of their own, with /etc/resolv.conf bind-mounted
// to point at it, so a real resolver lookup fails the way a typo'd name does on the internet.
#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>

#include <cstdio>

namespace {

constexpr quint16 kDnsPort = 53;
constexpr int kLifetimeMs = 20000; // never outlive the test that started it

// Same ID and question; flags QR (response), RD copied, RA, RCODE 3 (NXDOMAIN); no answers.
QByteArray nxdomainFor(const QByteArray &query)
{
    if (query.size() < 12)
        return {};
    QByteArray reply = query;
    reply[2] = char(0x80 | (quint8(query[2]) & 0x01));
    reply[3] = char(0x80 | 0x03);
    for (int i = 6; i < 12; ++i) // answer, authority and additional counts
        reply[i] = 0;
    return reply;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, kDnsPort)) {
        std::fprintf(stderr, "hd-dns-responder: %s\n", qPrintable(socket.errorString()));
        return 1;
    }
    QObject::connect(&socket, &QUdpSocket::readyRead, [&socket] {
        while (socket.hasPendingDatagrams()) {
            const QNetworkDatagram query = socket.receiveDatagram();
            const QByteArray reply = nxdomainFor(query.data());
            if (!reply.isEmpty())
                socket.writeDatagram(query.makeReply(reply));
        }
    });
    QTimer::singleShot(kLifetimeMs, &app, &QCoreApplication::quit);
    std::printf("READY\n");
    std::fflush(stdout);
    return app.exec();
}
