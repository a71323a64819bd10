// A mail, directory or database server's plain-text answers before TLS: the first byte
// picks the protocol, the rest is what the server sends, a few bytes per read.
#include "FuzzInput.h"
#include "starttls/PlainDialogue.h"

namespace {

// Answers each read with the next slice of the fuzzer's bytes; writes go nowhere.
class ReplayStream : public hd::ByteStream
{
public:
    explicit ReplayStream(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    hd::NetResult write(const QByteArray &, QDeadlineTimer, const hd::CancelToken &) override { return {}; }
    hd::NetResult read(QByteArray *appendTo, QDeadlineTimer, const hd::CancelToken &) override
    {
        if (m_at >= m_bytes.size())
            return {hd::NetError::Closed, {}};
        const qsizetype slice = 1 + quint8(m_bytes[m_at]) % 97;
        appendTo->append(m_bytes.mid(m_at + 1, slice));
        m_at += 1 + slice;
        return {};
    }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto protocol = hd::PlainProtocol(1 + data[0] % 8);
    ReplayStream stream(hdfuzz::bytes(data + 1, size - 1));
    qsizetype quotedTotal = 0;
    const hd::UpgradeOutcome outcome = hd::PlainUpgrade::perform(
        protocol, stream, QStringLiteral("mail.example"), QDeadlineTimer(1000), hd::CancelToken(),
        [&](const hd::PlainMessage &message) { quotedTotal += message.text.size(); });
    // Server text is always shortened before anyone sees it.
    if (outcome.answer.size() > hd::PlainDialogue::kMaxQuoted + 1 || outcome.capabilities.size() > hd::PlainDialogue::kMaxQuoted + 1)
        __builtin_trap();
    (void)quotedTotal;
    return 0;
}
