#include "tuning/applydialog.h"

#include "widgets/theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

ApplyDialog::ApplyDialog(const QString &preview, const QString &warning, QWidget *parent)
    : QDialog(parent)
    , m_preview(new QPlainTextEdit(this))
    , m_warning(new QLabel(this)) {
    setObjectName(QStringLiteral("applyDialog"));
    setWindowTitle(tr("Apply configuration"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("pgdba will run these statements on the server, on its own connection. ALTER SYSTEM "
           "writes postgresql.auto.conf; pg_reload_conf() makes reloadable settings take effect now."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_preview->setObjectName(QStringLiteral("applyPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlainText(preview);
    layout->addWidget(m_preview, 1);
    m_warning->setWordWrap(true);
    theme::setTextColor(m_warning, QColor(0x8a, 0x4b, 0x00));
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    layout->addWidget(m_warning);
    auto *buttons = new QDialogButtonBox(this);
    auto *apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("confirmApply"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

ApplyDialog::~ApplyDialog() = default;

QString ApplyDialog::previewText() const {
    return m_preview->toPlainText();
}

} // namespace ui
