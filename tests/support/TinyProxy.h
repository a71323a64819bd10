#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

// A real HTTP proxy (Debian's tinyproxy) on 127.0.0.1 for the tests: Basic authentication
// with one user, CONNECT allowed only to the listed ports (any other is refused with 403,
// the deny rule), and a closed allowed port makes it fail to reach the site (500).
class TinyProxy
{
public:
    struct Config
    {
        QString user;              // empty: no authentication
        QString password;
        QList<quint16> connectPorts;
    };

    TinyProxy() = default;
    ~TinyProxy();
    TinyProxy(const TinyProxy &) = delete;
    TinyProxy &operator=(const TinyProxy &) = delete;

    static bool available();       // tinyproxy is installed
    bool start(const Config &config); // false with error() set
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString url(bool withCredentials) const; // http://[user:password@]127.0.0.1:port
    // The request lines the proxy logged so far ("CONNECT host:port HTTP/1.1", "GET http://…").
    QStringList requests() const;

private:
    Config m_config;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace testsupport
