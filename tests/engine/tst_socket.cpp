// core's socket against a peer that resets the connection while we write. SIGPIPE keeps its
// default action (end the process) in this test on purpose, and no test server runs here
// (those ignore it): if a write could raise SIGPIPE, this test would die instead of passing.
#include "net/Socket.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <memory>

class TestSocket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#ifdef SIGPIPE
        std::signal(SIGPIPE, SIG_DFL);
#endif
    }

    void peerResetDuringWriteIsReportedNotFatal()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const hd::CancelToken cancel;
        hd::Socket socket;
        QVERIFY(socket.connect(QHostAddress::LocalHost, server.serverPort(), QDeadlineTimer(5000), cancel).ok());
        QVERIFY(server.waitForNewConnection(5000));
        std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
        QVERIFY(peer);

        // The peer closes with our byte still unread, so its kernel answers with a reset. The
        // first write after it fails with "connection reset", the next with "broken pipe":
        // that one raises SIGPIPE unless the socket says otherwise.
        QVERIFY(socket.write(QByteArrayLiteral("x"), QDeadlineTimer(5000), cancel).ok());
        QThread::msleep(50);
        peer->abort();

        const QByteArray chunk(64 * 1024, 'a');
        hd::NetResult result;
        for (int i = 0; i < 200 && result.ok(); ++i)
            result = socket.write(chunk, QDeadlineTimer(5000), cancel);
        QCOMPARE(hd::netErrorKey(result.error), QStringLiteral("reset"));
        QVERIFY2(!result.detail.isEmpty(), "the operating system's message is kept as evidence");

        const hd::NetResult again = socket.write(chunk, QDeadlineTimer(5000), cancel);
        QCOMPARE(hd::netErrorKey(again.error), QStringLiteral("reset"));
        QVERIFY2(!again.detail.isEmpty(), qPrintable(again.detail));
    }
};

QTEST_GUILESS_MAIN(TestSocket)
#include "tst_socket.moc"
