// POP3 (RFC 2595, 2449): greeting "+OK", CAPA lists STLS, STLS answered "+OK".
#include "PlainDialogue.h"

namespace hd {

namespace {

bool singleLine(const QByteArray &)
{
    return true;
}

// CAPA's "+OK" is followed by one capability a line and ends with "."; "-ERR" is one line.
bool capaComplete(const QByteArray &reply)
{
    if (!reply.endsWith('\n'))
        return false;
    return reply.startsWith("-") || reply.endsWith("\n.\r\n") || reply.endsWith("\n.\n");
}

bool listsStls(const QByteArray &reply)
{
    for (const QByteArray &line : reply.split('\n')) {
        if (line.trimmed().toUpper().split(' ').value(0) == "STLS")
            return true;
    }
    return false;
}

class Pop3Upgrade : public PlainUpgrade
{
public:
    UpgradeOutcome converse(PlainDialogue &dialogue, const QString &) const override
    {
        using R = UpgradeOutcome::Result;
        QByteArray answer;
        if (!dialogue.receive(QStringLiteral("greeting"), PlainDialogue::lines(singleLine), &answer))
            return dialogue.stopped(QStringLiteral("greeting"), answer);
        if (!answer.startsWith("+OK"))
            return {R::Refused, QStringLiteral("greeting"), {}, PlainDialogue::quote(answer), {}};
        if (!dialogue.ask(QStringLiteral("capabilities"), "CAPA\r\n", capaComplete, &answer))
            return dialogue.stopped(QStringLiteral("capabilities"), answer);
        // CAPA is optional (RFC 2449): without it, only STLS itself can tell.
        const bool listed = answer.startsWith("+OK");
        if (listed && !listsStls(answer))
            return {R::NotOffered, QStringLiteral("capabilities"), PlainDialogue::quote(answer), {}, {}};
        const QString capabilities = PlainDialogue::quote(answer);
        if (!dialogue.ask(QStringLiteral("starttls"), "STLS\r\n", PlainDialogue::lines(singleLine), &answer))
            return dialogue.stopped(QStringLiteral("starttls"), answer);
        if (answer.startsWith("+OK"))
            return {R::Upgraded, QStringLiteral("starttls"), {}, {}, {}};
        if (!listed)
            return {R::NotOffered, QStringLiteral("starttls"), capabilities, PlainDialogue::quote(answer), {}};
        return {R::Refused, QStringLiteral("starttls"), {}, PlainDialogue::quote(answer), {}};
    }
};

} // namespace

std::unique_ptr<PlainUpgrade> makePop3Upgrade()
{
    return std::make_unique<Pop3Upgrade>();
}

} // namespace hd
