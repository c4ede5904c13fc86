#include "hostkeyprompt.h"

#include <QCoreApplication>
#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include <memory>

namespace ui {

namespace {
struct Pending {
    QPointer<QMessageBox> box;
    std::shared_ptr<QList<std::function<void(bool)>>> answers;
};
QHash<QString, Pending> &pending() {
    static QHash<QString, Pending> open; // GUI thread only
    return open;
}
struct HostKeyPrompt {
    Q_DECLARE_TR_FUNCTIONS(ui::HostKeyPrompt)
};
} // namespace

void askHostKey(QWidget *parent, const ssh::HostKeyQuestion &q, std::function<void(bool)> answer) {
    const QString key = q.host + QLatin1Char(' ') + q.fingerprint;
    if (auto it = pending().find(key); it != pending().end() && it->box) {
        it->answers->append(std::move(answer));
        return;
    }
    auto answers = std::make_shared<QList<std::function<void(bool)>>>();
    answers->append(std::move(answer));
    auto finish = [answers, key](bool ok) {
        pending().remove(key);
        const auto list = std::exchange(*answers, {});
        for (const auto &a : list)
            a(ok);
    };
    auto *box = new QMessageBox(
        QMessageBox::Warning, HostKeyPrompt::tr("Unknown SSH host key"),
        HostKeyPrompt::tr("The SSH server <b>%1</b> is not known yet.").arg(q.host.toHtmlEscaped()),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("hostKeyPrompt"));
    box->setInformativeText(
        HostKeyPrompt::tr(
            "Its %1 key has the fingerprint<br><span "
            "style=\"white-space:nowrap\"><tt><b>%2</b></tt></span><br><br>Compare it with the fingerprint "
            "the "
            "server's administrator gives you (<tt>ssh-keygen -lf</tt> on the server's host key). Accept "
            "only "
            "if they are the same: the key is then added to %3 and checked on every connection.")
            .arg(q.keyType.toHtmlEscaped(), q.fingerprint.toHtmlEscaped(), q.knownHostsFile.toHtmlEscaped()));
    QPushButton *accept = box->addButton(HostKeyPrompt::tr("&Accept and remember"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptHostKey"));
    QPushButton *refuse = box->addButton(HostKeyPrompt::tr("&Refuse"), QMessageBox::RejectRole);
    refuse->setObjectName(QStringLiteral("refuseHostKey"));
    box->setDefaultButton(refuse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, accept, finish] { finish(box->clickedButton() == accept); });
    // Closed by its parent going away: the tunnel still gets its answer.
    QObject::connect(box, &QObject::destroyed, [finish] { finish(false); });
    pending().insert(key, {box, answers});
    box->open();
}

ssh::HostKeyPrompt hostKeyPrompt(QWidget *parent) {
    QPointer<QWidget> p(parent);
    return [p](const ssh::HostKeyQuestion &q, std::function<void(bool)> answer) {
        askHostKey(p, q, std::move(answer));
    };
}

} // namespace ui
