#include "pg/sqlfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pg {

QString sqlFile(const QString &name, int serverVersionNum)
{
    const QString path = QStringLiteral(":/sql/") + name;
    QString chosen = path + QStringLiteral(".sql");
    if (serverVersionNum > 0) {
        const int major = serverVersionNum / 10000;
        const QFileInfo fi(path);
        const QDir dir(fi.path());
        int best = -1;
        const auto entries = dir.entryList({fi.fileName() + QStringLiteral("@*.sql")}, QDir::Files);
        for (const auto &e : entries) {
            const int v = e.section(QLatin1Char('@'), 1).section(QLatin1Char('.'), 0, 0).toInt();
            if (v <= major && v > best) {
                best = v;
                chosen = dir.filePath(e);
            }
        }
    }
    QFile f(chosen);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("pgdba: missing SQL resource %s", qPrintable(chosen));
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

} // namespace pg
