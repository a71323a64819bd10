// The catalogue is complete (every cause has every place README's "Adding a cause" lists),
// each finding is tied to the step and certificate where it happened, and the summary
// names the right person to act first.
#include "CauseCatalogue.h"
#include "ReportText.h"
#include "ResultAnalysis.h"
#include "ResultJson.h"
#include "StepDescriber.h"
#include "SyntheticResult.h"
#include "Translations.h"
#include "checks/CheckRegistry.h"
#include "checks/Observations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

namespace {

QString readme()
{
    QFile file(QStringLiteral(HD_SOURCE_DIR "/README.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString section(const QString &text, const QString &heading)
{
    const qsizetype start = text.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QStringLiteral("\n#"), start + heading.size());
    return text.mid(start, end < 0 ? -1 : end - start);
}

QStringList allIds()
{
    QStringList ids;
    for (const char *id : hd::kCauseIds)
        ids << QLatin1String(id);
    return ids;
}

} // namespace

class TestCauses : public QObject
{
    Q_OBJECT

private slots:
    // README.md "Adding a cause" lists these places; a cause missing from one fails here.
    void everyCauseHasEveryPlace()
    {
        const QString text = readme();
        QVERIFY2(!text.isEmpty(), "README.md not found");
        const QString adding = section(text, QStringLiteral("### Adding a cause"));
        QVERIFY2(!adding.isEmpty(), "README.md has no \"Adding a cause\" section");
        for (const char *place : {"core/CauseIds.h", "core/checks/", "Causes.cpp", "CheckRegistry.cpp", "README.md",
                                  "tests/engine/SyntheticResult.h", "update-translations.sh"})
            QVERIFY2(adding.contains(QLatin1String(place)), place);
        const QString idList = section(text, QStringLiteral("Finding ids:"));

        QCOMPARE(hd::CauseCatalogue::ids().size(), qsizetype(hd::kCauseCount));
        QCOMPARE(hd::CauseCatalogue::ids().removeDuplicates(), 0);
        const QMap<QString, synthetic::Case> cases = synthetic::cases();
        for (const QString &id : allIds()) {
            const hd::CauseCatalogue::Entry *entry = hd::CauseCatalogue::entry(id);
            QVERIFY2(entry, qPrintable(id + QStringLiteral(": no catalogue entry in core/checks/*Causes.cpp")));
            QVERIFY2(entry->fixSteps[0].text, qPrintable(id + QStringLiteral(": no fix step")));
            int checks = 0;
            for (const hd::CheckRegistry::Check &check : hd::CheckRegistry::checks()) {
                for (const hd::CauseId cause : check.causes)
                    checks += id == QLatin1String(cause.text()) ? 1 : 0;
            }
            QVERIFY2(checks == 1, qPrintable(id + QStringLiteral(": must be listed by exactly one check in CheckRegistry.cpp")));
            QVERIFY2(idList.contains(QStringLiteral("`%1`").arg(id)), qPrintable(id + QStringLiteral(": not in README's finding ids")));
            QVERIFY2(cases.contains(id), qPrintable(id + QStringLiteral(": no case in tests/engine/SyntheticResult.h")));
        }
    }

    void tiedWhereItHappened_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : allIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    // In core and in the JSON: the finding's steps and certificates, and their statuses.
    void tiedWhereItHappened()
    {
        QFETCH(QString, id);
        const synthetic::Case expected = synthetic::cases().value(id);
        hd::DiagnosisResult r = synthetic::resultWith(id);
        hd::ResultAnalysis::complete(&r);
        const hd::Finding &finding = r.findings.first();
        const hd::TimelineStep::Status status = hd::ResultAnalysis::stepStatusFor(finding.severity);
        const QJsonObject json = hd::toJson(r);
        const QJsonObject findingJson = json.value(QStringLiteral("findings")).toArray().first().toObject();
        const QJsonArray timelineJson = json.value(QStringLiteral("timeline")).toArray();

        QStringList steps;
        for (const int index : finding.steps)
            steps << synthetic::stepKey(r.timeline[index]);
        steps.sort();
        QStringList expectedSteps = expected.steps;
        expectedSteps.sort();
        QCOMPARE(steps, expectedSteps);
        QCOMPARE(findingJson.value(QStringLiteral("steps")).toArray().size(), finding.steps.size());
        for (int i = 0; i < r.timeline.size(); ++i) {
            const bool tied = finding.steps.contains(i);
            QCOMPARE(r.timeline[i].status, tied ? status : hd::TimelineStep::Status::Ok);
            QCOMPARE(timelineJson[i].toObject().value(QStringLiteral("status")).toString(),
                     hd::stepStatusKey(tied ? status : hd::TimelineStep::Status::Ok));
            QCOMPARE(findingJson.value(QStringLiteral("steps")).toArray().contains(i), tied);
        }

        QStringList certificates;
        const QJsonArray built = json.value(QStringLiteral("chain")).toObject().value(QStringLiteral("built")).toArray();
        for (int i = 0; i < r.builtChain.size(); ++i) {
            const bool tied = finding.certificates.contains(r.builtChain[i].sha256Fingerprint);
            if (tied)
                certificates << synthetic::position(i);
            const std::optional<hd::Severity> severity = r.certificateSeverity(r.builtChain[i].sha256Fingerprint);
            QCOMPARE(severity.has_value(), tied);
            if (tied)
                QCOMPARE(*severity, finding.severity);
            QCOMPARE(built[i].toObject().value(QStringLiteral("status")).toString(),
                     tied ? hd::severityKey(finding.severity) : QStringLiteral("ok"));
            QCOMPARE(findingJson.value(QStringLiteral("certificates")).toArray().contains(i), tied);
        }
        QCOMPARE(certificates, expected.certificates);
    }

    // A report for the one who fixes it speaks to them: every step that asks the person at
    // the keyboard to pass something on has its wording for that reader.
    void stepsAreWordedForTheirReader()
    {
        static const QRegularExpression relay(
            QStringLiteral("tell (the site's|its) owner|ask (your )?IT|ask (your|the) network administrator|have IT"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &id : hd::CauseCatalogue::ids()) {
            const hd::CauseCatalogue::Entry *entry = hd::CauseCatalogue::entry(id);
            for (const hd::CauseCatalogue::FixStep &step : entry->fixSteps) {
                if (!step.text || step.actor == hd::Actor::You)
                    continue;
                const bool relays = relay.match(QLatin1String(step.text)).hasMatch();
                QVERIFY2(!relays || step.forActor, qPrintable(id + QStringLiteral(": ") + QLatin1String(step.text)));
                QVERIFY2(!step.forActor || !relay.match(QLatin1String(step.forActor)).hasMatch(), qPrintable(id));
            }
        }
        hd::DiagnosisResult r = synthetic::resultWith(QStringLiteral("cert-expired"));
        hd::ResultAnalysis::complete(&r);
        QCOMPARE(hd::ReportText::readerOf(r), hd::Actor::SiteOwner);
        const QList<hd::ReportText::ActionGroup> forOwner = hd::ReportText::actFirst(r, hd::Actor::SiteOwner);
        QCOMPARE(forOwner.first().actor, hd::Actor::SiteOwner);
        QCOMPARE(forOwner.first().heading, QStringLiteral("What to do"));
        QCOMPARE(forOwner.first().steps.first(), QStringLiteral("Renew the certificate: it has expired."));
        QCOMPARE(hd::ReportText::actFirst(r).first().steps.first(),
                 QStringLiteral("Tell the site's owner that the certificate has expired and must be renewed."));
    }

    void actFirstNamesTheRightActor_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("actor");
        QTest::newRow("mistyped name") << "dns-failure" << "you";
        QTest::newRow("refused port") << "connection-refused" << "you";
        QTest::newRow("wrong name") << "hostname-mismatch" << "you";
        QTest::newRow("expired") << "cert-expired" << "site-owner";
        QTest::newRow("incomplete chain") << "incomplete-chain" << "site-owner";
        QTest::newRow("interception") << "interception" << "it";
        QTest::newRow("untrusted root") << "untrusted-root" << "it";
    }

    void actFirstNamesTheRightActor()
    {
        QFETCH(QString, id);
        QFETCH(QString, actor);
        hd::DiagnosisResult r = synthetic::resultWith(id);
        hd::ResultAnalysis::complete(&r);
        const QList<hd::ReportText::ActionGroup> groups = hd::ReportText::actFirst(r);
        QVERIFY(!groups.isEmpty());
        QCOMPARE(hd::actorKey(groups.first().actor), actor);
        const QJsonObject summary = hd::toJson(r).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("rootCause")).toString(), id);
        QCOMPARE(summary.value(QStringLiteral("actFirst")).toArray().first().toObject().value(QStringLiteral("actor")).toString(), actor);
        QCOMPARE(summary.value(QStringLiteral("headline")).toString(), hd::CauseCatalogue::render(r.findings.first()).headline.prepend(
                     r.findings.first().severity == hd::Severity::Warning ? QStringLiteral("The connection works, but: ") : QString()));
    }

