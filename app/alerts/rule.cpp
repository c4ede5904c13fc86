#include "alerts/rule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>

#include <cmath>

namespace alerts {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(alerts)
};
} // namespace

QString severityKey(Severity s) {
    return s == Severity::Critical ? QStringLiteral("critical") : QStringLiteral("warning");
}

QString severityLabel(Severity s) {
    return s == Severity::Critical ? Tr::tr("Critical") : Tr::tr("Warning");
}

Severity severityFromKey(const QString &key) {
    return key == QLatin1String("critical") ? Severity::Critical : Severity::Warning;
}

QString comparisonKey(Comparison c) {
    return c == Comparison::Below ? QStringLiteral("below") : QStringLiteral("above");
}

Comparison comparisonFromKey(const QString &key) {
    return key == QLatin1String("below") ? Comparison::Below : Comparison::Above;
}

const QList<MetricInfo> &metricInfos() {
    // Built on first use after the translator is installed.
    static const QList<MetricInfo> list = {
        {QString::fromLatin1(metric::StatementMeanMs), Tr::tr("Slowest statement mean"), Tr::tr("ms"), 1},
        {QString::fromLatin1(metric::ConnectionsPct), Tr::tr("Connections of max_connections"), Tr::tr("%"),
         1},
        {QString::fromLatin1(metric::CacheHitPct), Tr::tr("Cache hit ratio"), Tr::tr("%"), 2},
        {QString::fromLatin1(metric::LongestTransactionS), Tr::tr("Longest open transaction"), Tr::tr("s"),
         1},
        {QString::fromLatin1(metric::BlockedSessions), Tr::tr("Blocked sessions"), QString(), 0},
        {QString::fromLatin1(metric::ReplicationLagMb), Tr::tr("Replication lag"), Tr::tr("MB"), 1},
        {QString::fromLatin1(metric::InactiveSlots), Tr::tr("Inactive replication slots"), QString(), 0},
        {QString::fromLatin1(metric::WraparoundAge), Tr::tr("Transaction ID age (wraparound)"), QString(), 0},
        {QString::fromLatin1(metric::HealthCritical), Tr::tr("Critical health checks"), QString(), 0},
        {QString::fromLatin1(metric::PlanRegressionPct), Tr::tr("Mean time rise after a plan change"),
         Tr::tr("%"), 0},
    };
    return list;
}

const MetricInfo *metricInfo(const QString &id) {
    for (const auto &m : metricInfos())
        if (m.id == id)
            return &m;
    return nullptr;
}

QString formatValue(const QString &metricId, double value) {
    if (std::isnan(value))
        return QStringLiteral("—");
    const MetricInfo *m = metricInfo(metricId);
    const int decimals = m ? m->decimals : 2;
    QString text = QString::number(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : decimals);
    if (m && !m->unit.isEmpty())
        text += QLatin1Char(' ') + m->unit;
    return text;
}

QString durationText(qint64 ms) {
    if (ms <= 0)
        return Tr::tr("at once");
    if (ms % 3600000 == 0)
        return Tr::tr("%1 h").arg(ms / 3600000);
    if (ms % 60000 == 0)
        return Tr::tr("%1 min").arg(ms / 60000);
    if (ms % 1000 == 0)
        return Tr::tr("%1 s").arg(ms / 1000);
    return Tr::tr("%1 ms").arg(ms);
}

double Rule::effectiveMargin() const {
    return margin >= 0 ? margin : std::abs(threshold) * 0.05;
}

bool Rule::breached(double v) const {
    return comparison == Comparison::Above ? v > threshold : v < threshold;
}

bool Rule::cleared(double v) const {
    const double m = effectiveMargin();
    return comparison == Comparison::Above ? v <= threshold - m : v >= threshold + m;
}

bool Rule::appliesTo(const QString &serverKey, const QString &serverName) const {
    return servers.isEmpty() || servers.contains(serverKey) ||
           (!serverName.isEmpty() && servers.contains(serverName));
}

