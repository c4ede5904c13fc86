#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tuning {

enum class Storage { Ssd, Hdd, San };
enum class Workload { Web, Oltp, DataWarehouse, Mixed, Desktop };

// What the advisor needs to know about the machine and its use. The defaults are the
// ticket's VPS: 4 GB RAM, 2 vCPU, SSD, a web application with up to 100 connections.
struct Inputs {
    qint64 ramMb = 4096;
    int cpus = 2;
    Storage storage = Storage::Ssd;
    Workload workload = Workload::Web;
    int connections = 100; // 0: PGTune's default for the workload
    int pgMajor = 15;      // read from the server when connected

    bool operator==(const Inputs &) const = default;
};

// Stable keys for the command line, settings files and JSON ("ssd", "web", ...).
QString storageKey(Storage s);
QString workloadKey(Workload w);
std::optional<Storage> storageFromKey(const QString &key);
std::optional<Workload> workloadFromKey(const QString &key);
// Translated names for the page.
QString storageLabel(Storage s);
QString workloadLabel(Workload w);
QList<Storage> allStorages();
QList<Workload> allWorkloads();

// "4GB", "4096MB", "4 GB", "0.5TB", or a bare number of gigabytes ("24"). nullopt when invalid.
std::optional<qint64> parseRamMb(const QString &text);
// PGTune's connection count when none is given: web 200, OLTP 300, DW 40, desktop 20, mixed 100.
int defaultConnections(Workload w);
int effectiveConnections(const Inputs &in);
// A one-line description of the inputs, e.g. "4 GB RAM, 2 CPUs, SSD, web, 100 connections, PostgreSQL 15".
QString describe(const Inputs &in);

} // namespace tuning
