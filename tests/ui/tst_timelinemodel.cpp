// The timeline model: grouping of handshake messages under the handshake, order, live
// insertion, the failing step, and Qt's model invariants.

#include "TimelineModel.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QTest>

using hd::TimelineModel;
using hd::TimelineStep;
using Kind = TimelineStep::Kind;
using Status = TimelineStep::Status;

namespace {

TimelineStep step(Kind kind, double startMs, double durationMs, Status status = Status::Ok, const QString &name = {},
                  TimelineStep::Direction direction = TimelineStep::Direction::None)
{
    TimelineStep s;
    s.kind = kind;
    s.startMs = startMs;
    s.durationMs = durationMs;
    s.status = status;
    s.name = name;
    s.direction = direction;
    return s;
}

// Completion order, as core reports it for a server that answers ClientHello with a
// fatal alert.
QList<TimelineStep> alertedHandshake()
{
    using D = TimelineStep::Direction;
    TimelineStep alert = step(Kind::TlsAlert, 3.0, 1.0, Status::Failed, QStringLiteral("unrecognized_name"), D::Received);
    alert.facts = {{QStringLiteral("level"), QStringLiteral("fatal")}, {QStringLiteral("code"), 112}};
    return {
        step(Kind::Resolve, 0, 0.5),
        step(Kind::Connect, 0.5, 0.2),
        step(Kind::TlsMessage, 2.7, 0, Status::Ok, QStringLiteral("ClientHello"), D::Sent),
        alert,
        step(Kind::TlsFailed, 0.7, 3.3, Status::Failed),
    };
}

QList<TimelineStep> certificateFailure()
{
    using D = TimelineStep::Direction;
    return {
        step(Kind::Resolve, 0, 0.5),
        step(Kind::Connect, 0.5, 0.2),
        step(Kind::TlsMessage, 2.7, 0, Status::Ok, QStringLiteral("ClientHello"), D::Sent),
        step(Kind::TlsMessage, 3.0, 2.5, Status::Ok, QStringLiteral("ServerHello"), D::Received),
        step(Kind::TlsMessage, 7.1, 0, Status::Ok, QStringLiteral("Finished"), D::Sent),
        step(Kind::TlsEstablished, 0.7, 6.5),
        step(Kind::IssuerFetch, 7.4, 1.0, Status::Warning),
        step(Kind::CertificateCheck, 7.3, 1.5, Status::Failed),
        step(Kind::TlsMessage, 8.2, 0.1, Status::Ok, QStringLiteral("NewSessionTicket"), D::Received),
        step(Kind::Http, 8.9, 0.3),
    };
}

QList<int> topLevelKinds(const TimelineModel &model)
{
    QList<int> kinds;
    for (int row = 0; row < model.rowCount(); ++row)
        kinds << model.index(row, 0).data(TimelineModel::KindRole).toInt();
    return kinds;
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { hd::Translations::install(QStringLiteral("en")); }

    void groupsMessagesUnderTheHandshake()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSteps(certificateFailure());
        QCOMPARE(topLevelKinds(model), (QList<int>{int(Kind::Resolve), int(Kind::Connect), int(Kind::TlsEstablished),
                                                   int(Kind::CertificateCheck), int(Kind::IssuerFetch), int(Kind::Http)}));
        const QModelIndex handshake = model.index(2, 0);
        QCOMPARE(model.rowCount(handshake), 4);
        QStringList names;
        for (int row = 0; row < model.rowCount(handshake); ++row)
            names << model.index(row, 0, handshake).data(TimelineModel::NameRole).toString();
        QCOMPARE(names, (QStringList{"ClientHello", "ServerHello", "Finished", "NewSessionTicket"}));
        QCOMPARE(model.index(0, TimelineModel::StepColumn, handshake).data().toString(), QStringLiteral("→ ClientHello"));
        QCOMPARE(model.index(1, TimelineModel::StepColumn, handshake).data().toString(), QStringLiteral("← ServerHello"));
        QCOMPARE(model.parent(model.index(1, 3, handshake)), handshake);
    }

    void failingStepPrefersTheAlert()
    {
        TimelineModel model;
        model.setSteps(alertedHandshake());
        const QModelIndex failing = model.failingIndex();
        QVERIFY(failing.isValid());
        QCOMPARE(failing.data(TimelineModel::KindRole).toInt(), int(Kind::TlsAlert));
        QCOMPARE(failing.data().toString(), QStringLiteral("← Alert: unrecognized_name"));
        QVERIFY(failing.data(Qt::BackgroundRole).isValid());
        QVERIFY(failing.data(Qt::FontRole).value<QFont>().bold());

        model.setSteps(certificateFailure());
        QCOMPARE(model.failingIndex().data(TimelineModel::KindRole).toInt(), int(Kind::CertificateCheck));
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
    }

    void noFailingStepWhenAllIsWell()
    {
        TimelineModel model;
        model.setSteps({step(Kind::Resolve, 0, 1), step(Kind::Connect, 1, 1)});
        QVERIFY(!model.failingIndex().isValid());
    }

    // Live: steps arrive one by one; the handshake row shows as running until its summary.
    void buildsLiveLikeAtTheEnd()
    {
        TimelineModel live;
        QAbstractItemModelTester tester(&live, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<TimelineStep> steps = certificateFailure();
        for (const TimelineStep &s : steps) {
            live.addStep(s);
            if (s.name == QLatin1String("ClientHello")) {
                QCOMPARE(live.index(2, 0).data(TimelineModel::KindRole).toInt(), -1);
                QCOMPARE(live.index(2, TimelineModel::StatusColumn).data().toString(), QStringLiteral("In progress"));
                QCOMPARE(live.step(live.index(2, 0)), nullptr);
            }
        }
        TimelineModel whole;
        whole.setSteps(steps);
        QCOMPARE(topLevelKinds(live), topLevelKinds(whole));
        for (int row = 0; row < whole.rowCount(); ++row) {
            for (int column = 0; column < TimelineModel::ColumnCount; ++column)
                QCOMPARE(live.index(row, column).data(), whole.index(row, column).data());
            QCOMPARE(live.rowCount(live.index(row, 0)), whole.rowCount(whole.index(row, 0)));
        }
    }

    void formatsTimes()
    {
        TimelineModel model;
        model.setSteps({step(Kind::Connect, 2.5, 1234.0, Status::Failed)});
        QCOMPARE(model.index(0, TimelineModel::StartColumn).data().toString(), QStringLiteral("+2.5 ms"));
        QCOMPARE(model.index(0, TimelineModel::DurationColumn).data().toString(), QStringLiteral("1.23 s"));
        QCOMPARE(model.index(0, TimelineModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
