#pragma once

#include "migrate/migration.h"

#include <QString>
#include <QStringList>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace migrate {

// Records a migration as applied without running it, for a schema made outside pgdba (e.g.
// `pgdba demo init`, or by hand). Only when what its up file creates is there: every table
// of CREATE TABLE exists and every index of CREATE INDEX is valid and ready.
class Baseline {
public:
    struct Outcome {
        bool ok = false;
        QStringList found;   // what was checked and is there
        QStringList missing; // what is not (then nothing is recorded)
        QString error;
    };
    static QCoro::Task<Outcome> run(pg::Connection *c, Migration m, QString osUser);
};

} // namespace migrate
