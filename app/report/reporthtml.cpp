// The report as one HTML file: inline CSS, inline SVG charts, no scripts or external resources.
#include "report/report.h"

#include "replication/replicationsnapshot.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace report {

namespace {

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

QString when(qint64 ms) {
    return ms <= 0 ? QStringLiteral("—")
                   : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms),
                                        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString num(double v, int decimals = 1) {
    return QLocale().toString(v, 'f', decimals);
}

QString integer(qint64 v) {
    return QLocale().toString(v);
}

QString ms(double v) {
    return v >= 1000 ? ReportData::tr("%1 s").arg(num(v / 1000.0, 2))
                     : ReportData::tr("%1 ms").arg(num(v, 2));
}

QString td(const QString &text, const QString &cls = {}) {
    return cls.isEmpty() ? QStringLiteral("<td>%1</td>").arg(text)
                         : QStringLiteral("<td class=\"%1\">%2</td>").arg(cls, text);
}

QString table(const QStringList &headers, const QStringList &rows, const QString &cls = {}) {
    QString h;
    for (const QString &t : headers)
        h += QStringLiteral("<th>%1</th>").arg(esc(t));
    return QStringLiteral("<table%1><thead><tr>%2</tr></thead><tbody>%3</tbody></table>")
        .arg(cls.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(cls), h, rows.join(QString()));
}

QString note(const QString &text) {
    return QStringLiteral("<p class=\"note\">%1</p>").arg(esc(text));
}

QString errorNote(const pg::Error &e) {
    return QStringLiteral("<p class=\"error\">%1</p>").arg(esc(e.toString()));
}

QString section(const QString &id, const QString &title, const QString &body) {
    return QStringLiteral("<section id=\"%1\"><h2>%2</h2>%3</section>\n").arg(id, esc(title), body);
}

QString statusBadge(monitor::HealthStatus s) {
    const char *cls = s == monitor::HealthStatus::Critical  ? "crit"
                      : s == monitor::HealthStatus::Warning ? "warn"
                                                            : "ok";
    return QStringLiteral("<span class=\"badge %1\">%2</span>")
        .arg(QLatin1String(cls), esc(monitor::healthStatusLabel(s)));
}

// Wait classes in the Timeline page's order and colours (designed for a white page).
QString classColour(sessionhistory::WaitClass c) {
    using W = sessionhistory::WaitClass;
    switch (c) {
    case W::Cpu:
        return QStringLiteral("#2e7d32");
    case W::Activity:
        return QStringLiteral("#9e9e9e");
    case W::BufferPin:
        return QStringLiteral("#6d4c41");
    case W::Client:
        return QStringLiteral("#78909c");
    case W::Extension:
        return QStringLiteral("#8d6e63");
    case W::IO:
        return QStringLiteral("#1565c0");
    case W::IPC:
        return QStringLiteral("#00838f");
    case W::Lock:
        return QStringLiteral("#c62828");
    case W::LWLock:
        return QStringLiteral("#ef6c00");
    case W::Timeout:
        return QStringLiteral("#6a1b9a");
    case W::Other:
        return QStringLiteral("#455a64");
    case W::Count:
        break;
    }
    return QStringLiteral("#455a64");
}

// Stacked areas of average active sessions per wait class over time.
QString waitChart(const sessionhistory::TimelineData &t) {
    const int w = 900, h = 240, left = 44, right = 10, top = 10, bottom = 28;
    const int pw = w - left - right, ph = h - top - bottom;
    const int n = int(t.ts.size());
    if (n == 0)
        return {};
    double maxY = std::max(1.0, t.maxStacked());
    const double step = std::pow(10.0, std::floor(std::log10(maxY)));
    maxY = std::ceil(maxY / step) * step;
    const qint64 span = std::max<qint64>(1, t.toMs - t.fromMs);
    auto x = [&](qint64 ts) { return left + double(ts - t.fromMs) / double(span) * pw; };
    auto y = [&](double v) { return top + ph - v / maxY * ph; };
    QString svg =
        QStringLiteral("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" "
                       "xmlns=\"http://www.w3.org/2000/svg\"><title>%3</title>")
            .arg(w)
            .arg(h)
            .arg(esc(ReportData::tr("Average active sessions by wait class")));
    // Grid and axis labels.
    for (int i = 0; i <= 4; ++i) {
        const double v = maxY * i / 4.0;
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" class=\"grid\"/>"
                              "<text x=\"%4\" y=\"%5\" class=\"axis\" text-anchor=\"end\">%6</text>")
                   .arg(left)
                   .arg(w - right)
                   .arg(y(v), 0, 'f', 1)
                   .arg(left - 4)
                   .arg(y(v) + 4, 0, 'f', 1)
                   .arg(num(v, v < 10 ? 1 : 0));
    }
    for (int i = 0; i <= 4; ++i) {
        const qint64 ts = t.fromMs + span * i / 4;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"axis\" text-anchor=\"%3\">%4</text>")
                   .arg(x(ts), 0, 'f', 1)
                   .arg(h - 8)
                   .arg(i == 0   ? QStringLiteral("start")
                        : i == 4 ? QStringLiteral("end")
                                 : QStringLiteral("middle"))
                   .arg(esc(QLocale().toString(QDateTime::fromMSecsSinceEpoch(ts),
                                               span > 2 * 86400000LL ? QStringLiteral("MM-dd HH:mm")
                                                                     : QStringLiteral("HH:mm:ss"))));
    }
    // One polygon per class, stacked in class order.
    const qint64 bucket = std::max<qint64>(t.bucketMs, 1);
    std::vector<double> base(size_t(n), 0.0);
    for (int c = 0; c < int(sessionhistory::WaitClass::Count); ++c) {
        bool any = false;
        for (int i = 0; i < n && !any; ++i)
            any = t.aas[i][c] > 0;
        if (!any)
            continue;
        QStringList upper, lower;
        for (int i = 0; i < n; ++i) {
            const double x0 = x(t.ts[i]), x1 = x(std::min(t.ts[i] + bucket, t.toMs));
            const double v = base[size_t(i)] + t.aas[i][c];
            upper << QStringLiteral("%1,%2 %3,%2").arg(x0, 0, 'f', 1).arg(y(v), 0, 'f', 1).arg(x1, 0, 'f', 1);
            lower.prepend(QStringLiteral("%1,%2 %3,%2")
                              .arg(x1, 0, 'f', 1)
                              .arg(y(base[size_t(i)]), 0, 'f', 1)
                              .arg(x0, 0, 'f', 1));
            base[size_t(i)] = v;
        }
        svg += QStringLiteral(
                   "<polygon fill=\"%1\" fill-opacity=\"0.85\" points=\"%2 %3\"><title>%4</title></polygon>")
                   .arg(classColour(sessionhistory::WaitClass(c)), upper.join(QLatin1Char(' ')),
                        lower.join(QLatin1Char(' ')),
                        esc(sessionhistory::waitClassName(sessionhistory::WaitClass(c))));
    }
    svg += QStringLiteral("<line x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\" class=\"axisline\"/>"
                          "<line x1=\"%1\" x2=\"%4\" y1=\"%3\" y2=\"%3\" class=\"axisline\"/></svg>")
               .arg(left)
               .arg(top)
               .arg(top + ph)
               .arg(w - right);
    // Legend.
    QString legend = QStringLiteral("<p class=\"legend\">");
    for (int c = 0; c < int(sessionhistory::WaitClass::Count); ++c) {
        bool any = false;
        for (int i = 0; i < n && !any; ++i)
            any = t.aas[i][c] > 0;
        if (any)
            legend += QStringLiteral("<span><i style=\"background:%1\"></i>%2</span>")
                          .arg(classColour(sessionhistory::WaitClass(c)),
                               esc(sessionhistory::waitClassName(sessionhistory::WaitClass(c))));
    }
    return svg + legend + QStringLiteral("</p>");
}

