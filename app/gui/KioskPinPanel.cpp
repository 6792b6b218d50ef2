#include "KioskPinPanel.h"

#include "DigitKeypad.h"
#include "GuiStyle.h"
#include "KioskPin.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

KioskPinPanel::KioskPinPanel(
    const QString &stored, const QString &configuration, const Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_verifier(new KioskPinVerifier(stored, clock, this))
    , m_configuration(configuration)
    , m_lockoutTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("kioskPinPanel"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);

    auto *outer = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *card = new QWidget(this);
    const int unit = fontMetrics().height();
    card->setMaximumWidth(unit * 30);
    row->addStretch(1);
    row->addWidget(card, 3);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);

    auto *layout = new QVBoxLayout(card);
    layout->setSpacing(unit);
    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("kioskPinTitle"));
    //: Title of the kiosk's administrator panel.
    m_title->setText(tr("Administrator"));
    GuiStyle::scaleFont(m_title, 1.6, true);
    layout->addWidget(m_title);
    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("kioskPinMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_pinStep = new QWidget(card);
    auto *pinLayout = new QVBoxLayout(m_pinStep);
    pinLayout->setContentsMargins(0, 0, 0, 0);
    pinLayout->setSpacing(unit);
    m_pinEdit = new QLineEdit(m_pinStep);
    m_pinEdit->setObjectName(QStringLiteral("kioskPinEdit"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinEdit->setMaxLength(KioskPin::MaxLength);
    m_pinEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(KioskPin::MaxLength)), m_pinEdit));
    m_pinEdit->setAlignment(Qt::AlignCenter);
    m_pinEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_pinEdit->setInputMethodHints(
        Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    //: Accessible name of the kiosk administrator's PIN field.
    m_pinEdit->setAccessibleName(tr("Administrator PIN"));
    GuiStyle::scaleFont(m_pinEdit, 1.6);
    pinLayout->addWidget(m_pinEdit);
    m_keypad = new DigitKeypad(m_pinStep);
    m_keypad->setTargetResolver([this] { return m_pinEdit->isEnabled() ? m_pinEdit : nullptr; });
    pinLayout->addWidget(m_keypad);
    m_cancel = new QPushButton(tr("Cancel"), m_pinStep);
    m_cancel->setObjectName(QStringLiteral("kioskPinCancelButton"));
    m_cancel->setFocusPolicy(Qt::NoFocus);
    m_cancel->setAutoDefault(false);
    m_cancel->setMinimumHeight(DigitKeypad::minimumKeySize());
    pinLayout->addWidget(m_cancel);
    layout->addWidget(m_pinStep);

    m_adminStep = new QWidget(card);
    auto *adminLayout = new QVBoxLayout(m_adminStep);
    adminLayout->setContentsMargins(0, 0, 0, 0);
    adminLayout->setSpacing(unit);
    //: Administrator panel: quits the kiosk application.
    m_leave = new QPushButton(tr("Leave kiosk mode"), m_adminStep);
    m_leave->setObjectName(QStringLiteral("kioskLeaveButton"));
    //: Administrator panel: shows the configuration in effect (no secrets).
    m_showConfig = new QPushButton(tr("Show the configuration"), m_adminStep);
    m_showConfig->setObjectName(QStringLiteral("kioskConfigButton"));
    //: Administrator panel: closes the panel and goes back to the sign-in.
    m_back = new QPushButton(tr("Back to the sign-in"), m_adminStep);
    m_back->setObjectName(QStringLiteral("kioskAdminBackButton"));
    for (QPushButton *b : { m_leave, m_showConfig, m_back }) {
        b->setMinimumHeight(DigitKeypad::minimumKeySize());
        b->setAutoDefault(false);
        adminLayout->addWidget(b);
    }
    m_configView = new QPlainTextEdit(m_adminStep);
    m_configView->setObjectName(QStringLiteral("kioskConfigView"));
    m_configView->setReadOnly(true);
    m_configView->setContextMenuPolicy(Qt::NoContextMenu);
    m_configView->setAccessibleName(tr("Configuration"));
    m_configView->hide();
    adminLayout->addWidget(m_configView, 1);
    layout->addWidget(m_adminStep);

    connect(m_pinEdit, &QLineEdit::returnPressed, this, &KioskPinPanel::submit);
    connect(m_cancel, &QPushButton::clicked, this, &KioskPinPanel::close);
    connect(m_leave, &QPushButton::clicked, this, &KioskPinPanel::leaveRequested);
    connect(m_back, &QPushButton::clicked, this, &KioskPinPanel::close);
    connect(m_showConfig, &QPushButton::clicked, this, [this] {
        m_configView->setPlainText(m_configuration);
        m_configView->show();
    });
    connect(m_verifier, &KioskPinVerifier::checked, this, &KioskPinPanel::onChecked);
    m_lockoutTimer->setInterval(250);
    connect(m_lockoutTimer, &QTimer::timeout, this, &KioskPinPanel::updateLockout);

    hide();
}

