#include "cli/plans.h"

#include "cli/command.h"
#include "cli/history.h"
#include "core/serversession.h"
#include "history/store.h"
#include "pg/connection.h"
#include "plans/plancollector.h"
#include "plans/planstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_plans)
};

QString iso(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

QCoro::Task<int> runPlans(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Plan history of one statement: every plan shape seen (fingerprint, first and last seen, how "
        "often, the statement's mean time meanwhile). --capture captures its generic plan now, without "
        "running it."));
    addDsnOption(p);
    p.addOption({QStringLiteral("queryid"), Tr::tr("The statement's query id (pg_stat_statements)."),
                 QStringLiteral("Q")});
    p.addOption(
        {QStringLiteral("capture"), Tr::tr("Capture the statement's generic plan now and store it.")});
    p.addOption({QStringLiteral("allow-writes"),
                 Tr::tr("With --capture: also a statement that writes (it is only planned, never run).")});
    p.addOption({QStringLiteral("store"),
                 Tr::tr("History store: an SQLite file, or a PostgreSQL DSN (default: the GUI's store)."),
                 QStringLiteral("PATH|DSN")});
    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("plans"), args, &code))
        co_return code;
    bool ok = false;
    const qint64 queryid = p.value(QStringLiteral("queryid")).toLongLong(&ok);
    if (!p.isSet(QStringLiteral("dsn")) || !ok) {
        err(Tr::tr("pgdba plans: give --dsn and --queryid (a number from pgdba statements --json)."));
        co_return 64;
    }
    const pg::ConnInfo info = connInfo(p);
    const QString server = core::ServerSession::historyKeyFor(info);
    history::Store store;
    if (!openHistoryStore(store, p.value(QStringLiteral("store")))) {
        err(Tr::tr("pgdba plans: cannot open the history store: %1").arg(store.lastError()));
        co_return 4;
    }
    plans::PlanStore plans(store.database().connectionName());
    if (!plans.ensureSchema()) {
        err(Tr::tr("pgdba plans: %1").arg(plans.lastError()));
        co_return 4;
    }
    int result = 0;
    if (p.isSet(QStringLiteral("capture"))) {
        pg::Connection c;
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba plans");
        c.setOptions(o);
        if (auto e = co_await c.open(info)) {
            err(QStringLiteral("pgdba plans: ") + e->message);
            co_return 2;
        }
        plans::CaptureOptions co;
        co.allowWrites = p.isSet(QStringLiteral("allow-writes"));
        const plans::StatementCapture sc = co_await plans::captureStatement(&c, queryid, co);
        if (!sc.error.isEmpty()) {
            err(QStringLiteral("pgdba plans: ") + sc.error);
            co_return 1;
        }
        if (!sc.capture.ok()) {
            err(Tr::tr("pgdba plans: not captured: %1").arg(sc.capture.reason));
            result = 1;
        } else if (!plans.record(server, queryid, sc.query, sc.capture, QDateTime::currentMSecsSinceEpoch(),
                                 sc.meanMs, sc.calls)) {
            err(Tr::tr("pgdba plans: %1").arg(plans.lastError()));
            co_return 4;
        } else if (!p.isSet(QStringLiteral("json"))) {
            out(Tr::tr("Captured %1 (%2): %3")
                    .arg(sc.capture.fingerprint, sc.capture.method, sc.capture.shape));
        }
    }
    const QList<plans::PlanShape> shapes = plans.shapes(server, queryid);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const auto &s : shapes)
            a << QJsonObject{{QStringLiteral("fingerprint"), s.fingerprint},
                             {QStringLiteral("first_seen"), iso(s.firstSeenMs)},
                             {QStringLiteral("last_seen"), iso(s.lastSeenMs)},
                             {QStringLiteral("count"), s.seen},
                             {QStringLiteral("mean_ms"), s.meanMs ? QJsonValue(*s.meanMs) : QJsonValue()},
                             {QStringLiteral("source"), s.source},
                             {QStringLiteral("shape"), s.shape}};
        out(jsonText(QJsonDocument(a)));
    } else if (shapes.isEmpty()) {
        out(Tr::tr("No plans of query id %1 stored for %2 yet (pgdba plans --capture, or pgdba record).")
                .arg(queryid)
                .arg(server));
        result = 1;
    } else {
        for (const auto &s : shapes)
            out(Tr::tr("%1  first %2  last %3  seen %4  mean %5\n    %6")
                    .arg(s.fingerprint, iso(s.firstSeenMs), iso(s.lastSeenMs))
                    .arg(s.seen)
                    .arg(s.meanMs ? Tr::tr("%1 ms").arg(*s.meanMs, 0, 'f', 3) : QStringLiteral("—"),
                         s.shape));
    }
    store.close();
    co_return result;
}

} // namespace cli
