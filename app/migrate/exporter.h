#pragma once

#include "migrate/migration.h"

namespace migrate {

// A migration in other forms: plain SQL for psql, and an Alembic revision file.
class Exporter {
public:
    // psql-ready SQL: the header as comments, then the statements; a "transaction: yes"
    // migration is wrapped in BEGIN/COMMIT, a "transaction: no" one runs each statement on
    // its own (psql's autocommit), as CONCURRENTLY requires.
    static QString plainSql(const Migration &m, Direction d);
    // An Alembic revision: upgrade() and downgrade() with op.execute(); statements that
    // cannot run in a transaction block go inside op.get_context().autocommit_block().
    static QString alembicRevision(const Migration &m, const QString &downRevision);
    // A Python string literal holding sql, safe for triple quotes, backslashes and the
    // ":name" bind syntax of SQLAlchemy's text().
    static QString pythonLiteral(const QString &sql);
    static QString fileName(const Migration &m, const QString &kind); // "002_add_performance_indexes.py" ...
};

} // namespace migrate
