// The workload index advisor against the real sandbox: a known workload (bound parameters, so
// pg_stat_statements normalises it) gets the index that serves it, costed with HypoPG and
// weighted by calls; a constant that dominates (a literal text auto_explain logged) becomes a
// partial index; duplicates and prefixes are proposed for dropping; statements that write are
// only planned when asked; nothing is built; a database without HypoPG gets a one-line fix;
// `pgdba advise --json --write-migration` writes a migration that `pgdba migrate up` applies.
#include "advisor/advisor.h"
#include "pg/connection.h"
#include "sandbox.h"
#include "testutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kByOwner =
    QStringLiteral("SELECT id, created_at FROM adv_items WHERE owner = $1 ORDER BY created_at DESC LIMIT 10");
const QString kByKind =
    QStringLiteral("SELECT id, created_at FROM adv_items WHERE kind = $1 ORDER BY created_at DESC LIMIT 10");
const QString kWrite = QStringLiteral("UPDATE adv_items SET payload = payload WHERE owner = $1 AND id < 0");
} // namespace

class TestAdvisor : public QObject {
    Q_OBJECT
    QString m_dsn;
    std::unique_ptr<pg::Connection> m_admin;
    std::unique_ptr<pg::Connection> m_conn; // the advisor's own connection

    qint64 scalar(const QString &sql) { return testutil::exec(*m_admin, sql).int64(0, 0); }
    qint64 queryId(const QString &like) {
        return testutil::exec(
                   *m_admin,
                   QStringLiteral("SELECT queryid FROM pg_stat_statements WHERE query LIKE $1 AND dbid = "
                                  "(SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1"),
                   {like})
            .int64(0, 0);
    }
    advisor::Advice advise(advisor::Options o = {}) {
        return QCoro::waitFor(advisor::advise(m_conn.get(), o));
    }
    const advisor::Statement *statement(const advisor::Advice &a, qint64 queryid) {
        for (const auto &s : a.statements)
            if (s.queryid == queryid)
                return &s;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        m_dsn = sandbox::createDatabase(QStringLiteral("advisor"));
        m_admin = testutil::connect(m_dsn, QStringLiteral("advisor-admin"));
        testutil::exec(*m_admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        testutil::exec(*m_admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS hypopg"));
        testutil::exec(*m_admin,
                       QStringLiteral("CREATE TABLE adv_items (id bigserial PRIMARY KEY, kind text NOT NULL, "
                                      "owner int NOT NULL, created_at timestamptz NOT NULL, payload text)"));
        // 2 % 'new', 8 % 'assigned', 90 % 'done'; 500 owners.
        testutil::exec(
            *m_admin,
            QStringLiteral(
                "INSERT INTO adv_items (kind, owner, created_at, payload) "
                "SELECT CASE WHEN i % 50 = 0 THEN 'new' WHEN i % 50 < 5 THEN 'assigned' ELSE 'done' END, "
                "i % 500, now() - make_interval(secs => i), md5(i::text) "
                "FROM generate_series(1, 60000) i"));
        // A duplicate of the primary key, a prefix of a longer index.
        testutil::exec(*m_admin, QStringLiteral("CREATE INDEX adv_items_id_copy ON adv_items (id)"));
        testutil::exec(*m_admin, QStringLiteral("CREATE INDEX adv_items_kind ON adv_items (kind)"));
        testutil::exec(*m_admin,
                       QStringLiteral("CREATE INDEX adv_items_kind_payload ON adv_items (kind, payload)"));
        testutil::exec(*m_admin, QStringLiteral("VACUUM ANALYZE adv_items"));
        // The workload, with bound parameters like an application's.
        auto work = testutil::connect(m_dsn, QStringLiteral("advisor-workload"));
        for (int i = 0; i < 40; ++i)
            QVERIFY(testutil::exec(*work, kByOwner, {i * 7}).ok());
        for (int i = 0; i < 30; ++i)
            QVERIFY(testutil::exec(*work, kByKind, {QStringLiteral("new")}).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(testutil::exec(*work, kWrite, {i}).ok());
        m_conn = testutil::connect(m_dsn, QStringLiteral("pgdba advise"));
    }

    void cleanupTestCase() {
        m_conn.reset();
        m_admin.reset();
    }

    void proposesTheIndexThatServesTheWorkload() {
        const qint64 indexesBefore =
            scalar(QStringLiteral("SELECT count(*) FROM pg_index WHERE indrelid = 'adv_items'::regclass"));
        const qint64 owner =
            queryId(QStringLiteral("SELECT id, created_at FROM adv_items WHERE owner = $1%"));
        const qint64 kind = queryId(QStringLiteral("SELECT id, created_at FROM adv_items WHERE kind = $1%"));
        QVERIFY(owner != 0 && kind != 0);
        const advisor::Advice a = advise();
        QVERIFY2(a.ok(), qPrintable(a.error));
        QVERIFY(a.explains > 0);
        QVERIFY(a.candidates > 0);
        QVERIFY(!a.hypopg.isEmpty());
        const advisor::Statement *s = statement(a, owner);
        QVERIFY(s);
        QVERIFY2(s->skipped.isEmpty(), qPrintable(s->skipped));
        QCOMPARE(s->calls, 40);
        // The owner lookup gets an index led by owner, and its cost falls by more than half.
        const advisor::CreateProposal *forOwner = nullptr;
        for (const auto &p : a.create)
            for (const auto &e : p.statements)
                if (e.queryid == owner)
                    forOwner = &p;
        QVERIFY2(forOwner, qPrintable(QString::fromUtf8(QJsonDocument(advisor::toJson(a)).toJson())));
        QCOMPARE(forOwner->candidate.table, QStringLiteral("adv_items"));
        QCOMPARE(forOwner->candidate.keys.front(), QStringLiteral("owner"));
        QVERIFY(forOwner->definition.startsWith(QLatin1String("CREATE INDEX CONCURRENTLY IF NOT EXISTS ")));
        QVERIFY(forOwner->sizeBytes > 0);
        QVERIFY(forOwner->benefit > 0);
        QVERIFY(forOwner->writesPerS >= 0);
        for (const auto &e : forOwner->statements)
            if (e.queryid == owner) {
                QCOMPARE(e.calls, 40);
                QVERIFY2(e.costAfter < e.costBefore / 2,
                         qPrintable(QStringLiteral("%1 -> %2").arg(e.costBefore).arg(e.costAfter)));
            }
        QVERIFY(a.workloadAfter < a.workloadBefore);
        // Statements that write are planned only when asked.
        const qint64 write = queryId(QStringLiteral("UPDATE adv_items SET payload%"));
        QVERIFY(write != 0);
        QVERIFY(statement(a, write) && statement(a, write)->skipped.contains(QLatin1String("writes")));
        // Drops: the copy of the primary key and the prefix of (kind, payload); never the key.
        QHash<QString, QString> drops;
        for (const auto &d : a.drop)
            drops.insert(d.index, d.kind);
        QCOMPARE(drops.value(QStringLiteral("adv_items_id_copy")), QStringLiteral("duplicate"));
        QCOMPARE(drops.value(QStringLiteral("adv_items_kind")), QStringLiteral("prefix"));
        QVERIFY(!drops.contains(QStringLiteral("adv_items_pkey")));
        // Nothing was built, and no hypothetical index is left in the session.
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM pg_index WHERE indrelid = 'adv_items'::regclass")),
            indexesBefore);
        QCOMPARE(
            testutil::exec(*m_conn, QStringLiteral("SELECT count(*) FROM hypopg_list_indexes")).int64(0, 0),
            0);
    }

    void writesArePlannedWhenAskedAndNeverRun() {
        const qint64 write = queryId(QStringLiteral("UPDATE adv_items SET payload%"));
        advisor::Options o;
        o.allowWrites = true;
        const advisor::Advice a = advise(o);
        QVERIFY2(a.ok(), qPrintable(a.error));
        const advisor::Statement *s = statement(a, write);
        QVERIFY(s);
        QVERIFY2(s->skipped.isEmpty(), qPrintable(s->skipped));
        QVERIFY(s->costBefore > 0);
        QVERIFY(s->relations.contains(QStringLiteral("adv_items")));
    }

    void aDominantConstantBecomesAPartialIndex() {
        const qint64 kind = queryId(QStringLiteral("SELECT id, created_at FROM adv_items WHERE kind = $1%"));
        advisor::Options o;
        // What auto_explain logged for this statement: always 'new'.
        o.literalTexts[kind] << qMakePair(
            QStringLiteral(
                "SELECT id, created_at FROM adv_items WHERE kind = 'new' ORDER BY created_at DESC LIMIT 10"),
            9);
        const advisor::Advice a = advise(o);
        QVERIFY2(a.ok(), qPrintable(a.error));
        const advisor::Statement *s = statement(a, kind);
        QVERIFY(s && s->costed.contains(QLatin1String("'new'")));
        const advisor::CreateProposal *partial = nullptr;
        for (const auto &p : a.create)
            if (p.candidate.predicate.contains(QLatin1String("'new'")))
                partial = &p;
        QVERIFY2(partial, qPrintable(QString::fromUtf8(QJsonDocument(advisor::toJson(a)).toJson())));
        QCOMPARE(partial->candidate.keys, QStringList{QStringLiteral("created_at DESC")});
        QCOMPARE(partial->statements.size(), 1);
        QCOMPARE(partial->statements.front().queryid, kind);
    }

    void withoutHypoPGTheFixIsOneLine() {
        const QString dsn = sandbox::createDatabase(QStringLiteral("advisor_nohypo"));
        {
            auto admin = testutil::connect(dsn, QStringLiteral("advisor-admin"));
            testutil::exec(*admin, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
            testutil::exec(*admin, QStringLiteral("DROP EXTENSION IF EXISTS hypopg"));
        }
        auto c = testutil::connect(dsn, QStringLiteral("pgdba advise"));
        const advisor::Advice a = QCoro::waitFor(advisor::advise(c.get(), {}));
        QVERIFY(!a.ok());
        QVERIFY2(a.error.contains(QLatin1String("HypoPG is not installed in database advisor_nohypo")),
                 qPrintable(a.error));
        QCOMPARE(a.fix, QStringLiteral("CREATE EXTENSION hypopg;  (in database advisor_nohypo)"));
        // The CLI says the same, with exit code 3.
        QProcess p;
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("advise"), QStringLiteral("--dsn"), dsn});
        QVERIFY(testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(p.exitCode(), 3);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("Fix: CREATE EXTENSION hypopg;"), err.constData());
    }

    void cliWritesAMigrationThatMigrateApplies() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("migrations"));
        QProcess p;
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("advise"), QStringLiteral("--dsn"), m_dsn, QStringLiteral("--top"),
                 QStringLiteral("20"), QStringLiteral("--json"), QStringLiteral("--write-migration"),
                 folder});
        QVERIFY(testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray create = o.value(QStringLiteral("create")).toArray();
        QVERIFY(!create.isEmpty());
        for (const QJsonValue &v : create) {
            const QJsonObject c = v.toObject();
            for (const char *key : {"definition", "table", "est_size_bytes", "statements"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
            for (const QJsonValue &s : c.value(QStringLiteral("statements")).toArray())
                for (const char *key : {"queryid", "calls", "cost_before", "cost_after"})
                    QVERIFY2(s.toObject().contains(QLatin1String(key)), key);
        }
        const QJsonArray drop = o.value(QStringLiteral("drop")).toArray();
        QVERIFY(!drop.isEmpty());
        for (const QJsonValue &v : drop)
            QVERIFY(v.toObject().contains(QStringLiteral("index")) &&
                    v.toObject().contains(QStringLiteral("reason")));
        const QString up = o.value(QStringLiteral("migration")).toString();
        QVERIFY2(up.endsWith(QLatin1String("004_index_advice.up.sql")), qPrintable(up));
        QVERIFY(QFile::exists(QString(up).replace(QStringLiteral(".up.sql"), QStringLiteral(".down.sql"))));
        // Applied by the migration runner (concurrently, verified).
        p.start(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"),
                {QStringLiteral("migrate"), QStringLiteral("--dsn"), m_dsn, QStringLiteral("--dir"), folder,
                 QStringLiteral("up")});
        QVERIFY(testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, 120000));
        QVERIFY2(p.exitCode() == 0,
                 QByteArray(p.readAllStandardOutput() + p.readAllStandardError()).constData());
        const QString name = create.first().toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(
            scalar(QStringLiteral(
                       "SELECT count(*) FROM pg_index WHERE indexrelid = to_regclass('%1') AND indisvalid")
                       .arg(name)),
            1);
        // The owner lookup now uses an index the advisor proposed.
        const QString plan =
            testutil::exec(*m_admin, QStringLiteral("EXPLAIN (FORMAT JSON) ") +
                                         QString(kByOwner).replace(QStringLiteral("$1"), QStringLiteral("7")))
                .text(0, 0);
        bool usesAdvised = false;
        for (const QJsonValue &v : create)
            usesAdvised = usesAdvised || plan.contains(v.toObject().value(QStringLiteral("name")).toString());
        QVERIFY2(usesAdvised, qPrintable(plan));
    }
};

QTEST_MAIN(TestAdvisor)
#include "tst_advisor.moc"
