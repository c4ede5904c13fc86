#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace alerts {

enum class Severity { Warning = 1, Critical = 2 };
enum class Comparison { Above, Below };

QString severityKey(Severity s);   // "warning" / "critical" (stable: JSON, store)
QString severityLabel(Severity s); // translated
Severity severityFromKey(const QString &key);
QString comparisonKey(Comparison c); // "above" / "below"
Comparison comparisonFromKey(const QString &key);

// What a rule can watch: the values AlertMonitor reads every refresh (sql/alerts/*.sql and the
// health checks). Stable ids, stored in rules and the alert history.
namespace metric {
inline constexpr char StatementMeanMs[] = "statement_mean_ms"; // slowest statement's mean over the interval
inline constexpr char ConnectionsPct[] = "connections_pct";    // client backends / max_connections
inline constexpr char CacheHitPct[] = "cache_hit_pct";         // blocks hit / (hit + read) over the interval
inline constexpr char LongestTransactionS[] = "longest_transaction_s";
inline constexpr char BlockedSessions[] = "blocked_sessions";
inline constexpr char ReplicationLagMb[] =
    "replication_lag_mb"; // WAL not yet replayed by the slowest standby
inline constexpr char InactiveSlots[] = "inactive_slots";
inline constexpr char WraparoundAge[] = "wraparound_age";   // max age(datfrozenxid)
inline constexpr char HealthCritical[] = "health_critical"; // health checks in critical state
// The largest rise of a statement's mean time across a plan change of the last day (plan history):
// 100 x (mean with the new plan - mean with the old) / mean with the old; 0 when none rose.
inline constexpr char PlanRegressionPct[] = "plan_regression_pct";
} // namespace metric

struct MetricInfo {
    QString id;
    QString label; // translated
    QString unit;  // translated ("ms", "%", "s", ...)
    int decimals = 0;
};
const QList<MetricInfo> &metricInfos();
const MetricInfo *metricInfo(const QString &id);
QString formatValue(const QString &metricId, double value); // "123 ms", "97.5 %"

// An alert rule: the metric compared with a threshold must hold for forMs to fire; it resolves
// when the value is back past the threshold by the margin for forMs as well (hysteresis).
struct Rule {
    Q_DECLARE_TR_FUNCTIONS(alerts::Rule)
public:
    QString id; // stable ("connections", or "custom-<uuid>")
    QString name;
    QString metric;
    Comparison comparison = Comparison::Above;
    double threshold = 0;
    qint64 forMs = 0;
    double margin = -1; // how far back past the threshold the value must go to resolve; < 0: 5 %
    Severity severity = Severity::Warning;
    QStringList servers; // empty: every server; else server keys (host:port) or saved names
    bool muted = false;

    double effectiveMargin() const;
    bool breached(double value) const; // the firing side of the threshold
    bool cleared(double value) const;  // past the threshold by the margin
    bool appliesTo(const QString &serverKey, const QString &serverName) const;
    QString conditionText() const; // "connections over 80 % for 1 min" (translated)
    QString displayName() const;   // a shipped rule's name in the current language

    QJsonObject toJson() const;
    static Rule fromJson(const QJsonObject &o);
    bool operator==(const Rule &) const = default;
};

QString durationText(qint64 ms); // "2 min", "30 s", "1 h"

// A rule's name to show: a shipped rule's name (stored in whatever language it was saved in) in
// the current language; any other name as stored.
QString ruleDisplayName(const QString &ruleId, const QString &storedName);

// The ticket's alerts, shipped as the defaults.
QList<Rule> defaultRules();

// Rules in QSettings ("alerts/rules", JSON), the defaults when none are saved. The GUI and
// `pgdba record` read the same settings.
QList<Rule> loadRules(QSettings &settings);
void saveRules(QSettings &settings, const QList<Rule> &rules);
// The command hook (a program and its arguments, no shell): "alerts/hook".
QString loadHookCommand(QSettings &settings);
void saveHookCommand(QSettings &settings, const QString &command);

} // namespace alerts
