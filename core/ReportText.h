#pragma once

#include "DiagnosisResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace hd {

// The one formatter of a result's words, shared by the CLI report, the help-desk text, the
// PDF and the window's banner and cards: one set of headings and labels, translated once.
// It decides nothing; the judgements come from DiagnosisResult (summary, checks, findings).
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
public:
    // One line of a text block; plain text indents it, HTML gives it a tag.
    struct Line
    {
        enum class Kind { Heading, Title, Label, Text, Bullet, Numbered };
        Kind kind = Kind::Text;
        QString text;
        int number = 0; // for Numbered
    };
    struct ActionGroup
    {
        Actor actor;
        QString heading;   // "What you can do now", ...
        QStringList steps;
    };

    // summary.headline: the root cause among errors and warnings; for a healthy site, that
    // the connection works (never a note).
    static QString headline(const DiagnosisResult &result);
    // summary.actFirst: the root cause's steps by who does them, the first actor first.
    // `reader`: who the words are for. The window, the CLI and the help-desk text speak to
    // the person at the keyboard; the PDF report to the one who fixes it (readerOf()), with
    // their own steps first and worded to them.
    static QList<ActionGroup> actFirst(const DiagnosisResult &result, Actor reader = Actor::You);
    static QList<ActionGroup> actionGroups(const Finding &finding, Actor reader = Actor::You);
    // Who fixes the root cause: the site's owner for the server's fault, IT for the
    // network's, else the person at the keyboard.
    static Actor readerOf(const DiagnosisResult &result);
    static QString readerLabel(Actor reader); // "Written for the site's administrator"
    // summary.alsoNoticed: the notes' titles.
    static QStringList alsoNoticed(const DiagnosisResult &result);
    // "2 checks could not finish: …", or empty.
    static QString unfinished(const DiagnosisResult &result);

    static QList<Line> summaryBlock(const DiagnosisResult &result, Actor reader = Actor::You);
    static QList<Line> findingsBlock(const DiagnosisResult &result, Actor reader = Actor::You);
    static QString plainText(const QList<Line> &lines);
    static QString html(const QList<Line> &lines); // escaped

    // The one date format of each language, in this computer's time zone (named):
    // "29 Nov 2026 21:37:06 UTC", "2026年11月29日 21:37:06 UTC"; for evidence, the CLI, the
    // window and the PDF alike.
    static QString date(const QDateTime &when);      // "29 Nov 2026", "2026年11月29日"
    static QString dateTime(const QDateTime &when);  // with the time and the time zone

    static QString verdictWord(const DiagnosisResult &result); // "OK", "WARNING", "FAIL", "CANCELLED"
    static QString actorHeading(Actor actor, Actor reader = Actor::You);
    static QString evidenceHeading();          // "What was found"
    static QString whoFixes(FixedBy fixedBy);  // "Who fixes it: …"
    static QString severityLabel(Severity severity);
    static QString checkName(const QString &checkId);
    static QString checkReason(const QString &reasonKey);
    static QString checkOutcome(const CheckResult &check);
    // Why a probe was refused or could not tell ("timeout", "reset", an alert's name...),
    // in the reader's words; never OpenSSL's or the OS's English text.
    static QString probeAnswer(const QString &how);
    static QStringList checkLines(const DiagnosisResult &result); // "What was checked", one line per check
    // A probe's answer for one version or group: accepted, refused (how), could not tell (why).
    static QString support(Support support, const QString &how = {});
    static QStringList tlsSupportLines(const DiagnosisResult &result); // typed probe results, in full
};

} // namespace hd
