#include "cli/bench.h"

#include "bench/comparisonmodel.h"
#include "bench/format.h"
#include "bench/resultsmodel.h"
#include "bench/runarchive.h"
#include "bench/runner.h"
#include "cli/command.h"
#include "core/profile.h"
#include "core/serversession.h"
#include "demo/stopsignal.h"
#include "history/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace cli {

namespace {
// "30s", "2m", "90" → seconds; -1 when unreadable.
int parseDuration(const QString &text) {
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*(s|sec|m|min)?\\s*$"));
    const auto m = re.match(text.toLower());
    if (!m.hasMatch())
        return -1;
    const int n = m.captured(1).toInt();
    return m.captured(2).startsWith(QLatin1Char('m')) ? n * 60 : n;
}

// A model as aligned text columns (the same table the Benchmark page shows).
QStringList textTable(const QAbstractItemModel &m) {
    QList<int> widths(m.columnCount(), 0);
    auto cell = [&](int r, int c) {
        return r < 0 ? m.headerData(c, Qt::Horizontal).toString() : m.index(r, c).data().toString();
    };
    for (int r = -1; r < m.rowCount(); ++r)
        for (int c = 0; c < m.columnCount(); ++c)
            widths[c] = qMax(widths[c], int(cell(r, c).size()));
    QStringList lines;
    for (int r = -1; r < m.rowCount(); ++r) {
        QString line;
        for (int c = 0; c < m.columnCount(); ++c) {
            const QString t = cell(r, c);
            line += c == 0 ? t.leftJustified(widths[c]) : QStringLiteral("  ") + t.rightJustified(widths[c]);
        }
        lines << line.trimmed();
    }
    return lines;
}

void printRun(const bench::RunResult &r) {
    const QLocale loc;
    bench::ResultsModel model;
    model.setRun(r);
    for (const QString &l : textTable(model))
        out(l);
    out(QCoreApplication::translate(
            "cli", "Pool: %1-%2 connections, %3 opened, peak %4 in use; wait p50 %5, p95 %6, p99 %7, max %8")
            .arg(r.config.poolMin)
            .arg(r.config.poolMax)
            .arg(r.poolOpened)
            .arg(r.poolPeakInUse)
            .arg(bench::formatMs(r.poolWait.p50), bench::formatMs(r.poolWait.p95),
                 bench::formatMs(r.poolWait.p99), bench::formatMs(r.poolWait.max)));
    if (r.claims.attempts > 0)
        out(QCoreApplication::translate("cli", "Claims: %1 claimed, %2 not available (%3 skipped as locked "
                                               "by another courier, %4 already taken), "
                                               "%5 deadlocks")
                .arg(loc.toString(r.claims.claimed), loc.toString(r.claims.notAvailable),
                     loc.toString(r.claims.skippedLocked), loc.toString(r.claims.alreadyTaken),
                     loc.toString(r.claims.deadlocks)));
    if (r.check.performed) {
        out(QCoreApplication::translate("cli", "Check: %1").arg(r.check.summary()));
        for (const QString &e : r.check.examples)
            out(QStringLiteral("  ") + e);
    }
    if (!r.note.isEmpty())
        out(r.note);
    for (const QString &e : r.errors)
        out(QCoreApplication::translate("cli", "Error: %1").arg(e));
}

std::optional<bench::RunResult> pickRun(const QList<bench::RunResult> &runs, const QString &key) {
    bool isNumber = false;
    const int n = key.toInt(&isNumber);
    if (isNumber && n >= 1 && n <= runs.size())
        return runs[n - 1];
    if (key == QLatin1String("last") && !runs.isEmpty())
        return runs.constLast();
    if (key == QLatin1String("prev") && runs.size() >= 2)
        return runs[runs.size() - 2];
    for (const auto &r : runs)
        if (r.id == key)
            return r;
    return std::nullopt;
}
} // namespace

