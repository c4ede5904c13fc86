#include "fleet/fleetrecorder.h"

#include <QPointer>

#include <algorithm>
#include <vector>

namespace fleet {

FleetRecorder::FleetRecorder(const record::Recorder::Options &base, const QList<Target> &targets,
                             history::Store *store, QObject *parent)
    : QObject(parent) {
    for (const Target &t : targets) {
        record::Recorder::Options o = base;
        o.info = t.info;
        o.name = t.name;
        o.serverKey = t.historyKey;
        auto *r = new record::Recorder(o, store, this);
        connect(r, &record::Recorder::logLine, this, &FleetRecorder::logLine);
        m_recorders << r;
    }
}

FleetRecorder::~FleetRecorder() = default;

QCoro::Task<int> FleetRecorder::run() {
    std::vector<QCoro::Task<int>> running;
    running.reserve(size_t(m_recorders.size()));
    for (record::Recorder *r : std::as_const(m_recorders))
        running.push_back(r->run()); // each starts at once and runs on its own
    int worst = 0;
    for (auto &task : running)
        worst = std::max(worst, co_await task);
    co_return worst;
}

void FleetRecorder::stop() {
    for (record::Recorder *r : std::as_const(m_recorders))
        r->stop();
}

} // namespace fleet