// Horizontal bars: label, value, text shown next to the bar.
QString barChart(const QString &title, const QList<std::tuple<QString, double, QString>> &bars,
                 const QString &colour) {
    if (bars.isEmpty())
        return {};
    const int w = 900, rowH = 22, labelW = 330, valueW = 150;
    const int h = int(bars.size()) * rowH + 6;
    double maxV = 0;
    for (const auto &b : bars)
        maxV = std::max(maxV, std::get<1>(b));
    maxV = std::max(maxV, 1e-9);
    QString svg =
        QStringLiteral("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" "
                       "xmlns=\"http://www.w3.org/2000/svg\"><title>%3</title>")
            .arg(w)
            .arg(h)
            .arg(esc(title));
    int row = 0;
    for (const auto &[label, value, text] : bars) {
        const int y0 = 3 + row * rowH;
        const double bw = value / maxV * (w - labelW - valueW - 10);
        QString shown = label.simplified();
        if (shown.size() > 42) // about 320 px at 12 px: the label column
            shown = shown.left(41) + QChar(0x2026);
        svg += QStringLiteral(
                   "<text x=\"%1\" y=\"%2\" class=\"label\" text-anchor=\"end\">%3<title>%4</title></text>"
                   "<rect x=\"%5\" y=\"%6\" width=\"%7\" height=\"%8\" fill=\"%9\"/>"
                   "<text x=\"%10\" y=\"%2\" class=\"label\">%11</text>")
                   .arg(labelW - 6)
                   .arg(y0 + 15)
                   .arg(esc(shown), esc(label.left(2000)))
                   .arg(labelW)
                   .arg(y0 + 3)
                   .arg(std::max(1.0, bw), 0, 'f', 1)
                   .arg(rowH - 6)
                   .arg(colour)
                   .arg(labelW + std::max(1.0, bw) + 6, 0, 'f', 1)
                   .arg(esc(text));
        ++row;
    }
    return svg + QStringLiteral("</svg>");
}

