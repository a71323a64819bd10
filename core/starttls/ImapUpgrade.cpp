// IMAP (RFC 3501, 2595): greeting "* OK", CAPABILITY lists STARTTLS, "a2 STARTTLS" answered "a2 OK".
#include "PlainDialogue.h"

namespace hd {

namespace {

// Complete once the tagged line ("a1 OK …") has arrived.
PlainDialogue::Complete tagged(const QByteArray &tag)
{
    return PlainDialogue::lines([tag](const QByteArray &line) { return line.startsWith(tag + ' '); });
}

bool listsStartTls(const QByteArray &reply)
{
    for (const QByteArray &line : reply.split('\n')) {
        const QByteArray upper = line.trimmed().toUpper();
        if ((upper.startsWith("* CAPABILITY ") || upper.contains("[CAPABILITY ")) && upper.contains(" STARTTLS"))
            return true;
    }
    return false;
}

class ImapUpgrade : public PlainUpgrade
{
public:
    UpgradeOutcome converse(PlainDialogue &dialogue, const QString &) const override
    {
        using R = UpgradeOutcome::Result;
        QByteArray answer;
        if (!dialogue.receive(QStringLiteral("greeting"), PlainDialogue::lines([](const QByteArray &) { return true; }), &answer))
            return dialogue.stopped(QStringLiteral("greeting"), answer);
        if (!answer.toUpper().startsWith("* OK"))  // "* BYE": the server will not serve us
            return {R::Refused, QStringLiteral("greeting"), {}, PlainDialogue::quote(answer), {}};
        if (!dialogue.ask(QStringLiteral("capabilities"), "a1 CAPABILITY\r\n", tagged("a1"), &answer))
            return dialogue.stopped(QStringLiteral("capabilities"), answer);
        if (!listsStartTls(answer))
            return {R::NotOffered, QStringLiteral("capabilities"), PlainDialogue::quote(answer), {}, {}};
        if (!dialogue.ask(QStringLiteral("starttls"), "a2 STARTTLS\r\n", tagged("a2"), &answer))
            return dialogue.stopped(QStringLiteral("starttls"), answer);
        if (!answer.toUpper().startsWith("A2 OK"))
            return {R::Refused, QStringLiteral("starttls"), {}, PlainDialogue::quote(answer), {}};
        return {R::Upgraded, QStringLiteral("starttls"), {}, {}, {}};
    }
};

} // namespace

std::unique_ptr<PlainUpgrade> makeImapUpgrade()
{
    return std::make_unique<ImapUpgrade>();
}

} // namespace hd
