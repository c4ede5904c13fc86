#pragma once

#include "pg/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

struct pg_result;

namespace pg {

// One result set (or an error) from the server. Cheap to copy: the PGresult is shared.
// Accessors by column name; a missing column or a NULL gives the type's default, so
// check isNull() where NULL means something.
class Result {
public:
    Result() = default;
    static Result adopt(pg_result *res, const QString &statement); // takes ownership
    static Result failure(Error e);

    bool ok() const { return !m_error.has_value(); }
    const std::optional<Error> &error() const { return m_error; }

    int rows() const;
    int columns() const;
    QString columnName(int col) const;
    int column(const char *name) const; // -1 when absent
    bool hasColumn(const char *name) const { return column(name) >= 0; }
    qint64 affectedRows() const;       // PQcmdTuples
    QString commandTag() const;        // e.g. "UPDATE 3"

    bool isNull(int row, int col) const;
    bool isNull(int row, const char *name) const;
    QString text(int row, int col) const;
    QString text(int row, const char *name) const;
    qint64 int64(int row, const char *name, qint64 fallback = 0) const;
    qint64 int64(int row, int col, qint64 fallback = 0) const;
    double dbl(int row, const char *name, double fallback = 0.0) const;
    bool boolean(int row, const char *name) const;
    QDateTime timestamp(int row, const char *name) const; // timestamptz in ISO text form
    QStringList textArray(int row, const char *name) const;
    QList<qint64> int64Array(int row, const char *name) const;

    QStringList notices() const { return m_notices; }
    void addNotice(const QString &n) { m_notices << n; }

    // Parse a PostgreSQL array literal like {1,2,"a b",NULL} (one dimension).
    static QStringList parseArray(const QString &literal);
    static QDateTime parseTimestamp(const QString &text);

private:
    std::shared_ptr<pg_result> m_res;
    std::optional<Error> m_error;
    QStringList m_notices;
};

} // namespace pg