QString factsSection(const ReportData &d) {
    if (d.connectError)
        return section(QStringLiteral("facts"), ReportData::tr("Server"), errorNote(*d.connectError));
    const auto &o = d.overview;
    QStringList rows;
    auto row = [&rows](const QString &k, const QString &v) {
        rows << QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(ReportData::tr("Server"), d.options.serverName);
    row(ReportData::tr("PostgreSQL"), d.facts.version);
    row(ReportData::tr("Role"),
        d.facts.inRecovery ? ReportData::tr("standby (in recovery)") : ReportData::tr("primary"));
    row(ReportData::tr("Connected as"),
        d.facts.role + (d.facts.superuser ? ReportData::tr(" (superuser)") : QString()));
    if (o.ok()) {
        const qint64 days = o.uptimeS / 86400, hours = (o.uptimeS % 86400) / 3600,
                     mins = (o.uptimeS % 3600) / 60;
        row(ReportData::tr("Up for"), ReportData::tr("%1 d %2 h %3 min").arg(days).arg(hours).arg(mins));
        row(ReportData::tr("Connections"),
            ReportData::tr("%1 of %2 (%3 active, %4 idle in transaction, %5 waiting for a lock)")
                .arg(o.connections)
                .arg(o.maxConnections)
                .arg(o.active)
                .arg(o.idleInTransaction)
                .arg(o.waiting));
        if (o.cacheHitRatio)
            row(ReportData::tr("Cache hit ratio"),
                QStringLiteral("%1 %").arg(num(*o.cacheHitRatio * 100.0, 2)));
        if (const auto total = o.totalSizeBytes())
            row(ReportData::tr("Databases"),
                ReportData::tr("%1, %2 in all").arg(o.databases.size()).arg(replication::bytesText(*total)));
    }
    QString body = QStringLiteral("<table class=\"facts\">%1</table>").arg(rows.join(QString()));
    if (!o.ok() && o.error)
        body += errorNote(*o.error);
    return section(QStringLiteral("facts"), ReportData::tr("Server"), body);
}

QString healthSection(const ReportData &d) {
    const auto &h = d.health;
    if (!h.failure.isEmpty() || h.checks.isEmpty())
        return section(QStringLiteral("health"), ReportData::tr("Health checks"),
                       note(h.failure.isEmpty() ? ReportData::tr("No checks ran.") : h.failure));
    QStringList rows;
    for (const auto &c : h.checks)
        rows << QStringLiteral("<tr>%1%2%3</tr>")
                    .arg(td(statusBadge(c.status)), td(esc(c.title)),
                         td(esc(c.error.isEmpty() ? c.summary
                                                  : ReportData::tr("could not run: %1").arg(c.error))));
    const QString summary = ReportData::tr("%1 critical, %2 warnings, %3 OK (checked %4).")
                                .arg(h.count(monitor::HealthStatus::Critical))
                                .arg(h.count(monitor::HealthStatus::Warning))
                                .arg(h.count(monitor::HealthStatus::Ok))
                                .arg(esc(when(h.checkedAt.toMSecsSinceEpoch())));
    return section(
        QStringLiteral("health"), ReportData::tr("Health checks"),
        QStringLiteral("<p>%1</p>").arg(summary) +
            table({ReportData::tr("Status"), ReportData::tr("Check"), ReportData::tr("Finding")}, rows));
}

QString configurationSection(const ReportData &d) {
    if (d.settingsError)
        return section(QStringLiteral("configuration"), ReportData::tr("Configuration advice"),
                       errorNote(*d.settingsError));
    QStringList rows;
    for (const auto &s : d.settings) {
        if (!s.differs || !s.live)
            continue;
        rows << QStringLiteral("<tr>%1%2%3%4</tr>")
                    .arg(td(QStringLiteral("<code>%1</code>").arg(esc(s.rec.name))), td(esc(s.current())),
                         td(QStringLiteral("<b>%1</b>").arg(esc(s.rec.value))), td(esc(s.rec.reason)));
    }
    const auto &in = d.options.tuningInputs;
    QString body =
        QStringLiteral("<p>%1</p>")
            .arg(esc(ReportData::tr(
                         "Recommended for %1 MB of RAM, %2 CPUs, %3 storage and a %4 workload (pgdba tune's "
                         "inputs; the Configuration page shows the same with yours).")
                         .arg(in.ramMb)
                         .arg(in.cpus)
                         .arg(tuning::storageKey(in.storage), tuning::workloadKey(in.workload))));
    body += rows.isEmpty() ? note(ReportData::tr("Every recommended setting already has its value."))
                           : table({ReportData::tr("Setting"), ReportData::tr("Now"),
                                    ReportData::tr("Recommended"), ReportData::tr("Why")},
                                   rows);
    return section(QStringLiteral("configuration"), ReportData::tr("Configuration advice"), body);
}

QString statementsSection(const ReportData &d) {
    const auto &s = d.statements;
    if (!s.ok()) {
        const QString why = s.error ? s.error->toString() : s.availability.report();
        return section(QStringLiteral("statements"), ReportData::tr("Top statements"), note(why));
    }
    QList<monitor::StatementRow> rows = s.snapshot.rows;
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.totals.totalExecMs > b.totals.totalExecMs; });
    if (rows.size() > d.options.topStatements)
        rows.resize(d.options.topStatements);
    QList<std::tuple<QString, double, QString>> bars;
    QStringList lines;
    for (const auto &r : rows) {
        const QString text = r.text.isEmpty() ? ReportData::tr("(query text not visible)") : r.text;
        bars << std::make_tuple(
            text, r.totals.totalExecMs,
            QStringLiteral("%1 · %2 %").arg(ms(r.totals.totalExecMs), num(r.shareOfTotal * 100.0)));
        lines << QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
                     .arg(td(QStringLiteral("<code class=\"sql\">%1</code>")
                                 .arg(esc(text.left(300) +
                                          (text.size() > 300 ? QStringLiteral("…") : QString())))),
                          td(esc(r.totals.database)), td(integer(r.totals.calls), QStringLiteral("num")),
                          td(esc(ms(r.totals.totalExecMs)), QStringLiteral("num")),
                          td(esc(ms(r.totals.meanExecMs)), QStringLiteral("num")),
                          td(integer(r.totals.rows), QStringLiteral("num")));
    }
    QString body =
        QStringLiteral("<p>%1</p>")
            .arg(esc(ReportData::tr(
                "By total execution time since pg_stat_statements was last reset (all databases).")));
    body += barChart(ReportData::tr("Total execution time"), bars, QStringLiteral("#3949ab"));
    body += table({ReportData::tr("Statement"), ReportData::tr("Database"), ReportData::tr("Calls"),
                   ReportData::tr("Total"), ReportData::tr("Mean"), ReportData::tr("Rows")},
                  lines);
    return section(QStringLiteral("statements"), ReportData::tr("Top statements"), body);
}

