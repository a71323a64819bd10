#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace testsupport {

// A real `openssl s_server -www` on 127.0.0.1: one connection at a time, each held until
// the client closes it; `extra` adds its options (-groups, -tls1_3...). Killed on destruction.
class OpenSslServer
{
public:
    OpenSslServer() = default;
    ~OpenSslServer();
    OpenSslServer(const OpenSslServer &) = delete;
    OpenSslServer &operator=(const OpenSslServer &) = delete;

    static QString program();  // empty when openssl is not installed
    // Listening once it printed ACCEPT; false (with output() telling why) otherwise.
    bool start(const QString &certFile, const QString &keyFile, const QString &chainFile, const QStringList &extra);
    quint16 port() const { return m_port; }
    QString output() const { return QString::fromLocal8Bit(m_output); }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace testsupport
