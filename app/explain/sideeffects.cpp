#include "explain/sideeffects.h"

#include "pg/sqllexer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace explain {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain::SideEffects)
};

enum class Known { Signal, Sequence, Stats, Server, Replication, AdvisoryLock, File, Dblink };

QString describe(Known k) {
    switch (k) {
    case Known::Signal:
        return Tr::tr("sends a signal to another session (cancels its query or ends it)");
    case Known::Sequence:
        return Tr::tr("advances a sequence: the values it takes are not given back");
    case Known::Stats:
        return Tr::tr("resets statistics");
    case Known::Server:
        return Tr::tr("acts on the server itself (configuration, log file, WAL, recovery or backup)");
    case Known::Replication:
        return Tr::tr("changes replication state (slots, origins or decoded changes)");
    case Known::AdvisoryLock:
        return Tr::tr("takes or releases a session-level advisory lock, which outlives the transaction");
    case Known::File:
        return Tr::tr("reads or writes a file on the server");
    case Known::Dblink:
        return Tr::tr("runs SQL on another connection (dblink): what it changes there is committed there");
    }
    return {};
}

// Functions whose effect a ROLLBACK does not undo, by name (pg_catalog and common extensions).
const QHash<QString, Known> &notRolledBack() {
    static const QHash<QString, Known> map = [] {
        QHash<QString, Known> m;
        auto add = [&m](Known k, std::initializer_list<const char *> names) {
            for (const char *n : names)
                m.insert(QString::fromLatin1(n), k);
        };
        add(Known::Signal, {"pg_cancel_backend", "pg_terminate_backend"});
        add(Known::Sequence, {"nextval", "setval"});
        add(Known::Stats,
            {"pg_stat_reset", "pg_stat_reset_shared", "pg_stat_reset_single_table_counters",
             "pg_stat_reset_single_function_counters", "pg_stat_reset_slru", "pg_stat_reset_replication_slot",
             "pg_stat_reset_subscription_stats", "pg_stat_statements_reset"});
        add(Known::Server, {"pg_reload_conf", "pg_rotate_logfile", "pg_switch_wal", "pg_create_restore_point",
                            "pg_promote", "pg_wal_replay_pause", "pg_wal_replay_resume", "pg_backup_start",
                            "pg_backup_stop", "pg_start_backup", "pg_stop_backup",
                            "pg_log_backend_memory_contexts", "pg_import_system_collations"});
        add(Known::Replication,
            {"pg_create_physical_replication_slot", "pg_create_logical_replication_slot",
             "pg_drop_replication_slot", "pg_copy_physical_replication_slot",
             "pg_copy_logical_replication_slot", "pg_replication_slot_advance", "pg_logical_slot_get_changes",
             "pg_logical_slot_get_binary_changes", "pg_logical_emit_message"});
        add(Known::AdvisoryLock, {"pg_advisory_lock", "pg_advisory_lock_shared", "pg_try_advisory_lock",
                                  "pg_try_advisory_lock_shared", "pg_advisory_unlock",
                                  "pg_advisory_unlock_shared", "pg_advisory_unlock_all"});
        add(Known::File,
            {"lo_import", "lo_export", "pg_file_write", "pg_file_rename", "pg_file_unlink", "pg_file_sync"});
        return m;
    }();
    return map;
}

