#pragma once

namespace cli {

// `pgdba … --dsn "postgresql://me:secret@db/app"`: what `ps` and /proc/PID/cmdline show is the
// process's original argument memory. This returns copies of the arguments (the program reads
// those, passwords intact) and overwrites the originals with every password redacted
// (pg::ConnInfo::redactPasswords). Call first thing in main(). The copies live as long as the
// process.
char **hidePasswordsInArgv(int argc, char **argv);

} // namespace cli
