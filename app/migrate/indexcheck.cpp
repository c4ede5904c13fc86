#include "migrate/indexcheck.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"
#include "pg/sqllexer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>

#include <cmath>

namespace migrate {

using pg::lex;
using pg::LexResult;
using pg::Token;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(migrate_IndexCheck)
};
QString trn(const char *s, int n) {
    return QCoreApplication::translate("migrate::IndexCheck", s, nullptr, n);
}
QString bytes(qint64 b) {
    return QLocale().formattedDataSize(b);
}

Check make(const QString &key, Check::Level level, const QString &subject, const QString &title,
           const QString &detail = {}) {
    Check c;
    c.key = key;
    c.level = level;
    c.subject = subject;
    c.title = title;
    c.detail = detail;
    return c;
}

Check fromError(const QString &key, const QString &subject, const QString &what, const pg::Error &e) {
    return make(key, Check::Level::Fail, subject, what, e.toString());
}

QString sqlOf(const QString &name) {
    return pg::sqlFile(QStringLiteral("migrate/") + name);
}

// The index statement with another table and name (no CONCURRENTLY, no IF NOT EXISTS).
QString indexStatement(const IndexDefinition &d, const QString &table, const QString &name) {
    QStringList keys, include;
    for (const auto &k : d.keys)
        keys << k.text;
    for (const auto &i : d.include)
        include << pg::Connection::quoteIdentOffline(i);
    QString sql = QStringLiteral("CREATE %1INDEX %2 ON %3 USING %4 (%5)")
                      .arg(d.unique ? QStringLiteral("UNIQUE ") : QString(), name, table, d.method,
                           keys.join(QStringLiteral(", ")));
    if (!include.isEmpty())
        sql += QStringLiteral(" INCLUDE (%1)").arg(include.join(QStringLiteral(", ")));
    if (!d.with.isEmpty())
        sql += QStringLiteral(" WITH (%1)").arg(d.with);
    if (!d.predicate.isEmpty())
        sql += QStringLiteral(" WHERE ") + d.predicate;
    return sql;
}

bool isPrefix(const QStringList &a, const QStringList &b) // a is a strict prefix of b
{
    if (a.size() >= b.size() || a.isEmpty())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a.at(i) != b.at(i))
            return false;
    return true;
}

struct TableFacts {
    QString schema, name, kind, owner;
    bool owned = false;
    qint64 rows = 0, pages = 0, heapBytes = 0, totalBytes = 0;
    bool analyzed = false;
    QString quoted() const {
        return pg::Connection::quoteIdentOffline(schema) + QLatin1Char('.') +
               pg::Connection::quoteIdentOffline(name);
    }
};
} // namespace

QStringList IndexCheck::predicateFunctions(const QString &predicate, QStringList *valueFunctions) {
    static const QStringList notFunctions = {
        QStringLiteral("in"),       QStringLiteral("any"),    QStringLiteral("all"),
        QStringLiteral("some"),     QStringLiteral("array"),  QStringLiteral("exists"),
        QStringLiteral("coalesce"), QStringLiteral("nullif"), QStringLiteral("greatest"),
        QStringLiteral("least"),    QStringLiteral("cast"),   QStringLiteral("row"),
        QStringLiteral("and"),      QStringLiteral("or"),     QStringLiteral("not"),
        QStringLiteral("values"),   QStringLiteral("is"),     QStringLiteral("between")};
    static const QStringList sqlValueFunctions = {
        QStringLiteral("current_date"),      QStringLiteral("current_time"),
        QStringLiteral("current_timestamp"), QStringLiteral("localtime"),
        QStringLiteral("localtimestamp"),    QStringLiteral("current_user"),
        QStringLiteral("session_user"),      QStringLiteral("current_role"),
        QStringLiteral("current_schema"),    QStringLiteral("current_catalog")};
    QStringList out;
    const LexResult lx = lex(predicate);
    for (int i = 0; i < lx.tokens.size(); ++i) {
        const Token &t = lx.tokens.at(i);
        if (t.type != Token::Type::Word)
            continue;
        if (sqlValueFunctions.contains(t.value)) {
            if (valueFunctions && !valueFunctions->contains(t.value))
                *valueFunctions << t.value;
            continue;
        }
        if (i + 1 < lx.tokens.size() && lx.tokens.at(i + 1).isPunct('(') && !notFunctions.contains(t.value) &&
            !out.contains(t.value))
            out << t.value;
    }
    return out;
}

