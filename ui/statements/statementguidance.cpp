#include "statements/statementguidance.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

StatementGuidance::StatementGuidance(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_fixLabel(new QLabel(tr("Run this (as a superuser):"), this))
    , m_fix(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy SQL"), this))
    , m_create(new QPushButton(this))
    , m_recheck(new QPushButton(tr("Check again"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("statementGuidance"));
    m_headline->setObjectName(QStringLiteral("guidanceHeadline"));
    m_explanation->setObjectName(QStringLiteral("guidanceExplanation"));
    m_fix->setObjectName(QStringLiteral("guidanceFix"));
    m_create->setObjectName(QStringLiteral("createExtension"));
    m_recheck->setObjectName(QStringLiteral("recheck"));
    m_status->setObjectName(QStringLiteral("guidanceStatus"));
    QFont hf = m_headline->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.3);
    hf.setBold(true);
    m_headline->setFont(hf);
    m_headline->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fix->setReadOnly(true);
    m_fix->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fix->setMaximumHeight(m_fix->fontMetrics().lineSpacing() * 6 + 16);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *box = new QWidget(this);
    box->setMaximumWidth(900);
    auto *bl = new QVBoxLayout(box);
    bl->addWidget(m_headline);
    bl->addSpacing(6);
    bl->addWidget(m_explanation);
    bl->addSpacing(6);
    bl->addWidget(m_fixLabel);
    bl->addWidget(m_fix);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_create);
    buttons->addStretch();
    buttons->addWidget(m_recheck);
    bl->addLayout(buttons);
    bl->addWidget(m_status);

    auto *outer = new QVBoxLayout(this);
    outer->addSpacing(24);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(box, 4);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_fix->toPlainText()); });
    connect(m_create, &QPushButton::clicked, this, &StatementGuidance::createExtensionRequested);
    connect(m_recheck, &QPushButton::clicked, this, &StatementGuidance::recheckRequested);
}

StatementGuidance::~StatementGuidance() = default;

void StatementGuidance::setAvailability(const monitor::StatementAvailability &a) {
    m_headline->setText(a.headline());
    m_explanation->setText(a.explanation());
    const QString fix = a.fixSql();
    m_fix->setPlainText(fix);
    m_fix->setVisible(!fix.isEmpty());
    m_fixLabel->setVisible(!fix.isEmpty());
    m_copy->setVisible(!fix.isEmpty());
    m_create->setVisible(a.canCreateExtension());
    m_create->setText(tr("Create the extension in \"%1\"").arg(a.database));
    m_create->setEnabled(true);
    m_fixLabel->setText(a.restartNeeded() ? tr("Run this as a superuser, then restart the server:")
                                          : tr("Run this as a superuser:"));
}

void StatementGuidance::setStatus(const QString &text) {
    m_status->setText(text);
}
QString StatementGuidance::headline() const {
    return m_headline->text();
}
QString StatementGuidance::explanation() const {
    return m_explanation->text();
}
QString StatementGuidance::fixSql() const {
    return m_fix->toPlainText();
}
bool StatementGuidance::offersCreate() const {
    return !m_create->isHidden();
}

} // namespace ui