QString topTable(const QString &what, const QList<sessionhistory::TopEntry> &list, bool queries) {
    QStringList rows;
    for (const auto &e : list) {
        QString extra;
        if (queries)
            extra = td(e.calls < 0 ? QStringLiteral("—") : integer(e.calls), QStringLiteral("num")) +
                    td(e.calls < 0 ? QStringLiteral("—") : esc(ms(e.meanMs)), QStringLiteral("num"));
        rows << QStringLiteral("<tr>%1%2%3%4</tr>")
                    .arg(td(queries ? QStringLiteral("<code class=\"sql\">%1</code>")
                                          .arg(esc(e.key.left(300) +
                                                   (e.key.size() > 300 ? QStringLiteral("…") : QString())))
                                    : esc(e.key)),
                         td(num(e.avgActive, 2), QStringLiteral("num")),
                         td(num(e.share * 100.0) + QStringLiteral(" %"), QStringLiteral("num")), extra);
    }
    QStringList headers{what, ReportData::tr("Avg active"), ReportData::tr("Share")};
    if (queries)
        headers << ReportData::tr("Calls") << ReportData::tr("Mean");
    return table(headers, rows);
}

QString waitsSection(const ReportData &d) {
    QString body =
        QStringLiteral("<p>%1</p>")
            .arg(esc(ReportData::tr("%1 to %2, from the recorded session history: average active "
                                    "sessions (sampled) by wait class; CPU is active without a wait "
                                    "event.")
                         .arg(when(d.options.fromMs), when(d.options.toMs))));
    if (!d.historyNote.isEmpty() && d.timeline.samples == 0)
        return section(QStringLiteral("waits"), ReportData::tr("Wait-event profile"),
                       body + note(d.historyNote));
    body += waitChart(d.timeline);
    body += QStringLiteral("<h3>%1</h3>").arg(esc(ReportData::tr("Top wait events"))) +
            topTable(ReportData::tr("Wait event"), d.topWaits, false);
    body += QStringLiteral("<h3>%1</h3>").arg(esc(ReportData::tr("Top queries by sampled time"))) +
            topTable(ReportData::tr("Query"), d.topQueries, true);
    body += QStringLiteral("<div class=\"cols\"><div><h3>%1</h3>%2</div><div><h3>%3</h3>%4</div></div>")
                .arg(esc(ReportData::tr("Users")), topTable(ReportData::tr("User"), d.topUsers, false),
                     esc(ReportData::tr("Applications")),
                     topTable(ReportData::tr("Application"), d.topApplications, false));
    return section(QStringLiteral("waits"), ReportData::tr("Wait-event profile"), body);
}