QString Rule::conditionText() const {
    const MetricInfo *m = metricInfo(metric);
    const QString what = m ? m->label : metric;
    const QString value = formatValue(metric, threshold);
    const QString cond = comparison == Comparison::Above ? tr("%1 over %2").arg(what, value)
                                                         : tr("%1 under %2").arg(what, value);
    return forMs > 0 ? tr("%1 for %2").arg(cond, durationText(forMs)) : cond;
}

QJsonObject Rule::toJson() const {
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("metric"), metric},
                  {QStringLiteral("comparison"), comparisonKey(comparison)},
                  {QStringLiteral("threshold"), threshold},
                  {QStringLiteral("for_ms"), double(forMs)},
                  {QStringLiteral("severity"), severityKey(severity)},
                  {QStringLiteral("servers"), QJsonArray::fromStringList(servers)},
                  {QStringLiteral("muted"), muted}};
    if (margin >= 0)
        o.insert(QStringLiteral("margin"), margin);
    return o;
}

Rule Rule::fromJson(const QJsonObject &o) {
    Rule r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.metric = o.value(QStringLiteral("metric")).toString();
    r.comparison = comparisonFromKey(o.value(QStringLiteral("comparison")).toString());
    r.threshold = o.value(QStringLiteral("threshold")).toDouble();
    r.forMs = qint64(o.value(QStringLiteral("for_ms")).toDouble());
    r.margin = o.value(QStringLiteral("margin")).toDouble(-1);
    r.severity = severityFromKey(o.value(QStringLiteral("severity")).toString());
    for (const auto &s : o.value(QStringLiteral("servers")).toArray())
        r.servers << s.toString();
    r.muted = o.value(QStringLiteral("muted")).toBool();
    return r;
}

namespace {
// The shipped rules' names, translated when shown (a name the user kept is shown in the
// current language; one the user changed is shown as written).
struct DefaultName {
    const char *id;
    const char *name;
};
constexpr DefaultName kDefaultNames[] = {
    {"slow_statements", QT_TRANSLATE_NOOP("alerts", "Slow statements")},
    {"connections", QT_TRANSLATE_NOOP("alerts", "Connections near the limit")},
    {"cache_hit", QT_TRANSLATE_NOOP("alerts", "Cache hit ratio low")},
    {"long_transaction", QT_TRANSLATE_NOOP("alerts", "Long transaction")},
    {"blocked_sessions", QT_TRANSLATE_NOOP("alerts", "Blocked sessions")},
    {"replication_lag", QT_TRANSLATE_NOOP("alerts", "Replication lag")},
    {"inactive_slot", QT_TRANSLATE_NOOP("alerts", "Inactive replication slot")},
    {"wraparound", QT_TRANSLATE_NOOP("alerts", "Transaction ID wraparound")},
    {"health_critical", QT_TRANSLATE_NOOP("alerts", "Health check critical")},
    {"plan_regression", QT_TRANSLATE_NOOP("alerts", "Plan change with a slowdown")},
};
QString defaultName(const char *id) {
    for (const auto &d : kDefaultNames)
        if (qstrcmp(d.id, id) == 0)
            return Tr::tr(d.name);
    return QString::fromLatin1(id);
}
} // namespace

QString ruleDisplayName(const QString &ruleId, const QString &storedName) {
    for (const auto &d : kDefaultNames)
        if (ruleId == QLatin1String(d.id) &&
            (storedName.isEmpty() || storedName == QLatin1String(d.name) || storedName == Tr::tr(d.name)))
            return Tr::tr(d.name);
    return storedName;
}

QString Rule::displayName() const {
    return ruleDisplayName(id, name);
}

