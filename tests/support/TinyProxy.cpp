#include "TinyProxy.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace testsupport {

namespace {

QString tinyproxyPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("tinyproxy"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

TinyProxy::~TinyProxy()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool TinyProxy::available()
{
    return !tinyproxyPath().isEmpty();
}

QString TinyProxy::url(bool withCredentials) const
{
    const QString login = withCredentials && !m_config.user.isEmpty()
                              ? QStringLiteral("%1:%2@").arg(m_config.user, m_config.password)
                              : QString();
    return QStringLiteral("http://") + login + QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QStringList TinyProxy::requests() const
{
    QFile file(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    static const QByteArray marker = "): ";
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.contains("Request (file descriptor"))
            out << QString::fromUtf8(line.mid(line.indexOf(marker) + marker.size()).trimmed());
    }
    return out;
}

bool TinyProxy::start(const Config &config)
{
    m_config = config;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    m_port = freePort();
    QByteArray conf = "Port " + QByteArray::number(m_port) + "\nListen 127.0.0.1\nTimeout 30\nMaxClients 50\n"
                      "Allow 127.0.0.1\nDisableViaHeader Yes\nLogLevel Info\n";
    conf += "LogFile \"" + m_dir.filePath(QStringLiteral("tinyproxy.log")).toUtf8() + "\"\n";
    if (!config.user.isEmpty())
        conf += "BasicAuth " + config.user.toUtf8() + ' ' + config.password.toUtf8() + '\n';
    for (const quint16 port : config.connectPorts)
        conf += "ConnectPort " + QByteArray::number(port) + '\n';
    const QString confPath = m_dir.filePath(QStringLiteral("tinyproxy.conf"));
    QFile file(confPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(conf) != conf.size()) {
        m_error = QStringLiteral("cannot write %1").arg(confPath);
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(tinyproxyPath(), {QStringLiteral("-d"), QStringLiteral("-c"), confPath});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("tinyproxy did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer ready(10000);
    while (!accepts(m_port)) {
        if (ready.hasExpired() || m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("tinyproxy does not listen: %1").arg(QString::fromLocal8Bit(m_process.readAll()));
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

} // namespace testsupport
