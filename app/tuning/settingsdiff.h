#pragma once

#include "tuning/livesetting.h"
#include "tuning/recommendation.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace tuning {

// When a changed setting takes effect, from pg_settings.context.
enum class Takes {
    Reload,      // sighup, superuser, user: ALTER SYSTEM + pg_reload_conf()
    NewSessions, // backend, superuser-backend: after reload, for new connections
    Restart,     // postmaster
    Never,       // internal: fixed when the server was built or initialised
    Unknown,     // not known to the server (e.g. an extension not loaded)
};

Takes takesFromContext(const QString &context);
// The context of the settings the advisor knows, for when no server is connected.
QString knownContext(const QString &name);
QString takesLabel(Takes t);

// A recommendation next to the live value.
struct SettingDiff {
    Recommendation rec;
    std::optional<LiveSetting> live; // nullopt offline or when the server does not know it
    bool differs = true;             // the live value is not the recommended one
    Takes takes = Takes::Unknown;

    QString current() const; // the live value as SHOW prints it, or empty
    bool pendingRestart() const { return live && live->pendingRestart; }
};

// Compares each recommendation with the live settings (values in normalised units).
QList<SettingDiff> diffSettings(const QList<Recommendation> &recs, const LiveSettings &live);
// Same comparison for one value.
bool matchesLive(const QString &value, const LiveSetting &live);
// Every setting recommend() can produce, for one pg_settings query that serves any inputs.
QStringList advisorSettingNames();

} // namespace tuning