QList<Rule> defaultRules() {
    auto rule = [](const char *id, const char *metricId, Comparison c, double threshold, qint64 forMs,
                   Severity s, double margin = -1) {
        Rule r;
        r.id = QString::fromLatin1(id);
        r.name = defaultName(id);
        r.metric = QString::fromLatin1(metricId);
        r.comparison = c;
        r.threshold = threshold;
        r.forMs = forMs;
        r.severity = s;
        r.margin = margin;
        return r;
    };
    const qint64 min = 60000;
    return {
        rule("slow_statements", metric::StatementMeanMs, Comparison::Above, 100, 2 * min, Severity::Warning),
        rule("connections", metric::ConnectionsPct, Comparison::Above, 80, 1 * min, Severity::Warning),
        rule("cache_hit", metric::CacheHitPct, Comparison::Below, 99, 5 * min, Severity::Warning, 0.5),
        rule("long_transaction", metric::LongestTransactionS, Comparison::Above, 300, 0, Severity::Warning),
        rule("blocked_sessions", metric::BlockedSessions, Comparison::Above, 0, 30000, Severity::Warning),
        rule("replication_lag", metric::ReplicationLagMb, Comparison::Above, 100, 1 * min, Severity::Warning),
        rule("inactive_slot", metric::InactiveSlots, Comparison::Above, 0, 5 * min, Severity::Warning),
        rule("wraparound", metric::WraparoundAge, Comparison::Above, 500000000, 0, Severity::Critical),
        rule("health_critical", metric::HealthCritical, Comparison::Above, 0, 0, Severity::Critical),
        rule("plan_regression", metric::PlanRegressionPct, Comparison::Above, 50, 0, Severity::Warning),
    };
}

namespace {
// The shipped rules a saved list already knew of: with the list, saveRules writes the ids
// defaultRules() had then. A list saved before that key existed knew the first nine (wave 1).
QSet<QString> knownShippedIds(QSettings &settings) {
    const QVariant v = settings.value(QStringLiteral("alerts/shippedRules"));
    if (v.isValid()) {
        const QStringList ids = v.toStringList();
        return QSet<QString>(ids.cbegin(), ids.cend());
    }
    return {QStringLiteral("slow_statements"),  QStringLiteral("connections"),
            QStringLiteral("cache_hit"),        QStringLiteral("long_transaction"),
            QStringLiteral("blocked_sessions"), QStringLiteral("replication_lag"),
            QStringLiteral("inactive_slot"),    QStringLiteral("wraparound"),
            QStringLiteral("health_critical")};
}
} // namespace

QList<Rule> loadRules(QSettings &settings) {
    const QByteArray json = settings.value(QStringLiteral("alerts/rules")).toByteArray();
    if (json.isEmpty())
        return defaultRules();
    QList<Rule> out;
    QSet<QString> ids;
    for (const auto &v : QJsonDocument::fromJson(json).array()) {
        Rule r = Rule::fromJson(v.toObject());
        if (!r.id.isEmpty() && metricInfo(r.metric)) {
            ids << r.id;
            out << r;
        }
    }
    // A rule shipped after the list was saved joins it; one the user removed stays removed.
    const QSet<QString> known = knownShippedIds(settings);
    for (const Rule &r : defaultRules())
        if (!known.contains(r.id) && !ids.contains(r.id))
            out << r;
    return out;
}

void saveRules(QSettings &settings, const QList<Rule> &rules) {
    QJsonArray a;
    for (const auto &r : rules)
        a.append(r.toJson());
    settings.setValue(QStringLiteral("alerts/rules"), QJsonDocument(a).toJson(QJsonDocument::Compact));
    QStringList shipped;
    for (const Rule &r : defaultRules())
        shipped << r.id;
    settings.setValue(QStringLiteral("alerts/shippedRules"), shipped);
}

QString loadHookCommand(QSettings &settings) {
    return settings.value(QStringLiteral("alerts/hook")).toString();
}

void saveHookCommand(QSettings &settings, const QString &command) {
    settings.setValue(QStringLiteral("alerts/hook"), command);
}

} // namespace alerts
