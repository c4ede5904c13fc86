#include "tuning/inputs.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tuning {

QString storageKey(Storage s) {
    switch (s) {
    case Storage::Ssd:
        return QStringLiteral("ssd");
    case Storage::Hdd:
        return QStringLiteral("hdd");
    case Storage::San:
        return QStringLiteral("san");
    }
    return {};
}

QString workloadKey(Workload w) {
    switch (w) {
    case Workload::Web:
        return QStringLiteral("web");
    case Workload::Oltp:
        return QStringLiteral("oltp");
    case Workload::DataWarehouse:
        return QStringLiteral("dw");
    case Workload::Mixed:
        return QStringLiteral("mixed");
    case Workload::Desktop:
        return QStringLiteral("desktop");
    }
    return {};
}

std::optional<Storage> storageFromKey(const QString &key) {
    for (Storage s : allStorages())
        if (storageKey(s).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

std::optional<Workload> workloadFromKey(const QString &key) {
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("datawarehouse") || k == QLatin1String("data-warehouse"))
        return Workload::DataWarehouse;
    for (Workload w : allWorkloads())
        if (workloadKey(w) == k)
            return w;
    return std::nullopt;
}

QString storageLabel(Storage s) {
    switch (s) {
    case Storage::Ssd:
        return QCoreApplication::translate("tuning", "SSD");
    case Storage::Hdd:
        return QCoreApplication::translate("tuning", "HDD (spinning disk)");
    case Storage::San:
        return QCoreApplication::translate("tuning", "SAN / network storage");
    }
    return {};
}

QString workloadLabel(Workload w) {
    switch (w) {
    case Workload::Web:
        return QCoreApplication::translate("tuning", "Web application");
    case Workload::Oltp:
        return QCoreApplication::translate("tuning", "OLTP");
    case Workload::DataWarehouse:
        return QCoreApplication::translate("tuning", "Data warehouse");
    case Workload::Mixed:
        return QCoreApplication::translate("tuning", "Mixed");
    case Workload::Desktop:
        return QCoreApplication::translate("tuning", "Desktop / developer machine");
    }
    return {};
}

QList<Storage> allStorages() {
    return {Storage::Ssd, Storage::Hdd, Storage::San};
}

QList<Workload> allWorkloads() {
    return {Workload::Web, Workload::Oltp, Workload::DataWarehouse, Workload::Mixed, Workload::Desktop};
}

std::optional<qint64> parseRamMb(const QString &text) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(TB|GB|MB|T|G|M)?\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    double mb = n * 1024; // a bare number is gigabytes
    if (unit.startsWith(QLatin1Char('T')))
        mb = n * 1024 * 1024;
    else if (unit.startsWith(QLatin1Char('M')))
        mb = n;
    if (mb < 256 || mb > 64.0 * 1024 * 1024)
        return std::nullopt;
    return qint64(mb);
}

int defaultConnections(Workload w) {
    switch (w) {
    case Workload::Web:
        return 200;
    case Workload::Oltp:
        return 300;
    case Workload::DataWarehouse:
        return 40;
    case Workload::Desktop:
        return 20;
    case Workload::Mixed:
        return 100;
    }
    return 100;
}

int effectiveConnections(const Inputs &in) {
    return in.connections > 0 ? in.connections : defaultConnections(in.workload);
}

QString describe(const Inputs &in) {
    const QString ram = in.ramMb % 1024 == 0 ? QStringLiteral("%1 GB").arg(in.ramMb / 1024)
                                             : QStringLiteral("%1 MB").arg(in.ramMb);
    return QCoreApplication::translate("tuning", "%1 RAM, %2 CPUs, %3, %4, %5 connections, PostgreSQL %6")
        .arg(ram)
        .arg(in.cpus)
        .arg(storageKey(in.storage).toUpper(), workloadKey(in.workload))
        .arg(effectiveConnections(in))
        .arg(in.pgMajor);
}

} // namespace tuning
