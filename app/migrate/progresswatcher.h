#pragma once

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace migrate {

// One sample of pg_stat_progress_create_index for the migration's backend.
struct BuildProgress {
    int pid = 0;
    QString phase;
    QString command;
    QString index;
    QString table;
    qint64 lockersTotal = 0, lockersDone = 0, currentLockerPid = 0;
    qint64 blocksTotal = 0, blocksDone = 0;
    qint64 tuplesTotal = 0, tuplesDone = 0;

    // 0..1 over the whole build: each phase of a concurrent build owns a slice of the bar,
    // filled by blocks or tuples done within the phase.
    double fraction() const;
    // "building index: scanning table · blocks 1,204 / 22,970"
    QString text() const;
};

// Polls pg_stat_progress_create_index on a second connection while a build runs on the
// migration connection (whose backend is busy and cannot be asked).
class ProgressWatcher : public QObject {
    Q_OBJECT
public:
    explicit ProgressWatcher(pg::Connection *watch, QObject *parent = nullptr);
    ~ProgressWatcher() override;

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start(int pid);
    void stop();
    bool isWatching() const { return m_pid > 0; }

Q_SIGNALS:
    void progress(const migrate::BuildProgress &p);

private:
    QCoro::Task<void> poll();
    QPointer<pg::Connection> m_watch;
    QTimer m_timer;
    int m_pid = 0;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace migrate

Q_DECLARE_METATYPE(migrate::BuildProgress)
