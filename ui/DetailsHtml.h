#pragma once

#include "CertificateStatus.h"

#include <QCoreApplication>

namespace hd {

// Details of a timeline step or a certificate as HTML for QTextBrowser and the PDF report.
// Every piece of text from core or from a certificate goes through escape(): a subject like
// "<img src=...>" must show as those characters, never as markup.
class DetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(DetailsHtml)
public:
    static constexpr char kOffendingAnchor[] = "offending";
    static QString escape(const QString &text);
    // `offending`: the field a finding tied to this certificate is about, highlighted and
    // anchored as kOffendingAnchor (the first one is scrolled into view).
    static QString row(const QString &label, const QString &plainValue, bool offending = false);
    static QString rows(const QString &label, const QStringList &plainValues, bool offending = false); // one per line

    static QString step(const TimelineStep &step);
    static QString stepFacts(const TimelineStep &step); // table rows only
    static QString certificate(const DisplayedCertificate &entry, const QDateTime &at);
    static QString certificateFacts(const DisplayedCertificate &entry, const QDateTime &at); // table rows only

    static QString tableStart();
    static QString tableEnd();
    static QString colored(const QString &plainText, const QColor &color);
};

} // namespace hd
