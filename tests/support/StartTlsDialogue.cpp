#include "StartTlsDialogue.h"

#include "Connection.h"

namespace testsupport {

namespace {

constexpr Connection::Duration kIdle = std::chrono::seconds(10);
constexpr char kLdapStartTlsOid[] = "1.3.6.1.4.1.1466.20037";
constexpr char kXmppTls[] = "urn:ietf:params:xml:ns:xmpp-tls";

using V = StartTlsVariant;

bool lineEnded(const QByteArray &buffer)
{
    return buffer.endsWith('\n');
}

// One command line from the client (the client waits for each answer before the next).
bool readCommand(Connection &connection, QByteArray *line)
{
    line->clear();
    return connection.readUntil(*line, lineEnded, kIdle);
}

bool command(Connection &connection, const QByteArray &expected, QByteArray *line)
{
    return readCommand(connection, line) && line->trimmed().toUpper().startsWith(expected);
}

bool smtp(Connection &c, V variant)
{
    QByteArray line;
    if (!c.writeAll(plainGreeting(StartTlsProtocol::Smtp)) || !command(c, "EHLO", &line))
        return false;
    QByteArray extensions = "250-mail.test Hello\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n";
    if (variant != V::NotOffered)
        extensions += "250-STARTTLS\r\n";
    if (!c.writeAll(extensions + "250 8BITMIME\r\n") || !command(c, "STARTTLS", &line))
        return false;
    if (variant == V::Refused) {
        c.writeAll("454 4.7.0 TLS not available due to local problem\r\n");
        return false;
    }
    return c.writeAll("220 2.0.0 Ready to start TLS\r\n");
}

bool imap(Connection &c, V variant)
{
    QByteArray line;
    if (!c.writeAll(plainGreeting(StartTlsProtocol::Imap)) || !readCommand(c, &line))
        return false;
    QByteArray tag = line.left(line.indexOf(' '));
    const QByteArray capabilities = variant == V::NotOffered ? "* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN\r\n"
                                                              : "* CAPABILITY IMAP4rev1 SASL-IR STARTTLS LOGINDISABLED\r\n";
    if (!c.writeAll(capabilities + tag + " OK Pre-login capabilities listed\r\n") || !readCommand(c, &line))
        return false;
    tag = line.left(line.indexOf(' '));
    if (variant == V::Refused || !line.toUpper().contains("STARTTLS")) {
        c.writeAll(tag + " NO [UNAVAILABLE] TLS initialization failed\r\n");
        return false;
    }
    return c.writeAll(tag + " OK Begin TLS negotiation now\r\n");
}

bool pop3(Connection &c, V variant)
{
    QByteArray line;
    if (!c.writeAll(plainGreeting(StartTlsProtocol::Pop3)) || !command(c, "CAPA", &line))
        return false;
    const QByteArray capabilities = variant == V::NotOffered ? "+OK\r\nUSER\r\nUIDL\r\nTOP\r\n.\r\n"
                                                              : "+OK\r\nUSER\r\nUIDL\r\nTOP\r\nSTLS\r\n.\r\n";
    if (!c.writeAll(capabilities) || !command(c, "STLS", &line))
        return false;
    if (variant == V::Refused) {
        c.writeAll("-ERR TLS not available\r\n");
        return false;
    }
    return c.writeAll("+OK Begin TLS negotiation now\r\n");
}

bool ftp(Connection &c, V variant)
{
    QByteArray line;
    if (!c.writeAll(plainGreeting(StartTlsProtocol::Ftp)) || !command(c, "FEAT", &line))
        return false;
    const QByteArray features = variant == V::NotOffered ? "211-Features:\r\n EPRT\r\n EPSV\r\n MDTM\r\n UTF8\r\n211 End\r\n"
                                                          : "211-Features:\r\n AUTH TLS\r\n EPSV\r\n PBSZ\r\n PROT\r\n UTF8\r\n211 End\r\n";
    if (!c.writeAll(features) || !command(c, "AUTH TLS", &line))
        return false;
    if (variant == V::Refused) {
        c.writeAll("431 Unable to accept security mechanism\r\n");
        return false;
    }
    return c.writeAll("234 Proceed with negotiation.\r\n");
}

// BER: a short-form length is enough for these small messages.
QByteArray tlv(char tag, const QByteArray &content)
{
    return QByteArray(1, tag) + char(content.size()) + content;
}

bool ldap(Connection &c, V variant)
{
    QByteArray request;
    const auto complete = [](const QByteArray &b) { return b.size() >= 2 && b.size() >= 2 + quint8(b[1]); };
    if (!c.readUntil(request, complete, kIdle) || !request.contains(kLdapStartTlsOid))
        return false;
    const int code = variant == V::Upgrade ? 0 : variant == V::NotOffered ? 2 : 52;
    const QByteArray message = variant == V::Upgrade      ? QByteArray()
                               : variant == V::NotOffered ? QByteArray("unsupported extended operation")
                                                          : QByteArray("Could not initialize TLS");
    QByteArray response = tlv(0x0a, QByteArray(1, char(code))) + tlv(0x04, {}) + tlv(0x04, message);
    if (variant == V::Upgrade)
        response += tlv(char(0x8a), kLdapStartTlsOid);
    const QByteArray answer = tlv(0x30, tlv(0x02, QByteArray(1, 1)) + tlv(0x78, response));
    return c.writeAll(answer) && variant == V::Upgrade;
}

bool xmpp(Connection &c, V variant)
{
    QByteArray opening;
    const auto headerEnded = [](const QByteArray &b) { return b.contains("<stream:stream") && b.endsWith('>'); };
    if (!c.readUntil(opening, headerEnded, kIdle))
        return false;
    QByteArray features = "<stream:features>";
    if (variant != V::NotOffered)
        features += "<starttls xmlns='" + QByteArray(kXmppTls) + "'><required/></starttls>";
    features += "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>SCRAM-SHA-1</mechanism></mechanisms>"
                "</stream:features>";
    if (!c.writeAll("<?xml version='1.0'?><stream:stream from='localhost' id='hd-test' version='1.0' "
                    "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>" + features))
        return false;
    QByteArray request;
    if (!c.readUntil(request, [](const QByteArray &b) { return b.contains("/>"); }, kIdle) || !request.contains("<starttls"))
        return false;
    if (variant == V::Refused) {
        c.writeAll("<failure xmlns='" + QByteArray(kXmppTls) + "'/></stream:stream>");
        return false;
    }
    return c.writeAll("<proceed xmlns='" + QByteArray(kXmppTls) + "'/>");
}

bool postgres(Connection &c, V variant)
{
    QByteArray request;
    if (!c.readUntil(request, [](const QByteArray &b) { return b.size() >= 8; }, kIdle)
        || request.left(8) != QByteArray("\x00\x00\x00\x08\x04\xd2\x16\x2f", 8))
        return false;
    if (variant == V::NotOffered) {
        c.writeAll("N");
        return false;
    }
    if (variant == V::Refused) {
        QByteArray fields;
        for (const char *field : {"SFATAL", "C28000", "Mno pg_hba.conf entry for host \"127.0.0.1\", SSL encryption"})
            fields += QByteArray(field) + '\0';
        fields += '\0';
        const quint32 length = quint32(fields.size() + 4);
        QByteArray message("E");
        for (int shift = 24; shift >= 0; shift -= 8)
            message += char((length >> shift) & 0xff);
        c.writeAll(message + fields);
        return false;
    }
    return c.writeAll("S");
}

QByteArray mysqlPacket(quint8 sequence, const QByteArray &payload)
{
    const int n = int(payload.size());
    return QByteArray(1, char(n & 0xff)) + char((n >> 8) & 0xff) + char((n >> 16) & 0xff) + char(sequence) + payload;
}

bool mysql(Connection &c, V variant)
{
    if (variant == V::Refused) {
        const QByteArray error = QByteArray("\xff\x6a\x04", 3) + "#HY000Host '127.0.0.1' is not allowed to connect to this MySQL server";
        c.writeAll(mysqlPacket(0, error));
        return false;
    }
    // Protocol 10: version, connection id, scramble, capabilities (CLIENT_SSL is 0x0800).
    const quint16 low = variant == V::NotOffered ? 0xf7ff : 0xffff;
    QByteArray greeting("\x0a" "8.0.36-test");
    greeting += '\0';
    greeting += QByteArray("\x01\x00\x00\x00", 4) + QByteArray("abcdefgh") + '\0';
    greeting += char(low & 0xff) + QByteArray(1, char(low >> 8)) + char(45) + QByteArray("\x02\x00", 2) + QByteArray("\xff\xdf", 2);
    greeting += char(21) + QByteArray(10, '\0') + QByteArray("ijklmnopqrst") + '\0' + QByteArray("caching_sha2_password") + '\0';
    if (!c.writeAll(mysqlPacket(0, greeting)))
        return false;
    // A client that saw no CLIENT_SSL ends here; one that did sends its SSLRequest packet
    // (4 + 32 bytes) and its ClientHello right after.
    QByteArray request;
    return variant == V::Upgrade && c.readExactly(request, 36, kIdle) && request.startsWith(QByteArray("\x20\x00\x00\x01", 4));
}

} // namespace

QByteArray plainGreeting(StartTlsProtocol protocol)
{
    switch (protocol) {
    case StartTlsProtocol::Smtp: return "220 mail.test ESMTP Postfix (Debian/GNU)\r\n";
    case StartTlsProtocol::Imap: return "* OK [CAPABILITY IMAP4rev1 SASL-IR] Dovecot (Debian) ready.\r\n";
    case StartTlsProtocol::Pop3: return "+OK Dovecot (Debian) ready.\r\n";
    case StartTlsProtocol::Ftp: return "220 (vsFTPd 3.0.3)\r\n";
    default: return {};
    }
}

bool serveStartTls(Connection &connection, StartTlsProtocol protocol, StartTlsVariant variant)
{
    switch (protocol) {
    case StartTlsProtocol::None: return true;
    case StartTlsProtocol::Smtp: return smtp(connection, variant);
    case StartTlsProtocol::Imap: return imap(connection, variant);
    case StartTlsProtocol::Pop3: return pop3(connection, variant);
    case StartTlsProtocol::Ftp: return ftp(connection, variant);
    case StartTlsProtocol::Ldap: return ldap(connection, variant);
    case StartTlsProtocol::Xmpp: return xmpp(connection, variant);
    case StartTlsProtocol::Postgres: return postgres(connection, variant);
    case StartTlsProtocol::Mysql: return mysql(connection, variant);
    }
    return false;
}

} // namespace testsupport
