// LDAP (RFC 4511, 4513): the StartTLS extended operation, answered with resultCode 0.
// LDAP has no greeting: the request goes first, and its answer is the whole exchange.
#include "PlainDialogue.h"

namespace hd {

namespace {

constexpr char kStartTlsOid[] = "1.3.6.1.4.1.1466.20037";

// LDAPMessage { messageID 1, [APPLICATION 23] ExtendedRequest { [0] requestName } }.
QByteArray startTlsRequest()
{
    const QByteArray oid(kStartTlsOid);
    const QByteArray name = QByteArray("\x80", 1) + char(oid.size()) + oid;
    const QByteArray request = QByteArray("\x77", 1) + char(name.size()) + name;
    const QByteArray id("\x02\x01\x01", 3);
    return QByteArray("\x30", 1) + char(id.size() + request.size()) + id + request;
}

// One BER element at `at`: its tag, and where its content starts and ends. False when
// the bytes do not hold a whole element (yet).
struct Element { quint8 tag = 0; qsizetype content = 0; qsizetype end = 0; };

bool readElement(const QByteArray &bytes, qsizetype at, Element *element)
{
    if (at + 2 > bytes.size())
        return false;
    element->tag = quint8(bytes[at]);
    qsizetype length = quint8(bytes[at + 1]);
    qsizetype content = at + 2;
    if (length & 0x80) {
        const int count = int(length & 0x7f);
        if (count < 1 || count > 3 || content + count > bytes.size())
            return false;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | quint8(bytes[content + i]);
        content += count;
    }
    element->content = content;
    element->end = content + length;
    return element->end <= bytes.size();
}

bool completeMessage(const QByteArray &bytes)
{
    Element message;
    return readElement(bytes, 0, &message);
}

// The ExtendedResponse's resultCode and diagnosticMessage; false when it is not one.
bool parseResponse(const QByteArray &bytes, int *resultCode, QByteArray *diagnostic)
{
    Element message, id, response, code, matched, text;
    if (!readElement(bytes, 0, &message) || message.tag != 0x30 || !readElement(bytes, message.content, &id)
        || id.tag != 0x02 || !readElement(bytes, id.end, &response) || response.tag != 0x78
        || !readElement(bytes, response.content, &code) || code.tag != 0x0a || code.end - code.content != 1)
        return false;
    *resultCode = quint8(bytes[code.content]);
    if (readElement(bytes, code.end, &matched) && readElement(bytes, matched.end, &text) && text.tag == 0x04)
        *diagnostic = bytes.mid(text.content, text.end - text.content);
    return true;
}

// "ExtendedResponse resultCode 2 unsupported extended operation", or the bytes quoted.
QString describe(const QByteArray &bytes)
{
    int resultCode = -1;
    QByteArray diagnostic;
    if (!parseResponse(bytes, &resultCode, &diagnostic))
        return PlainDialogue::quote(bytes);
    return PlainDialogue::shorten(
        QStringLiteral("ExtendedResponse resultCode %1 %2").arg(resultCode).arg(PlainDialogue::quote(diagnostic)).trimmed());
}

class LdapUpgrade : public PlainUpgrade
{
public:
    UpgradeOutcome converse(PlainDialogue &dialogue, const QString &) const override
    {
        using R = UpgradeOutcome::Result;
        QByteArray answer;
        if (!dialogue.send(QStringLiteral("starttls"), startTlsRequest(),
                           QStringLiteral("ExtendedRequest %1 (StartTLS)").arg(QLatin1String(kStartTlsOid))))
            return dialogue.stopped(QStringLiteral("starttls"), answer);
        const bool received = dialogue.receive(QStringLiteral("starttls"), completeMessage, &answer, describe);
        int resultCode = -1;
        QByteArray diagnostic;
        if (!received || !parseResponse(answer, &resultCode, &diagnostic))
            return dialogue.stopped(QStringLiteral("starttls"), answer);
        const QString quoted = describe(answer);
        if (resultCode == 0)
            return {R::Upgraded, QStringLiteral("starttls"), {}, {}, {}};
        // protocolError (2): the server does not know the operation, so StartTLS is not offered.
        if (resultCode == 2)
            return {R::NotOffered, QStringLiteral("starttls"), quoted, quoted, {}};
        return {R::Refused, QStringLiteral("starttls"), {}, quoted, {}};
    }
};

} // namespace

std::unique_ptr<PlainUpgrade> makeLdapUpgrade()
{
    return std::make_unique<LdapUpgrade>();
}

} // namespace hd
