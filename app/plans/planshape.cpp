#include "plans/planshape.h"

#include <QCryptographicHash>

namespace plans {

namespace {
QString nodeText(const explain::Plan &plan, int id, int depth = 0) {
    const explain::PlanNode &n = plan.nodes[id];
    QString s = n.nodeType;
    for (const QString &q : {n.joinType, n.strategy, n.partialMode, n.operation, n.command})
        if (!q.isEmpty())
            s += QLatin1Char(' ') + q;
    if (n.scanDirection == QLatin1String("Backward"))
        s += QStringLiteral(" Backward");
    if (!n.index.isEmpty())
        s += QStringLiteral(" using ") + n.index;
    if (!n.relation.isEmpty())
        s += QStringLiteral(" on ") +
             (n.schema.isEmpty() ? n.relation : n.schema + QLatin1Char('.') + n.relation);
    if (!n.cteName.isEmpty())
        s += QStringLiteral(" cte ") + n.cteName;
    if (!n.functionName.isEmpty())
        s += QStringLiteral(" fn ") + n.functionName;
    if (!n.subplanName.isEmpty()) // "InitPlan 1 (returns $0)": the number and role, not a cost
        s = n.subplanName + QStringLiteral(": ") + s;
    if (!n.children.isEmpty() && depth >= 400) { // a pathological depth: the rest is one mark
        s += QStringLiteral("(…)");
    } else if (!n.children.isEmpty()) {
        QStringList kids;
        for (int c : n.children)
            kids << nodeText(plan, c, depth + 1);
        s += QLatin1Char('(') + kids.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return s;
}
} // namespace

QString shapeText(const explain::Plan &plan) {
    if (plan.nodes.isEmpty())
        return {};
    return nodeText(plan, 0);
}

QString fingerprint(const explain::Plan &plan) {
    const QByteArray h = QCryptographicHash::hash(shapeText(plan).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(h.toHex().left(16));
}

} // namespace plans
