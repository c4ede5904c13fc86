#include "widgets/sessionactiondialog.h"

#include "widgets/theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

SessionActionDialog::SessionActionDialog(const QList<monitor::SessionTarget> &targets,
                                         monitor::SessionAction action, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_action(action)
    , m_intro(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_outcomes(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(this)) {
    setObjectName(QStringLiteral("sessionActionDialog"));
    const bool cancel = action == monitor::SessionAction::Cancel;
    setWindowTitle(cancel ? tr("Cancel statements") : tr("Terminate sessions"));
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("confirmationText"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText); // it quotes SQL
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_intro->hide();
    layout->addWidget(m_intro);
    layout->addWidget(m_text, 1);
    if (cancel) {
        auto *row = new QHBoxLayout;
        m_escalate =
            new QCheckBox(tr("Then terminate sessions still running the same statement after"), this);
        m_escalate->setObjectName(QStringLiteral("escalate"));
        m_grace = new QSpinBox(this);
        m_grace->setRange(1, 600);
        m_grace->setValue(5);
        m_grace->setSuffix(tr(" s"));
        row->addWidget(m_escalate);
        row->addWidget(m_grace);
        row->addStretch();
        layout->addLayout(row);
        connect(m_escalate, &QCheckBox::toggled, this, &SessionActionDialog::updateText);
        connect(m_grace, &QSpinBox::valueChanged, this, &SessionActionDialog::updateText);
    }
    m_outcomes->setObjectName(QStringLiteral("outcomes"));
    m_outcomes->setHeaderLabels({tr("pid"), tr("action"), tr("outcome"), tr("details")});
    m_outcomes->setRootIsDecorated(false);
    m_outcomes->header()->setStretchLastSection(true);
    m_outcomes->hide();
    layout->addWidget(m_outcomes, 1);
    auto *go = m_buttons->addButton(cancel ? tr("Cancel %n statement(s)", nullptr, int(targets.size()))
                                           : tr("Terminate %n session(s)", nullptr, int(targets.size())),
                                    QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirm"));
    auto *no = m_buttons->addButton(tr("Don't"), QDialogButtonBox::RejectRole);
    no->setDefault(true); // a stray Return does nothing harmful
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(go, &QPushButton::clicked, this, [this, go] {
        go->setEnabled(false);
        Q_EMIT confirmed(m_action, escalate() ? escalateAfterS() : 0);
    });
    updateText();
    resize(640, 420);
}

SessionActionDialog::~SessionActionDialog() = default;

bool SessionActionDialog::escalate() const {
    return m_escalate && m_escalate->isChecked();
}
int SessionActionDialog::escalateAfterS() const {
    return m_grace ? m_grace->value() : 0;
}

void SessionActionDialog::setIntro(const QString &text) {
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

QString SessionActionDialog::intro() const {
    return m_intro->text();
}

QString SessionActionDialog::text() const {
    return m_text->toPlainText();
}

void SessionActionDialog::updateText() {
    m_text->setPlainText(
        monitor::SessionControl::confirmationText(m_targets, m_action, escalate() ? escalateAfterS() : 0));
}

void SessionActionDialog::showOutcomes(const QList<monitor::SessionOutcome> &outcomes) {
    m_outcomes->clear();
    for (const auto &o : outcomes) {
        auto *item = new QTreeWidgetItem(m_outcomes, {QString::number(o.pid),
                                                      monitor::SessionControl::actionName(o.action),
                                                      o.statusText(), o.message});
        QColor c = theme::text(o.status == monitor::SessionOutcome::Status::Done ? QColor(0x2e, 0x7d, 0x32)
                               : o.status == monitor::SessionOutcome::Status::AlreadyGone
                                   ? QColor(0x61, 0x61, 0x61)
                                   : QColor(0xc6, 0x28, 0x28));
        item->setForeground(2, c);
        item->setToolTip(3, o.message);
    }
    m_outcomes->show();
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject, Qt::UniqueConnection);
}

} // namespace ui
