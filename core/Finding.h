#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace hd {

enum class Severity { Error, Warning, Info };
enum class FixedBy { Client, Server, Network };
enum class Actor { You, SiteOwner, It }; // who does a fix step: the person at the keyboard, the site's owner, their IT

// A cause from the catalogue (CauseCatalogue.h), with the facts this run observed.
// Its text (title, explanation, evidence, fix steps) is rendered by the catalogue in the
// current language, so the same finding can be shown in English and Chinese.
struct Finding
{
    QString id;               // stable public id, e.g. "cert-expired"
    Severity severity = Severity::Error;
    FixedBy fixedBy = FixedBy::Server;
    QVariantMap facts;        // evidence data; keys documented per cause in core/checks/*Causes.cpp
    // Where it happened (FindingLinks.h): indexes into DiagnosisResult::timeline, and the
    // SHA-256 fingerprints of the certificates it concerns.
    QList<int> steps;
    QStringList certificates;
};

// Whole days elapsed from `from` to `to` (negative when `to` is earlier). Unlike
// QDateTime::daysTo this does not count midnights: 23:00 to 01:00 is 0 days, not 1.
inline qint64 wholeDaysBetween(const QDateTime &from, const QDateTime &to)
{
    return from.secsTo(to) / (24 * 60 * 60);
}

QString severityKey(Severity severity); // "error" / "warning" / "info" (JSON values)
QString fixedByKey(FixedBy fixedBy);    // "client" / "server" / "network"
QString actorKey(Actor actor);          // "you" / "site-owner" / "it"

} // namespace hd
