#include "ProfileBanner.h"

#include "Bidi.h"
#include "GuiStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QUrl>

namespace {
// Strong, distinct hues that no page uses for its own messages (no red: that reads as an error).
// Light palettes get the deeper shade, dark palettes a softer one that does not glare.
struct Shade
{
    QRgb light;
    QRgb dark;
};
constexpr Shade Shades[] = {
    { 0xf9ab00, 0xfdd663 }, // amber
    { 0x7b1fa2, 0xc58af9 }, // purple
    { 0x00796b, 0x4ecdc4 }, // teal
    { 0x1565c0, 0x8ab4f8 }, // blue
    { 0xe8710a, 0xfcad70 }, // orange
    { 0xc2185b, 0xf48fb1 }, // pink
};

// Stable across runs and machines (qHash is seeded per process).
uint stableHash(const QString &text)
{
    uint hash = 2166136261u;
    for (const QChar ch : text)
        hash = (hash ^ ch.unicode()) * 16777619u;
    return hash;
}
} // namespace

ProfileBanner::ProfileBanner(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("profileBanner"));
    m_label->setObjectName(QStringLiteral("profileBannerLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAlignment(Qt::AlignCenter);
    GuiStyle::scaleFont(m_label, 0.9, true);
    // Margins in units of the label's line height, measured once there is a profile to show:
    // most windows never show the banner, and that measure loads a font (tests/bench).
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    hide();
}

ProfileBanner::~ProfileBanner() = default;

void ProfileBanner::setProfile(const QString &name, const QString &server)
{
    m_profile = name;
    const QString host = QUrl(server).host();
    const QString text = host.isEmpty()
        //: The strip on top of the window for a test server. %1 is the profile's name.
        ? tr("Profile: %1 — not production").arg(name)
        //: The strip on top of the window for a test server. %1 is the profile's name, %2 the
        //: server's host name.
        : tr("Profile: %1 (%2) — not production").arg(name, Bidi::ltr(host));
    m_label->setText(text);
    m_label->setToolTip(server);
    const int unit = m_label->fontMetrics().height();
    layout()->setContentsMargins(unit / 2, unit / 5, unit / 2, unit / 5);
    setAccessibleName(text);
    applyColours();
}

QString ProfileBanner::text() const
{
    return m_label->text();
}

QColor ProfileBanner::backgroundFor(const QString &profile, bool darkPalette)
{
    const Shade &shade = Shades[stableHash(profile) % (sizeof(Shades) / sizeof(Shades[0]))];
    return QColor::fromRgb(darkPalette ? shade.dark : shade.light);
}

QColor ProfileBanner::textOn(const QColor &background)
{
    const QColor black(0x20, 0x21, 0x24);
    const QColor white(Qt::white);
    return GuiStyle::contrastRatio(black, background) >= GuiStyle::contrastRatio(white, background)
        ? black
        : white;
}

void ProfileBanner::applyColours()
{
    const QColor background = backgroundFor(m_profile, GuiStyle::isDark(palette()));
    QPalette labelPalette = m_label->palette();
    labelPalette.setColor(QPalette::WindowText, textOn(background));
    m_label->setPalette(labelPalette);
    update();
}

void ProfileBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QWidget::changeEvent(event);
}

void ProfileBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor background = backgroundFor(m_profile, GuiStyle::isDark(palette()));
    painter.fillRect(rect(), background);
    // A hairline under the strip keeps it apart from a header of a similar colour.
    painter.fillRect(QRect(0, height() - 1, width(), 1), background.darker(130));
}
