#include "cli/argvsecrets.h"

#include "pg/secrets.h"

#include <cstring>
#include <string>
#include <vector>

namespace cli {

char **hidePasswordsInArgv(int argc, char **argv) {
    // Static: reachable for the whole run (argv must outlive QCoreApplication).
    static std::vector<std::string> copies;
    static std::vector<char *> pointers;
    copies.assign(argv, argv + argc);
    pointers.clear();
    for (auto &c : copies)
        pointers.push_back(c.data());
    pointers.push_back(nullptr);
    for (int i = 0; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QString redacted = pg::redactPasswords(arg);
        if (redacted == arg)
            continue;
        const QByteArray r = redacted.toLocal8Bit();
        const size_t len = std::strlen(argv[i]);
        const size_t n = std::min(len, size_t(r.size()));
        std::memcpy(argv[i], r.constData(), n);
        std::memset(argv[i] + n, 0, len - n);
    }
    return pointers.data();
}

} // namespace cli
