#pragma once

#include <QString>
#include <QStringList>

namespace explain {

// PostgreSQL's quote_identifier rules, without a connection (plans are often read offline).
QString quoteIdent(const QString &ident);
// "\"*SELECT* 2\"" -> "*SELECT* 2"; plain names are returned as they are.
QString unquoteIdent(const QString &ident);
// Splits at `sep` outside parentheses, brackets and quotes: "a, f(b, c)" -> {"a", "f(b, c)"}.
QStringList splitTopLevel(const QString &text, QChar sep);
// Splits a boolean expression at top-level " AND " after removing one pair of enclosing
// parentheses: "((a = 1) AND (b IS NULL))" -> {"(a = 1)", "(b IS NULL)"}.
QStringList splitConjuncts(const QString &expr);
// Removes parentheses that enclose the whole text: "((a))" -> "a".
QString stripOuterParens(QString text);
// Counts read from a plan (blocks, batches, kB, ...), clamped to +-1e12 so sums over a whole
// plan can never overflow, and NaN/inf to 0: plans come from users and fuzzers.
qint64 toInt64(double v);
int toInt(double v); // clamped to +-1e6 (workers, widths, numbers of things)

// Splits "schema.name" (either part may be quoted) into its parts, unquoted.
QStringList splitQualified(const QString &name);

} // namespace explain