    // Notes are never problems, and never the headline.
    void healthyHeadlineNamesNoNote()
    {
        hd::DiagnosisResult r = synthetic::resultWith(QStringLiteral("ocsp-stapling-missing"));
        r.findings << hd::CauseCatalogue::make(HD_CAUSE("hsts-missing"));
        hd::ResultAnalysis::complete(&r);
        QCOMPARE(r.verdict(), hd::Verdict::Ok);
        QCOMPARE(r.summary.problems, 0);
        QCOMPARE(r.summary.alsoNoticed, (QList<int>{0, 1}));
        const QString headline = hd::ReportText::headline(r);
        QCOMPARE(headline, QStringLiteral("The secure connection to site.test works"));
        for (const QString &note : hd::ReportText::alsoNoticed(r))
            QVERIFY(!headline.contains(note));
        QVERIFY(hd::ReportText::actFirst(r).isEmpty());
        const QJsonObject summary = hd::toJson(r).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("alsoNoticed")).toArray().size(), 2);
        QVERIFY(summary.value(QStringLiteral("rootCause")).isNull());
    }

    // When everything works from here, the summary says what to check in the browser, in
    // both languages; a result with a problem does not.
    void healthySummaryGivesBrowserChecks()
    {
        hd::DiagnosisResult healthy = synthetic::resultWith(QStringLiteral("hsts-missing"));
        hd::ResultAnalysis::complete(&healthy);
        QCOMPARE(healthy.verdict(), hd::Verdict::Ok);
        const QString english = hd::ReportText::plainText(hd::ReportText::summaryBlock(healthy));
        QVERIFY2(english.contains(QLatin1String("If your browser still cannot open the site"))
                     && english.contains(QLatin1String("Try another browser")) && english.contains(QLatin1String("extensions"))
                     && english.contains(QLatin1String("chrome://net-internals/#hsts")) && english.contains(QLatin1String("proxy")),
                 qPrintable(english));
        hd::Translations::install(QStringLiteral("zh_CN"));
        const QString chinese = hd::ReportText::plainText(hd::ReportText::summaryBlock(healthy));
        hd::Translations::install(QStringLiteral("en"));
        QVERIFY2(chinese.contains(QStringLiteral("如果浏览器仍然无法打开该网站")) && chinese.contains(QLatin1String("chrome://net-internals/#hsts"))
                     && !chinese.contains(QLatin1String("Try another browser")),
                 qPrintable(chinese));

        hd::DiagnosisResult failing = synthetic::resultWith(QStringLiteral("cert-expired"));
        hd::ResultAnalysis::complete(&failing);
        QVERIFY(!hd::ReportText::plainText(hd::ReportText::summaryBlock(failing)).contains(QLatin1String("If your browser")));
    }

    // A probe without a definite answer: the check could not run, every word says
    // "could not tell", and "ok" is not claimed by what did not run.
    void couldNotTellIsNeverRefused()
    {
        hd::Observations obs;
        obs.target.host = QStringLiteral("site.test");
        obs.options.runProbes = true;
        obs.connected = true;
        obs.handshakeAttempted = true;
        obs.handshakeResult = hd::HandshakeOutcome::Result::Established;
        obs.probes.protocolVersions.ran = true;
        for (const int version : {0x0300, 0x0301, 0x0302, 0x0303, 0x0304})
            obs.probes.protocolVersions.versions << hd::VersionSupport{version, hd::Support::Unknown, QStringLiteral("out-of-time"), 0};
        const QList<hd::CheckResult> checks = hd::CheckRegistry::outcomes(obs, {});
        const auto versions = std::find_if(checks.cbegin(), checks.cend(), [](const hd::CheckResult &c) {
            return c.id == QLatin1String("protocol-versions");
        });
        QVERIFY(versions != checks.cend());
        QCOMPARE(versions->outcome, hd::CheckResult::Outcome::CouldNotRun);
        QCOMPARE(versions->reason, QStringLiteral("out-of-time")); // the most specific reason

        hd::DiagnosisResult r;
        r.target.displayHost = QStringLiteral("site.test");
        r.probes = obs.probes;
        r.checks = checks;
        hd::ResultAnalysis::complete(&r);
        QVERIFY(r.summary.unfinishedChecks.contains(QStringLiteral("protocol-versions")));
        const QString lines = hd::ReportText::tlsSupportLines(r).join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("TLS 1.3: could not tell (the time limit ran out)")), qPrintable(lines));
        QVERIFY(!lines.contains(QStringLiteral("refused")) && !lines.contains(QStringLiteral("not accepted")));
        QVERIFY(hd::ReportText::checkOutcome(*versions).startsWith(QStringLiteral("could not tell")));
        const QString unfinished = hd::ReportText::unfinished(r);
        QVERIFY2(unfinished.contains(QStringLiteral("protocol versions (the time limit ran out)")), qPrintable(unfinished));
        QVERIFY(hd::ReportText::summaryBlock(r).size() > 1);
    }

    // The timeline's words (window, PDF, CLI) for a probe without any definite answer.
    void probeStepWithoutAnswerCouldNotTell()
    {
        hd::TimelineStep versions;
        versions.kind = hd::TimelineStep::Kind::Probe;
        versions.name = QStringLiteral("protocol-versions");
        versions.facts = {{QStringLiteral("accepted"), QStringList{}},
                          {QStringLiteral("unknown"), QStringList{QStringLiteral("TLS 1.2"), QStringLiteral("TLS 1.3")}}};
        const QString detail = hd::StepDescriber::describe(versions).detail;
        QCOMPARE(detail, QStringLiteral("Could not tell: no clear answer for TLS 1.2, TLS 1.3"));
        hd::TimelineStep keyExchange;
        keyExchange.kind = hd::TimelineStep::Kind::Probe;
        keyExchange.name = QStringLiteral("key-exchange");
        keyExchange.facts = {{QStringLiteral("groups"), QStringList{QStringLiteral("x25519")}}, {QStringLiteral("dhe"), QStringLiteral("unknown")}};
        QCOMPARE(hd::StepDescriber::describe(keyExchange).detail, QStringLiteral("Elliptic curves: x25519; finite-field DH: could not tell"));
    }

    // "ok" needs the deciding checks: cancelled before they ran, it is not claimed.
    void okNeedsTheDecidingChecks()
    {
        hd::DiagnosisResult r;
        r.cancelled = true;
        r.checks = hd::CheckRegistry::cancelledOutcomes();
        hd::ResultAnalysis::complete(&r);
        QCOMPARE(r.verdict(), hd::Verdict::Warning);
        QVERIFY(r.summary.unfinishedChecks.isEmpty()); // the headline says it was cancelled
    }
};

QTEST_GUILESS_MAIN(TestCauses)
#include "tst_causes.moc"
