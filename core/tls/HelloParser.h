#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace hd::tls {

struct ClientHelloInfo
{
    int legacyVersion = 0;
    QList<int> supportedVersions;   // from the supported_versions extension, if any
    QList<quint16> cipherSuites;
    QString serverName;             // SNI, empty when absent
    QStringList alpn;
    QList<int> groups;
};

struct ServerHelloInfo
{
    int version = 0;                // the negotiated version (supported_versions wins over legacy)
    quint16 cipherSuite = 0;
    int keyShareGroup = -1;
    bool helloRetryRequest = false;
    QString alpn;                   // TLS 1.2 puts ALPN here
};

// Reads handshake messages as OpenSSL's message callback hands them over (4-byte header
// included). The input is the peer's: every length is checked, a short message yields false.
bool parseClientHello(const QByteArray &message, ClientHelloInfo *out);
bool parseServerHello(const QByteArray &message, ServerHelloInfo *out);
int countCertificates(const QByteArray &certificateMessage, bool tls13);

QVariantMap describe(const ClientHelloInfo &hello);
QVariantMap describe(const ServerHelloInfo &hello);

} // namespace hd::tls
