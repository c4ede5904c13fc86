// `pgdba advise --json` (advisor.h: toJson).
#include "advisor/advisor.h"

#include <QJsonArray>

#include <cmath>

namespace advisor {

namespace {
QJsonArray effectsJson(const QList<Effect> &effects) {
    QJsonArray out;
    for (const Effect &e : effects)
        out.append(QJsonObject{{QStringLiteral("queryid"), QString::number(e.queryid)},
                               {QStringLiteral("query"), e.query},
                               {QStringLiteral("calls"), double(e.calls)},
                               {QStringLiteral("cost_before"), std::round(e.costBefore * 100) / 100},
                               {QStringLiteral("cost_after"), std::round(e.costAfter * 100) / 100}});
    return out;
}
} // namespace

QJsonObject toJson(const Advice &a) {
    QJsonArray create, drop, skipped;
    for (const CreateProposal &p : a.create) {
        create.append(
            QJsonObject{{QStringLiteral("name"), p.name},
                        {QStringLiteral("definition"), p.definition},
                        {QStringLiteral("table"), p.candidate.table},
                        {QStringLiteral("est_size_bytes"), double(p.sizeBytes)},
                        {QStringLiteral("benefit"), std::round(p.benefit)},
                        {QStringLiteral("writes_per_s"),
                         p.writesPerS < 0 ? QJsonValue() : QJsonValue(std::round(p.writesPerS * 100) / 100)},
                        {QStringLiteral("reasons"), QJsonArray::fromStringList(p.candidate.reasons)},
                        {QStringLiteral("statements"), effectsJson(p.statements)}});
    }
    for (const DropProposal &d : a.drop) {
        drop.append(QJsonObject{
            {QStringLiteral("index"), d.schema.isEmpty() ? d.index : d.schema + QLatin1Char('.') + d.index},
            {QStringLiteral("table"), d.table},
            {QStringLiteral("kind"), d.kind},
            {QStringLiteral("reason"), d.reason},
            {QStringLiteral("definition"), d.definition},
            {QStringLiteral("size_bytes"), double(d.sizeBytes)},
            {QStringLiteral("scans"), double(d.scans)},
            {QStringLiteral("statement"), d.dropStatement()},
            {QStringLiteral("statements"), effectsJson(d.statements)}});
    }
    int considered = 0;
    for (const Statement &s : a.statements) {
        if (s.skipped.isEmpty())
            ++considered;
        else
            skipped.append(QJsonObject{{QStringLiteral("queryid"), QString::number(s.queryid)},
                                       {QStringLiteral("query"), s.query},
                                       {QStringLiteral("reason"), s.skipped}});
    }
    QJsonObject o{{QStringLiteral("database"), a.database},
                  {QStringLiteral("hypopg"), a.hypopg},
                  {QStringLiteral("create"), create},
                  {QStringLiteral("drop"), drop},
                  {QStringLiteral("statements_considered"), considered},
                  {QStringLiteral("skipped"), skipped},
                  {QStringLiteral("candidates"), a.candidates},
                  {QStringLiteral("explains"), a.explains},
                  {QStringLiteral("elapsed_ms"), double(a.elapsedMs)},
                  {QStringLiteral("workload_cost_before"), std::round(a.workloadBefore)},
                  {QStringLiteral("workload_cost_after"), std::round(a.workloadAfter)}};
    if (!a.ok()) {
        o.insert(QStringLiteral("error"), a.error);
        if (!a.fix.isEmpty())
            o.insert(QStringLiteral("fix"), a.fix);
    }
    return o;
}

} // namespace advisor
