// Issue 17's fleet benchmark: at least 20 real PostgreSQL 15 clusters (tests/bench/fleet-clusters:
// shared_buffers 16MB, max_connections 20, started and stopped here), plus one closed port and one
// QTcpServer that accepts and never answers, saved as servers in a scratch config folder; the real
// main window (offscreen, 1280x720) lands on the Fleet page, which watches them all every 5 s
// (the connections live on the collector's own thread, "pgdba fleet"; the GUI thread receives the
// finished statuses). Measured after a warm-up:
//   - GUI-thread time per refresh of all servers: the fleet's events (see TimedApp) summed over
//     each 5 s period, on the wall clock and on the GUI thread's CPU clock, mean and worst; the
//     GUI thread's whole CPU per period; the longest event-loop stall (a 5 ms timer's largest gap);
//   - pgdba's CPU in % of one core (getrusage, every thread), and the fleet thread's share;
//   - RSS every 30 s (flat after warm-up: the last value against the one at warm-up end);
//   - per reachable server, the time between two samples (mean and worst): the silent server
//     must delay nobody.
// PGDBA_BENCH_SECONDS (default 600), PGDBA_BENCH_CLUSTERS (default 20), PGDBA_BENCH_WARMUP
// (default 60), PGDBA_BENCH_HEALTH_S (default: the collector's 5 min). Prints a summary; exit 1 when a target
// is missed.
//   cmake --preset asan -DPGDBA_BUILD_BENCH=ON && cmake --build --preset asan --target bench_fleet pgdba
//   build/asan/tests/bench/bench_fleet
#include "core/profilestore.h"
#include "core/workspace.h"
#include "fleet/fleetcollector.h"
#include "fleet/fleetmodel.h"
#include "fleet/fleetpage.h"
#include "loopchecker.h"
#include "mainwindow.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace {
int envInt(const char *name, int fallback) {
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double processCpuS() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double rssMiB() {
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return double(parts.value(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// CPU seconds of pgdba's thread named `name` (the fleet's own thread is "pgdba fleet"), from
// /proc/self/task/*/stat; -1 when there is none.
double namedThreadCpuS(const QByteArray &name) {
    const QStringList tasks =
        QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(tid));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name)
            continue;
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray all = stat.readAll();
        // Fields after the ")" that ends the name: state is field 3; utime 14, stime 15.
        const QList<QByteArray> f = all.mid(all.lastIndexOf(')') + 2).split(' ');
        const double ticks = double(f.value(11).toLongLong() + f.value(12).toLongLong());
        return ticks / double(sysconf(_SC_CLK_TCK));
    }
    return -1;
}

// Times every event the GUI thread delivers (outermost only: nested deliveries are inside their
// parent's time). An event is the fleet's when its receiver is the Fleet page or one of its
// widgets and objects (layout, the view, the model's coalescing timer: the model update and the
// proxy's re-sort happen inside it) or an object of the FleetCollector (its timers and the
// statuses queued from the fleet's thread). The page's paint events happen inside the main
// window's update request, which is not the fleet's: those are timed one by one and added.
class TimedApp : public QApplication {
public:
    using QApplication::QApplication;
    QObject *page = nullptr;
    QObject *collector = nullptr;
    double fleetMs = 0, allMs = 0, maxFleetEventMs = 0;
    double paintMs = 0; // of fleetMs: the page's paint events inside the window's update requests
    // The same on the GUI thread's CPU clock: the time it ran, without the time it was preempted
    // (the machine is shared: under load a 0.3 ms resume can take a whole time slice on the wall).
    double fleetCpuMs = 0, maxFleetEventCpuMs = 0;
    bool notify(QObject *o, QEvent *e) override {
        // Only the GUI thread's events (the fleet's own thread delivers its events through here too).
        if (QThread::currentThread() != thread())
            return QApplication::notify(o, e);
        if (m_depth > 0) {
            // The page's widgets are painted inside the window's update request (an event of the
            // main window's, not the fleet's): their paint events are counted where they happen.
            if (m_outerFleet || e->type() != QEvent::Paint || !belongs(o))
                return QApplication::notify(o, e);
            QElapsedTimer t;
            t.start();
            const double cpu0 = threadCpuMs();
            const bool r = QApplication::notify(o, e);
            const double ms = double(t.nsecsElapsed()) / 1e6, cpu = threadCpuMs() - cpu0;
            fleetMs += ms;
            fleetCpuMs += cpu;
            paintMs += ms;
            if (profile)
                add(QStringLiteral("%1 paint (inside the window's update)")
                        .arg(QString::fromLatin1(o->metaObject()->className())),
                    ms);
            return r;
        }
        const bool fleet = belongs(o); // before delivery: the receiver may delete itself (DeferredDelete)
        if (fleet && profile)
            receiverKey = QStringLiteral("%1 (%2) event %3")
                              .arg(QString::fromLatin1(o->metaObject()->className()),
                                   o->parent() ? QString::fromLatin1(o->parent()->metaObject()->className())
                                               : QString())
                              .arg(int(e->type()));
        ++m_depth;
        m_outerFleet = fleet;
        QElapsedTimer t;
        t.start();
        const double cpu0 = fleet ? threadCpuMs() : 0;
        const bool r = QApplication::notify(o, e);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        --m_depth;
        allMs += ms;
        if (fleet) {
            const double cpu = threadCpuMs() - cpu0;
            fleetCpuMs += cpu;
            maxFleetEventCpuMs = std::max(maxFleetEventCpuMs, cpu);
            fleetMs += ms;
            maxFleetEventMs = std::max(maxFleetEventMs, ms);
            if (profile)
                add(receiverKey, ms);
        }
        return r;
    }
    // PGDBA_BENCH_PROFILE=1: the fleet's time by receiver class and event type, printed at the end.
    bool profile = false;
    QHash<QString, double> byReceiver;
    QHash<QString, double> periodByReceiver; // the same, this period only (the worst is kept)
    void add(const QString &key, double ms) {
        byReceiver[key] += ms;
        periodByReceiver[key] += ms;
    }

private:
    bool belongs(QObject *o) const {
        for (; o; o = o->parent())
            if (o == page || o == collector)
                return true;
        return false;
    }
    int m_depth = 0;
    bool m_outerFleet = false;
    QString receiverKey;
};

class SilentServer : public QTcpServer {
public:
    SilentServer() {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                m_sockets << s; // never answered
        });
    }

