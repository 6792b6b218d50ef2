#include "SmsBanner.h"

#include "Bidi.h"
#include "GuiStyle.h"
#include "PhoneNumber.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>

SmsBanner::SmsBanner(QWidget *parent)
    : QFrame(parent)
    , m_from(new QLabel(this))
    , m_text(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_use(new QPushButton(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("smsBanner"));
    setAutoFillBackground(false);
    setAttribute(Qt::WA_StyledBackground, false);

    m_from->setObjectName(QStringLiteral("smsFromLabel"));
    m_from->setTextFormat(Qt::PlainText);
    GuiStyle::setDimmed(m_from);
    GuiStyle::scaleFont(m_from, 0.9);
    m_text->setObjectName(QStringLiteral("smsTextLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setObjectName(QStringLiteral("smsCodeLabel"));
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 1.5);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 115);
    m_codeLabel->setFont(codeFont);

    m_use->setObjectName(QStringLiteral("useSmsCodeButton"));
    //: Demo mode: puts the code from the simulated SMS into the code field.
    m_use->setText(tr("Use code"));
    m_use->setAccessibleName(tr("Use the code from the demo SMS"));
    m_use->setFocusPolicy(Qt::TabFocus);
    m_dismiss->setObjectName(QStringLiteral("dismissSmsButton"));
    m_dismiss->setText(QStringLiteral("✕"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the demo SMS"));
    m_dismiss->setFocusPolicy(Qt::TabFocus);
    setTabOrder(m_dismiss, m_use); // reading order: the ✕ is in the top row

    const int unit = fontMetrics().height();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(unit * 3 / 4, unit / 2, unit / 2, unit / 2);
    layout->setHorizontalSpacing(unit / 2);
    layout->setVerticalSpacing(unit / 4);
    layout->addWidget(m_from, 0, 0, 1, 2);
    layout->addWidget(m_dismiss, 0, 2, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_text, 1, 0, 1, 3);
    layout->addWidget(m_codeLabel, 2, 0, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_use, 2, 1, 1, 2, Qt::AlignRight | Qt::AlignVCenter);
    layout->setColumnStretch(0, 1);

    connect(m_dismiss, &QToolButton::clicked, this, &SmsBanner::hide);
    connect(m_use, &QPushButton::clicked, this, [this] { emit useCodeRequested(m_code); });
    setAccessibleName(tr("Demo SMS"));
    hide();
}

SmsBanner::~SmsBanner() = default;

void SmsBanner::showSms(const QString &recipient, const QString &text, const QString &code)
{
    m_code = code;
    const PhoneNumber number = PhoneNumber::parse(recipient, QString());
    //: Demo mode: the header of the simulated SMS notification. %1 is the phone number it was
    //: sent to; "now" is when it arrived.
    m_from->setText(tr("Demo SMS to %1 · now")
                        .arg(Bidi::number(number.isValid() ? number.international() : recipient)));
    m_text->setText(text);
    m_codeLabel->setText(Bidi::number(code));
    m_codeLabel->setAccessibleName(tr("Code %1").arg(Bidi::number(code)));
    setAccessibleDescription(text);
    reposition();
    show();
    raise();
}

QString SmsBanner::text() const
{
    return m_text->text();
}

void SmsBanner::setBottom(int y)
{
    m_bottom = y;
    reposition();
}

void SmsBanner::reposition()
{
    QWidget *host = parentWidget();
    if (!host)
        return;
    const int unit = fontMetrics().height();
    const int width = qMin(host->width() - unit, unit * 26);
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    // Above the window's button row, where the pages leave room, like a notification.
    setGeometry((host->width() - width) / 2, m_bottom - height - unit / 2, width, height);
}

void SmsBanner::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = fontMetrics().height() * 0.75;
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -2.5);
    // A soft shadow, then the card in the palette's tooltip-like base colour.
    QColor shadow = palette().color(QPalette::Shadow);
    shadow.setAlphaF(0.25f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(shadow);
    painter.drawRoundedRect(box.translated(0, 1.5), radius, radius);
    QColor border = palette().color(QPalette::Mid);
    painter.setPen(QPen(border, 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, radius, radius);
    QFrame::paintEvent(event);
}
