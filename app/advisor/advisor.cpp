#include "advisor/advisor.h"

#include "explain/planparser.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"
#include "plans/plancapture.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>

#include <algorithm>

namespace advisor {

namespace {

QString sql(const char *name) {
    return pg::sqlFile(QStringLiteral("advisor/") + QLatin1String(name));
}

// The root's total cost: the first "Total Cost" of a FORMAT JSON plan.
double rootCost(const QString &json) {
    static const QRegularExpression re(QStringLiteral(R"("Total Cost":\s*([0-9.eE+-]+))"));
    const auto m = re.match(json);
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

// The indexes a FORMAT JSON plan uses ("Index Name"), without parsing the whole plan.
QSet<QString> indexNames(const QString &json) {
    static const QRegularExpression re(QStringLiteral(R"re("Index Name":\s*"((?:[^"\\]|\\.)*)")re"));
    QSet<QString> out;
    for (auto it = re.globalMatch(json); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

struct Explained {
    QString json;
    QString error;
    bool ok() const { return error.isEmpty() && !json.isEmpty(); }
};

// EXPLAIN of one statement on the advisor's session: its literal text as is, or the generic
// plan of a normalised text (PREPARE, EXPLAIN EXECUTE with NULLs, DEALLOCATE; the session has
// plan_cache_mode = force_generic_plan). Each step goes through the extended protocol, which
// refuses a text holding more than one statement.
QCoro::Task<Explained> explainOne(QPointer<pg::Connection> c, QString text, bool literal, bool verbose,
                                  int *count) {
    Explained out;
    if (!c) {
        out.error = QStringLiteral("connection closed");
        co_return out;
    }
    ++*count;
    const QString options =
        verbose ? QStringLiteral("(FORMAT JSON, VERBOSE) ") : QStringLiteral("(FORMAT JSON) ");
    if (literal) {
        const QString q = QStringLiteral("EXPLAIN ") + options + text;
        const pg::Result r = co_await c->query(q);
        if (!r.ok())
            out.error = r.error()->message;
        else if (r.rows() > 0)
            out.json = r.text(0, 0);
        co_return out;
    }
    // Parameters whose type the text does not settle are declared text (plans::prepareDeclaringText).
    const QString name = QStringLiteral("pgdba_advise");
    const std::optional<pg::Error> failed = co_await plans::prepareDeclaringText(c, name, text, false);
    if (!c) {
        out.error = QStringLiteral("connection closed");
        co_return out;
    }
    if (failed) {
        out.error = failed->message;
        co_return out;
    }
    const QString explain = QStringLiteral("EXPLAIN ") + options + plans::executeWithNulls(name, text);
    const pg::Result r = co_await c->query(explain);
    if (!c) {
        out.error = QStringLiteral("connection closed");
        co_return out;
    }
    if (!r.ok())
        out.error = r.error()->message;
    else if (r.rows() > 0)
        out.json = r.text(0, 0);
    const QString deallocate = QStringLiteral("DEALLOCATE ") + name;
    co_await c->query(deallocate);
    co_return out;
}

QList<int> parseInts(const QString &text) {
    QList<int> out;
    for (const QString &p : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << p.toInt();
    return out;
}

QString firstWords(const QString &text, int n) {
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return parts.mid(0, n).join(QLatin1Char(' '));
}

} // namespace

QCoro::Task<Advice> advise(pg::Connection *conn, Options options, Progress progress) {
    Advice a;
    QElapsedTimer timer;
    timer.start();
    QPointer<pg::Connection> c(conn);
    const auto report = [&](const QString &what, int done, int total) {
        if (progress)
            progress(what, done, total);
    };
    const auto lost = [&]() {
        a.error = Advice::tr("The connection closed while the advisor ran.");
        a.elapsedMs = timer.elapsed();
    };
    if (!c || !c->isReady()) {
        a.error = Advice::tr("Not connected.");
        co_return a;
    }
    // --- what is there ----------------------------------------------------------------------
    const QString preflightSql = sql("preflight");
    const pg::Result pre = co_await c->query(preflightSql);
    if (!c) {
        lost();
        co_return a;
    }
    if (!pre.ok() || pre.rows() < 1) {
        a.error = pre.ok() ? Advice::tr("The server returned nothing.") : pre.error()->message;
        co_return a;
    }
    a.database = pre.text(0, "database");
    a.role = pre.text(0, "role");
    a.hypopg = pre.text(0, "hypopg");
    a.statsSince = pre.text(0, "stats_since");
    if (pre.isNull(0, "pg_stat_statements")) {
        a.error =
            Advice::tr("pg_stat_statements is not installed in database %1: the advisor reads the workload "
                       "from it.")
                .arg(a.database);
        a.fix = Advice::tr(
            "CREATE EXTENSION pg_stat_statements;  (with pg_stat_statements in shared_preload_libraries)");
        co_return a;
    }
    if (pre.isNull(0, "hypopg")) {
        a.error =
            Advice::tr("HypoPG is not installed in database %1: the advisor costs candidate indexes with it "
                       "instead of building them.")
                .arg(a.database);
        a.fix =
            pre.boolean(0, "hypopg_available")
                ? Advice::tr("CREATE EXTENSION hypopg;  (in database %1)").arg(a.database)
                : Advice::tr("Install the server package postgresql-%1-hypopg, then CREATE EXTENSION hypopg;")
                      .arg(c->facts().versionNum / 10000);
        co_return a;
    }
    // --- the advisor's session: read-only, generic plans, bounded ---------------------------------
    const QString session = QStringLiteral("SET plan_cache_mode = force_generic_plan; "
                                           "SET default_transaction_read_only = on; "
                                           "SET statement_timeout = %1; SET lock_timeout = 1000")
                                .arg(std::max(100, options.statementTimeoutMs));
    const QList<pg::Result> set = co_await c->execScript(session);
    if (!c) {
        lost();
        co_return a;
    }
    if (set.isEmpty() || !set.back().ok()) {
        a.error = set.isEmpty() ? Advice::tr("The server returned nothing.") : set.back().error()->message;
        co_return a;
    }
    const QString resetSql = sql("hypo_reset");
    co_await c->query(resetSql);
    // --- the workload --------------------------------------------------------------------------
    const QString statementsSql = sql("statements");
    const QVariantList topParams{std::max(1, options.top) * 4};
    const pg::Result st = co_await c->query(statementsSql, topParams);
    if (!c) {
        lost();
        co_return a;
    }
    if (!st.ok()) {
        a.error = st.error()->message;
        co_return a;
    }
    QList<Candidate> all;
    int plannable = 0;
    for (int row = 0; row < st.rows() && plannable < options.top; ++row) {
        Statement s;
        s.queryid = st.text(row, "queryid").toLongLong();
        s.query = st.text(row, "query");
        s.calls = st.int64(row, "calls");
        s.totalMs = st.dbl(row, "total_ms");
        s.meanMs = st.dbl(row, "mean_ms");
        s.costed = s.query;
        report(Advice::tr("Planning statement %1 of %2").arg(row + 1).arg(st.rows()), row, st.rows());
        // Utility statements (SET, EXPLAIN, PREPARE, BEGIN …) have no plan and are not workload.
        if (plans::isUtility(s.query))
            continue;
        ++plannable;
        plans::CaptureOptions captureOptions;
        captureOptions.allowWrites = options.allowWrites;
        if (const QString why = plans::refusal(s.query, captureOptions); !why.isEmpty()) {
            s.skipped = why;
            a.statements << s;
            continue;
        }
        bool literal = false;
        if (const auto texts = options.literalTexts.value(s.queryid); !texts.isEmpty()) {
            int total = 0;
            const QPair<QString, int> *best = nullptr;
            for (const auto &t : texts) {
                total += t.second;
                if (!best || t.second > best->second)
                    best = &t;
            }
            static const QRegularExpression param(QStringLiteral(R"(\$\d)"));
            if (best && best->second * 5 >= total * 4 && !best->first.contains(param) &&
                plans::refusal(best->first, captureOptions).isEmpty()) {
                s.costed = best->first;
                literal = true;
            }
        }
        const Explained e = co_await explainOne(c, s.costed, literal, true, &a.explains);
        if (!c) {
            lost();
            co_return a;
        }
        if (!e.ok()) {
            s.skipped = e.error.isEmpty() ? Advice::tr("EXPLAIN returned nothing") : e.error;
            a.statements << s;
            continue;
        }
        const explain::ParseResult parsed = explain::parsePlan(e.json.toUtf8());
        if (!parsed.ok()) {
            s.skipped = parsed.error;
            a.statements << s;
            continue;
        }
        s.costBefore = s.costAfter = parsed.plan.root().totalCost;
        s.relations = relationsOf(parsed.plan);
        s.indexesBefore = s.indexesAfter = indexesUsedBy(parsed.plan);
        all << candidatesFromPlan(parsed.plan, int(a.statements.size()));
        a.statements << s;
    }
    // Costed texts are literal when flagged: remember which, by position.
    QSet<int> literalAt;
    for (int i = 0; i < a.statements.size(); ++i)
        if (a.statements[i].costed != a.statements[i].query)
            literalAt.insert(i);
    QList<Candidate> candidates = mergeCandidates(all);
    a.candidates = int(candidates.size());
    for (const Statement &s : std::as_const(a.statements))
        if (s.costBefore >= 0)
            a.workloadBefore += double(s.calls) * s.costBefore;
    // --- table write rates -----------------------------------------------------------------------
    QHash<QString, qint64> writes;
    {
        const QString tablesSql = sql("tables");
        const pg::Result t = co_await c->query(tablesSql);
        if (!c) {
            lost();
            co_return a;
        }
        for (int row = 0; t.ok() && row < t.rows(); ++row)
            writes.insert(t.text(row, "table"), t.int64(row, "index_writes"));
    }
    const double statsAgeS = std::max(1.0, pre.dbl(0, "stats_age_s"));
    // --- greedy choice with HypoPG ------------------------------------------------------------------
    // The statements a candidate can change: those whose plans gave a candidate on its table that
    // uses its leading column (in a filter, a join condition or the ORDER BY a LIMIT needs). A
    // B-tree helps only a statement that constrains or orders by its first column; a statement
    // that reaches the table through an index that already fits gained no candidate at all.
    QHash<QString, QList<int>> byLead; // "table|column" -> statements
    for (const Candidate &cand : std::as_const(candidates)) {
        QSet<QString> columns;
        for (const QString &k : cand.keys)
            columns.insert(keyColumn(k));
        for (const QString &col : std::as_const(columns)) {
            QList<int> &list = byLead[cand.target() + QLatin1Char('|') + col];
            for (int i : cand.statements)
                if (!list.contains(i) && a.statements[i].costBefore >= 0)
                    list << i;
        }
    }
    for (QList<int> &list : byLead)
        std::sort(list.begin(), list.end());
    const auto affected = [&](const Candidate &cand) {
        return byLead.value(cand.target() + QLatin1Char('|') + keyColumn(cand.keys.value(0)));
    };
    QList<double> current;
    for (const Statement &s : std::as_const(a.statements))
        current << s.costBefore;
    struct Eval {
        bool fresh = false;
        bool invalid = false;
        double gain = 0;
        qint64 size = 0;
        QHash<int, double> costs;
    };
    QList<Eval> evals(candidates.size());
    QList<int> chosen;
    QHash<QString, int> hypoName; // hypothetical index name -> proposal
    const QString createSql = sql("hypo_create");
    const QString dropSql = sql("hypo_drop");
    const double minGain = options.minGainShare * a.workloadBefore;
    while (chosen.size() < options.maxIndexes) {
        for (qsizetype k = 0; k < candidates.size(); ++k) {
            Eval &ev = evals[k];
            if (ev.fresh || ev.invalid || chosen.contains(int(k)))
                continue;
            report(Advice::tr("Costing candidate %1 of %2 with HypoPG").arg(k + 1).arg(candidates.size()),
                   int(k), int(candidates.size()));
            const QVariantList createParams{candidates[k].hypotheticalDefinition()};
            const pg::Result h = co_await c->query(createSql, createParams);
            if (!c) {
                lost();
                co_return a;
            }
            if (!h.ok() || h.rows() < 1) {
                ev.invalid = true;
                continue;
            }
            const qint64 oid = h.int64(0, "indexrelid");
            ev.size = h.int64(0, "size_bytes");
            ev.costs.clear();
            ev.gain = 0;
            for (int i : affected(candidates[k])) {
                const Explained e =
                    co_await explainOne(c, a.statements[i].costed, literalAt.contains(i), false, &a.explains);
                if (!c) {
                    lost();
                    co_return a;
                }
                const double cost = e.ok() ? rootCost(e.json) : -1;
                if (cost < 0)
                    continue;
                ev.costs.insert(i, cost);
                ev.gain += double(a.statements[i].calls) * std::max(0.0, current[i] - cost);
            }
            const QVariantList dropParams{oid};
            co_await c->query(dropSql, dropParams);
            if (!c) {
                lost();
                co_return a;
            }
            ev.fresh = true;
        }
        int best = -1;
        double bestRatio = 0;
        for (qsizetype k = 0; k < candidates.size(); ++k) {
            const Eval &ev = evals[k];
            if (!ev.fresh || ev.invalid || chosen.contains(int(k)) || ev.gain <= 0 || ev.gain < minGain)
                continue;
            const double mb = std::max(1.0 / 16, double(ev.size) / (1024.0 * 1024.0));
            const double ratio = ev.gain / mb;
            if (best < 0 || ratio > bestRatio) {
                best = int(k);
                bestRatio = ratio;
            }
        }
        if (best < 0)
            break;
        // Keep it (hypothetically) and cost the rest against the set chosen so far.
        const QVariantList createParams{candidates[best].hypotheticalDefinition()};
        const pg::Result h = co_await c->query(createSql, createParams);
        if (!c) {
            lost();
            co_return a;
        }
        if (!h.ok() || h.rows() < 1) {
            evals[best].invalid = true;
            continue;
        }
        hypoName.insert(h.text(0, "indexname"), int(a.create.size()));
        chosen << best;
        CreateProposal p;
        p.candidate = candidates[best];
        p.sizeBytes = evals[best].size;
        p.benefit = evals[best].gain;
        if (writes.contains(p.candidate.table))
            p.writesPerS = double(writes.value(p.candidate.table)) / statsAgeS;
        a.create << p;
        const QList<int> changed = affected(candidates[best]);
        for (auto it = evals[best].costs.cbegin(); it != evals[best].costs.cend(); ++it)
            current[it.key()] = std::min(current[it.key()], it.value());
        for (qsizetype k = 0; k < candidates.size(); ++k) {
            if (evals[k].fresh && std::any_of(changed.cbegin(), changed.cend(),
                                              [&](int i) { return evals[k].costs.contains(i); }))
                evals[k].fresh = false;
        }
    }
    // --- the whole set: final plans, which statement uses which index ---------------------------
    QSet<QString> taken;
    for (CreateProposal &p : a.create) {
        QString name = p.candidate.suggestedName();
        for (int n = 2; taken.contains(name); ++n)
            name = p.candidate.suggestedName().left(58) + QStringLiteral("_%1").arg(n);
        taken.insert(name);
        p.name = name;
        p.definition = p.candidate.createStatement(name);
    }
    QHash<QString, QList<Effect>> usedBy;
    for (int i = 0; i < a.statements.size(); ++i) {
        Statement &s = a.statements[i];
        if (s.costBefore < 0)
            continue;
        report(Advice::tr("Checking statement %1 of %2 with the chosen indexes")
                   .arg(i + 1)
                   .arg(a.statements.size()),
               i, int(a.statements.size()));
        if (!a.create.isEmpty()) {
            const Explained e = co_await explainOne(c, s.costed, literalAt.contains(i), false, &a.explains);
            if (!c) {
                lost();
                co_return a;
            }
            if (e.ok()) {
                s.costAfter = rootCost(e.json);
                s.indexesAfter = indexNames(e.json);
            }
        }
        a.workloadAfter += double(s.calls) * s.costAfter;
        const Effect effect{s.queryid, s.query, s.calls, s.costBefore, s.costAfter};
        for (const QString &idx : std::as_const(s.indexesAfter)) {
            if (auto it = hypoName.constFind(idx); it != hypoName.cend())
                a.create[*it].statements << effect;
            else
                usedBy[idx] << effect;
        }
    }
    // A proposal no final plan uses (a later, covering one serves its statements) is left out.
    a.create.erase(std::remove_if(a.create.begin(), a.create.end(),
                                  [](const CreateProposal &p) { return p.statements.isEmpty(); }),
                   a.create.end());
    for (CreateProposal &p : a.create)
        std::sort(p.statements.begin(), p.statements.end(), [](const Effect &x, const Effect &y) {
            return double(x.calls) * (x.costBefore - x.costAfter) >
                   double(y.calls) * (y.costBefore - y.costAfter);
        });
    co_await c->query(resetSql);
    if (!c) {
        lost();
        co_return a;
    }
    // --- drops ---------------------------------------------------------------------------------------
    report(Advice::tr("Reading existing indexes"), 0, 1);
    const QString indexesSql = sql("indexes");
    const pg::Result ix = co_await c->query(indexesSql);
    if (!c) {
        lost();
        co_return a;
    }
    if (ix.ok()) {
        QList<ExistingIndex> existing;
        for (int row = 0; row < ix.rows(); ++row) {
            ExistingIndex e;
            e.schema = ix.text(row, "schema");
            e.table = ix.text(row, "table");
            e.name = ix.text(row, "index");
            e.method = ix.text(row, "method");
            e.keys = parseInts(ix.text(row, "keys")).mid(0, int(ix.int64(row, "key_count")));
            e.classes = firstWords(ix.text(row, "classes"), int(e.keys.size()));
            e.options = firstWords(ix.text(row, "options"), int(e.keys.size()));
            e.exprs = ix.text(row, "exprs");
            e.pred = ix.text(row, "pred");
            e.enforces = ix.boolean(row, "enforces");
            e.scans = ix.int64(row, "scans");
            e.bytes = ix.int64(row, "bytes");
            e.definition = ix.text(row, "definition");
            existing << e;
        }
        a.drop = findDrops(existing, a.statsSince, usedBy);
    }
    a.elapsedMs = timer.elapsed();
    report(Advice::tr("Done"), 1, 1);
    co_return a;
}

} // namespace advisor