QString incidentsSection(const ReportData &d) {
    if (d.incidents.isEmpty())
        return section(QStringLiteral("incidents"), ReportData::tr("Lock incidents"),
                       note(d.historyNote.isEmpty()
                                ? ReportData::tr("No session waited for a lock for a second or "
                                                 "more in this period.")
                                : d.historyNote));
    QStringList rows;
    for (const auto &i : d.incidents)
        rows << QStringLiteral("<tr>%1%2%3%4%5</tr>")
                    .arg(td(esc(when(i.startMs))),
                         td(esc(ReportData::tr("%1 s").arg(num(i.durationS()))), QStringLiteral("num")),
                         td(integer(i.blockedMax), QStringLiteral("num")),
                         td(esc(ReportData::tr("pid %1, %2, %3 (%4)")
                                    .arg(i.rootPid)
                                    .arg(i.rootState, i.rootUser, i.rootApplication))),
                         td(QStringLiteral("<code class=\"sql\">%1</code>%2")
                                .arg(esc(i.rootQuery.left(600)),
                                     i.waitMode.isEmpty()
                                         ? QString()
                                         : QStringLiteral("<br><small>%1</small>")
                                               .arg(esc(ReportData::tr("waiters wanted %1 on %2")
                                                            .arg(i.waitMode, i.relation))))));
    return section(
        QStringLiteral("incidents"), ReportData::tr("Lock incidents"),
        table({ReportData::tr("Start"), ReportData::tr("Lasted"), ReportData::tr("Sessions blocked"),
               ReportData::tr("Root blocker"), ReportData::tr("Root blocker's last query")},
              rows));
}

