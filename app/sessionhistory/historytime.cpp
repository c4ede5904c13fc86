#include "sessionhistory/historytime.h"

#include <QDateTime>
#include <QRegularExpression>

namespace sessionhistory {

std::optional<qint64> parseHistoryTime(const QString &text, qint64 nowMs) {
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("now"))
        return nowMs;
    static const QRegularExpression rel(QStringLiteral("^-\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h|d)?$"));
    if (const auto m = rel.match(t); m.hasMatch()) {
        const QString unit = m.captured(2);
        double factor = 1000;
        if (unit == QLatin1String("ms"))
            factor = 1;
        else if (unit == QLatin1String("m") || unit == QLatin1String("min"))
            factor = 60000;
        else if (unit == QLatin1String("h"))
            factor = 3600000;
        else if (unit == QLatin1String("d"))
            factor = 86400000;
        return nowMs - qint64(m.captured(1).toDouble() * factor);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

} // namespace sessionhistory
