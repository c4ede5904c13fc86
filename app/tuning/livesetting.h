#pragma once

#include <QHash>
#include <QString>

namespace pg {
class Result;
}

namespace tuning {

// One row of the server's pg_settings.
struct LiveSetting {
    QString name;
    QString setting; // in the base unit
    QString unit;    // pg_settings.unit: "8kB", "kB", "MB", "ms", "s", "min" or empty
    QString vartype; // bool, integer, real, string, enum
    QString context; // postmaster, sighup, superuser, user, backend, ...
    QString source;  // default, configuration file, override, ...
    QString sourceFile;
    QString bootValue;
    QString resetValue;
    QString shown; // as SHOW prints it ("128MB")
    QString description;
    bool pendingRestart = false;
};

using LiveSettings = QHash<QString, LiveSetting>;

// Rows of sql/tuning/settings.sql.
LiveSettings liveSettingsFrom(const pg::Result &r);

} // namespace tuning
