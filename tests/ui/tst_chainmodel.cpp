// Certificate statuses derived from findings and certificate fields, and the chain tree
// model built on them (with Qt's model tester). No network: results are made by hand.

#include "CauseCatalogue.h"
#include "CertificateStatus.h"
#include "ChainModel.h"
#include "ExtraChecksPanel.h"
#include "ResultAnalysis.h"
#include "TimelineModel.h"
#include "Translations.h"
#include "../engine/SyntheticResult.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <functional>

using hd::CertificateInfo;
using hd::CertificateProblem;
using hd::CertificateProblems;
using hd::CertificateStatus;
using hd::ChainModel;
using hd::DiagnosisResult;
using hd::DisplayedCertificate;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

CertificateInfo cert(const QString &name, const QString &issuer, bool selfSigned = false,
                     CertificateInfo::Origin origin = CertificateInfo::Origin::Presented)
{
    CertificateInfo c;
    c.commonName = name;
    c.subject = QStringLiteral("CN=%1").arg(name);
    c.issuerCommonName = issuer;
    c.issuer = QStringLiteral("CN=%1").arg(issuer);
    c.isSelfSigned = selfSigned;
    c.isCa = selfSigned || name.contains(QLatin1String("CA"));
    c.origin = origin;
    c.notBefore = kNow.addDays(-30);
    c.notAfter = kNow.addDays(60);
    c.sha256Fingerprint = QStringLiteral("FP:%1").arg(name);
    c.der = name.toUtf8();
    return c;
}

QVariantMap listed(const CertificateInfo &c, const QString &position)
{
    return {{QStringLiteral("name"), c.displayName()},
            {QStringLiteral("position"), position},
            {QStringLiteral("fingerprint"), c.sha256Fingerprint}};
}

// Leaf -> intermediate -> root from the trust store, as core builds it.
DiagnosisResult trustedChain()
{
    DiagnosisResult r;
    r.startedAt = kNow;
    const CertificateInfo leaf = cert(QStringLiteral("localhost"), QStringLiteral("Test Intermediate CA"));
    const CertificateInfo intermediate = cert(QStringLiteral("Test Intermediate CA"), QStringLiteral("Test Root CA"));
    const CertificateInfo root = cert(QStringLiteral("Test Root CA"), QStringLiteral("Test Root CA"), true,
                                      CertificateInfo::Origin::TrustStore);
    r.presentedChain = {leaf, intermediate};
    r.builtChain = {leaf, intermediate, root};
    r.chainTrusted = true;
    return r;
}

QList<CertificateProblems> problems(const QList<DisplayedCertificate> &chain)
{
    QList<CertificateProblems> out;
    for (const DisplayedCertificate &entry : chain)
        out << entry.problems;
    return out;
}

} // namespace

class TestChainModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { hd::Translations::install(QStringLiteral("en")); }

    void healthyChainIsRootFirstAndValid()
    {
        const QList<DisplayedCertificate> chain = CertificateStatus::displayedChain(trustedChain());
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain[0].name(), QStringLiteral("Test Root CA"));
        QCOMPARE(chain[2].name(), QStringLiteral("localhost"));
        QCOMPARE(problems(chain), (QList<CertificateProblems>{{}, {}, {}}));
        QVERIFY(chain[0].trustAnchor);
        QCOMPARE(CertificateStatus::label(chain[0]), QStringLiteral("Valid, trusted root"));
        QCOMPARE(CertificateStatus::label(chain[2]), QStringLiteral("Valid"));
    }

    void findingsMarkTheCertificatesTheyName()
    {
        DiagnosisResult r = trustedChain();
        CertificateInfo &leaf = r.builtChain[0];
        leaf.notAfter = kNow.addDays(-3);
        r.presentedChain[0] = leaf;
        const CertificateInfo &intermediate = r.builtChain[1];
        r.findings << hd::CauseCatalogue::make(HD_CAUSE("cert-expired"), {{QStringLiteral("certificates"), QVariantList{listed(leaf, QStringLiteral("leaf"))}}})
                   << hd::CauseCatalogue::make(HD_CAUSE("hostname-mismatch"), {{QStringLiteral("host"), QStringLiteral("other.test")}})
                   << hd::CauseCatalogue::make(HD_CAUSE("weak-signature"), {{QStringLiteral("certificates"), QVariantList{listed(intermediate, QStringLiteral("intermediate"))}}})
                   << hd::CauseCatalogue::make(HD_CAUSE("weak-key"), {{QStringLiteral("certificates"), QVariantList{listed(leaf, QStringLiteral("leaf"))}}});
        hd::ResultAnalysis::linkFindings(&r);
        const QList<DisplayedCertificate> chain = CertificateStatus::displayedChain(r);
        QCOMPARE(problems(chain), (QList<CertificateProblems>{
                                      {},
                                      CertificateProblem::WeakSignature,
                                      CertificateProblem::Expired | CertificateProblem::NameMismatch | CertificateProblem::WeakKey}));
        QCOMPARE(CertificateStatus::label(chain[2]), QStringLiteral("Expired, Wrong name, Weak key"));
        QCOMPARE(CertificateStatus::validityRemark(chain[2].cert, kNow), QStringLiteral("expired 3 days ago"));
        QCOMPARE(CertificateStatus::validityRemark(chain[1].cert, kNow), QStringLiteral("expires in 60 days"));
    }

    void fetchedIntermediateAndSelfSigned()
    {
        DiagnosisResult r = trustedChain();
        r.presentedChain = {r.builtChain[0]};
        r.builtChain[1].origin = CertificateInfo::Origin::FetchedFromAia;
        QCOMPARE(problems(CertificateStatus::displayedChain(r))[1], CertificateProblems(CertificateProblem::FetchedFromAia));

        DiagnosisResult self;
        self.startedAt = kNow;
        const CertificateInfo leaf = cert(QStringLiteral("localhost"), QStringLiteral("localhost"), true);
        self.presentedChain = self.builtChain = {leaf};
        self.findings << hd::CauseCatalogue::make(HD_CAUSE("self-signed"), {{QStringLiteral("name"), leaf.displayName()},
                                                                  {QStringLiteral("fingerprint"), leaf.sha256Fingerprint}});
        hd::ResultAnalysis::linkFindings(&self);
        const QList<DisplayedCertificate> chain = CertificateStatus::displayedChain(self);
        QCOMPARE(chain.size(), 1);
        QCOMPARE(chain[0].problems, CertificateProblem::SelfSigned | CertificateProblem::Untrusted);
        QVERIFY(chain[0].isProblem());
    }

    // The issuer was neither sent nor found: a placeholder heads the chain.
    void missingIssuerGetsAPlaceholder()
    {
        DiagnosisResult r = trustedChain();
        r.builtChain = r.presentedChain = {r.builtChain[0]};
        r.chainTrusted = false;
        const QList<DisplayedCertificate> chain = CertificateStatus::displayedChain(r);
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain[0].kind, DisplayedCertificate::Kind::MissingIssuer);
        QCOMPARE(chain[0].name(), QStringLiteral("Test Intermediate CA"));
        QCOMPARE(chain[0].problems, CertificateProblems(CertificateProblem::Missing));
    }

    void extraCertificatesAreNotPartOfTheChain()
    {
        DiagnosisResult r = trustedChain();
        r.presentedChain << cert(QStringLiteral("Stray CA"), QStringLiteral("Elsewhere"));
        const QList<DisplayedCertificate> chain = CertificateStatus::displayedChain(r);
        QCOMPARE(chain.size(), 4);
        QCOMPARE(chain[3].name(), QStringLiteral("Stray CA"));
        QVERIFY(chain[3].problems.testFlag(CertificateProblem::Unused));
        QVERIFY(!chain[3].isProblem());
    }

    void everyCauseMarksItsStepsAndCertificates_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : hd::kCauseIds)
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    // The window's models show core's statuses: the tied steps and certificates carry the
    // finding's severity, the others none.
    void everyCauseMarksItsStepsAndCertificates()
    {
        QFETCH(QString, id);
        DiagnosisResult r = synthetic::resultWith(id);
        hd::ResultAnalysis::complete(&r);
        const hd::Finding &finding = r.findings.first();

        ChainModel chain;
        chain.setResult(r);
        int tiedRows = 0;
        std::function<void(const QModelIndex &)> walkChain = [&](const QModelIndex &parent) {
            for (int row = 0; row < chain.rowCount(parent); ++row) {
                const QModelIndex index = chain.index(row, 0, parent);
                const DisplayedCertificate *entry = chain.entry(index);
                const bool tied = finding.certificates.contains(entry->cert.sha256Fingerprint);
                tiedRows += tied ? 1 : 0;
                QCOMPARE(entry->severity.has_value(), tied);
                if (tied && finding.severity != hd::Severity::Info) {
                    QCOMPARE(*entry->severity, finding.severity);
                    QCOMPARE(entry->tone(), finding.severity == hd::Severity::Error ? hd::Tone::Bad : hd::Tone::Warning);
                    QVERIFY(index.siblingAtColumn(ChainModel::StatusColumn).data().toString() != QStringLiteral("Valid"));
                }
                walkChain(index);
            }
        };
        walkChain({});
        QCOMPARE(tiedRows, finding.certificates.size());

        hd::TimelineModel timeline;
        timeline.setSteps(r.timeline);
        const int status = int(hd::ResultAnalysis::stepStatusFor(finding.severity));
        int tiedSteps = 0;
        std::function<void(const QModelIndex &)> walkSteps = [&](const QModelIndex &parent) {
            for (int row = 0; row < timeline.rowCount(parent); ++row) {
                const QModelIndex index = timeline.index(row, 0, parent);
                if (const hd::TimelineStep *step = timeline.step(index)) {
                    const bool tied = std::any_of(finding.steps.cbegin(), finding.steps.cend(), [&](int i) {
                        return r.timeline[i].kind == step->kind && r.timeline[i].name == step->name;
                    });
                    tiedSteps += tied ? 1 : 0;
                    QCOMPARE(index.data(hd::TimelineModel::StatusRole).toInt(),
                             tied ? status : int(hd::TimelineStep::Status::Ok));
                }
                walkSteps(index);
            }
        };
        walkSteps({});
        // The versions, suites and key exchange are summarized in their own panel, which
        // marks a problem tied to them instead of a timeline row.
        const auto inPanel = int(std::count_if(finding.steps.cbegin(), finding.steps.cend(),
                                               [&](int i) { return hd::isExtraCheckStep(r.timeline[i]); }));
        QCOMPARE(tiedSteps, finding.steps.size() - inPanel);
        hd::ExtraChecksPanel panel;
        panel.setResult(r);
        QCOMPARE(panel.hasProblem(), inPanel > 0 && finding.severity != hd::Severity::Info);
    }

    void modelNestsRootToLeaf()
    {
        ChainModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DiagnosisResult r = trustedChain();
        r.presentedChain << cert(QStringLiteral("Stray CA"), QStringLiteral("Elsewhere"));
        r.findings << hd::CauseCatalogue::make(HD_CAUSE("hostname-mismatch"), {{QStringLiteral("host"), QStringLiteral("other.test")}});
        hd::ResultAnalysis::linkFindings(&r);
        model.setResult(r);
        QCOMPARE(model.rowCount(), 2); // the chain's root, and the stray certificate
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("Test Root CA"));
        QCOMPARE(model.rowCount(root), 1);
        const QModelIndex intermediate = model.index(0, 0, root);
        const QModelIndex leaf = model.index(0, 0, intermediate);
        QCOMPARE(leaf.data().toString(), QStringLiteral("localhost"));
        QCOMPARE(model.rowCount(leaf), 0);
        QCOMPARE(model.parent(leaf), intermediate);
        QCOMPARE(model.index(0, ChainModel::StatusColumn, intermediate).data().toString(), QStringLiteral("Wrong name"));
        QCOMPARE(model.index(0, ChainModel::SourceColumn).data().toString(), QStringLiteral("This computer's trust store"));
        QCOMPARE(leaf.data(ChainModel::FingerprintRole).toString(), QStringLiteral("FP:localhost"));
        QCOMPARE(model.firstProblemIndex(), leaf);
        QCOMPARE(model.leafIndex(), leaf);
        QVERIFY(leaf.data(Qt::BackgroundRole).isValid());
        QVERIFY(!root.data(Qt::BackgroundRole).isValid());

        model.retranslate();
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestChainModel)
#include "tst_chainmodel.moc"