QString replicationSection(const ReportData &d) {
    const auto &f = d.replication;
    if (f.error)
        return section(QStringLiteral("replication"), ReportData::tr("Replication"), errorNote(*f.error));
    const auto &s = f.snapshot;
    QString body;
    if (s.inRecovery) {
        body += QStringLiteral("<p>%1</p>")
                    .arg(esc(ReportData::tr("A standby: receiver %1 from %2, replay gap %3.")
                                 .arg(s.standby.receiverStatus.isEmpty() ? ReportData::tr("not running")
                                                                         : s.standby.receiverStatus,
                                      s.standby.sender, replication::bytesText(s.standby.replayGapBytes))));
    }
    QStringList senders;
    for (const auto &w : s.senders)
        senders << QStringLiteral("<tr>%1%2%3%4%5</tr>")
                       .arg(td(esc(w.applicationName)), td(esc(w.client)),
                            td(esc(w.state + QLatin1Char('/') + w.syncState)),
                            td(esc(replication::bytesText(w.lagBytes)), QStringLiteral("num")),
                            td(esc(std::isnan(w.replayLagS) ? QStringLiteral("—")
                                                            : replication::secondsText(w.replayLagS)),
                               QStringLiteral("num")));
    body += senders.isEmpty()
                ? note(ReportData::tr("No standby streams from this server."))
                : table({ReportData::tr("Standby"), ReportData::tr("Client"), ReportData::tr("State"),
                         ReportData::tr("Lag"), ReportData::tr("Replay lag")},
                        senders);
    QStringList slotRows;
    for (const auto &sl : s.replicationSlots)
        slotRows << QStringLiteral("<tr>%1%2%3%4</tr>")
                        .arg(td(esc(sl.name)), td(esc(sl.type)),
                             td(sl.active ? esc(ReportData::tr("active"))
                                          : QStringLiteral("<b>%1</b>").arg(esc(ReportData::tr("inactive")))),
                             td(esc(replication::bytesText(sl.retainedBytes)), QStringLiteral("num")));
    if (!slotRows.isEmpty())
        body += QStringLiteral("<h3>%1</h3>").arg(esc(ReportData::tr("Replication slots"))) +
                table({ReportData::tr("Slot"), ReportData::tr("Type"), ReportData::tr("State"),
                       ReportData::tr("WAL kept")},
                      slotRows);
    return section(QStringLiteral("replication"), ReportData::tr("Replication"), body);
}

