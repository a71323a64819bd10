// FTP (RFC 4217): greeting 220, FEAT lists "AUTH TLS", AUTH TLS answered with 234.
#include "PlainDialogue.h"

namespace hd {

namespace {

bool listsAuthTls(const QByteArray &reply)
{
    for (const QByteArray &line : reply.split('\n')) {
        const QByteArray feature = line.trimmed().toUpper(); // " AUTH TLS;SSL"
        if (feature.startsWith("AUTH ") && feature.contains("TLS"))
            return true;
    }
    return false;
}

class FtpUpgrade : public PlainUpgrade
{
public:
    UpgradeOutcome converse(PlainDialogue &dialogue, const QString &) const override
    {
        using R = UpgradeOutcome::Result;
        const auto reply = PlainDialogue::lines(PlainDialogue::isFinalNumericLine);
        QByteArray answer;
        if (!dialogue.receive(QStringLiteral("greeting"), reply, &answer))
            return dialogue.stopped(QStringLiteral("greeting"), answer);
        if (!answer.startsWith("220"))
            return {R::Refused, QStringLiteral("greeting"), {}, PlainDialogue::quote(answer), {}};
        if (!dialogue.ask(QStringLiteral("capabilities"), "FEAT\r\n", reply, &answer))
            return dialogue.stopped(QStringLiteral("capabilities"), answer);
        // A server without FEAT (RFC 2389 is optional) may still know AUTH TLS: ask anyway.
        const bool featListed = answer.startsWith("211");
        if (featListed && !listsAuthTls(answer))
            return {R::NotOffered, QStringLiteral("capabilities"), PlainDialogue::quote(answer), {}, {}};
        const QString capabilities = PlainDialogue::quote(answer);
        if (!dialogue.ask(QStringLiteral("starttls"), "AUTH TLS\r\n", reply, &answer))
            return dialogue.stopped(QStringLiteral("starttls"), answer);
        if (answer.startsWith("234"))
            return {R::Upgraded, QStringLiteral("starttls"), {}, {}, {}};
        // 500/502/504 without FEAT: the command itself is unknown, so TLS is not offered.
        if (!featListed && (answer.startsWith("500") || answer.startsWith("502") || answer.startsWith("504")))
            return {R::NotOffered, QStringLiteral("starttls"), capabilities, PlainDialogue::quote(answer), {}};
        return {R::Refused, QStringLiteral("starttls"), {}, PlainDialogue::quote(answer), {}};
    }
};

} // namespace

std::unique_ptr<PlainUpgrade> makeFtpUpgrade()
{
    return std::make_unique<FtpUpgrade>();
}

} // namespace hd
