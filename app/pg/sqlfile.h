#pragma once

#include <QString>

namespace pg {

// SQL texts live in sql/ and are embedded as resources (":/sql/<name>.sql").
// Version variants are named "<name>@<major>.sql" (e.g. statements@17.sql); the variant
// with the highest major not above the server's is chosen, else the plain file.
QString sqlFile(const QString &name, int serverVersionNum = 0);

} // namespace pg
