#include "cli/statements.h"

#include "cli/command.h"
#include "monitor/statementmodel.h"
#include "monitor/statementscollector.h"
#include "pg/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// The number a --sort key ranks by: totals since reset, or what happened in the window.
double rankValue(const monitor::StatementRow &r, const QString &sort, bool window) {
    if (window) {
        const auto &w = r.window;
        if (sort == QLatin1String("mean"))
            return w.calls > 0 ? w.execMs / double(w.calls) : 0.0;
        if (sort == QLatin1String("calls"))
            return double(w.calls);
        if (sort == QLatin1String("io"))
            return w.ioMs + 1e-9 * double(w.blocksRead() + w.tempBlocks);
        return w.execMs;
    }
    const auto &t = r.totals;
    if (sort == QLatin1String("mean"))
        return t.meanExecMs;
    if (sort == QLatin1String("calls"))
        return double(t.calls);
    if (sort == QLatin1String("io"))
        return t.ioMs() + 1e-9 * double(t.sharedRead + t.localRead + t.tempBlocks());
    return t.totalExecMs;
}

QJsonObject rowJson(const monitor::StatementRow &r, double windowSeconds, bool window) {
    const auto &t = r.totals;
    QJsonObject o{{QStringLiteral("queryid"), QString::number(t.key.queryid)},
                  {QStringLiteral("dbid"), qint64(t.key.dbid)},
                  {QStringLiteral("userid"), qint64(t.key.userid)},
                  {QStringLiteral("toplevel"), t.key.toplevel},
                  {QStringLiteral("hidden"), t.key.hidden},
                  {QStringLiteral("database"), t.database},
                  {QStringLiteral("user"), t.user},
                  {QStringLiteral("query"), t.key.hidden ? QJsonValue() : QJsonValue(r.text)},
                  {QStringLiteral("calls"), t.calls},
                  {QStringLiteral("total_exec_ms"), t.totalExecMs},
                  {QStringLiteral("mean_exec_ms"), t.meanExecMs},
                  {QStringLiteral("min_exec_ms"), t.minExecMs},
                  {QStringLiteral("max_exec_ms"), t.maxExecMs},
                  {QStringLiteral("stddev_exec_ms"), t.stddevExecMs},
                  {QStringLiteral("share"), r.shareOfTotal},
                  {QStringLiteral("rows"), t.rows},
                  {QStringLiteral("shared_blks_hit"), t.sharedHit},
                  {QStringLiteral("shared_blks_read"), t.sharedRead},
                  {QStringLiteral("shared_blks_dirtied"), t.sharedDirtied},
                  {QStringLiteral("shared_blks_written"), t.sharedWritten},
                  {QStringLiteral("temp_blks_read"), t.tempRead},
                  {QStringLiteral("temp_blks_written"), t.tempWritten},
                  {QStringLiteral("io_read_ms"), t.ioReadMs},
                  {QStringLiteral("io_write_ms"), t.ioWriteMs},
                  {QStringLiteral("hit_ratio"), t.hitRatio() < 0 ? QJsonValue() : QJsonValue(t.hitRatio())}};
    if (t.planTracked) {
        o.insert(QStringLiteral("plans"), t.plans);
        o.insert(QStringLiteral("total_plan_ms"), t.totalPlanMs);
    }
    if (t.walTracked)
        o.insert(QStringLiteral("wal_bytes"), t.walBytes);
    if (window) {
        const auto &w = r.window;
        const double s = windowSeconds > 0 ? windowSeconds : 1.0;
        o.insert(QStringLiteral("window"),
                 QJsonObject{{QStringLiteral("calls"), w.calls},
                             {QStringLiteral("exec_ms"), w.execMs},
                             {QStringLiteral("mean_exec_ms"), w.calls > 0 ? w.execMs / double(w.calls) : 0.0},
                             {QStringLiteral("rows"), w.rows},
                             {QStringLiteral("blks_read"), w.blocksRead()},
                             {QStringLiteral("io_ms"), w.ioMs},
                             {QStringLiteral("calls_per_s"), double(w.calls) / s},
                             {QStringLiteral("exec_ms_per_s"), w.execMs / s},
                             {QStringLiteral("rows_per_s"), double(w.rows) / s},
                             {QStringLiteral("blks_read_per_s"), double(w.blocksRead()) / s}});
    }
    return o;
}

QString pad(const QString &s, int width, bool right = true) {
    return right ? s.rightJustified(width) : s.leftJustified(width);
}
} // namespace

qint64 parseDurationMs(const QString &text) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double factor = unit == QLatin1String("ms")                                    ? 1.0
                          : (unit == QLatin1String("m") || unit == QLatin1String("min")) ? 60000.0
                          : unit == QLatin1String("h")                                   ? 3600000.0
                                                                                         : 1000.0;
    return qint64(v * factor);
}

