#include "pg/sqlfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace pg {

namespace {
QString readSqlFile(const QString &name, int serverVersionNum) {
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

} // namespace

QString sqlFile(const QString &name, int serverVersionNum) {
    // The resources never change while pgdba runs: each (name, major version) is looked up and
    // read once. Every refresh of every page and every server of the Fleet page asks for its
    // SQL; the directory listing and the file read cost more than the query's own client work.
    const int major = serverVersionNum > 0 ? serverVersionNum / 10000 : 0;
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QString key = name + QLatin1Char('@') + QString::number(major);
    {
        QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
    }
    const QString text = readSqlFile(name, serverVersionNum);
    if (!text.isEmpty()) {
        QMutexLocker lock(&mutex);
        cache.insert(key, text);
    }
    return text;
}

} // namespace pg
