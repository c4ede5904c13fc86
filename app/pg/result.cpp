#include "pg/result.h"

#include <libpq-fe.h>

namespace pg {

Result Result::adopt(PGresult *res, const QString &statement)
{
    Result r;
    r.m_res.reset(res, PQclear);
    const auto st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st == PGRES_FATAL_ERROR || st == PGRES_BAD_RESPONSE || st == PGRES_NONFATAL_ERROR)
        r.m_error = Error::fromResult(res, statement);
    return r;
}

Result Result::failure(Error e)
{
    Result r;
    r.m_error = std::move(e);
    return r;
}

int Result::rows() const { return m_res && ok() ? PQntuples(m_res.get()) : 0; }
int Result::columns() const { return m_res && ok() ? PQnfields(m_res.get()) : 0; }

QString Result::columnName(int col) const
{
    return m_res ? QString::fromUtf8(PQfname(m_res.get(), col)) : QString();
}

int Result::column(const char *name) const
{
    if (!m_res)
        return -1;
    // PQfnumber folds unquoted names to lower case, which is what we want here.
    return PQfnumber(m_res.get(), name);
}

qint64 Result::affectedRows() const
{
    if (!m_res)
        return 0;
    return QByteArray(PQcmdTuples(m_res.get())).toLongLong();
}

QString Result::commandTag() const
{
    return m_res ? QString::fromUtf8(PQcmdStatus(m_res.get())) : QString();
}

bool Result::isNull(int row, int col) const
{
    if (!m_res || col < 0 || row < 0 || row >= rows() || col >= columns())
        return true;
    return PQgetisnull(m_res.get(), row, col);
}

bool Result::isNull(int row, const char *name) const { return isNull(row, column(name)); }

QString Result::text(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QString::fromUtf8(PQgetvalue(m_res.get(), row, col), PQgetlength(m_res.get(), row, col));
}

QString Result::text(int row, const char *name) const { return text(row, column(name)); }

qint64 Result::int64(int row, int col, qint64 fallback) const
{
    if (isNull(row, col))
        return fallback;
    bool ok = false;
    const qint64 v = QByteArray(PQgetvalue(m_res.get(), row, col)).toLongLong(&ok);
    if (ok)
        return v;
    const double d = QByteArray(PQgetvalue(m_res.get(), row, col)).toDouble(&ok);
    return ok ? static_cast<qint64>(d) : fallback;
}

qint64 Result::int64(int row, const char *name, qint64 fallback) const
{
    return int64(row, column(name), fallback);
}

double Result::dbl(int row, const char *name, double fallback) const
{
    const int col = column(name);
    if (isNull(row, col))
        return fallback;
    bool ok = false;
    const double v = QByteArray(PQgetvalue(m_res.get(), row, col)).toDouble(&ok);
    return ok ? v : fallback;
}

bool Result::boolean(int row, const char *name) const
{
    const int col = column(name);
    if (isNull(row, col))
        return false;
    const char c = PQgetvalue(m_res.get(), row, col)[0];
    return c == 't' || c == 'T' || c == '1';
}

QDateTime Result::parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    // PostgreSQL ISO output: "2026-11-27 09:12:15.123456+00" or "+05:30".
    QString s = text;
    s.replace(10, 1, QLatin1Char('T'));
    // Qt wants a +HH:MM offset.
    const int tz = qMax(s.lastIndexOf(QLatin1Char('+')), s.lastIndexOf(QLatin1Char('-')));
    if (tz > 10 && s.size() - tz == 3)
        s += QStringLiteral(":00");
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    return dt;
}

QDateTime Result::timestamp(int row, const char *name) const { return parseTimestamp(text(row, name)); }

QStringList Result::parseArray(const QString &literal)
{
    QStringList out;
    if (literal.size() < 2 || literal.front() != QLatin1Char('{'))
        return out;
    const int end = literal.size() - 1;
    int i = 1;
    while (i < end) {
        QString item;
        bool quoted = false;
        if (literal[i] == QLatin1Char('"')) {
            quoted = true;
            ++i;
            while (i < end && literal[i] != QLatin1Char('"')) {
                if (literal[i] == QLatin1Char('\\') && i + 1 < end)
                    ++i;
                item += literal[i++];
            }
            ++i; // closing quote
        } else {
            while (i < end && literal[i] != QLatin1Char(','))
                item += literal[i++];
        }
        if (!quoted && item == QLatin1String("NULL"))
            out << QString();
        else
            out << item;
        if (i < end && literal[i] == QLatin1Char(','))
            ++i;
    }
    return out;
}

QStringList Result::textArray(int row, const char *name) const { return parseArray(text(row, name)); }

QList<qint64> Result::int64Array(int row, const char *name) const
{
    QList<qint64> out;
    const auto items = textArray(row, name);
    for (const auto &s : items)
        out << s.toLongLong();
    return out;
}

} // namespace pg
