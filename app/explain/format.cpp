#include "explain/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace explain::format {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain)
};
} // namespace

QString ms(double v) {
    const QLocale l;
    if (v >= 1000)
        return Tr::tr("%1 s").arg(l.toString(v / 1000, 'f', 2));
    return Tr::tr("%1 ms").arg(l.toString(v, 'f', v < 10 ? 3 : 1));
}

QString count(double v) {
    return QLocale().toString(v, 'f', 0);
}

QString blocks(qint64 b) {
    return QStringLiteral("%1 (%2)").arg(QLocale().toString(b), QLocale().formattedDataSize(b * 8192));
}

QString share(double v) {
    return QStringLiteral("%1 %").arg(QLocale().toString(100 * v, 'f', 1));
}

QString misestimate(const PlanNode &n) {
    if (n.misestimateDirection == MisestimateDirection::None)
        return {};
    const QString f = QLocale().toString(n.misestimate, 'f', n.misestimate < 10 ? 1 : 0);
    return n.misestimateDirection == MisestimateDirection::Under ? Tr::tr("%1x under").arg(f)
                                                                 : Tr::tr("%1x over").arg(f);
}

QString buffers(const Buffers &b) {
    QStringList parts;
    const QLocale l;
    if (b.sharedHit)
        parts << Tr::tr("hit %1").arg(l.toString(b.sharedHit));
    if (b.sharedRead)
        parts << Tr::tr("read %1").arg(l.toString(b.sharedRead));
    if (b.sharedDirtied)
        parts << Tr::tr("dirtied %1").arg(l.toString(b.sharedDirtied));
    if (b.sharedWritten)
        parts << Tr::tr("written %1").arg(l.toString(b.sharedWritten));
    if (b.localHit + b.localRead)
        parts << Tr::tr("local %1/%2").arg(l.toString(b.localHit), l.toString(b.localRead));
    if (b.tempRead + b.tempWritten)
        parts << Tr::tr("temp %1/%2").arg(l.toString(b.tempRead), l.toString(b.tempWritten));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

} // namespace explain::format
