#pragma once

#include <QByteArray>

namespace testsupport {

class Connection;

// The plain-text part before TLS, server side, as real servers speak it (Postfix, Dovecot,
// vsftpd, OpenLDAP, Prosody, PostgreSQL, MySQL), each with the ways it goes wrong.
enum class StartTlsProtocol { None, Smtp, Imap, Pop3, Ftp, Ldap, Xmpp, Postgres, Mysql };
enum class StartTlsVariant {
    Upgrade,     // lists the upgrade and agrees to it
    NotOffered,  // does not list it (SMTP: no STARTTLS in EHLO; PostgreSQL: 'N'; MySQL: no CLIENT_SSL)
    Refused,     // lists it and answers the request with an error (SMTP: 454)
};

// Runs the dialogue on an accepted connection. True when TLS starts now; false when the
// dialogue ended (the caller closes the connection).
bool serveStartTls(Connection &connection, StartTlsProtocol protocol, StartTlsVariant variant);

// The server's first line as the TLS-port variant of a scenario sends it in plain text:
// "220 mail.test ESMTP" (for smtps:// on a port that speaks plain SMTP).
QByteArray plainGreeting(StartTlsProtocol protocol);

} // namespace testsupport
