// SMTP (RFC 3207): greeting 220, EHLO lists the extensions, STARTTLS answered with 220.
#include "PlainDialogue.h"

namespace hd {

namespace {

bool hasCode(const QByteArray &reply, const char *code)
{
    return reply.startsWith(code);
}

// The EHLO reply's extension keywords, one per line after the code: "250-STARTTLS".
bool listsStartTls(const QByteArray &reply)
{
    for (const QByteArray &line : reply.split('\n')) {
        if (line.size() > 4 && line.mid(4).trimmed().split(' ').value(0).toUpper() == "STARTTLS")
            return true;
    }
    return false;
}

class SmtpUpgrade : public PlainUpgrade
{
public:
    UpgradeOutcome converse(PlainDialogue &dialogue, const QString &) const override
    {
        using R = UpgradeOutcome::Result;
        const auto reply = PlainDialogue::lines(PlainDialogue::isFinalNumericLine);
        QByteArray answer;
        if (!dialogue.receive(QStringLiteral("greeting"), reply, &answer))
            return dialogue.stopped(QStringLiteral("greeting"), answer);
        if (!hasCode(answer, "220")) // 554: the server does not serve this client
            return {R::Refused, QStringLiteral("greeting"), {}, PlainDialogue::quote(answer), {}};
        // The client's name matters little for the upgrade; a reserved one never collides.
        if (!dialogue.ask(QStringLiteral("capabilities"), "EHLO handshake-doctor.invalid\r\n", reply, &answer))
            return dialogue.stopped(QStringLiteral("capabilities"), answer);
        if (!hasCode(answer, "250") || !listsStartTls(answer))
            return {R::NotOffered, QStringLiteral("capabilities"), PlainDialogue::quote(answer), {}, {}};
        if (!dialogue.ask(QStringLiteral("starttls"), "STARTTLS\r\n", reply, &answer))
            return dialogue.stopped(QStringLiteral("starttls"), answer);
        if (!hasCode(answer, "220"))
            return {R::Refused, QStringLiteral("starttls"), {}, PlainDialogue::quote(answer), {}};
        return {R::Upgraded, QStringLiteral("starttls"), {}, {}, {}};
    }
};

} // namespace

std::unique_ptr<PlainUpgrade> makeSmtpUpgrade()
{
    return std::make_unique<SmtpUpgrade>();
}

} // namespace hd
