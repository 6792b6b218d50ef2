#include "GuiStyle.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QProxyStyle>
#include <QPushButton>
#include <QStyleOption>
#include <QtMath>

namespace GuiStyle {

namespace {
double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue());
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Darkens (on a light window) or lightens (on a dark one) until the contrast is enough.
QColor readable(QColor color, const QColor &background)
{
    const bool dark = luminance(background) < 0.2;
    for (int i = 0; i < 20 && contrastRatio(color, background) < 4.6; ++i)
        color = dark ? color.lighter(110) : color.darker(112);
    return color;
}
} // namespace

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.2;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Neutral:
        return palette.color(QPalette::WindowText);
    case Tone::Info:
        return readable(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4), window);
    case Tone::Success:
        return readable(dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x6e, 0x35), window);
    case Tone::Warning:
        return readable(dark ? QColor(0xfd, 0xd6, 0x63) : QColor(0x8a, 0x55, 0x00), window);
    case Tone::Error:
        return readable(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e), window);
    }
    return palette.color(QPalette::WindowText);
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    if (tone == Tone::Neutral)
        return palette.color(QPalette::AlternateBase);
    return mix(window, toneColor(tone, palette), isDark(palette) ? 0.16 : 0.09);
}

void disconnectChildren(QObject *page)
{
    const QList<QObject *> children = page->findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, page, nullptr);
}

void setAccessibleText(QWidget *widget, const QString &name, const QString &description)
{
    if (widget->accessibleName() != name)
        widget->setAccessibleName(name);
    if (widget->accessibleDescription() != description)
        widget->setAccessibleDescription(description);
}

QString headline(const QString &title)
{
    // Already wrapped (a page whose title was set twice) stays as it is.
    if (title.startsWith(QLatin1String("<span")))
        return title;
    return QStringLiteral("<span style=\"font-size:large;\">%1</span>").arg(title.toHtmlEscaped());
}

void makeLinkButton(QPushButton *button)
{
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    QPalette palette = button->palette();
    QColor link = palette.color(QPalette::Link);
    if (contrastRatio(link, palette.color(QPalette::Window)) < 4.5)
        link = toneColor(Tone::Info, palette);
    palette.setColor(QPalette::Active, QPalette::ButtonText, link);
    palette.setColor(QPalette::Inactive, QPalette::ButtonText, link);
    button->setPalette(palette);
}

QPixmap toneIcon(Tone tone, const QPalette &palette, int side, qreal dpr)
{
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(toneColor(tone, palette));
    painter.drawEllipse(QRectF(0.5, 0.5, side - 1, side - 1));
    const QColor glyph = isDark(palette) ? palette.color(QPalette::Window) : QColor(Qt::white);
    painter.setPen(
        QPen(glyph, qMax<qreal>(1.5, side / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    const qreal s = side;
    switch (tone) {
    case Tone::Success:
        painter.drawPolyline(QPolygonF({ QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68),
            QPointF(s * 0.72, s * 0.36) }));
        break;
    case Tone::Info:
    case Tone::Neutral:
        painter.drawLine(QPointF(s * 0.5, s * 0.46), QPointF(s * 0.5, s * 0.72));
        painter.drawPoint(QPointF(s * 0.5, s * 0.29));
        break;
    case Tone::Warning:
    case Tone::Error:
        painter.drawLine(QPointF(s * 0.5, s * 0.27), QPointF(s * 0.5, s * 0.54));
        painter.drawPoint(QPointF(s * 0.5, s * 0.72));
        break;
    }
    return pixmap;
}

QIcon chevronIcon(const QPalette &palette, int side, qreal dpr)
{
    QIcon icon;
    for (const QIcon::Mode mode : { QIcon::Normal, QIcon::Active, QIcon::Disabled }) {
        QPixmap pixmap(QSize(side, side) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor color = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::Text);
        color.setAlphaF(mode == QIcon::Normal ? 0.7f : 1.0f);
        painter.setPen(
            QPen(color, qMax<qreal>(1.5, side / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const qreal s = side;
        painter.drawPolyline(QPolygonF({ QPointF(s * 0.28, s * 0.40), QPointF(s * 0.5, s * 0.62),
            QPointF(s * 0.72, s * 0.40) }));
        painter.end();
        icon.addPixmap(pixmap, mode);
    }
    return icon;
}

QFont scaledFont(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}

void scaleFont(QWidget *widget, qreal factor, bool bold)
{
    QFont font = scaledFont(widget->font(), factor);
    font.setBold(bold);
    widget->setFont(font);
}

void setDimmed(QLabel *label, bool dimmed)
{
    label->setForegroundRole(dimmed ? QPalette::PlaceholderText : QPalette::WindowText);
}

void setToneText(QLabel *label, Tone tone)
{
    if (tone == Tone::Neutral) {
        setDimmed(label);
        return;
    }
    const QColor color = toneColor(tone, label->palette());
    if (label->foregroundRole() != QPalette::WindowText
        || label->palette().color(QPalette::WindowText) != color) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, color);
        label->setPalette(palette);
        label->setForegroundRole(QPalette::WindowText);
    }
}

} // namespace GuiStyle

namespace {
// Draws the focus ring over what the base style drew for a focused control.
class FocusRingStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (!(option->state & State_HasFocus))
            return;
        bool ring = false;
        switch (element) {
        case PE_FrameLineEdit: // fields: focused by the keyboard or a click, always shown
            ring = true;
            break;
        case PE_PanelButtonCommand: // buttons, as the base style: after a keyboard move
        case PE_FrameFocusRect: // check boxes, lists, link-like buttons
            ring = option->state & State_KeyboardFocusChange;
            break;
        default:
            break;
        }
        if (!ring || option->rect.width() < 8 || option->rect.height() < 8)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        QColor colour = option->palette.color(QPalette::Highlight);
        colour.setAlpha(255);
        QPen pen(colour, GuiStyle::FocusRingWidth);
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const int inset = GuiStyle::FocusRingWidth / 2;
        painter->drawRect(QRectF(option->rect).adjusted(inset, inset, -inset, -inset));
        painter->restore();
    }
};
} // namespace

void GuiStyle::applyApplicationStyle()
{
    if (dynamic_cast<FocusRingStyle *>(QApplication::style()))
        return;
    QApplication::setStyle(new FocusRingStyle(QApplication::style()->name()));
}
