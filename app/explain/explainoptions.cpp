#include "explain/explainoptions.h"

#include <QStringList>

namespace explain {

QString ExplainOptions::optionList(int v) const {
    auto b = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    const bool modern = v == 0 || v >= 130000;
    QStringList o;
    o << QStringLiteral("ANALYZE ") + b(analyze);
    if (analyze || modern)
        o << QStringLiteral("BUFFERS ") + b(buffers);
    o << QStringLiteral("VERBOSE ") + b(verbose);
    if (v == 0 || v >= 120000)
        o << QStringLiteral("SETTINGS ") + b(settings);
    if (analyze && modern)
        o << QStringLiteral("WAL ") + b(wal);
    if (analyze)
        o << QStringLiteral("TIMING ") + b(timing);
    o << QStringLiteral("COSTS ") + b(costs);
    o << QStringLiteral("SUMMARY ") + b(summary);
    return o.join(QStringLiteral(", ")) + QStringLiteral(", ");
}

} // namespace explain
