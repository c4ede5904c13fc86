#pragma once

#include "migrate/splitter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace migrate {

// schema.name as written in a statement; schema empty when not qualified.
struct QualifiedName {
    QString schema;
    QString name;
    QString sql; // as written, quotes included

    bool isEmpty() const { return name.isEmpty(); }
    QString display() const { return schema.isEmpty() ? name : schema + QLatin1Char('.') + name; }
};

struct IndexKey {
    QString text;   // as written: "created_at DESC", "lower(email)"
    QString column; // the column when the key is a plain column, else empty
};

// What a CREATE INDEX statement asks for, read from its tokens.
struct IndexDefinition {
    QString name; // may be empty (PostgreSQL picks one)
    QualifiedName table;
    QString method = QStringLiteral("btree");
    bool unique = false;
    bool concurrently = false;
    bool ifNotExists = false;
    QList<IndexKey> keys;
    QStringList include;
    QString with;      // "pages_per_range = 128"
    QString predicate; // the WHERE text, empty for a full index
    QString tablespace;

    QStringList keyColumns() const;
    // Every column named in keys and INCLUDE (predicate columns are checked by the dry run).
    QStringList columns() const;
    bool isPartial() const { return !predicate.isEmpty(); }
};

struct StatementInfo {
    enum class Kind {
        CreateIndex,
        DropIndex,
        Reindex,
        CreateExtension,
        DropExtension,
        CreateTable,
        DropTable,
        TransactionControl, // BEGIN / COMMIT / ROLLBACK / SAVEPOINT written in the file
        Other,
    };
    Kind kind = Kind::Other;
    Statement statement;
    bool concurrently = false;
    // PostgreSQL refuses it inside a transaction block (CONCURRENTLY, VACUUM, ...).
    bool outsideTransactionOnly = false;
    bool ifExists = false;      // DROP ... IF EXISTS, CREATE ... IF NOT EXISTS
    IndexDefinition index;      // CreateIndex
    QList<QualifiedName> names; // DropIndex, DropTable, CreateTable, Reindex: the objects named
    QString extension;          // CreateExtension / DropExtension

    // A short line for logs: "CREATE INDEX CONCURRENTLY idx_orders_active ON orders".
    QString summary() const;
};

StatementInfo analyze(const Statement &s);

struct ScriptInfo {
    QList<StatementInfo> statements;
    QString error; // from the splitter
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};
ScriptInfo analyzeScript(const QString &sql);

} // namespace migrate