QString IndexCheck::dryRunStatement(const IndexDefinition &d) {
    return indexStatement(d, QStringLiteral("pg_temp.pgdba_preflight_copy"),
                          QStringLiteral("pgdba_preflight_index"));
}

qint64 IndexCheck::estimateBtreeBytes(double rows, int tupleDataBytes) {
    // Index tuple header (8) and line pointer (4), data MAXALIGNed, leaf pages 90% full,
    // about 1% more for the inner levels, at least the metapage and one leaf.
    const int tuple = 8 + ((tupleDataBytes + 7) / 8) * 8 + 4;
    const double leafBytes = rows * tuple / 0.9;
    const double pages = std::ceil(leafBytes / 8168.0) * 1.01 + 1;
    return qint64(std::max(2.0, pages) * 8192);
}

QCoro::Task<QList<Check>> IndexCheck::run(pg::Connection *c, StatementInfo s, CheckContext ctx,
                                          QString *shape) {
    QPointer<pg::Connection> conn(c);
    QList<Check> out;
    const IndexDefinition d = s.index;
    const QString subject = d.name.isEmpty() ? Tr::tr("index on %1").arg(d.table.display()) : d.name;
    const QString k = QStringLiteral(":") + subject;
    const QString tableName = d.table.display();

    if (ctx.tablesCreated.contains(tableName.toLower()) ||
        ctx.tablesCreated.contains(d.table.name.toLower())) {
        out << make(QStringLiteral("table") + k, Check::Level::Info, subject,
                    Tr::tr("Table %1 is created earlier in this run").arg(tableName),
                    Tr::tr("Checks that read the table (columns, dry run, duplicates, sizes) are skipped; "
                           "PostgreSQL checks the statement when it runs."));
        co_return out;
    }

    QVariantList tp;
    tp << d.table.sql;
    const pg::Result tr1 = co_await c->query(sqlOf(QStringLiteral("preflight_table")), tp);
    if (!conn)
        co_return out;
    if (!tr1.ok()) {
        out << fromError(QStringLiteral("table") + k, subject,
                         Tr::tr("Could not read table %1").arg(tableName), *tr1.error());
        co_return out;
    }
    if (tr1.rows() == 0) {
        out << make(
            QStringLiteral("table") + k, Check::Level::Fail, subject,
            Tr::tr("Table %1 does not exist").arg(tableName),
            Tr::tr("The statement names a table that is not in this database (search_path applies)."));
        co_return out;
    }
    TableFacts t;
    t.schema = tr1.text(0, "schema");
    t.name = tr1.text(0, "name");
    t.kind = tr1.text(0, "kind");
    t.owner = tr1.text(0, "owner");
    t.owned = tr1.boolean(0, "owned");
    t.rows = tr1.int64(0, "est_rows");
    t.pages = tr1.int64(0, "pages");
    t.heapBytes = tr1.int64(0, "heap_bytes");
    t.totalBytes = tr1.int64(0, "total_bytes");
    t.analyzed = !tr1.isNull(0, "analyzed_at");
    if (t.kind != QLatin1String("r") && t.kind != QLatin1String("p") && t.kind != QLatin1String("m")) {
        out << make(QStringLiteral("table") + k, Check::Level::Fail, subject,
                    Tr::tr("%1 is not a table (relkind %2) and cannot be indexed").arg(tableName, t.kind));
        co_return out;
    }
    if (!t.owned)
        out << make(QStringLiteral("owner") + k, Check::Level::Fail, subject,
                    Tr::tr("Role %1 does not own table %2").arg(c->facts().role, tableName),
                    Tr::tr("CREATE INDEX needs the table's owner (\"%1\") or a member of that role; "
                           "connect as the owner or GRANT \"%1\" TO \"%2\".")
                        .arg(t.owner, c->facts().role));
    else
        out << make(QStringLiteral("table") + k, Check::Level::Pass, subject,
                    Tr::tr("Table %1.%2 exists (≈%3 rows, %4)")
                        .arg(t.schema, t.name, QLocale().toString(t.rows), bytes(t.heapBytes)));

    // Columns, with the statistics the size estimate and BRIN check use.
    const pg::Result cols = co_await c->query(sqlOf(QStringLiteral("preflight_columns")), tp);
    if (!conn)
        co_return out;
    QHash<QString, int> colRow;
    for (int i = 0; i < cols.rows(); ++i)
        colRow.insert(cols.text(i, "name"), i);
    QStringList missing;
    const QStringList wanted = d.columns();
    for (const QString &col : wanted)
        if (!colRow.contains(col))
            missing << col;
    if (!missing.isEmpty())
        out << make(
            QStringLiteral("columns") + k, Check::Level::Fail, subject,
            Tr::tr("Column(s) %1 do not exist in %2").arg(missing.join(QStringLiteral(", ")), tableName),
            Tr::tr("Every key and INCLUDE column must be a column of the table."));
    else if (!wanted.isEmpty())
        out << make(QStringLiteral("columns") + k, Check::Level::Pass, subject,
                    Tr::tr("Columns %1 exist").arg(wanted.join(QStringLiteral(", "))));

    // A partial index's predicate may use IMMUTABLE functions only.
    bool predicateOk = true;
    if (d.isPartial()) {
        QStringList valueFns;
        const QStringList fns = predicateFunctions(d.predicate, &valueFns);
        QStringList bad = valueFns;
        if (!fns.isEmpty()) {
            QVariantList fp;
            fp << QVariant(fns);
            const pg::Result vol = co_await c->query(sqlOf(QStringLiteral("preflight_functions")), fp);
            if (!conn)
                co_return out;
            for (int i = 0; i < vol.rows(); ++i) {
                const QString v = vol.text(i, "volatility");
                if (v != QLatin1String("i"))
                    bad << QStringLiteral("%1() (%2)")
                               .arg(vol.text(i, "name"), v.contains(QLatin1Char('v'))
                                                             ? QStringLiteral("VOLATILE")
                                                             : QStringLiteral("STABLE"));
            }
        }
        if (!bad.isEmpty()) {
            predicateOk = false;
            out << make(
                QStringLiteral("predicate") + k, Check::Level::Fail, subject,
                Tr::tr("The predicate uses %1, which is not IMMUTABLE").arg(bad.join(QStringLiteral(", "))),
                Tr::tr("PostgreSQL rejects an index predicate with functions that are not IMMUTABLE (42P17): "
                       "the predicate is evaluated once, when a row is written, so a moving window such as "
                       "\"the last hour\" cannot be indexed. Index the column without a predicate (a B-tree "
                       "serves \"the last hour\" by reading its newest range) or use a constant cutoff."));
        } else {
            out << make(QStringLiteral("predicate") + k, Check::Level::Pass, subject,
                        Tr::tr("Partial-index predicate uses only immutable expressions"), d.predicate);
        }
    }

    // Dry run: the statement on an empty copy of the table, rolled back.
    QString myShape;
    bool myUnique = d.unique;
    if (missing.isEmpty() && predicateOk) {
        co_await c->query(sqlOf(QStringLiteral("begin")));
        if (!conn)
            co_return out;
        QString copySql = sqlOf(QStringLiteral("preflight_copy"));
        copySql.replace(QStringLiteral("{table}"), t.quoted());
        const pg::Result copy = co_await c->query(copySql);
        if (!conn)
            co_return out;
        pg::Result made = copy;
        if (copy.ok())
            made = co_await c->query(dryRunStatement(d));
        if (!conn)
            co_return out;
        pg::Result sh;
        if (made.ok())
            sh = co_await c->query(sqlOf(QStringLiteral("preflight_copy_shape")));
        if (!conn)
            co_return out;
        co_await c->query(sqlOf(QStringLiteral("rollback")));
        if (!conn)
            co_return out;
        if (!made.ok()) {
            out << make(QStringLiteral("dry_run") + k, Check::Level::Fail, subject,
                        Tr::tr("PostgreSQL rejects the statement: %1").arg(made.error()->message),
                        Tr::tr("Tried on an empty copy of %1 in a transaction that was rolled back. %2")
                            .arg(tableName, made.error()->toString()));
        } else if (sh.ok() && sh.rows() == 1) {
            myShape = sh.text(0, "shape");
            myUnique = sh.boolean(0, "is_unique");
            QString def = sh.text(0, "definition");
            def.replace(QStringLiteral("pg_temp.pgdba_preflight_copy"), tableName);
            def.replace(QStringLiteral("pgdba_preflight_index"),
                        d.name.isEmpty() ? QStringLiteral("…") : d.name);
            def.remove(QRegularExpression(QStringLiteral(R"(pg_temp_\d+\.)")));
            out << make(QStringLiteral("dry_run") + k, Check::Level::Pass, subject,
                        Tr::tr("Dry run on an empty copy of %1: PostgreSQL accepts it").arg(tableName),
                        Tr::tr("PostgreSQL reads it as: %1").arg(def));
        }
    }
    if (shape)
        *shape = myShape.isEmpty() ? QString() : (myUnique ? QStringLiteral("UNIQUE ") : QString()) + myShape;

    // Existing indexes: same name, equivalent definition, prefix redundancy, leftovers.
    const pg::Result ix = co_await c->query(sqlOf(QStringLiteral("preflight_indexes")), tp);
    if (!conn)
        co_return out;
    bool nameTaken = false;
    for (int i = 0; i < ix.rows(); ++i) {
        const QString name = ix.text(i, "name");
        const QString qualified = pg::Connection::quoteIdentOffline(ix.text(i, "schema")) + QLatin1Char('.') +
                                  pg::Connection::quoteIdentOffline(name);
        const bool valid = ix.boolean(i, "valid");
        const bool sameShape =
            !myShape.isEmpty() && ix.text(i, "shape") == myShape && ix.boolean(i, "is_unique") == myUnique;
        const int builder = int(ix.int64(i, "building_pid"));
        if (name == d.name) {
            nameTaken = true;
            if (builder > 0) {
                Check ch = make(
                    QStringLiteral("existing") + k, Check::Level::Fail, subject,
                    Tr::tr("Index %1 is being built right now by pid %2").arg(name).arg(builder),
                    Tr::tr("Another session runs CREATE INDEX CONCURRENTLY for it; wait for it to finish."));
                ch.link = QStringLiteral("activity");
                out << ch;
            } else if (!valid) {
                Check ch =
                    make(QStringLiteral("invalid") + k, Check::Level::Fail, subject,
                         Tr::tr("INVALID index %1 is left from an interrupted build").arg(name),
                         Tr::tr("IF NOT EXISTS would keep it INVALID and never used; drop it (DROP INDEX "
                                "CONCURRENTLY) and build again. Definition: %1")
                             .arg(ix.text(i, "definition")));
                ch.dropIndex = qualified;
                out << ch;
            } else if (sameShape) {
                out << make(QStringLiteral("existing") + k,
                            d.ifNotExists ? Check::Level::Info : Check::Level::Fail, subject,
                            Tr::tr("Index %1 already exists with the same definition").arg(name),
                            d.ifNotExists ? Tr::tr("IF NOT EXISTS skips it; it is verified like the others.")
                                          : Tr::tr("Without IF NOT EXISTS the statement fails."));
            } else {
                out << make(QStringLiteral("existing") + k, Check::Level::Fail, subject,
                            Tr::tr("An index named %1 exists with another definition").arg(name),
                            Tr::tr("%1 — %2").arg(ix.text(i, "definition"),
                                                  d.ifNotExists
                                                      ? Tr::tr("IF NOT EXISTS would silently keep it.")
                                                      : Tr::tr("the statement would fail.")));
            }
            continue;
        }
        if (sameShape) {
            out << make(
                QStringLiteral("duplicate") + k + QLatin1Char(':') + name, Check::Level::Warn, subject,
                Tr::tr("Index %1 already has this definition: %2 would be a duplicate").arg(name, subject),
                Tr::tr("%1 (%2). Two equivalent indexes double the write cost and the disk space; "
                       "the planner uses one of them.")
                    .arg(ix.text(i, "definition"), bytes(ix.int64(i, "size_bytes"))));
            continue;
        }
        const QStringList theirs = ix.textArray(i, "key_columns");
        const QStringList mine = d.keyColumns();
        const bool comparable =
            d.method == QLatin1String("btree") && ix.text(i, "method") == QLatin1String("btree") &&
            mine.size() == d.keys.size() && !ix.boolean(i, "is_unique") && !d.unique &&
            ix.text(i, "predicate").isEmpty() == d.predicate.isEmpty() && d.predicate.isEmpty();
        if (comparable && isPrefix(theirs, mine))
            out << make(
                QStringLiteral("redundant") + k + QLatin1Char(':') + name, Check::Level::Warn, subject,
                Tr::tr("%1 would make index %2 redundant").arg(subject, name),
                Tr::tr("%2 covers (%1), a prefix of the new key; after the build %2 can probably be dropped.")
                    .arg(theirs.join(QStringLiteral(", ")), name));
        else if (comparable && isPrefix(mine, theirs))
            out << make(
                QStringLiteral("covered") + k + QLatin1Char(':') + name, Check::Level::Info, subject,
                Tr::tr("Index %1 already starts with these columns").arg(name),
                Tr::tr("%1 (%2) serves lookups on (%3) too; the new index pays off only if it is much "
                       "smaller or covers more.")
                    .arg(name, theirs.join(QStringLiteral(", ")), mine.join(QStringLiteral(", "))));
    }
    if (!d.name.isEmpty() && !nameTaken && !ctx.indexesCreated.contains(d.name))
        out << make(QStringLiteral("existing") + k, Check::Level::Pass, subject,
                    Tr::tr("No index named %1 yet").arg(d.name));

    // Sizes: HypoPG's estimate when installed, else arithmetic from the column statistics.
    qint64 expected = -1;
    QString how;
    if (ctx.hypopg && missing.isEmpty() && predicateOk) {
        QVariantList hp;
        hp << indexStatement(d, t.quoted(), QString());
        const pg::Result h = co_await c->query(sqlOf(QStringLiteral("hypo_create")), hp);
        if (!conn)
            co_return out;
        if (h.ok() && h.rows() == 1) {
            expected = h.int64(0, "size_bytes");
            how = Tr::tr("HypoPG estimate");
        }
        co_await c->query(sqlOf(QStringLiteral("hypo_reset")));
        if (!conn)
            co_return out;
    }
    if (expected < 0 && missing.isEmpty()) {
        double rows = double(t.rows);
        if (d.isPartial() && predicateOk && t.rows > 0) {
            QString est = sqlOf(QStringLiteral("estimate_rows"));
            est.replace(QStringLiteral("{table}"), t.quoted())
                .replace(QStringLiteral("{predicate}"), d.predicate);
            const pg::Result e = co_await c->query(est);
            if (!conn)
                co_return out;
            if (e.ok() && e.rows() == 1) {
                const QJsonArray plan = QJsonDocument::fromJson(e.text(0, 0).toUtf8()).array();
                rows = plan.at(0)
                           .toObject()
                           .value(QStringLiteral("Plan"))
                           .toObject()
                           .value(QStringLiteral("Plan Rows"))
                           .toDouble(rows);
            }
        }
        if (d.method == QLatin1String("brin")) {
            expected = qint64(std::max<qint64>(3, t.pages / 128 / 1000 + 3)) * 8192;
        } else {
            int width = 0;
            for (const QString &col : d.columns())
                width += colRow.contains(col) ? int(cols.int64(colRow.value(col), "avg_width", 8)) : 8;
            for (const auto &key : d.keys)
                width += key.column.isEmpty() ? 8 : 0;
            expected = estimateBtreeBytes(rows, width);
        }
        how = Tr::tr("estimate from row count and column widths");
    }
    if (!t.analyzed && t.pages > 0)
        out << make(QStringLiteral("statistics") + k, Check::Level::Warn, subject,
                    Tr::tr("%1 has never been analyzed").arg(tableName),
                    Tr::tr("Row counts, sizes and plans are guesses until ANALYZE %1 runs.").arg(tableName));
    if (expected >= 0)
        out << make(QStringLiteral("size") + k, Check::Level::Info, subject,
                    Tr::tr("Expected index size ≈ %1 (%2); table %3 is %4 (%5 with indexes and TOAST)")
                        .arg(bytes(expected), how, tableName, bytes(t.heapBytes), bytes(t.totalBytes)),
                    Tr::tr("The build reads the whole table%1 and needs about this much free disk space.")
                        .arg(d.concurrently ? Tr::tr(" twice") : QString()));

    // BRIN pays off only when the column follows the physical row order.
    if (d.method == QLatin1String("brin")) {
        for (const QString &col : d.keyColumns()) {
            if (!colRow.contains(col))
                continue;
            const int r = colRow.value(col);
            if (cols.isNull(r, "correlation")) {
                out << make(QStringLiteral("brin") + k, Check::Level::Warn, subject,
                            Tr::tr("No statistics for %1.%2: BRIN correlation unknown").arg(tableName, col),
                            Tr::tr("Run ANALYZE %1 to see whether the column follows the physical order.")
                                .arg(tableName));
                continue;
            }
            const double corr = cols.dbl(r, "correlation");
            if (std::abs(corr) < 0.8)
                out << make(
                    QStringLiteral("brin") + k, Check::Level::Warn, subject,
                    Tr::tr("%1 correlates poorly with the physical row order (%2)")
                        .arg(col)
                        .arg(corr, 0, 'f', 2),
                    Tr::tr("A BRIN index stores min/max per block range; with low correlation most ranges "
                           "match every query and the index barely filters. A B-tree fits better."));
            else
                out << make(QStringLiteral("brin") + k, Check::Level::Pass, subject,
                            Tr::tr("%1 follows the physical row order (correlation %2): BRIN fits")
                                .arg(col)
                                .arg(corr, 0, 'f', 2));
        }
    }

    // Sessions holding locks the build must wait for.
    const pg::Result lk = co_await c->query(sqlOf(QStringLiteral("preflight_lockers")), tp);
    if (!conn)
        co_return out;
    if (lk.ok() && lk.rows() > 0) {
        Check ch =
            make(QStringLiteral("lockers") + k, Check::Level::Warn, subject,
                 trn("%n session(s) hold locks on %1 that the build waits for", lk.rows()).arg(tableName),
                 Tr::tr("The statement waits for them up to the lock timeout, then gives up."));
        for (int i = 0; i < lk.rows(); ++i)
            ch.rows << QStringLiteral("pid %1 · %2 · %3 · %4")
                           .arg(lk.int64(i, "pid"))
                           .arg(lk.text(i, "mode"), lk.text(i, "backend_type"), lk.text(i, "query"));
        ch.link = QStringLiteral("activity");
        out << ch;
    }
    co_return out;
}

} // namespace migrate
