#pragma once

#include "CancelToken.h"
#include "Clock.h"
#include "DiagnosisOptions.h"
#include "http/HttpExchange.h"

#include <QDeadlineTimer>
#include <QUrl>

namespace hd {

// One redirect the site answered with, and what the address it points to did.
struct RedirectHop
{
    QString from;              // the address asked for
    QString to;                // the Location header, made absolute
    QByteArray statusLine;     // the answer that redirected
    bool otherHost = false;    // `to` names another host than `from`
    // For an https:// hop: what its server did. Empty problem: the handshake worked and the
    // certificate is trusted and names the host.
    bool visited = false;
    QString problem;           // "handshake", "certificate", "no-answer", "not-tried"
    QString problemDetail;
    QByteArray answerStatusLine;
};

// At most this many redirects are followed: loops need a bound, and a site that needs more
// than five has a problem of its own (browsers give up at about 20).
constexpr int kMaxRedirects = 5;

QString pathAndQuery(const QUrl &url); // "/" at least, for request lines

// Where a 3xx answer with a Location header sends the client; invalid when it does not.
QUrl redirectTarget(const QUrl &from, const HttpResponse &response);

// What an HTTPS server on another host (or port) says to a GET of `url`: a new
// connection, handshake with the host's name, its chain checked against the same trust
// store and its name, then the answer's head. `address` overrides the name's lookup.
struct OtherHostVisit
{
    HttpResponse response;     // head only
    QString problem;           // as RedirectHop::problem
    QString problemDetail;
};
OtherHostVisit visitOverTls(const QUrl &url, const DiagnosisOptions &options, const Clock &clock,
                            QDeadlineTimer deadline, const CancelToken &cancel);

} // namespace hd
