#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace hd {

// One step of the timeline: language-neutral data. Titles and details in the user's
// language come from StepDescriber, so a window can retranslate without re-running.
struct TimelineStep
{
    enum class Kind {
        Resolve,          // facts: host, addresses (list), used, source ("dns"/"override"/"literal")
        Connect,          // facts: address, port, attempts (list of "addr: outcome")
        TlsMessage,       // name is the handshake message; facts depend on it (see HelloParser)
        TlsAlert,         // facts: level ("warning"/"fatal"), code, alert (RFC name)
        TlsEstablished,   // facts: version, cipher, alpn
        TlsFailed,        // facts: reason, error (OpenSSL text)
        CertificateCheck, // facts: verified (bool), error
        IssuerFetch,      // facts: url, subject, outcome
        Http,             // facts: request, statusLine, headers
        Probe,            // name is the probe's; facts are its summary (see ProbeRegistry)
        Proxy,            // the way to the proxy: name "dns", "tcp" or "connect" (the CONNECT and its answer)
        PlainText,        // before TLS: name "protocol" (assumed from the port), "greeting", "capabilities",
                          // "starttls" (facts: protocol, text), or "failed" (facts: result, stage, text)
    };
    enum class Status { Ok, Info, Warning, Failed, Skipped };
    enum class Direction { None, Sent, Received };

    Kind kind = Kind::Resolve;
    QString name;              // protocol name ("ClientHello", "alert"), or empty
    Direction direction = Direction::None;
    Status status = Status::Ok;
    double startMs = 0;        // offset from the start of the diagnosis
    double durationMs = 0;
    QVariantMap facts;
};

} // namespace hd
