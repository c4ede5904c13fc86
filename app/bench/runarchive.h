#pragma once

#include "bench/runresult.h"

#include <QList>

#include <optional>

namespace history {
class Store;
struct Sample;
} // namespace history

namespace bench {

// Benchmark runs in the history store: kind "bench", key = run id, value = the run's JSON.
class RunArchive {
public:
    static constexpr const char *Kind = "bench";

    static bool save(history::Store *store, const QString &server, const RunResult &run);
    // Every saved run of a server, oldest first.
    static QList<RunResult> load(history::Store *store, const QString &server);
    // The runs held in samples of kind "bench", oldest first.
    static QList<RunResult> fromSamples(const QList<history::Sample> &samples);
    static std::optional<RunResult> find(history::Store *store, const QString &server, const QString &id);
};

} // namespace bench
