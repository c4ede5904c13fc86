#include "bench/runarchive.h"

#include "history/store.h"

#include <algorithm>

namespace bench {

bool RunArchive::save(history::Store *store, const QString &server, const RunResult &run) {
    if (!store || !store->isOpen())
        return false;
    return store->append(server, QString::fromLatin1(Kind), run.id, run.startedAt.toMSecsSinceEpoch(),
                         run.toJson());
}

QList<RunResult> RunArchive::load(history::Store *store, const QString &server) {
    QList<RunResult> out;
    if (!store || !store->isOpen())
        return out;
    return fromSamples(store->samplesAllKeys(server, QString::fromLatin1(Kind), 0));
}

QList<RunResult> RunArchive::fromSamples(const QList<history::Sample> &samples) {
    QList<RunResult> out;
    for (const auto &s : samples) {
        RunResult r = RunResult::fromJson(s.value);
        if (r.id.isEmpty())
            r.id = s.key;
        out << r;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RunResult &a, const RunResult &b) { return a.startedAt < b.startedAt; });
    return out;
}

std::optional<RunResult> RunArchive::find(history::Store *store, const QString &server, const QString &id) {
    if (!store || !store->isOpen())
        return std::nullopt;
    const auto samples = store->samples(server, QString::fromLatin1(Kind), id, 0);
    if (samples.isEmpty())
        return std::nullopt;
    RunResult r = RunResult::fromJson(samples.constLast().value);
    if (r.id.isEmpty())
        r.id = id;
    return r;
}

} // namespace bench