// Volatile functions that only read, or whose every effect is transactional.
bool knownHarmless(const QString &name) {
    static const QSet<QString> exact = [] {
        QSet<QString> s;
        for (const char *n :
             {"random", "random_normal", "setseed", "clock_timestamp", "timeofday", "pg_sleep",
              "pg_sleep_for", "pg_sleep_until", "currval", "lastval", "pg_backend_pid", "generate_series",
              "unnest", "set_config", "pg_advisory_xact_lock", "pg_advisory_xact_lock_shared",
              "pg_try_advisory_xact_lock", "pg_try_advisory_xact_lock_shared",
              // NOTIFY is delivered at commit: the rollback discards it.
              "pg_notify", "pg_read_file", "pg_read_binary_file", "pg_stat_file", "pg_blocking_pids",
              "pg_safe_snapshot_blocking_pids", "pg_lock_status", "pg_relation_size",
              "pg_total_relation_size", "pg_table_size", "pg_indexes_size", "pg_database_size",
              "pg_tablespace_size", "pg_relation_filenode", "pg_relation_filepath", "pg_is_in_recovery",
              "pg_is_wal_replay_paused", "pg_get_wal_replay_pause_state", "pg_wal_lsn_diff",
              "pg_stat_statements", "pg_stat_statements_info", "now", "statement_timestamp",
              "transaction_timestamp", "version", "current_setting", "pg_trigger_depth", "lo_get",
              "lo_create", "lo_unlink", "lo_put", "lo_from_bytea"})
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    if (exact.contains(name))
        return true;
    static const char *prefixes[] = {"pg_stat_get_",   "pg_ls_",     "pg_get_",      "gen_random_",
                                     "uuid_generate_", "pg_size_",   "pg_current_",  "pg_last_",
                                     "txid_",          "pg_xact_",   "pg_snapshot_", "pg_visible_",
                                     "pg_is_",         "pg_wal_lsn", "pg_walfile_",  "pg_control_"};
    for (const char *p : prefixes)
        if (name.startsWith(QLatin1String(p)))
            return true;
    return false;
}

// The body of a sql/plpgsql function: prosrc, or for BEGIN ATOMIC the definition after it.
QString bodyOf(const QString &source) {
    const qsizetype atomic = source.indexOf(QLatin1String("BEGIN ATOMIC"), 0, Qt::CaseInsensitive);
    if (source.trimmed().startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive) && atomic >= 0)
        return source.mid(atomic + 12);
    return source;
}

} // namespace

QStringList calledNames(const QString &text) {
    QStringList out;
    const pg::LexResult lexed = pg::lex(text);
    const QList<pg::Token> &t = lexed.tokens;
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        if (!t[i].isIdentifier() || !t[i + 1].isPunct('('))
            continue;
        if (i >= 1 && t[i - 1].type == pg::Token::Type::Operator && t[i - 1].text == QLatin1String("::"))
            continue; // a type with a modifier: ::varchar(10)
        QString name = t[i].value;
        if (i >= 2 && t[i - 1].isPunct('.') && t[i - 2].isIdentifier())
            name = t[i - 2].value + QLatin1Char('.') + name;
        if (!out.contains(name))
            out << name;
    }
    return out;
}

QStringList bodyCalls(const FunctionInfo &f) {
    const QString lang = f.language.toLower();
    if (lang != QLatin1String("sql") && lang != QLatin1String("plpgsql"))
        return {};
    return calledNames(bodyOf(f.source));
}

FunctionEffect bodyEffect(const FunctionInfo &f) {
    FunctionEffect e;
    e.function = f.schema.isEmpty() ? f.name : f.schema + QLatin1Char('.') + f.name;
    const pg::LexResult lexed = pg::lex(bodyOf(f.source));
    bool writes = false, copy = false, program = false, copyTo = false;
    for (const pg::Token &t : lexed.tokens) {
        if (t.type != pg::Token::Type::Word)
            continue;
        const QString &w = t.value;
        if (w == QLatin1String("execute")) {
            e.kind = FunctionEffect::Kind::Unknown;
            e.what = Tr::tr("runs dynamic SQL (EXECUTE) that pgdba cannot read");
            return e;
        }
        if (w == QLatin1String("insert") || w == QLatin1String("update") || w == QLatin1String("delete") ||
            w == QLatin1String("merge") || w == QLatin1String("truncate") || w == QLatin1String("create") ||
            w == QLatin1String("drop") || w == QLatin1String("alter"))
            writes = true;
        if (w == QLatin1String("copy"))
            copy = true;
        if (copy && w == QLatin1String("program"))
            program = true;
        if (copy && w == QLatin1String("to"))
            copyTo = true;
    }
    if (program) {
        e.kind = FunctionEffect::Kind::NotRolledBack;
        e.what = Tr::tr("runs a program on the server (COPY ... PROGRAM)");
    } else if (copyTo) {
        e.kind = FunctionEffect::Kind::NotRolledBack;
        e.what = Tr::tr("writes a file on the server (COPY ... TO)");
    } else if (writes) {
        e.kind = FunctionEffect::Kind::RolledBack;
        e.what = Tr::tr("writes table data (undone by the rollback)");
    }
    return e;
}

