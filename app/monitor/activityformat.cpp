#include "monitor/activityformat.h"

#include <QCoreApplication>
#include <QDateTime>

namespace monitor {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(monitor_ActivityModel)
};
} // namespace

QString formatDuration(qint64 ms) {
    if (ms < 0)
        return {};
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return Tr::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString formatTime(qint64 epochMs) {
    if (epochMs <= 0)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochMs);
    if (t.date() == QDate::currentDate())
        return t.toString(QStringLiteral("HH:mm:ss"));
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace monitor
