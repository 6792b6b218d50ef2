#include "ProgressPanel.h"

#include "BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_indicator(new BusyIndicator(this))
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(this))
{
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_cancel->setObjectName(QStringLiteral("cancelWaitButton"));
    //: Stops what the page is waiting for (a request), not the whole sign-in.
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the request"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_indicator, 0, Qt::AlignVCenter);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignVCenter);

    connect(m_cancel, &QPushButton::clicked, this, &ProgressPanel::cancelRequested);
    setAccessibleName(tr("Progress"));
    hide();
}

ProgressPanel::~ProgressPanel() = default;

void ProgressPanel::start(const QString &text, bool cancellable)
{
    m_label->setText(text);
    m_label->setAccessibleName(text);
    m_cancel->setVisible(cancellable);
    show();
}

void ProgressPanel::stop()
{
    hide();
}

QString ProgressPanel::text() const
{
    return m_label->text();
}
