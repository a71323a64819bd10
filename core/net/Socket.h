#pragma once

#include "CancelToken.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QString>

namespace hd {

enum class NetError { None, Timeout, Cancelled, Refused, Unreachable, Reset, Closed, Other };

struct NetResult
{
    NetError error = NetError::None;
    QString detail; // the operating system's message, for evidence
    bool ok() const { return error == NetError::None; }
};

QString netErrorKey(NetError error); // "timeout", "refused", ... (JSON and timeline facts)

// Anything that carries bytes both ways with deadlines: a TCP socket or a TLS session on one.
class ByteStream
{
public:
    virtual ~ByteStream() = default;
    virtual NetResult write(const QByteArray &data, QDeadlineTimer deadline, const CancelToken &cancel) = 0;
    // Waits until some bytes arrive and appends them. Closed on an orderly end of stream.
    virtual NetResult read(QByteArray *appendTo, QDeadlineTimer deadline, const CancelToken &cancel) = 0;
};

// The one place with operating-system socket calls. Non-blocking underneath, so every
// wait is cut into short slices that notice cancellation within ~50 ms.
class Socket : public ByteStream
{
public:
    Socket() = default;
    ~Socket() override;
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;

    NetResult connect(const QHostAddress &address, quint16 port, QDeadlineTimer deadline, const CancelToken &cancel);
    NetResult write(const QByteArray &data, QDeadlineTimer deadline, const CancelToken &cancel) override;
    NetResult read(QByteArray *appendTo, QDeadlineTimer deadline, const CancelToken &cancel) override;
    // Ends our direction (a FIN) and keeps reading possible: "that was all I had to say".
    void shutdownWrite();
    void close();

private:
    enum class WaitFor { Read, Write };
    NetResult wait(WaitFor what, QDeadlineTimer deadline, const CancelToken &cancel);

    qintptr m_fd = -1;
};

} // namespace hd