QString vacuumSection(const ReportData &d) {
    const auto &f = d.vacuum;
    if (f.error)
        return section(QStringLiteral("vacuum"), ReportData::tr("Vacuum"), errorNote(*f.error));
    const auto &s = f.snapshot;
    QString body =
        QStringLiteral("<p>%1</p>")
            .arg(esc(ReportData::tr(
                         "Autovacuum workers busy: %1 of %2. Database transaction age: %3 of %4 (forced "
                         "anti-wraparound vacuum).")
                         .arg(s.workers.busy)
                         .arg(s.workers.max)
                         .arg(integer(s.workers.databaseFreezeAge), integer(s.workers.freezeMaxAge))));
    QStringList holders;
    for (const auto &h : s.horizon)
        holders << QStringLiteral("<tr>%1%2%3%4</tr>")
                       .arg(td(esc(h.holder)), td(esc(h.database)),
                            td(integer(h.ageXids), QStringLiteral("num")),
                            td(QStringLiteral("<code class=\"sql\">%1</code>").arg(esc(h.query.left(300)))));
    if (!holders.isEmpty())
        body += QStringLiteral("<h3>%1</h3>").arg(esc(ReportData::tr("What holds back the xmin horizon"))) +
                table({ReportData::tr("Holder"), ReportData::tr("Database"), ReportData::tr("Age (xids)"),
                       ReportData::tr("Query")},
                      holders);
    QStringList tables;
    for (const auto &t : s.tables)
        tables << QStringLiteral("<tr>%1%2%3%4%5</tr>")
                      .arg(td(esc(t.relation)), td(integer(t.deadTuples), QStringLiteral("num")),
                           td(num(t.vacuumRatio * 100.0) + QStringLiteral(" %"), QStringLiteral("num")),
                           td(num(t.freezeRatio * 100.0) + QStringLiteral(" %"), QStringLiteral("num")),
                           td(esc(t.lastVacuum.isValid() ? when(t.lastVacuum.toMSecsSinceEpoch())
                                                         : ReportData::tr("never"))));
    body += QStringLiteral("<h3>%1</h3>").arg(esc(ReportData::tr("Tables closest to autovacuum")));
    body +=
        tables.isEmpty()
            ? note(ReportData::tr("No tables."))
            : table({ReportData::tr("Table"), ReportData::tr("Dead tuples"), ReportData::tr("% of threshold"),
                     ReportData::tr("% of freeze max"), ReportData::tr("Last vacuum")},
                    tables);
    QStringList bloat;
    for (const auto &b : s.bloat)
        if (b.bloatBytes > 0)
            bloat << QStringLiteral("<tr>%1%2%3</tr>")
                         .arg(td(esc(b.relation)),
                              td(esc(replication::bytesText(b.bytes)), QStringLiteral("num")),
                              td(esc(replication::bytesText(b.bloatBytes)) +
                                     QStringLiteral(" (%1 %)").arg(num(b.bloatPct)),
                                 QStringLiteral("num")));
    if (!bloat.isEmpty())
        body += QStringLiteral("<h3>%1</h3>").arg(esc(ReportData::tr("Table bloat (estimate)"))) +
                table({ReportData::tr("Table"), ReportData::tr("Size"), ReportData::tr("Bloat")}, bloat);
    return section(QStringLiteral("vacuum"), ReportData::tr("Vacuum"), body);
}

QString alertsSection(const ReportData &d) {
    if (d.alerts.isEmpty())
        return section(
            QStringLiteral("alerts"), ReportData::tr("Alerts"),
            note(d.alertsNote.isEmpty() ? ReportData::tr("No alert fired in this period.") : d.alertsNote));
    QStringList rows;
    for (const auto &a : d.alerts)
        rows << QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
                    .arg(td(QStringLiteral("<span class=\"badge %1\">%2</span>")
                                .arg(a.severity == QLatin1String("critical") ? QStringLiteral("crit")
                                                                             : QStringLiteral("warn"),
                                     esc(a.severity))),
                         td(esc(a.rule)), td(esc(a.value)), td(esc(when(a.firedMs))),
                         td(esc(a.resolvedMs > 0 ? when(a.resolvedMs) : a.state)), td(esc(a.acknowledgedBy)));
    return section(
        QStringLiteral("alerts"), ReportData::tr("Alerts"),
        table({ReportData::tr("Severity"), ReportData::tr("Rule"), ReportData::tr("Value"),
               ReportData::tr("Fired"), ReportData::tr("Resolved"), ReportData::tr("Acknowledged by")},
              rows));
}

