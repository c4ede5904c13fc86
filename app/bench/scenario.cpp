#include "bench/scenario.h"

#include <QCoreApplication>

namespace bench {

QList<Scenario> allScenarios() {
    return {Scenario::Mixed, Scenario::ListNew,     Scenario::ListStatus,    Scenario::GetOrder,
            Scenario::Claim, Scenario::CreateOrder, Scenario::CourierOrders, Scenario::ClaimUnsafe};
}

QString scenarioName(Scenario s) {
    switch (s) {
    case Scenario::ListNew:
        return QStringLiteral("list_new");
    case Scenario::ListStatus:
        return QStringLiteral("list_status");
    case Scenario::GetOrder:
        return QStringLiteral("get_order");
    case Scenario::Claim:
        return QStringLiteral("claim");
    case Scenario::ClaimUnsafe:
        return QStringLiteral("claim_unsafe");
    case Scenario::CreateOrder:
        return QStringLiteral("create_order");
    case Scenario::CourierOrders:
        return QStringLiteral("courier_orders");
    case Scenario::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

std::optional<Scenario> parseScenario(const QString &name) {
    const QString n = name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (Scenario s : allScenarios())
        if (scenarioName(s) == n)
            return s;
    return std::nullopt;
}

QString scenarioTitle(Scenario s) {
    switch (s) {
    case Scenario::ListNew:
        return QCoreApplication::translate("bench", "List new orders");
    case Scenario::ListStatus:
        return QCoreApplication::translate("bench", "List view by status");
    case Scenario::GetOrder:
        return QCoreApplication::translate("bench", "Get one order");
    case Scenario::Claim:
        return QCoreApplication::translate("bench", "Claim (FOR UPDATE SKIP LOCKED)");
    case Scenario::ClaimUnsafe:
        return QCoreApplication::translate("bench", "Unsafe claim (no row lock)");
    case Scenario::CreateOrder:
        return QCoreApplication::translate("bench", "Create order");
    case Scenario::CourierOrders:
        return QCoreApplication::translate("bench", "Courier's own orders");
    case Scenario::Mixed:
        return QCoreApplication::translate("bench", "Mixed (ticket's proportions)");
    }
    return {};
}

QString scenarioDescription(Scenario s) {
    switch (s) {
    case Scenario::ListNew:
        return QCoreApplication::translate("bench", "status = 'new' ORDER BY created_at DESC LIMIT 20");
    case Scenario::ListStatus:
        return QCoreApplication::translate("bench",
                                           "The list view for one status at a time, 50 rows, newest first.");
    case Scenario::GetOrder:
        return QCoreApplication::translate("bench", "One order by id with its latest 20 events.");
    case Scenario::Claim:
        return QCoreApplication::translate(
            "bench",
            "Couriers list new orders and claim one of the top five: SELECT … FOR UPDATE SKIP LOCKED, "
            "UPDATE … SET status = 'assigned', an order_events row. Checked for double claims afterwards.");
    case Scenario::ClaimUnsafe:
        return QCoreApplication::translate(
            "bench",
            "A deliberately broken claim (read, then update without a row lock) to show that the check "
            "catches double claims.");
    case Scenario::CreateOrder:
        return QCoreApplication::translate("bench", "A store inserts an order and its 'created' event.");
    case Scenario::CourierOrders:
        return QCoreApplication::translate("bench", "A courier's active orders, newest first.");
    case Scenario::Mixed:
        return QCoreApplication::translate(
            "bench",
            "35% list new, 20% get order, 15% courier's orders, 15% create, 10% claim, 5% list by status.");
    }
    return {};
}

bool scenarioClaims(Scenario s) {
    return s == Scenario::Claim || s == Scenario::ClaimUnsafe || s == Scenario::Mixed;
}

bool scenarioWrites(Scenario s) {
    return scenarioClaims(s) || s == Scenario::CreateOrder;
}

QString opName(Op op) {
    switch (op) {
    case Op::ListNew:
        return QStringLiteral("list_new");
    case Op::ListStatus:
        return QStringLiteral("list_status");
    case Op::GetOrder:
        return QStringLiteral("get_order");
    case Op::Claim:
        return QStringLiteral("claim");
    case Op::ClaimUnsafe:
        return QStringLiteral("claim_unsafe");
    case Op::CreateOrder:
        return QStringLiteral("create_order");
    case Op::CourierOrders:
        return QStringLiteral("courier_orders");
    }
    return {};
}

const QList<MixShare> &mixedShares() {
    static const QList<MixShare> shares = {{Op::ListNew, 35},     {Op::GetOrder, 20}, {Op::CourierOrders, 15},
                                           {Op::CreateOrder, 15}, {Op::Claim, 10},    {Op::ListStatus, 5}};
    return shares;
}

Op pickOp(Scenario s, double r) {
    switch (s) {
    case Scenario::ListNew:
        return Op::ListNew;
    case Scenario::ListStatus:
        return Op::ListStatus;
    case Scenario::GetOrder:
        return Op::GetOrder;
    case Scenario::Claim:
        return Op::Claim;
    case Scenario::ClaimUnsafe:
        return Op::ClaimUnsafe;
    case Scenario::CreateOrder:
        return Op::CreateOrder;
    case Scenario::CourierOrders:
        return Op::CourierOrders;
    case Scenario::Mixed:
        break;
    }
    double acc = 0;
    for (const auto &share : mixedShares()) {
        acc += share.percent / 100.0;
        if (r < acc)
            return share.op;
    }
    return mixedShares().constLast().op;
}

} // namespace bench
