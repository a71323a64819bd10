// XMPP (RFC 6120 §5): the client opens the stream; the server's features list
// <starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>; <starttls/> is answered <proceed/>.
#include "PlainDialogue.h"

#include <cctype>

namespace hd {

namespace {

constexpr char kTlsNamespace[] = "urn:ietf:params:xml:ns:xmpp-tls";

bool featuresComplete(const QByteArray &reply)
{
    // A server that refuses the stream at once ends it instead of listing features.
    return reply.contains("</stream:features>") || reply.contains("<stream:features/>")
           || reply.contains("</stream:stream>");
}

bool answerComplete(const QByteArray &reply)
{
    return reply.contains("/>") || reply.contains("</failure>") || reply.contains("</stream:stream>");
}

// The name in the stream header is the host's; it is checked against what we connect to,
// so only the characters a host name may have go into the XML.
QByteArray streamHeader(const QString &host)
{
    QByteArray name;
    for (const char c : host.toLatin1()) {
        if (std::isalnum(uchar(c)) || c == '.' || c == '-' || c == ':')
            name += c;
    }
    return "<?xml version='1.0'?><stream:stream to='" + name
           + "' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";
}

class XmppUpgrade : public PlainUpgrade
{
public:
    UpgradeOutcome converse(PlainDialogue &dialogue, const QString &host) const override
    {
        using R = UpgradeOutcome::Result;
        QByteArray answer;
        if (!dialogue.send(QStringLiteral("greeting"), streamHeader(host))
            || !dialogue.receive(QStringLiteral("capabilities"), featuresComplete, &answer))
            return dialogue.stopped(QStringLiteral("capabilities"), answer);
        if (!answer.contains("<stream:features"))  // <stream:error>: the stream was refused
            return {R::Refused, QStringLiteral("greeting"), {}, PlainDialogue::quote(answer), {}};
        const qsizetype features = answer.indexOf("<stream:features");
        if (!answer.mid(features).contains(kTlsNamespace))
            return {R::NotOffered, QStringLiteral("capabilities"), PlainDialogue::quote(answer.mid(features)), {}, {}};
        if (!dialogue.ask(QStringLiteral("starttls"), "<starttls xmlns='" + QByteArray(kTlsNamespace) + "'/>", answerComplete,
                          &answer))
            return dialogue.stopped(QStringLiteral("starttls"), answer);
        if (answer.contains("<proceed"))
            return {R::Upgraded, QStringLiteral("starttls"), {}, {}, {}};
        return {R::Refused, QStringLiteral("starttls"), {}, PlainDialogue::quote(answer), {}};
    }
};

} // namespace

std::unique_ptr<PlainUpgrade> makeXmppUpgrade()
{
    return std::make_unique<XmppUpgrade>();
}

} // namespace hd