KioskPinPanel::~KioskPinPanel() = default;

void KioskPinPanel::open()
{
    showPinStep();
    show();
    raise();
    if (m_pinEdit->isEnabled())
        m_pinEdit->setFocus(Qt::OtherFocusReason);
}

void KioskPinPanel::close()
{
    m_pinEdit->clear();
    m_configView->clear();
    m_configView->hide();
    m_unlocked = false;
    m_lockoutTimer->stop();
    const bool wasVisible = isVisible();
    hide();
    if (wasVisible)
        emit closed();
}

void KioskPinPanel::showPinStep()
{
    m_unlocked = false;
    m_adminStep->hide();
    m_pinStep->show();
    m_pinEdit->clear();
    if (!m_verifier->hasPin()) {
        setMessage(tr("No administrator PIN is set, so this kiosk cannot be left from the screen. "
                      "Make one with \"directus-login kiosk-pin\" and put the line it prints in "
                      "the system configuration file."),
            true);
        m_pinEdit->setEnabled(false);
        return;
    }
    if (!m_verifier->isValid()) {
        setMessage(KioskPin::parse(QString()).error().message(), true);
        m_pinEdit->setEnabled(false);
        return;
    }
    m_pinEdit->setEnabled(true);
    //: Kiosk administrator panel, above the PIN field.
    setMessage(tr("Enter the administrator PIN."), false);
    updateLockout();
}

void KioskPinPanel::showAdminStep()
{
    m_unlocked = true;
    m_pinEdit->clear();
    m_pinStep->hide();
    m_adminStep->show();
    setMessage(
        tr("Choose what to do. The kiosk clears this panel after a while without a touch."), false);
    m_leave->setFocus(Qt::OtherFocusReason);
}

void KioskPinPanel::setMessage(const QString &text, bool error)
{
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, GuiStyle::toneColor(GuiStyle::Tone::Error, palette));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void KioskPinPanel::submit()
{
    if (!m_pinEdit->isEnabled() || m_verifier->isBusy())
        return;
    const QString pin = m_pinEdit->text();
    if (pin.isEmpty())
        return;
    if (!m_verifier->check(pin)) {
        updateLockout();
        return;
    }
    m_pinEdit->setEnabled(false);
    //: While the administrator PIN is checked (takes a moment on purpose).
    setMessage(tr("Checking…"), false);
}

void KioskPinPanel::onChecked(bool accepted)
{
    if (accepted) {
        showAdminStep();
        return;
    }
    m_pinEdit->setEnabled(true);
    m_pinEdit->clear();
    if (isVisible())
        m_pinEdit->setFocus(Qt::OtherFocusReason);
    //: The administrator PIN was wrong.
    setMessage(tr("That PIN is not right."), true);
    updateLockout();
}

void KioskPinPanel::updateLockout()
{
    if (m_unlocked || !m_verifier->hasPin() || m_verifier->isBusy())
        return;
    const qint64 ms = m_verifier->lockedForMs();
    if (ms <= 0) {
        if (m_lockoutTimer->isActive()) {
            m_lockoutTimer->stop();
            m_pinEdit->setEnabled(true);
            setMessage(tr("Enter the administrator PIN."), false);
        }
        return;
    }
    m_pinEdit->clear();
    m_pinEdit->setEnabled(false);
    const int seconds = int((ms + 999) / 1000);
    //: Too many wrong administrator PINs in a row.
    setMessage(tr("Too many wrong PINs. Try again in %n s.", nullptr, seconds), true);
    if (!m_lockoutTimer->isActive())
        m_lockoutTimer->start();
}

void KioskPinPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}