QCoro::Task<int> runBench(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli", "Run the ticket's workload against the demo database: N couriers on a "
               "connection pool, latency percentiles per request, and a check that no "
               "order was claimed twice."));
    addDsnOption(p);
    QStringList names;
    for (bench::Scenario s : bench::allScenarios())
        names << bench::scenarioName(s);
    p.addOption({QStringLiteral("scenario"),
                 QCoreApplication::translate("cli", "One of: %1 (default mixed).")
                     .arg(names.join(QStringLiteral(", "))),
                 QStringLiteral("S"), QStringLiteral("mixed")});
    p.addOption({QStringLiteral("couriers"),
                 QCoreApplication::translate("cli", "Concurrent couriers (default 32)."), QStringLiteral("N"),
                 QStringLiteral("32")});
    p.addOption({QStringLiteral("duration"),
                 QCoreApplication::translate("cli", "How long, e.g. 30s or 2m (default 30s)."),
                 QStringLiteral("T"), QStringLiteral("30s")});
    p.addOption({QStringLiteral("pool-min"), QCoreApplication::translate("cli", "Pool minimum (default 10)."),
                 QStringLiteral("N"), QStringLiteral("10")});
    p.addOption({QStringLiteral("pool-max"), QCoreApplication::translate("cli", "Pool maximum (default 20)."),
                 QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("label"),
                 QCoreApplication::translate("cli", "A label for the run, e.g. \"before 002\"."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the result as JSON.")});
    p.addOption({QStringLiteral("no-save"),
                 QCoreApplication::translate("cli", "Do not save the run to the history store.")});
    p.addOption({QStringLiteral("history"),
                 QCoreApplication::translate("cli", "History store file (default: pgdba's own)."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("list"), QCoreApplication::translate("cli", "List the saved runs of this server.")});
    p.addOption(
        {QStringLiteral("compare"),
         QCoreApplication::translate("cli", "Compare two saved runs: A,B (numbers from --list, run ids, "
                                            "or prev,last)."),
         QStringLiteral("A,B")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("bench"), args, &code))
        co_return code;

    QString password;
    const core::Profile profile = core::Profile::fromDsn(p.value(QStringLiteral("dsn")), &password);
    const core::ServerSession session(profile, password); // for the history key only; never opened
    const QString server = session.historyKey();
    history::Store store;
    const bool needStore = !p.isSet(QStringLiteral("no-save")) || p.isSet(QStringLiteral("list")) ||
                           p.isSet(QStringLiteral("compare"));
    if (needStore && !store.open(p.value(QStringLiteral("history")))) {
        err(QCoreApplication::translate("cli", "pgdba bench: history store: %1").arg(store.lastError()));
        if (p.isSet(QStringLiteral("list")) || p.isSet(QStringLiteral("compare")))
            co_return 2;
    }
    if (p.isSet(QStringLiteral("list")) || p.isSet(QStringLiteral("compare"))) {
        const QList<bench::RunResult> runs = bench::RunArchive::load(&store, server);
        if (p.isSet(QStringLiteral("list"))) {
            if (runs.isEmpty())
                out(QCoreApplication::translate("cli", "No saved runs for %1.").arg(server));
            for (int i = 0; i < runs.size(); ++i)
                out(QStringLiteral("%1  %2  %3").arg(i + 1, 3).arg(runs[i].id, runs[i].displayName()));
            co_return 0;
        }
        const QStringList pair = p.value(QStringLiteral("compare")).split(QLatin1Char(','));
        const auto a = pair.size() == 2 ? pickRun(runs, pair[0].trimmed()) : std::nullopt;
        const auto b = pair.size() == 2 ? pickRun(runs, pair[1].trimmed()) : std::nullopt;
        if (!a || !b) {
            err(QCoreApplication::translate("cli", "pgdba bench: --compare wants two saved runs of %1, e.g. "
                                                   "--compare prev,last (see --list).")
                    .arg(server));
            co_return 64;
        }
        out(QCoreApplication::translate("cli", "A: %1").arg(a->displayName()));
        out(QCoreApplication::translate("cli", "B: %1").arg(b->displayName()));
        bench::ComparisonModel model;
        model.setRuns(*a, *b);
        for (const QString &l : textTable(model))
            out(l);
        co_return 0;
    }

    bench::RunConfig config;
    const auto scenario = bench::parseScenario(p.value(QStringLiteral("scenario")));
    bool ok1 = false, ok2 = false, ok3 = false;
    config.couriers = p.value(QStringLiteral("couriers")).toInt(&ok1);
    config.poolMin = p.value(QStringLiteral("pool-min")).toInt(&ok2);
    config.poolMax = p.value(QStringLiteral("pool-max")).toInt(&ok3);
    config.durationS = parseDuration(p.value(QStringLiteral("duration")));
    config.label = p.value(QStringLiteral("label"));
    if (!scenario) {
        err(QCoreApplication::translate("cli", "pgdba bench: unknown scenario \"%1\"; one of: %2")
                .arg(p.value(QStringLiteral("scenario")), names.join(QStringLiteral(", "))));
        co_return 64;
    }
    config.scenario = *scenario;
    if (!ok1 || config.couriers < 1 || config.couriers > 1000 || config.durationS < 1 || !ok2 ||
        config.poolMin < 0 || !ok3 || config.poolMax < 1 || config.poolMax < config.poolMin) {
        err(QCoreApplication::translate(
            "cli", "pgdba bench: --couriers takes 1 to 1000, --duration a time like 30s or 2m, and the pool "
                   "needs 0 <= min <= max, max >= 1."));
        co_return 64;
    }
    const bool json = p.isSet(QStringLiteral("json"));
    bench::Runner runner(connInfo(p), config);
    demo::StopSignal stopSignal;
    QObject::connect(&stopSignal, &demo::StopSignal::received, &runner, [&runner] {
        err(QCoreApplication::translate("cli", "bench: stopping early…"));
        runner.stop();
    });
    QObject::connect(&runner, &bench::Runner::phase, &runner,
                     [](const QString &t) { err(QStringLiteral("bench: ") + t); });
    QObject::connect(&runner, &bench::Runner::progress, &runner, [](const bench::LivePoint &pt) {
        err(QCoreApplication::translate("cli",
                                        "bench: %1 s  %2  p95 %3  claimed %4  pool %5 in use, %6 waiting")
                .arg(pt.tS, 5, 'f', 1)
                .arg(bench::formatRate(pt.opsPerS), bench::formatMs(pt.p95Ms))
                .arg(pt.claimed)
                .arg(pt.poolInUse)
                .arg(pt.poolWaiting));
    });
    if (!json)
        out(QCoreApplication::translate("cli", "pgdba bench: scenario %1, %2 couriers, %3 s, pool %4-%5")
                .arg(bench::scenarioName(config.scenario))
                .arg(config.couriers)
                .arg(config.durationS)
                .arg(config.poolMin)
                .arg(config.poolMax));
    bench::RunResult result = co_await runner.run();
    result.server = server;
    if (!result.ok()) {
        err(QStringLiteral("pgdba bench: ") + result.error);
        co_return 2;
    }
    const bool saved = !p.isSet(QStringLiteral("no-save")) && store.isOpen() &&
                       bench::RunArchive::save(&store, server, result);
    if (json) {
        out(jsonText(QJsonDocument(result.toJson())));
    } else {
        out(QCoreApplication::translate("cli", "Run %1 on %2 (%3, PostgreSQL %4), %5 s")
                .arg(result.id, server, result.database, result.serverVersion)
                .arg(result.elapsedS, 0, 'f', 1));
        printRun(result);
        if (saved)
            out(QCoreApplication::translate(
                "cli", "Saved to the history store; compare with: pgdba bench --dsn … --compare prev,last"));
    }
    co_return result.check.performed && !result.check.ok ? 3 : 0;
}

} // namespace cli
