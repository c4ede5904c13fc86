// `pgdba report` against the real sandbox: a lock incident recorded into a history store shows up
// in the report of its period; the HTML is self-contained (no scripts, no external resources) and
// loads in a real browser (Debian's headless Chromium) with every section present; a screenshot
// is saved and looked at; the PDF comes out of Chromium; bad input gets a clear message.
#include "core/serversession.h"
#include "history/store.h"
#include "monitor/poller.h"
#include "pg/connection.h"
#include "report/chromium.h"
#include "report/report.h"
#include "sandbox.h"
#include "sessionhistory/sampler.h"
#include "sessionhistory/sessionstore.h"
#include "testutil.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sessionhistory;

namespace {
QString iso(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

struct Run {
    int code = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000) {
    QProcess p;
    p.start(program, args);
    testutil::waitUntil([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run pgdba(const QStringList &args) {
    return run(QStringLiteral(PGDBA_BINARY_DIR "/pgdba"), args);
}
} // namespace

class TestReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    history::Store m_store;
    std::unique_ptr<pg::Connection> m_conn;
    Sampler *m_sampler = nullptr;
    QString m_server;
    qint64 m_from = 0, m_to = 0;
    int m_rootPid = 0;
    QString m_html; // the report of the incident's period

private Q_SLOTS:
    void initTestCase() {
        testutil::isolateSettings();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
        m_conn = testutil::connect(sandbox::dsn(), QStringLiteral("pgdba sessions sampler"));
        QVERIFY(m_conn->isReady());
        m_server = core::ServerSession::historyKeyFor(pg::ConnInfo(sandbox::dsn()));
        m_sampler = new Sampler(this);
        m_sampler->setIntervalMs(500);
        m_sampler->setHistory(&m_store);
        m_sampler->setServer(m_conn.get(), m_server);
        m_sampler->poller()->setActive(true);
        QVERIFY(!report::Chromium::path().isEmpty()); // scripts/setup installs chromium
    }

    void cleanupTestCase() {
        if (m_sampler) {
            m_sampler->poller()->setActive(false);
            testutil::waitUntil([&] { return !m_sampler->poller()->inFlight(); });
            delete m_sampler;
        }
        m_conn.reset();
        m_store.close();
    }

    // A row-lock wait behind an idle-in-transaction root, recorded, then reported.
    void reportShowsTheRecordedIncident() {
        const QString dsn = sandbox::createDatabase(QStringLiteral("report_lock"));
        auto root = testutil::connect(dsn, QStringLiteral("report-root"));
        auto waiter = testutil::connect(dsn, QStringLiteral("report-waiter"));
        testutil::exec(*root, QStringLiteral("CREATE TABLE parcels (id int PRIMARY KEY, v int)"));
        testutil::exec(*root, QStringLiteral("INSERT INTO parcels VALUES (7, 0)"));
        m_rootPid = int(testutil::exec(*root, QStringLiteral("SELECT pg_backend_pid() AS p")).int64(0, "p"));
        m_from = QDateTime::currentMSecsSinceEpoch();
        testutil::exec(*root, QStringLiteral("BEGIN"));
        testutil::exec(*root, QStringLiteral("UPDATE parcels SET v = v + 1 WHERE id = 7"));
        QList<Incident> seen;
        auto c = connect(m_sampler, &Sampler::incidentChanged, this, [&](const Incident &i) {
            if (i.rootPid == m_rootPid)
                seen << i;
        });
        auto blocked = waiter->query(QStringLiteral("UPDATE parcels SET v = v + 10 WHERE id = 7"));
        QVERIFY(testutil::waitUntil(
            [&] {
                return !seen.isEmpty() && seen.last().open && seen.last().endMs - seen.last().startMs >= 2000;
            },
            30000));
        testutil::exec(*root, QStringLiteral("COMMIT"));
        QVERIFY(QCoro::waitFor(blocked).ok());
        QVERIFY(testutil::waitUntil([&] { return !seen.last().open; }, 10000));
        disconnect(c);
        m_to = QDateTime::currentMSecsSinceEpoch() + 1000;

        const QString file = m_dir.filePath(QStringLiteral("report.html"));
        const Run r =
            pgdba({QStringLiteral("report"), QStringLiteral("--dsn"), sandbox::dsn(),
                   QStringLiteral("--store"), m_store.fileName(), QStringLiteral("--from"), iso(m_from),
                   QStringLiteral("--to"), iso(m_to), QStringLiteral("--output"), file});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("written to"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_html = QString::fromUtf8(f.readAll());
        QVERIFY(m_html.startsWith(QLatin1String("<!DOCTYPE html>")));
        for (const QString &id : report::sectionIds())
            QVERIFY2(m_html.contains(QStringLiteral("<section id=\"%1\">").arg(id)), qPrintable(id));
        // The incident, in its section: root pid, its state, its last query, one session blocked.
        const qsizetype at = m_html.indexOf(QLatin1String("<section id=\"incidents\">"));
        const QString incidents = m_html.mid(at, m_html.indexOf(QLatin1String("</section>"), at) - at);
        QVERIFY2(incidents.contains(QStringLiteral("pid %1, idle in transaction").arg(m_rootPid)),
                 qPrintable(incidents.left(2000)));
        QVERIFY(incidents.contains(QLatin1String("UPDATE parcels SET v = v + $1 WHERE id = $2")));
        QVERIFY(incidents.contains(QLatin1String("ShareLock")));
        // The wait-event profile has its chart, with the Lock band.
        const qsizetype w = m_html.indexOf(QLatin1String("<section id=\"waits\">"));
        const QString waits = m_html.mid(w, m_html.indexOf(QLatin1String("</section>"), w) - w);
        QVERIFY(waits.contains(QLatin1String("<svg")));
        QVERIFY(waits.contains(QLatin1String("<title>Lock</title>")));
        QVERIFY(waits.contains(QLatin1String("Lock:transactionid")));
    }

    // Self-contained: nothing is fetched when it opens, no script runs.
    void htmlIsSelfContained() {
        QVERIFY(!m_html.isEmpty());
        QVERIFY(!m_html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!m_html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
        QVERIFY(!m_html.contains(QLatin1String("@import"), Qt::CaseInsensitive));
        QVERIFY(!m_html.contains(QLatin1String("url("), Qt::CaseInsensitive));
        static const QRegularExpression ref(QStringLiteral("(?:src|href)\\s*=\\s*\"([^\"]*)\""),
                                            QRegularExpression::CaseInsensitiveOption);
        for (auto it = ref.globalMatch(m_html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1Char('#')), qPrintable(target)); // in-page links only
        }
    }

    // A real browser loads it: the DOM after load has every section, nothing failed to load, and
    // the screenshot shows a page (not a blank or an error page).
    void chromiumLoadsIt() {
        QVERIFY(!m_html.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("report.html"));
        QTemporaryDir profile;
        const QString url = QUrl::fromLocalFile(file).toString();
        QStringList args = report::Chromium::baseArguments(profile.path());
        // Any fetch would fail loudly: no host resolves.
        args << QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND")
             << QStringLiteral("--enable-logging=stderr") << QStringLiteral("--v=0");
        const Run dom =
            run(report::Chromium::path(), QStringList(args) << QStringLiteral("--dump-dom") << url);
        QVERIFY2(dom.code == 0, dom.err.right(2000).constData());
        const QString loaded = QString::fromUtf8(dom.out);
        for (const QString &id : report::sectionIds())
            QVERIFY2(loaded.contains(QStringLiteral("<section id=\"%1\">").arg(id)), qPrintable(id));
        QVERIFY(loaded.contains(QStringLiteral("pid %1").arg(m_rootPid)));
        for (const char *bad : {"Failed to load resource", "Uncaught", "net::ERR_"})
            QVERIFY2(!dom.err.contains(bad), dom.err.right(2000).constData());

        const QString png = QStringLiteral(PGDBA_BINARY_DIR "/screenshot-report.png");
        QFile::remove(png);
        const Run shot = run(report::Chromium::path(),
                             QStringList(args) << QStringLiteral("--screenshot=") + png
                                               << QStringLiteral("--window-size=1280,2600") << url);
        QVERIFY2(shot.code == 0, shot.err.right(2000).constData());
        QFile shotFile(png);
        QVERIFY(shotFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = shotFile.readAll();
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        const auto be32 = [&](int at) {
            return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
                   (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
        };
        QCOMPARE(be32(16), 1280u); // IHDR width
        QCOMPARE(be32(20), 2600u); // and height
        // A blank or error page compresses to a few KB; text, tables and a chart do not.
        QVERIFY2(bytes.size() > 60000, qPrintable(QString::number(bytes.size())));
    }

    void pdfFromChromium() {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const Run r =
            pgdba({QStringLiteral("report"), QStringLiteral("--dsn"), sandbox::dsn(),
                   QStringLiteral("--store"), m_store.fileName(), QStringLiteral("--from"), iso(m_from),
                   QStringLiteral("--to"), iso(m_to), QStringLiteral("--output"), pdf});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 10000);
    }

    void badInputIsAClearMessage() {
        const QString file = m_dir.filePath(QStringLiteral("never.html"));
        Run r = pgdba({QStringLiteral("report"), QStringLiteral("--dsn"), sandbox::dsn()});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("--output"));
        r = pgdba({QStringLiteral("report"), QStringLiteral("--dsn"),
                   QStringLiteral("host=127.0.0.1 port=1 dbname=x connect_timeout=2"),
                   QStringLiteral("--output"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("127.0.0.1"), r.err.constData());
        QVERIFY(!QFile::exists(file));
        r = pgdba({QStringLiteral("report"), QStringLiteral("--server"), QStringLiteral("no-such-server"),
                   QStringLiteral("--output"), file});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("no-such-server"));
        // A store without this server: the report is written, and says why it has no history.
        r = pgdba({QStringLiteral("report"), QStringLiteral("--dsn"), sandbox::dsn(),
                   QStringLiteral("--store"), m_dir.filePath(QStringLiteral("empty.sqlite")),
                   QStringLiteral("--output"), file});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("holds no session history"));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
