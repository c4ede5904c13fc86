#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace migrate {

// One preflight finding: pass / info / warn / fail, and why.
struct Check {
    enum class Level { Pass, Info, Warn, Fail };
    QString key; // stable id, e.g. "dry_run:idx_orders_list", "long_transactions"
    Level level = Level::Pass;
    QString subject;   // what it is about: an index, a table, "server", "run"
    QString title;     // one line
    QString detail;    // why, in a sentence or two
    QStringList rows;  // supporting lines (e.g. the long transactions)
    QString dropIndex; // quoted, qualified INVALID index this check offers to drop
    QString link;      // a page that helps ("activity")

    static QString levelKey(Level l);  // "pass", "info", "warn", "fail"
    static QString levelText(Level l); // translated
};

struct PreflightReport {
    QList<Check> checks;
    int lockTimeoutMs = 0;
    bool hypopg = false;

    int count(Check::Level l) const;
    bool hasFailures() const { return count(Check::Level::Fail) > 0; }
    // Statements that destroy data or objects (checks "destructive:N"): `up` needs a confirmation.
    bool hasDestructive() const;
    const Check *find(const QString &key) const;
    QStringList droppableIndexes() const;
};

} // namespace migrate
