#pragma once

#include "pg/error.h"
#include "tuning/livesetting.h"
#include "tuning/recommendation.h"
#include "tuning/settingsdiff.h"

#include <QList>
#include <QStringList>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace tuning {

// What happened to one setting during Apply.
struct AppliedSetting {
    QString name;
    QString value;
    QString statement; // the ALTER SYSTEM statement that was sent
    bool ok = false;
    QString error;
    Takes takes = Takes::Unknown;
    bool pendingRestart = false; // written, waits for a restart
    bool inEffect = false;       // the server now runs with the value
    QString nowShown;            // SHOW after the reload
};

struct ApplyOutcome {
    QString refusal;                // non-empty: nothing was changed (e.g. not a superuser)
    std::optional<pg::Error> error; // a failure that stopped Apply
    QList<AppliedSetting> settings;
    bool reloaded = false;
    LiveSettings after;

    QStringList pendingRestart() const;
    QStringList inEffect() const;
    QStringList failed() const;
    QString summary() const; // one paragraph for the page and the command line
};

// ALTER SYSTEM for each recommendation (values bound as parameters and quoted by the server,
// names quoted as identifiers), then pg_reload_conf(), then pg_settings again until every
// value is in effect or reported as pending a restart (at most settleMs). Refuses before
// changing anything when the role may not run ALTER SYSTEM for one of the settings.
QCoro::Task<ApplyOutcome> applySettings(pg::Connection *c, QList<Recommendation> changes,
                                        int settleMs = 3000);

// The text of the confirmation: exactly the statements Apply will send, and what needs a restart.
QString applyPreview(const QList<SettingDiff> &changes);

} // namespace tuning
