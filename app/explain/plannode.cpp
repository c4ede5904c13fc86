#include "explain/plannode.h"

#include "explain/identifiers.h"

namespace explain {

namespace {
QString joinName(const QString &base, const QString &joinType)
{
    // "Hash Join" + Left -> "Hash Left Join"; "Nested Loop" + Semi -> "Nested Loop Semi Join".
    if (joinType.isEmpty() || joinType == QLatin1String("Inner"))
        return base;
    if (base == QLatin1String("Nested Loop"))
        return base + QLatin1Char(' ') + joinType + QLatin1String(" Join");
    QString head = base;
    if (head.endsWith(QLatin1String(" Join")))
        head.chop(5);
    return head + QLatin1Char(' ') + joinType + QLatin1String(" Join");
}
} // namespace

QString PlanNode::operationName() const
{
    QString name = nodeType;
    if (nodeType == QLatin1String("Aggregate")) {
        if (strategy == QLatin1String("Sorted"))
            name = QStringLiteral("GroupAggregate");
        else if (strategy == QLatin1String("Hashed"))
            name = QStringLiteral("HashAggregate");
        else if (strategy == QLatin1String("Mixed"))
            name = QStringLiteral("MixedAggregate");
        if (partialMode == QLatin1String("Partial") || partialMode == QLatin1String("Finalize"))
            name = partialMode + QLatin1Char(' ') + name;
    } else if (nodeType == QLatin1String("SetOp")) {
        name = strategy == QLatin1String("Hashed") ? QStringLiteral("HashSetOp") : QStringLiteral("SetOp");
        if (!command.isEmpty())
            name += QLatin1Char(' ') + command;
    } else if (nodeType == QLatin1String("ModifyTable") && !operation.isEmpty()) {
        name = operation;
    } else if (isJoin()) {
        name = joinName(nodeType, joinType);
    } else if (nodeType == QLatin1String("Custom Scan") && !customProvider.isEmpty()) {
        name = nodeType + QLatin1String(" (") + customProvider + QLatin1Char(')');
    }
    if (scanDirection == QLatin1String("Backward"))
        name += QLatin1String(" Backward");
    if (asyncCapable)
        name = QLatin1String("Async ") + name;
    if (parallelAware)
        name = QLatin1String("Parallel ") + name;
    return name;
}

QString PlanNode::target() const
{
    QString out;
    const QString rel = schema.isEmpty() || relation.isEmpty()
                            ? quoteIdent(relation)
                            : quoteIdent(schema) + QLatin1Char('.') + quoteIdent(relation);
    auto withAlias = [&](const QString &object, const QString &plainName) -> QString {
        if (!alias.isEmpty() && alias != plainName)
            return object + QLatin1Char(' ') + quoteIdent(alias);
        return object;
    };
    if (nodeType == QLatin1String("Bitmap Index Scan"))
        return QLatin1String("on ") + quoteIdent(index);
    if (!index.isEmpty())
        out = QLatin1String("using ") + quoteIdent(index);
    QString object;
    if (!relation.isEmpty())
        object = withAlias(rel, relation);
    else if (!cteName.isEmpty())
        object = withAlias(quoteIdent(cteName), cteName);
    else if (!functionName.isEmpty())
        object = withAlias(schema.isEmpty() ? quoteIdent(functionName)
                                            : quoteIdent(schema) + QLatin1Char('.') + quoteIdent(functionName),
                           functionName);
    else if (!alias.isEmpty())
        object = quoteIdent(alias);
    if (!object.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1String("on ") + object;
    return out;
}

bool PlanNode::isScan() const
{
    return nodeType.endsWith(QLatin1String(" Scan")) || nodeType == QLatin1String("Seq Scan");
}

} // namespace explain
