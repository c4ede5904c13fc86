#pragma once

#include "fleet/fleetstatus.h"
#include "record/recorder.h"

#include <QList>
#include <QObject>

#include <qcoro/qcorotask.h>

namespace fleet {

// `pgdba record --all`: the headless recorder for every saved server in one process, one
// record::Recorder each (own connections, own recorder lock under the server's history key, own
// reconnects), all writing into the same store. A server whose recorder ends early (refused
// lock, fatal connect error) does not stop the others.
class FleetRecorder : public QObject {
    Q_OBJECT
public:
    FleetRecorder(const record::Recorder::Options &base, const QList<Target> &targets, history::Store *store,
                  QObject *parent = nullptr);
    ~FleetRecorder() override;

    // Runs until stop() (or the options' duration); the worst of the recorders' exit codes.
    QCoro::Task<int> run();
    void stop();
    const QList<record::Recorder *> &recorders() const { return m_recorders; }

Q_SIGNALS:
    void logLine(const QString &line);

private:
    QList<record::Recorder *> m_recorders;
};

} // namespace fleet
