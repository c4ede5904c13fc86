#pragma once

#include <QLabel>

namespace core {
class Workspace;
}
namespace pg {
class Connection;
}
namespace ssh {
struct Route;
}

namespace ui {

// The status bar's word on how the current server is reached: through which SSH tunnel,
// whether the connection is encrypted (TLS protocol and cipher) and whether the server's
// certificate (and host name) was verified. Follows the workspace by itself.
class SecurityStatus : public QLabel {
    Q_OBJECT
public:
    explicit SecurityStatus(core::Workspace *workspace, QWidget *parent = nullptr);
    ~SecurityStatus() override;
    static QString describe(const pg::Connection &c, const ssh::Route &route);
    static QString explain(const pg::Connection &c, const ssh::Route &route); // the tool tip

private:
    void refresh();
    core::Workspace *m_workspace;
};

} // namespace ui
