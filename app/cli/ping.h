#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {
QCoro::Task<int> runPing(QStringList args);
}
