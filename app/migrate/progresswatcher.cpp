#include "migrate/progresswatcher.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QCoreApplication>
#include <QLocale>

namespace migrate {

namespace {
struct Slice {
    const char *prefix;
    double from, to;
    enum { None, Blocks, Tuples, Lockers } by;
};
// Phases of CREATE INDEX [CONCURRENTLY] in the order PostgreSQL goes through them.
const Slice kSlices[] = {
    {"initializing", 0.00, 0.02, Slice::None},
    {"waiting for writers before build", 0.02, 0.05, Slice::Lockers},
    {"building index: scanning table", 0.05, 0.40, Slice::Blocks},
    {"building index: sorting live tuples", 0.40, 0.45, Slice::Tuples},
    {"building index: loading tuples in tree", 0.45, 0.60, Slice::Tuples},
    {"building index", 0.05, 0.60, Slice::Blocks},
    {"waiting for writers before validation", 0.60, 0.63, Slice::Lockers},
    {"index validation: scanning index", 0.63, 0.75, Slice::Blocks},
    {"index validation: sorting tuples", 0.75, 0.78, Slice::Tuples},
    {"index validation: scanning table", 0.78, 0.95, Slice::Blocks},
    {"waiting for old snapshots", 0.95, 0.99, Slice::Lockers},
    {"waiting for readers before marking dead", 0.99, 1.0, Slice::Lockers},
    {"waiting for readers before dropping", 0.99, 1.0, Slice::Lockers},
};

double ratio(qint64 done, qint64 total) {
    return total > 0 ? qBound(0.0, double(done) / double(total), 1.0) : 0.0;
}
} // namespace

double BuildProgress::fraction() const {
    for (const Slice &s : kSlices) {
        if (!phase.startsWith(QLatin1String(s.prefix)))
            continue;
        double within = 0;
        switch (s.by) {
        case Slice::Blocks:
            within = ratio(blocksDone, blocksTotal);
            break;
        case Slice::Tuples:
            within = ratio(tuplesDone, tuplesTotal);
            break;
        case Slice::Lockers:
            within = ratio(lockersDone, lockersTotal);
            break;
        case Slice::None:
            break;
        }
        return s.from + (s.to - s.from) * within;
    }
    return 0;
}

QString BuildProgress::text() const {
    const QLocale loc;
    QString t = phase;
    if (blocksTotal > 0)
        t += QCoreApplication::translate("migrate::BuildProgress", " · blocks %1 / %2")
                 .arg(loc.toString(blocksDone), loc.toString(blocksTotal));
    if (tuplesTotal > 0)
        t += QCoreApplication::translate("migrate::BuildProgress", " · tuples %1 / %2")
                 .arg(loc.toString(tuplesDone), loc.toString(tuplesTotal));
    if (lockersTotal > 0)
        t += QCoreApplication::translate("migrate::BuildProgress",
                                         " · waiting for %1 of %2 transactions (pid %3)")
                 .arg(lockersTotal - lockersDone)
                 .arg(lockersTotal)
                 .arg(currentLockerPid);
    return t;
}

ProgressWatcher::ProgressWatcher(pg::Connection *watch, QObject *parent)
    : QObject(parent)
    , m_watch(watch) {
    qRegisterMetaType<migrate::BuildProgress>();
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_busy && m_pid > 0)
            poll();
    });
}

ProgressWatcher::~ProgressWatcher() = default;

void ProgressWatcher::start(int pid) {
    m_pid = pid;
    ++m_generation;
    m_timer.start();
    if (!m_busy)
        poll();
}

void ProgressWatcher::stop() {
    m_pid = 0;
    ++m_generation;
    m_timer.stop();
}

QCoro::Task<void> ProgressWatcher::poll() {
    QPointer<ProgressWatcher> self(this);
    if (!m_watch || !m_watch->isReady())
        co_return;
    m_busy = true;
    const quint64 gen = m_generation;
    QVariantList p;
    p << m_pid;
    const pg::Result r = co_await m_watch->query(pg::sqlFile(QStringLiteral("migrate/progress")), p);
    if (!self)
        co_return;
    m_busy = false;
    if (gen != m_generation || !r.ok() || r.rows() == 0)
        co_return;
    BuildProgress b;
    b.pid = int(r.int64(0, "pid"));
    b.phase = r.text(0, "phase");
    b.command = r.text(0, "command");
    b.index = r.text(0, "index_name");
    b.table = r.text(0, "table_name");
    b.lockersTotal = r.int64(0, "lockers_total");
    b.lockersDone = r.int64(0, "lockers_done");
    b.currentLockerPid = r.int64(0, "current_locker_pid");
    b.blocksTotal = r.int64(0, "blocks_total");
    b.blocksDone = r.int64(0, "blocks_done");
    b.tuplesTotal = r.int64(0, "tuples_total");
    b.tuplesDone = r.int64(0, "tuples_done");
    Q_EMIT progress(b);
}

} // namespace migrate
