#include "tuning/settingsdiff.h"

#include "tuning/units.h"

#include <QCoreApplication>

namespace tuning {

Takes takesFromContext(const QString &context) {
    if (context == QLatin1String("postmaster"))
        return Takes::Restart;
    if (context == QLatin1String("sighup") || context == QLatin1String("superuser") ||
        context == QLatin1String("user"))
        return Takes::Reload;
    if (context == QLatin1String("backend") || context == QLatin1String("superuser-backend"))
        return Takes::NewSessions;
    if (context == QLatin1String("internal"))
        return Takes::Never;
    return Takes::Unknown;
}

namespace {
// pg_settings.context of PostgreSQL 15 for every setting recommend() can produce.
const QHash<QString, QString> &contexts() {
    static const QHash<QString, QString> map = {
        {QStringLiteral("max_connections"), QStringLiteral("postmaster")},
        {QStringLiteral("shared_buffers"), QStringLiteral("postmaster")},
        {QStringLiteral("effective_cache_size"), QStringLiteral("user")},
        {QStringLiteral("maintenance_work_mem"), QStringLiteral("user")},
        {QStringLiteral("work_mem"), QStringLiteral("user")},
        {QStringLiteral("huge_pages"), QStringLiteral("postmaster")},
        {QStringLiteral("autovacuum_work_mem"), QStringLiteral("sighup")},
        {QStringLiteral("wal_buffers"), QStringLiteral("postmaster")},
        {QStringLiteral("min_wal_size"), QStringLiteral("sighup")},
        {QStringLiteral("max_wal_size"), QStringLiteral("sighup")},
        {QStringLiteral("checkpoint_completion_target"), QStringLiteral("sighup")},
        {QStringLiteral("wal_compression"), QStringLiteral("superuser")},
        {QStringLiteral("wal_level"), QStringLiteral("postmaster")},
        {QStringLiteral("max_wal_senders"), QStringLiteral("postmaster")},
        {QStringLiteral("random_page_cost"), QStringLiteral("user")},
        {QStringLiteral("effective_io_concurrency"), QStringLiteral("user")},
        {QStringLiteral("default_statistics_target"), QStringLiteral("user")},
        {QStringLiteral("jit"), QStringLiteral("user")},
        {QStringLiteral("max_worker_processes"), QStringLiteral("postmaster")},
        {QStringLiteral("max_parallel_workers_per_gather"), QStringLiteral("user")},
        {QStringLiteral("max_parallel_workers"), QStringLiteral("user")},
        {QStringLiteral("max_parallel_maintenance_workers"), QStringLiteral("user")},
        {QStringLiteral("shared_preload_libraries"), QStringLiteral("postmaster")},
        {QStringLiteral("pg_stat_statements.track"), QStringLiteral("superuser")},
        {QStringLiteral("pg_stat_statements.max"), QStringLiteral("postmaster")},
        {QStringLiteral("track_io_timing"), QStringLiteral("superuser")},
        {QStringLiteral("track_activity_query_size"), QStringLiteral("postmaster")},
        {QStringLiteral("log_min_duration_statement"), QStringLiteral("superuser")},
        {QStringLiteral("log_lock_waits"), QStringLiteral("superuser")},
        {QStringLiteral("log_temp_files"), QStringLiteral("superuser")},
        {QStringLiteral("log_checkpoints"), QStringLiteral("sighup")},
        {QStringLiteral("log_connections"), QStringLiteral("superuser-backend")},
        {QStringLiteral("log_disconnections"), QStringLiteral("superuser-backend")},
        {QStringLiteral("log_line_prefix"), QStringLiteral("sighup")},
        {QStringLiteral("autovacuum"), QStringLiteral("sighup")},
        {QStringLiteral("autovacuum_max_workers"), QStringLiteral("postmaster")},
        {QStringLiteral("autovacuum_naptime"), QStringLiteral("sighup")},
        {QStringLiteral("autovacuum_vacuum_scale_factor"), QStringLiteral("sighup")},
        {QStringLiteral("autovacuum_analyze_scale_factor"), QStringLiteral("sighup")},
    };
    return map;
}
} // namespace

QString knownContext(const QString &name) {
    return contexts().value(name);
}

QStringList advisorSettingNames() {
    QStringList names = contexts().keys();
    names.sort();
    return names;
}

QString takesLabel(Takes t) {
    switch (t) {
    case Takes::Reload:
        return QCoreApplication::translate("tuning", "reload");
    case Takes::NewSessions:
        return QCoreApplication::translate("tuning", "reload (new sessions)");
    case Takes::Restart:
        return QCoreApplication::translate("tuning", "restart");
    case Takes::Never:
        return QCoreApplication::translate("tuning", "cannot change");
    case Takes::Unknown:
        break;
    }
    return QCoreApplication::translate("tuning", "unknown");
}

QString SettingDiff::current() const {
    return live ? live->shown : QString();
}

bool matchesLive(const QString &value, const LiveSetting &live) {
    return sameSettingValue(value, live.setting, live.unit, live.vartype);
}

QList<SettingDiff> diffSettings(const QList<Recommendation> &recs, const LiveSettings &live) {
    QList<SettingDiff> out;
    out.reserve(recs.size());
    for (const Recommendation &r : recs) {
        SettingDiff d;
        d.rec = r;
        const auto it = live.constFind(r.name);
        if (it != live.constEnd()) {
            d.live = *it;
            d.differs = !matchesLive(r.value, *it);
            d.takes = takesFromContext(it->context);
        } else {
            d.takes = takesFromContext(knownContext(r.name));
        }
        out.append(d);
    }
    return out;
}

} // namespace tuning