FunctionEffect classifyFunction(const FunctionInfo &f) {
    FunctionEffect e;
    e.function = f.schema.isEmpty() || f.schema == QLatin1String("pg_catalog")
                     ? f.name
                     : f.schema + QLatin1Char('.') + f.name;
    const QString name = f.name.toLower();
    const auto known = notRolledBack().constFind(name);
    if (known != notRolledBack().constEnd()) {
        e.kind = FunctionEffect::Kind::NotRolledBack;
        e.what = describe(*known);
        e.signal = *known == Known::Signal;
        return e;
    }
    if (name.startsWith(QLatin1String("dblink")) ||
        name.startsWith(QLatin1String("pg_replication_origin_"))) {
        e.kind = FunctionEffect::Kind::NotRolledBack;
        e.what = describe(name.startsWith(QLatin1String("dblink")) ? Known::Dblink : Known::Replication);
        return e;
    }
    const QString lang = f.language.toLower();
    if (lang == QLatin1String("sql") || lang == QLatin1String("plpgsql"))
        return bodyEffect(f);
    const bool isVolatile = f.volatility == QLatin1Char('v') || f.kind == QLatin1Char('p');
    if (lang == QLatin1String("internal") || lang == QLatin1String("c")) {
        if (!isVolatile || knownHarmless(name))
            return e;
        e.kind = FunctionEffect::Kind::Unknown;
        e.what = Tr::tr("a volatile function in compiled code whose effects pgdba does not know");
        return e;
    }
    if (!f.trusted) {
        e.kind = FunctionEffect::Kind::Unknown;
        e.what = Tr::tr("runs code in the untrusted language %1, which can act outside the database")
                     .arg(f.language);
        return e;
    }
    if (isVolatile) {
        e.kind = FunctionEffect::Kind::Unknown;
        e.what = Tr::tr("a volatile %1 function that pgdba cannot inspect").arg(f.language);
    }
    return e;
}

PlanReach planReach(const QByteArray &json) {
    PlanReach r;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return r;
    r.ok = true;
    QList<QJsonValue> stack;
    stack << (doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    auto addFunction = [&r](const QString &n) {
        if (!n.isEmpty() && !r.functions.contains(n))
            r.functions << n;
    };
    while (!stack.isEmpty()) {
        const QJsonValue v = stack.takeLast();
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (const QJsonValue &x : a)
                stack << x;
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("Node Type")).toString() == QLatin1String("ModifyTable")) {
                const QString rel = o.value(QStringLiteral("Relation Name")).toString();
                if (!rel.isEmpty() && !r.writtenRelations.contains(rel))
                    r.writtenRelations << rel;
            }
            const QString fn = o.value(QStringLiteral("Function Name")).toString();
            if (!fn.isEmpty()) {
                const QString schema = o.value(QStringLiteral("Schema")).toString();
                addFunction(schema.isEmpty() ? fn : schema + QLatin1Char('.') + fn);
            }
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                stack << it.value();
        } else if (v.isString()) {
            const QString s = v.toString();
            if (s.contains(QLatin1Char('(')))
                for (const QString &n : calledNames(s))
                    addFunction(n);
        }
    }
    return r;
}

} // namespace explain
