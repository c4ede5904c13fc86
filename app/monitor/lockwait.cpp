#include "monitor/lockwait.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace monitor {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(monitor_LockWait)
};

// Leading comments and blanks before the first keyword.
QString stripLeadingComments(const QString &q) {
    static const QRegularExpression lead(QStringLiteral(R"(^(\s+|--[^\n]*(\n|$)|/\*.*?\*/)+)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QString s = q;
    s.remove(lead);
    return s;
}
} // namespace

QString lockAgeText(qint64 ms) {
    if (ms < 0)
        return {};
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 120)
        return Tr::tr("%1 s").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return Tr::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return Tr::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString LockWait::relationText() const {
    if (!relation.isEmpty())
        return relation;
    if (relationOid == 0)
        return {};
    if (database.isEmpty())
        return Tr::tr("relation %1").arg(relationOid);
    return Tr::tr("relation %1 in database %2").arg(relationOid).arg(database);
}

QString LockWait::target() const {
    const QString rel = relationText();
    if (lockType == QLatin1String("relation"))
        return rel;
    // A replayed wait (session history) knows the lock's type and relation, not its row or
    // transaction id: say so rather than show "row (0,0)" or "transaction 0".
    if (lockType == QLatin1String("tuple"))
        return page < 0 ? Tr::tr("a row of %1").arg(rel)
                        : Tr::tr("row (%1,%2) of %3").arg(page).arg(tuple).arg(rel);
    if (lockType == QLatin1String("page"))
        return Tr::tr("page %1 of %2").arg(page).arg(rel);
    if (lockType == QLatin1String("extend"))
        return Tr::tr("extension of %1").arg(rel);
    if (lockType == QLatin1String("transactionid"))
        return transactionId == 0 ? Tr::tr("a transaction (id not recorded)")
                                  : Tr::tr("transaction %1").arg(transactionId);
    if (lockType == QLatin1String("virtualxid"))
        return Tr::tr("virtual transaction %1").arg(virtualXid);
    if (lockType == QLatin1String("advisory")) {
        // pg_advisory_lock(bigint) stores the key in classid (high) and objid (low), objsubid 1;
        // pg_advisory_lock(int, int) stores the two keys in classid and objid, objsubid 2.
        if (objSubId == 2)
            return Tr::tr("advisory lock (%1, %2)").arg(qint32(quint32(classId))).arg(qint32(quint32(objId)));
        const qint64 key = qint64((quint64(quint32(classId)) << 32) | quint64(quint32(objId)));
        return Tr::tr("advisory lock %1").arg(key);
    }
    if (lockType == QLatin1String("object"))
        return Tr::tr("object %1 of class %2").arg(objId).arg(classId);
    if (lockType == QLatin1String("spectoken"))
        return Tr::tr("speculative insertion token of transaction %1").arg(transactionId);
    return lockType;
}

QString LockWait::describe(const QString &command) const {
    if (!isValid())
        return {};
    QString s = Tr::tr("waits for %1 on %2").arg(mode, target());
    if (!command.isEmpty() && (lockType == QLatin1String("relation") || lockType == QLatin1String("object")))
        s = Tr::tr("%1 on %2 wanted by %3").arg(mode, target(), command);
    return s;
}

QString LockWait::commandOf(const QString &query) {
    const QString q = stripLeadingComments(query);
    static const QRegularExpression word(QStringLiteral(R"(^[A-Za-z]+)"));
    QStringList words;
    qsizetype pos = 0;
    for (int i = 0; i < 4; ++i) {
        while (pos < q.size() && q.at(pos).isSpace())
            ++pos;
        const auto m = word.match(q.mid(pos, 40));
        if (!m.hasMatch())
            break;
        words << m.captured(0).toUpper();
        pos += m.capturedLength(0);
    }
    if (words.isEmpty())
        return {};
    static const QStringList twoWords{QStringLiteral("ALTER"),   QStringLiteral("CREATE"),
                                      QStringLiteral("DROP"),    QStringLiteral("LOCK"),
                                      QStringLiteral("REFRESH"), QStringLiteral("REINDEX"),
                                      QStringLiteral("COMMENT"), QStringLiteral("SECURITY")};
    static const QStringList modifiers{QStringLiteral("UNIQUE"),   QStringLiteral("MATERIALIZED"),
                                       QStringLiteral("OR"),       QStringLiteral("REPLACE"),
                                       QStringLiteral("TEMP"),     QStringLiteral("TEMPORARY"),
                                       QStringLiteral("UNLOGGED"), QStringLiteral("CONCURRENTLY")};
    if (!twoWords.contains(words.first()) || words.size() == 1)
        return words.first();
    if (words.first() == QLatin1String("LOCK") && words.at(1) != QLatin1String("TABLE"))
        return words.first(); // LOCK orders IN ...
    QStringList out{words.first()};
    for (int i = 1; i < words.size(); ++i) {
        out << words.at(i);
        if (!modifiers.contains(words.at(i)))
            break;
    }
    return out.join(QLatin1Char(' '));
}

} // namespace monitor