private:
    QList<QTcpSocket *> m_sockets;
};

bool clusters(const QString &verb, const QString &dir, int n = 0) {
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList args{verb, dir};
    if (n > 0)
        args << QString::number(n);
    p.start(QStringLiteral(PGDBA_SOURCE_DIR "/tests/bench/fleet-clusters"), args);
    return p.waitForFinished(600000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

int main(int argc, char **argv) {
    const int seconds = envInt("PGDBA_BENCH_SECONDS", 600);
    const int clusterCount = envInt("PGDBA_BENCH_CLUSTERS", 20);
    const int warmupS = std::min(envInt("PGDBA_BENCH_WARMUP", 60), seconds / 2);
    QTemporaryDir scratch;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("PGDBA_NO_KEYRING", "1");
    qputenv("XDG_CONFIG_HOME", scratch.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", scratch.filePath(QStringLiteral("data")).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    TimedApp app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("pgdba-bench-fleet"));
    QApplication::setApplicationName(QStringLiteral("pgdba-bench-fleet"));
    new ui::Theme(&app);

    const QString dir = QStringLiteral("/tmp/pgdba-bench-fleet-%1").arg(QCoreApplication::applicationPid());
    std::printf("starting %d clusters in %s\n", clusterCount, qPrintable(dir));
    std::fflush(stdout);
    if (!clusters(QStringLiteral("start"), dir, clusterCount)) {
        clusters(QStringLiteral("stop"), dir);
        std::fprintf(stderr, "bench_fleet: the clusters did not start\n");
        return 2;
    }
    QFile portsFile(dir + QStringLiteral("/ports"));
    portsFile.open(QIODevice::ReadOnly);
    const QList<QByteArray> ports = portsFile.readAll().split('\n');

    SilentServer silent;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const int closedPort = probe.serverPort();
    probe.close();

    int code = 0;
    {
        core::ProfileStore profiles(scratch.filePath(QStringLiteral("profiles.ini")));
        QStringList reachableIds;
        int i = 0;
        for (const QByteArray &port : ports) {
            if (port.trimmed().isEmpty())
                continue;
            core::Profile p =
                core::Profile::fromDsn(QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres")
                                           .arg(QString::fromLatin1(port.trimmed())));
            p.name = QStringLiteral("pg%1").arg(++i, 2, 10, QLatin1Char('0'));
            p.group = i % 2 ? QStringLiteral("production") : QStringLiteral("staging");
            reachableIds << profiles.save(p);
        }
        core::Profile refused = core::Profile::fromDsn(
            QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(closedPort));
        refused.name = QStringLiteral("unreachable");
        refused.group = QStringLiteral("broken");
        profiles.save(refused);
        core::Profile quiet = core::Profile::fromDsn(
            QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(silent.serverPort()));
        quiet.name = QStringLiteral("silent");
        quiet.group = QStringLiteral("broken");
        const QString silentId = profiles.save(quiet);

        core::Workspace ws(&profiles);
        ui::MainWindow w(&ws);
        w.resize(1280, 720);
        w.show();
        auto *page = qobject_cast<ui::FleetPage *>(w.currentPage());
        if (!page) {
            std::fprintf(stderr, "bench_fleet: the Fleet page is not the landing page\n");
            clusters(QStringLiteral("stop"), dir);
            return 2;
        }
        fleet::FleetCollector *collector = page->collector();
        app.page = page;
        app.profile = qEnvironmentVariableIntValue("PGDBA_BENCH_PROFILE") > 0;
        app.collector = collector;
        const int intervalMs = collector->intervalMs();
        // PGDBA_BENCH_HEALTH_S: the health checks every that many seconds instead of every 5 min
        // (a short run that still measures refreshes with health checks in them).
        if (const int healthS = envInt("PGDBA_BENCH_HEALTH_S", 0); healthS > 0)
            collector->setHealthEveryMs(healthS * 1000);

        LoopChecker loop;
        QList<double> perRefreshMs; // GUI-thread time in the fleet's events per interval (a refresh of all)
        QList<double> perRefreshCpuMs; // the same, the GUI thread's CPU time
        QList<double>
            threadCpuPerPeriod; // the GUI thread's whole CPU per interval (the window's idle work too)
        QList<QPair<int, double>> rss;
        double cpuAtWarm = 0, fleetThreadAtWarm = 0, gui0 = threadCpuMs();
        QElapsedTimer clock, measured;
        clock.start();
        bool warm = false;
        qint64 stallWorst = 0;
        // PGDBA_BENCH_PROFILE: the worst refresh's time by receiver, and when it ended.
        QHash<QString, double> worstPeriod;
        double worstPeriodMs = -1;
        int worstPeriodAtS = 0;
        QTimer period;
        period.setTimerType(Qt::PreciseTimer);
        period.setInterval(intervalMs);
        QObject::connect(&period, &QTimer::timeout, &app, [&] {
            const double now = threadCpuMs();
            if (warm) {
                threadCpuPerPeriod << now - gui0;
                perRefreshMs << app.fleetMs;
                if (app.fleetMs >= worstPeriodMs) {
                    worstPeriodMs = app.fleetMs;
                    worstPeriodAtS = int(clock.elapsed() / 1000);
                    worstPeriod = app.periodByReceiver;
                }
                perRefreshCpuMs << app.fleetCpuMs;
            }
            app.fleetMs = 0;
            app.fleetCpuMs = 0;
            app.periodByReceiver.clear();
            gui0 = now;
        });
        period.start();
        QTimer rssTimer;
        rssTimer.setInterval(30000);
        QObject::connect(&rssTimer, &QTimer::timeout, &app, [&] {
            rss.append({int(clock.elapsed() / 1000), rssMiB()});
            const QList<fleet::ServerStatus> all = collector->statuses();
            std::printf("  %4lld s: RSS %.1f MiB, %d reachable\n", clock.elapsed() / 1000, rss.last().second,
                        int(std::count_if(all.cbegin(), all.cend(),
                                          [](const fleet::ServerStatus &s) { return s.reachable(); })));
            std::fflush(stdout);
        });
        rssTimer.start();
        QTimer::singleShot(warmupS * 1000, &app, [&] {
            warm = true;
            cpuAtWarm = processCpuS();
            fleetThreadAtWarm = namedThreadCpuS("pgdba fleet");
            measured.start();
            loop.reset();
            app.maxFleetEventMs = 0;
            app.maxFleetEventCpuMs = 0;
            app.paintMs = 0;
            rss.append({int(clock.elapsed() / 1000), rssMiB()});
        });
        QTimer::singleShot(seconds * 1000, &app, [&] {
            stallWorst = loop.maxGapMs();
            app.quit();
        });
        app.exec();

        const double cpuPct = (processCpuS() - cpuAtWarm) / (double(measured.elapsed()) / 1000.0) * 100.0;
        const double fleetThreadPct = (namedThreadCpuS("pgdba fleet") - fleetThreadAtWarm) /
                                      (double(measured.elapsed()) / 1000.0) * 100.0;
        double sum = 0, worst = 0;
        for (double v : perRefreshMs) {
            sum += v;
            worst = std::max(worst, v);
        }
        const double mean = perRefreshMs.isEmpty() ? 0 : sum / double(perRefreshMs.size());
        double cpuSum = 0, cpuWorst = 0;
        for (double v : threadCpuPerPeriod) {
            cpuSum += v;
            cpuWorst = std::max(cpuWorst, v);
        }
        const double cpuMean = threadCpuPerPeriod.isEmpty() ? 0 : cpuSum / double(threadCpuPerPeriod.size());
        double intervalMean = 0, intervalWorst = 0;
        int reachable = 0, samples = 0;
        for (const QString &id : reachableIds) {
            const fleet::IntervalStats st = collector->intervalStats(id);
            const auto s = collector->status(id);
            reachable += s && s->reachable() ? 1 : 0;
            samples += st.samples;
            intervalMean += st.meanMs;
            intervalWorst = std::max(intervalWorst, st.maxMs);
        }
        intervalMean /= std::max<qsizetype>(1, reachableIds.size());
        const auto silentStatus = collector->status(silentId);
        const double rssWarm = rss.isEmpty() ? 0 : rss.first().second;
        double rssWarmEnd = 0;
        for (const auto &[t, v] : rss)
            if (t >= warmupS)
                rssWarmEnd = rssWarmEnd == 0 ? v : rssWarmEnd;
        const double rssLast = rss.isEmpty() ? 0 : rss.last().second;
        double rssMax = 0;
        for (const auto &[t, v] : rss)
            if (t >= warmupS)
                rssMax = std::max(rssMax, v);

        std::printf(
            "\nbench_fleet: %d clusters + 1 unreachable + 1 silent, interval %d ms, %d s (%d s warm-up), "
            "%s build\n",
            int(reachableIds.size()), intervalMs, seconds, warmupS,
#if defined(__SANITIZE_ADDRESS__)
            "asan"
#else
            "non-ASan"
#endif
        );
        std::printf("reachable at the end:           %d of %d\n", reachable, int(reachableIds.size()));
        std::printf("GUI thread per refresh (all):   mean %.2f ms, worst %.2f ms over %d refreshes\n", mean,
                    worst, int(perRefreshMs.size()));
        double cpuRefreshSum = 0, cpuRefreshWorst = 0;
        for (double v : perRefreshCpuMs) {
            cpuRefreshSum += v;
            cpuRefreshWorst = std::max(cpuRefreshWorst, v);
        }
        std::printf("  the same, GUI thread CPU:     mean %.2f ms, worst %.2f ms\n",
                    perRefreshCpuMs.isEmpty() ? 0 : cpuRefreshSum / double(perRefreshCpuMs.size()),
                    cpuRefreshWorst);
        std::printf("longest fleet event:            %.2f ms (CPU %.2f ms)\n", app.maxFleetEventMs,
                    app.maxFleetEventCpuMs);
        std::printf("  of the refreshes, painting:   mean %.2f ms per refresh\n",
                    perRefreshMs.isEmpty() ? 0 : app.paintMs / double(perRefreshMs.size()));
        std::printf(
            "GUI thread CPU per period, all: mean %.2f ms, worst %.2f ms (the whole window, idle work too)\n",
            cpuMean, cpuWorst);
        std::printf("longest event-loop stall:       %lld ms (5 ms timer's largest gap)\n", stallWorst);
        std::printf("pgdba CPU:                      %.2f %% of one core (the fleet's thread: %.2f %%)\n",
                    cpuPct, fleetThreadPct);
        std::printf(
            "RSS:                            %.1f MiB at %d s (first), %.1f MiB at warm-up end, max %.1f, "
            "last %.1f MiB\n",
            rss.isEmpty() ? 0 : rss.first().second, rss.isEmpty() ? 0 : rss.first().first, rssWarmEnd, rssMax,
            rssLast);
        std::printf(
            "sample interval, reachable:     mean %.0f ms, worst %.0f ms (%d samples; target %d ms)\n",
            intervalMean, intervalWorst, samples, intervalMs);
        std::printf("silent server:                  %s, %d failed attempts: %s\n",
                    silentStatus && silentStatus->reachable() ? "reachable?!" : "unreachable",
                    silentStatus ? silentStatus->failures : 0,
                    silentStatus ? qPrintable(silentStatus->error) : "");
        Q_UNUSED(rssWarm);
        const bool rssFlat = rssLast <= rssWarmEnd * 1.05 + 2;
        const bool ok = mean < 16 && worst < 16 && cpuPct < 3 && rssFlat &&
                        reachable == reachableIds.size() && intervalWorst < intervalMs * 1.2;
        if (app.profile) {
            QList<QPair<double, QString>> top;
            for (auto it = app.byReceiver.cbegin(); it != app.byReceiver.cend(); ++it)
                top.append({it.value(), it.key()});
            std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            for (qsizetype k = 0; k < std::min<qsizetype>(15, top.size()); ++k)
                std::printf("  %9.1f ms  %s\n", top[k].first, qPrintable(top[k].second));
            std::printf("the worst refresh (%.2f ms, the period ending at %d s):\n", worstPeriodMs,
                        worstPeriodAtS);
            top.clear();
            for (auto it = worstPeriod.cbegin(); it != worstPeriod.cend(); ++it)
                top.append({it.value(), it.key()});
            std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            for (qsizetype k = 0; k < std::min<qsizetype>(10, top.size()); ++k)
                std::printf("  %9.2f ms  %s\n", top[k].first, qPrintable(top[k].second));
        }
        std::printf("targets (GUI < 16 ms mean and worst, < 3 %% CPU, RSS flat, no delayed server): %s\n",
                    ok ? "met" : "MISSED");
        code = ok ? 0 : 1;
    }
    clusters(QStringLiteral("stop"), dir);
    return code;
}
