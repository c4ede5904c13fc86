#pragma once

#include "migrate/oneoff.h"
#include "page.h"
#include "pageids.h"

#include <QMetaType>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace ui {

// Typed hand-over between pages. A request is a struct that names its target page; it travels
// through Page::navigate()/openWith() packed under its type's name, so neither side spells a
// key:   handOver(this, ExplainRequest(text, params, database));
// and in the target's openWith():   if (auto r = handover::unpack<ExplainRequest>(request)) ...

// A statement for the Explain page (from Activity, Statements, ...).
struct ExplainRequest {
    static constexpr const char *PageId = pageid::Explain;
    explicit ExplainRequest(QString sql = {}, QStringList params = {}, QString database = {},
                            bool run = false)
        : sql(std::move(sql))
        , params(std::move(params))
        , database(std::move(database))
        , run(run) {}
    QString sql;
    QStringList params; // values for $1, $2, ... (shown in the parameters bar)
    QString database;   // a database of the same server to run it in; empty: the connected one
    bool run = false;   // run EXPLAIN at once instead of waiting for the user
};

// A plan file (JSON or text) for the Explain page: `pgdba FILE`, `pgdba --plan FILE`, a file
// dropped onto the window.
struct OpenPlanFileRequest {
    static constexpr const char *PageId = pageid::Explain;
    explicit OpenPlanFileRequest(QString path = {})
        : path(std::move(path)) {}
    QString path;
};

// Two plans of one statement (plan history: before and after a change) for the Explain page's
// comparison: both are read like pasted plans and the Compare tab shows them side by side.
struct ComparePlansRequest {
    static constexpr const char *PageId = pageid::Explain;
    explicit ComparePlansRequest(QString beforeJson = {}, QString beforeLabel = {}, QString afterJson = {},
                                 QString afterLabel = {})
        : beforeJson(std::move(beforeJson))
        , beforeLabel(std::move(beforeLabel))
        , afterJson(std::move(afterJson))
        , afterLabel(std::move(afterLabel)) {}
    QString beforeJson, beforeLabel, afterJson, afterLabel;
};

// A one-off index migration for the migration wizard (e.g. from a sequential-scan finding):
// migrate::IndexRequest says what (table and columns, or a complete CREATE INDEX) and the query
// whose plan the wizard compares before/with HypoPG/after.
struct CreateIndexRequest {
    static constexpr const char *PageId = pageid::Migrations;
    explicit CreateIndexRequest(migrate::IndexRequest index = {})
        : index(std::move(index)) {}
    migrate::IndexRequest index;
};

// A migration file written elsewhere (the index advisor's): the Migrations page opens its folder
// and the wizard on that version, to apply it.
struct OpenMigrationRequest {
    static constexpr const char *PageId = pageid::Migrations;
    explicit OpenMigrationRequest(QString folder = {}, QString version = {})
        : folder(std::move(folder))
        , version(std::move(version)) {}
    QString folder;
    QString version;
};

// A recorded moment of the session history (Timeline → replay): the Activity or Locks page shows
// the sample at or before tsMs, read-only, with "recorded at … — back to live".
struct ReplayActivityRequest {
    static constexpr const char *PageId = pageid::Activity;
    explicit ReplayActivityRequest(qint64 tsMs = 0)
        : tsMs(tsMs) {}
    qint64 tsMs;
};
struct ReplayLocksRequest {
    static constexpr const char *PageId = pageid::Locks;
    explicit ReplayLocksRequest(qint64 tsMs = 0)
        : tsMs(tsMs) {}
    qint64 tsMs;
};

} // namespace ui

Q_DECLARE_METATYPE(ui::ExplainRequest)
Q_DECLARE_METATYPE(ui::ReplayActivityRequest)
Q_DECLARE_METATYPE(ui::ReplayLocksRequest)
Q_DECLARE_METATYPE(ui::OpenPlanFileRequest)
Q_DECLARE_METATYPE(ui::ComparePlansRequest)
Q_DECLARE_METATYPE(ui::CreateIndexRequest)
Q_DECLARE_METATYPE(ui::OpenMigrationRequest)

namespace ui {
namespace handover {
template <class R> QString key() {
    return QString::fromLatin1(QMetaType::fromType<R>().name());
}
template <class R> QVariantMap pack(const R &request) {
    return {{key<R>(), QVariant::fromValue(request)}};
}
template <class R> std::optional<R> unpack(const QVariantMap &request) {
    const QVariant v = request.value(key<R>());
    if (!v.canConvert<R>())
        return std::nullopt;
    return v.value<R>();
}
} // namespace handover

// Shows the request's page and hands it the request.
template <class R> void handOver(Page *from, const R &request) {
    Q_EMIT from->navigate(QString::fromLatin1(R::PageId), handover::pack(request));
}

} // namespace ui
