#include "bench/format.h"

#include "bench/scenario.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace bench {

QString formatMs(double ms) {
    const QLocale loc;
    if (ms >= 1000)
        return QCoreApplication::translate("bench", "%1 s").arg(loc.toString(ms / 1000, 'f', 2));
    if (ms < 0.1) // pool waits without contention: microseconds say more than "0.00 ms"
        return QCoreApplication::translate("bench", "%1 µs").arg(loc.toString(ms * 1000, 'f', 0));
    const int decimals = ms >= 100 ? 0 : ms >= 10 ? 1 : 2;
    return QCoreApplication::translate("bench", "%1 ms").arg(loc.toString(ms, 'f', decimals));
}

QString formatRate(double perSecond) {
    const QLocale loc;
    return QCoreApplication::translate("bench", "%1/s")
        .arg(loc.toString(perSecond, 'f', perSecond >= 100 ? 0 : 1));
}

QString formatRatio(double ratio) {
    if (!std::isfinite(ratio) || ratio <= 0)
        return {};
    const QLocale loc;
    return loc.toString(ratio, 'f', ratio >= 10 ? 1 : ratio >= 0.1 ? 2 : 3) + QStringLiteral("×");
}

QString queryTitle(const QString &name) {
    if (name == QLatin1String("list_new"))
        return QCoreApplication::translate("bench", "List new orders");
    if (name == QLatin1String("list_status"))
        return QCoreApplication::translate("bench", "List view by status");
    if (name == QLatin1String("get_order"))
        return QCoreApplication::translate("bench", "Get one order");
    if (name == QLatin1String("claim"))
        return QCoreApplication::translate("bench", "Claim (committed)");
    if (name == QLatin1String("claim_unsafe"))
        return QCoreApplication::translate("bench", "Unsafe claim (committed)");
    if (name == QLatin1String("claim_miss"))
        return QCoreApplication::translate("bench", "Claim: order not available");
    if (name == QLatin1String("create_order"))
        return QCoreApplication::translate("bench", "Create order");
    if (name == QLatin1String("courier_orders"))
        return QCoreApplication::translate("bench", "Courier's own orders");
    if (name == QLatin1String("pool_wait"))
        return QCoreApplication::translate("bench", "Waiting for a pooled connection");
    return name;
}

} // namespace bench
