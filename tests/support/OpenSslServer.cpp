#include "OpenSslServer.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTcpServer>

namespace testsupport {

namespace {

constexpr int kStartTimeoutMs = 10000;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

OpenSslServer::~OpenSslServer()
{
    m_process.kill();
    m_process.waitForFinished(3000);
}

QString OpenSslServer::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

bool OpenSslServer::start(const QString &certFile, const QString &keyFile, const QString &chainFile, const QStringList &extra)
{
    m_port = freePort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program(), QStringList{QStringLiteral("s_server"), QStringLiteral("-www"), QStringLiteral("-accept"),
                                           QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-cert"), certFile,
                                           QStringLiteral("-key"), keyFile, QStringLiteral("-cert_chain"), chainFile}
                                   + extra);
    QElapsedTimer timer;
    timer.start();
    while (!m_output.contains("ACCEPT") && timer.elapsed() < kStartTimeoutMs && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAll();
    }
    return m_output.contains("ACCEPT");
}

} // namespace testsupport
