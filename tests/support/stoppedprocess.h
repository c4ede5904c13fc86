#pragma once

#include <signal.h>
#include <sys/types.h>

// SIGSTOP a process (a server backend) for the life of this object; SIGCONT in the
// destructor, so a failing test never leaves a frozen backend behind.
class StoppedProcess {
public:
    explicit StoppedProcess(pid_t pid)
        : m_pid(pid)
        , m_ok(pid > 0 && ::kill(pid, SIGSTOP) == 0) {}
    ~StoppedProcess() { resume(); }
    StoppedProcess(const StoppedProcess &) = delete;
    StoppedProcess &operator=(const StoppedProcess &) = delete;
    bool ok() const { return m_ok; }
    void resume() {
        if (m_ok)
            ::kill(m_pid, SIGCONT);
        m_ok = false;
    }

private:
    pid_t m_pid;
    bool m_ok;
};