QCoro::Task<int> runStatements(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Top statements from pg_stat_statements: totals since the last reset, or what "
               "ran during --since (two samples that far apart; the command waits)."));
    addDsnOption(p);
    p.addOption({QStringLiteral("top"), Tr::tr("How many statements (default 20)."), QStringLiteral("N"),
                 QStringLiteral("20")});
    p.addOption({QStringLiteral("sort"), Tr::tr("total, mean, calls or io (I/O time, then blocks read)."),
                 QStringLiteral("KEY"), QStringLiteral("total")});
    p.addOption({QStringLiteral("since"),
                 Tr::tr("Measure over this long (e.g. 30s, 5m, 1h): rates and the statements "
                        "that ran in that time."),
                 QStringLiteral("DURATION")});
    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("statements"), args, &code))
        co_return code;
    bool topOk = false;
    const int top = p.value(QStringLiteral("top")).toInt(&topOk);
    const QString sort = p.value(QStringLiteral("sort"));
    const QStringList sorts{QStringLiteral("total"), QStringLiteral("mean"), QStringLiteral("calls"),
                            QStringLiteral("io")};
    if (!topOk || top <= 0) {
        err(Tr::tr("pgdba statements: --top wants a positive number, not \"%1\".")
                .arg(p.value(QStringLiteral("top"))));
        co_return 64;
    }
    if (!sorts.contains(sort)) {
        err(Tr::tr("pgdba statements: --sort is one of total, mean, calls, io (not \"%1\").").arg(sort));
        co_return 64;
    }
    qint64 sinceMs = 0;
    if (p.isSet(QStringLiteral("since"))) {
        sinceMs = parseDurationMs(p.value(QStringLiteral("since")));
        if (sinceMs <= 0) {
            err(Tr::tr("pgdba statements: --since wants a duration like 30s, 5m or 1h (not \"%1\").")
                    .arg(p.value(QStringLiteral("since"))));
            co_return 64;
        }
    }
    const bool json = p.isSet(QStringLiteral("json"));

    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba statements");
    o.readOnly = true;
    c.setOptions(o);
    if (auto e = co_await c.open(connInfo(p))) {
        err(QStringLiteral("pgdba: ") + e->message);
        co_return 2;
    }
    if (sinceMs > 0 && !json)
        err(Tr::tr("Sampling for %1 s…").arg(double(sinceMs) / 1000.0));
    const monitor::StatementsReport report = co_await monitor::StatementsCollector::report(&c, sinceMs);
    if (report.error) {
        err(QStringLiteral("pgdba: ") + report.error->toString());
        co_return 2;
    }
    if (!report.availability.usable()) {
        err(report.availability.report());
        co_return 3;
    }
    const monitor::StatementSnapshot &snap = report.snapshot;
    const bool window = sinceMs > 0;
    QList<monitor::StatementRow> rows;
    double windowExecMs = 0;
    for (const auto &r : std::as_const(snap.rows))
        windowExecMs += r.window.execMs;
    for (auto r : std::as_const(snap.rows)) {
        if (window && r.window.calls == 0 && r.window.execMs <= 0)
            continue;
        if (window) // the share of what ran in the window, not since the reset
            r.shareOfTotal = windowExecMs > 0 ? r.window.execMs / windowExecMs : 0.0;
        rows << r;
    }
    const qsizetype ran = rows.size();
    std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
        return rankValue(a, sort, window) > rankValue(b, sort, window);
    });
    if (rows.size() > top)
        rows.resize(top);

    const auto &av = report.availability;
    if (json) {
        QJsonArray list;
        for (const auto &r : std::as_const(rows))
            list.append(rowJson(r, snap.windowSeconds, window));
        QJsonObject doc{{QStringLiteral("server"), c.connInfo().displayName()},
                        {QStringLiteral("server_version"), c.facts().version},
                        {QStringLiteral("extension_version"), av.extVersion},
                        {QStringLiteral("sort"), sort},
                        {QStringLiteral("statements_tracked"), snap.rows.size()},
                        {QStringLiteral("hidden_statements"), snap.hiddenStatements},
                        {QStringLiteral("total_exec_ms"), snap.totalExecMs},
                        {QStringLiteral("statements"), list},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(av.warnings())}};
        if (window) {
            doc.insert(QStringLiteral("since_seconds"), snap.windowSeconds);
            doc.insert(QStringLiteral("reset_detected"), snap.events.resetDetected);
            doc.insert(QStringLiteral("entries_evicted"), snap.events.entriesGone + snap.events.deallocated);
        }
        out(jsonText(QJsonDocument(doc)));
        co_return 0;
    }
    for (const QString &w : av.warnings())
        err(Tr::tr("note: ") + w);
    if (window && snap.events.resetDetected)
        err(Tr::tr("note: the statistics were reset during the measurement; counts start at the reset."));
    QString head = pad(Tr::tr("calls"), 10) + pad(Tr::tr("total"), 12) + pad(Tr::tr("mean"), 11) +
                   pad(Tr::tr("share"), 8) + pad(Tr::tr("hit %"), 8);
    if (window)
        head += pad(Tr::tr("calls/s"), 10) + pad(Tr::tr("ms/s"), 10);
    out(head + QStringLiteral("  ") + Tr::tr("query"));
    for (const auto &r : std::as_const(rows)) {
        const auto &t = r.totals;
        const qint64 calls = window ? r.window.calls : t.calls;
        const double total = window ? r.window.execMs : t.totalExecMs;
        const double mean = calls > 0 ? total / double(calls) : 0.0;
        QString line = pad(QString::number(calls), 10) + pad(monitor::StatementModel::formatMs(total), 12) +
                       pad(monitor::StatementModel::formatMs(mean), 11) +
                       pad(QStringLiteral("%1%").arg(r.shareOfTotal * 100.0, 0, 'f', 1), 8) +
                       pad(t.hitRatio() < 0 ? QStringLiteral("-")
                                            : QStringLiteral("%1").arg(t.hitRatio() * 100.0, 0, 'f', 1),
                           8);
        if (window)
            line += pad(QString::number(double(r.window.calls) / snap.windowSeconds, 'f', 2), 10) +
                    pad(QString::number(r.window.execMs / snap.windowSeconds, 'f', 2), 10);
        out(line + QStringLiteral("  ") + monitor::StatementModel::oneLine(r, 100));
    }
    out(window ? Tr::tr("%1 of %2 tracked statements ran in the last %3 s.")
                     .arg(ran)
                     .arg(snap.rows.size())
                     .arg(snap.windowSeconds, 0, 'f', 1)
               : Tr::tr("%1 statements tracked since the last reset.").arg(snap.rows.size()));
    co_return 0;
}

} // namespace cli
