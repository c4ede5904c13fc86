#include "tuning/livestate.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"
#include "tuning/settingsdiff.h"

#include <QCoreApplication>
#include <QPointer>

namespace tuning {

QCoro::Task<LiveState> loadLiveState(pg::Connection *c) {
    LiveState state;
    QPointer<pg::Connection> conn(c);
    if (!conn || !conn->isReady()) {
        state.error = pg::Error::connection(QCoreApplication::translate("tuning", "not connected"));
        co_return state;
    }
    state.versionNum = conn->facts().versionNum;
    QVariantList params;
    params << advisorSettingNames();
    const pg::Result settings = co_await conn->query(pg::sqlFile(QStringLiteral("tuning/settings")), params);
    if (!settings.ok()) {
        state.error = settings.error();
        co_return state;
    }
    state.settings = liveSettingsFrom(settings);
    if (!conn) {
        state.error =
            pg::Error::connection(QCoreApplication::translate("tuning", "the connection was closed"));
        co_return state;
    }
    const pg::Result evidence =
        co_await conn->query(pg::sqlFile(QStringLiteral("tuning/evidence"), state.versionNum));
    if (!evidence.ok()) {
        state.error = evidence.error();
        co_return state;
    }
    state.evidence = evidenceFrom(evidence);
    co_return state;
}

} // namespace tuning