const char *kStyle = R"(
body{font:14px/1.45 "DejaVu Sans",Arial,sans-serif;color:#1d1d1f;background:#fff;margin:0}
main{max-width:1000px;margin:0 auto;padding:24px 32px 48px}
header h1{font-size:24px;margin:0 0 4px}
header p{margin:0;color:#555}
nav{margin:16px 0 8px;padding:8px 12px;background:#f3f4f7;border-radius:6px}
nav a{margin-right:14px;color:#1a3d8f;text-decoration:none}
section{margin-top:28px;page-break-inside:auto}
h2{font-size:19px;border-bottom:2px solid #d7dbe6;padding-bottom:4px;margin:0 0 10px}
h3{font-size:15px;margin:18px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0 10px;font-size:13px}
th,td{border-bottom:1px solid #e3e6ee;padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:#f3f4f7;font-weight:600}
table.facts th{width:220px;background:none;font-weight:600}
td.num{text-align:right;white-space:nowrap}
code{font:12px/1.35 "DejaVu Sans Mono",monospace}
code.sql{white-space:pre-wrap;word-break:break-word}
.note{color:#555;font-style:italic}
.error{color:#8b1a12;background:#fdecea;padding:6px 10px;border-radius:4px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600}
.badge.ok{background:#e3f3e5;color:#1b5e20}.badge.warn{background:#fff1c7;color:#6b4b00}
.badge.crit{background:#fde0dd;color:#8b1a12}
svg.chart{display:block;max-width:100%;height:auto;margin:8px 0}
svg .grid{stroke:#e3e6ee;stroke-width:1}svg .axisline{stroke:#666;stroke-width:1}
svg .axis{font:11px "DejaVu Sans",sans-serif;fill:#555}svg .label{font:12px "DejaVu Sans",sans-serif;fill:#1d1d1f}
.legend span{margin-right:14px;font-size:12px;white-space:nowrap}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
.cols{display:flex;gap:24px}.cols>div{flex:1}
footer{margin-top:36px;color:#777;font-size:12px}
@media print{main{padding:0}nav{display:none}section{page-break-inside:avoid}}
)";

} // namespace

QString renderHtml(const ReportData &d) {
    const QString title = ReportData::tr("pgdba report: %1").arg(d.options.serverName);
    QString nav;
    const QStringList names{ReportData::tr("Server"),        ReportData::tr("Health"),
                            ReportData::tr("Configuration"), ReportData::tr("Statements"),
                            ReportData::tr("Plans"),         ReportData::tr("Waits"),
                            ReportData::tr("Incidents"),     ReportData::tr("Replication"),
                            ReportData::tr("Vacuum"),        ReportData::tr("Alerts")};
    const QStringList ids = sectionIds();
    for (int i = 0; i < ids.size(); ++i)
        nav += QStringLiteral("<a href=\"#%1\">%2</a>").arg(ids[i], esc(names[i]));
    QString html;
    html += QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<meta name=\"generator\" content=\"pgdba\"><title>%2</title><style>%3</style></head>\n"
                "<body><main><header><h1>%2</h1><p>%4</p></header><nav>%5</nav>\n")
                .arg(QLocale().language() == QLocale::C ? QStringLiteral("en")
                                                        : QLocale().name().section(QLatin1Char('_'), 0, 0),
                     esc(title), QString::fromLatin1(kStyle),
                     esc(ReportData::tr("Period %1 to %2 · generated %3")
                             .arg(when(d.options.fromMs), when(d.options.toMs), when(d.generatedMs))),
                     nav);
    html += factsSection(d);
    html += healthSection(d);
    html += configurationSection(d);
    html += statementsSection(d);
    html += section(QStringLiteral("plans"), ReportData::tr("Plan changes"), note(d.plansNote));
    html += waitsSection(d);
    html += incidentsSection(d);
    html += replicationSection(d);
    html += vacuumSection(d);
    html += alertsSection(d);
    html +=
        QStringLiteral("<footer>%1</footer></main></body></html>\n")
            .arg(esc(ReportData::tr("Made by pgdba %1. Everything in this file is inline: it opens without a "
                                    "network and prints as it is.")
                         .arg(QCoreApplication::applicationVersion())));
    return html;
}

} // namespace report
