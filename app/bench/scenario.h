#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace bench {

// One request of the ticket's API, timed as one sample.
enum class Op { ListNew, ListStatus, GetOrder, Claim, ClaimUnsafe, CreateOrder, CourierOrders };

// What the couriers of a run do: one request kind over and over, or the mix.
enum class Scenario { ListNew, ListStatus, GetOrder, Claim, ClaimUnsafe, CreateOrder, CourierOrders, Mixed };

struct MixShare {
    Op op;
    int percent;
};

QList<Scenario> allScenarios();
QString scenarioName(Scenario s); // "list_new", ..., "mixed" (CLI and history)
std::optional<Scenario> parseScenario(const QString &name);
QString scenarioTitle(Scenario s);       // translated, for the page
QString scenarioDescription(Scenario s); // translated, one sentence
bool scenarioClaims(Scenario s);         // runs the claim transaction: checked afterwards
bool scenarioWrites(Scenario s);         // changes the demo tables: the page confirms first

QString
opName(Op op); // sample name: "list_new", "claim", ... ("claim_miss" is a claim that found the order gone)
// The mixed scenario's shares (percent, summing to 100), documented in docs/guide/benchmark.md.
const QList<MixShare> &mixedShares();
// The request a courier makes next; r is uniform in [0, 1).
Op pickOp(Scenario s, double r);

} // namespace bench
