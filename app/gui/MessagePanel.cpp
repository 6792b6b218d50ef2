#include "MessagePanel.h"

#include "Clock.h"
#include "Error.h"

#include <QAccessible>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

MessagePanel::MessagePanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_countdown(new QTimer(this))
{
    m_countdown->setInterval(250);
    connect(m_countdown, &QTimer::timeout, this, &MessagePanel::tick);
    m_label->setObjectName(QStringLiteral("errorLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    //: Shows or hides the technical details of an error.
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setFocusPolicy(Qt::StrongFocus);
    m_detailsButton->setAccessibleName(tr("Show technical details"));

    m_details->setObjectName(QStringLiteral("detailsText"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setForegroundRole(QPalette::WindowText);
    m_details->setAccessibleName(tr("Technical details"));
    QFont mono = GuiStyle::scaledFont(m_details->font(), 0.9); // points or pixels
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_details->setFont(mono);
    m_details->hide();

    m_action->setObjectName(QStringLiteral("actionButton"));
    m_action->hide();

    m_icon->setAccessibleName(QString());

    auto *layout = new QGridLayout(this);
    applySizes(layout);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_label, 0, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_detailsButton);
    buttons->addStretch(1);
    buttons->addWidget(m_action);
    layout->addLayout(buttons, 1, 1);
    layout->addWidget(m_details, 2, 1);
    layout->setColumnStretch(1, 1);

    connect(m_detailsButton, &QToolButton::toggled, this, &MessagePanel::setDetailsShown);
    connect(m_action, &QPushButton::clicked, this, &MessagePanel::actionTriggered);
    setAccessibleName(tr("Message"));
    hide();
}

MessagePanel::~MessagePanel() = default;

void MessagePanel::showError(const Error &error, Tone tone)
{
    QStringList details;
    if (!error.detail().isEmpty())
        details << error.detail();
    if (!error.diagnosis().isEmpty())
        details << error.diagnosis();
    showMessage(tone, error.message(), details.join(QLatin1String("\n\n")));
}

void MessagePanel::showCountdown(const Error &error, const Clock &clock, qint64 untilMs)
{
    showError(error);
    m_clock = &clock;
    m_until = untilMs;
    tick();
    // The accessible name stays what was announced; the seconds tick in the text only.
    m_label->setAccessibleName(error.message());
    if (m_clock)
        m_countdown->start();
}

bool MessagePanel::isCountingDown() const
{
    return m_countdown->isActive();
}

void MessagePanel::tick()
{
    if (!m_clock)
        return;
    const qint64 left = m_until - m_clock->nowMs();
    if (left <= 0) {
        m_countdown->stop();
        m_clock = nullptr;
        //: After a "Try again in N seconds" countdown has run out.
        const QString text = tr("You can try again now.");
        m_tone = Tone::Neutral;
        m_label->setText(text);
        m_label->setAccessibleName(text);
        applyTone();
        return;
    }
    const int seconds = int((left + 999) / 1000);
    //: Counts down while the server refuses new attempts (HTTP 429). %n is the seconds left.
    m_label->setText(tr("Too many attempts. Try again in %n second(s).", nullptr, seconds));
}

void MessagePanel::showMessage(Tone tone, const QString &text, const QString &details)
{
    m_countdown->stop();
    m_clock = nullptr;
    m_tone = tone;
    m_label->setText(text);
    m_label->setAccessibleName(text);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    setDetailsShown(false);
    applyTone();
    show();
    if (tone == Tone::Error || tone == Tone::Warning) {
        // Screen readers announce it, as they would a message box.
        QAccessibleEvent alert(m_label, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        ++m_alertsSent;
    }
}

void MessagePanel::clear()
{
    m_countdown->stop();
    m_clock = nullptr;
    m_label->clear();
    m_details->clear();
    m_detailsButton->setChecked(false);
    hideAction();
    hide();
}

QString MessagePanel::text() const
{
    return isHidden() ? QString() : m_label->text();
}

QString MessagePanel::detailsText() const
{
    return m_details->text();
}

bool MessagePanel::detailsShown() const
{
    return !m_details->isHidden();
}

void MessagePanel::setActionObjectName(const QString &name)
{
    m_action->setObjectName(name);
}

void MessagePanel::showAction(const QString &text, const QString &accessibleName)
{
    m_action->setText(text);
    m_action->setAccessibleName(accessibleName.isEmpty() ? text : accessibleName);
    m_action->show();
}

void MessagePanel::hideAction()
{
    m_action->hide();
}

void MessagePanel::setDetailsShown(bool shown)
{
    m_details->setVisible(shown);
    m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_detailsButton->setAccessibleName(
        shown ? tr("Hide technical details") : tr("Show technical details"));
}

void MessagePanel::applyTone()
{
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, GuiStyle::toneColor(m_tone, this->palette()));
    m_label->setPalette(palette);
    const int side = fontMetrics().height();
    m_icon->setPixmap(GuiStyle::toneIcon(m_tone, this->palette(), side, devicePixelRatioF()));
    update();
}

void MessagePanel::applySizes(QGridLayout *layout)
{
    // The icon and the spacing follow the font: the kiosk enlarges it after the panel is built,
    // and an icon drawn for the larger font in the smaller box was cut off.
    const int side = fontMetrics().height();
    m_icon->setFixedSize(side, side);
    const int margin = side / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setHorizontalSpacing(margin);
    layout->setVerticalSpacing(margin / 2);
}

void MessagePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        if (auto *grid = qobject_cast<QGridLayout *>(layout()))
            applySizes(grid);
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::FontChange)
        applyTone();
    QFrame::changeEvent(event);
}

void MessagePanel::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = fontMetrics().height() / 3.0;
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor border = GuiStyle::toneColor(m_tone, palette());
    border.setAlphaF(0.45f);
    painter.setPen(QPen(border, 1));
    painter.setBrush(GuiStyle::toneBackground(m_tone, palette()));
    painter.drawRoundedRect(box, radius, radius);
    QFrame::paintEvent(event);
}
