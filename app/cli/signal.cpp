#include "cli/signal.h"

#include "cli/command.h"
#include "history/store.h"
#include "monitor/sessioncontrol.h"
#include "pg/connection.h"
#include "pg/secrets.h"
#include "pg/sqlfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Asks on the terminal; anything but y/yes is "no".
bool confirm(const QString &question) {
    const QByteArray q = (question + QStringLiteral(" [y/N] ")).toUtf8();
    fwrite(q.constData(), 1, size_t(q.size()), stdout);
    fflush(stdout);
    char line[64] = {};
    if (!fgets(line, sizeof line, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QCoro::Task<int> runSignal(QStringList args, monitor::SessionAction action) {
    const bool cancel = action == monitor::SessionAction::Cancel;
    const QString name = cancel ? QStringLiteral("cancel") : QStringLiteral("terminate");
    QCommandLineParser p;
    p.setApplicationDescription(monitor::SessionControl::actionExplanation(action) + QLatin1Char('\n') +
                                Tr::tr("Every attempt is written to pgdba's audit log."));
    addDsnOption(p);
    p.addPositionalArgument(QStringLiteral("pid"), Tr::tr("Backend process id(s) to signal."),
                            QStringLiteral("PID..."));
    p.addOption({QStringLiteral("yes"), Tr::tr("Do not ask for confirmation.")});
    if (cancel)
        p.addOption(
            {QStringLiteral("terminate-after"),
             Tr::tr("Terminate the sessions still running the same statement after N seconds (asks for "
                    "confirmation like terminate)."),
             QStringLiteral("N")});
    int code = 0;
    if (!parseArgs(p, name, args, &code))
        co_return code;
    QList<int> pids;
    for (const QString &a : p.positionalArguments()) {
        bool ok = false;
        const int pid = a.toInt(&ok);
        if (!ok || pid <= 0) {
            err(Tr::tr("pgdba %1: '%2' is not a process id").arg(name, a));
            co_return 64;
        }
        if (!pids.contains(pid))
            pids << pid;
    }
    if (pids.isEmpty()) {
        err(Tr::tr("pgdba %1: give at least one PID (see pgdba activity)").arg(name));
        co_return 64;
    }
    int escalateS = 0;
    if (cancel && p.isSet(QStringLiteral("terminate-after"))) {
        bool ok = false;
        escalateS = p.value(QStringLiteral("terminate-after")).toInt(&ok);
        if (!ok || escalateS <= 0) {
            err(Tr::tr("pgdba cancel: --terminate-after wants a number of seconds"));
            co_return 64;
        }
    }

    const pg::ConnInfo info = connInfo(p);
    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba actions");
    o.statementTimeoutMs = 10000;
    c.setOptions(o);
    if (auto e = co_await c.open(info)) {
        err(QStringLiteral("pgdba: ") + e->message);
        co_return 2;
    }
    // What the confirmation shows: each session as the server sees it right now.
    QList<monitor::SessionTarget> targets;
    for (int pid : std::as_const(pids)) {
        monitor::SessionTarget t;
        t.pid = pid;
        QVariantList params;
        params << pid;
        const pg::Result r = co_await c.query(pg::sqlFile(QStringLiteral("monitor/session_target")), params);
        if (r.ok() && r.rows() == 1) {
            t.user = r.text(0, "user_name");
            t.application = r.text(0, "application_name");
            t.state = r.text(0, "state");
            t.database = r.text(0, "database");
            t.queryHead = r.text(0, "query_head");
            t.durationMs = r.int64(0, "duration_ms");
            t.backendStart = r.timestamp(0, "backend_start");
        } else if (r.ok()) {
            t.state = Tr::tr("(no such session)");
        }
        targets << t;
    }
    const bool asks = !cancel || escalateS > 0;
    out(monitor::SessionControl::confirmationText(targets, action, escalateS));
    if (asks && !p.isSet(QStringLiteral("yes"))) {
        if (!isatty(STDIN_FILENO)) {
            err(Tr::tr("pgdba %1: not asking without a terminal; pass --yes to confirm. Nothing was done.")
                    .arg(name));
            co_return 1;
        }
        if (!confirm(cancel ? Tr::tr("Cancel, then terminate?")
                            : Tr::tr("Terminate %n session(s)?", nullptr, int(targets.size())))) {
            out(Tr::tr("Nothing was done."));
            co_return 1;
        }
    }

    history::Store store;
    if (!store.open())
        err(Tr::tr("pgdba: warning: the audit log is not available: %1").arg(store.lastError()));
    monitor::SessionControl control(&c, pg::serverKey(info), store.isOpen() ? &store : nullptr);
    control.setProtectedPids({c.facts().backendPid});
    QList<monitor::SessionOutcome> outcomes;
    if (escalateS > 0)
        outcomes = co_await control.cancelThenTerminate(targets, escalateS);
    else
        outcomes = co_await control.apply(targets, action);
    bool allDone = true;
    for (const auto &oc : outcomes) {
        out(Tr::tr("pid %1: %2 %3 — %4")
                .arg(oc.pid)
                .arg(monitor::SessionControl::actionName(oc.action), oc.statusText(), oc.message));
        // A cancel that is followed by a successful terminate still ends well.
        if (oc.status != monitor::SessionOutcome::Status::Done &&
            !(escalateS > 0 && oc.action == monitor::SessionAction::Cancel))
            allDone = false;
    }
    co_return allDone ? 0 : 1;
}
} // namespace

QCoro::Task<int> runCancel(QStringList args) {
    co_return co_await runSignal(std::move(args), monitor::SessionAction::Cancel);
}

QCoro::Task<int> runTerminate(QStringList args) {
    co_return co_await runSignal(std::move(args), monitor::SessionAction::Terminate);
}

} // namespace cli
