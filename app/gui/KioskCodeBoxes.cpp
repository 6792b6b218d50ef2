#include "KioskCodeBoxes.h"

#include "GuiStyle.h"

#include <QPainter>
#include <QPainterPath>

KioskCodeBoxes::KioskCodeBoxes(QWidget *parent)
    : CodeEdit(parent)
{
    // A code reads left to right in every language, as on the phone that received it.
    setLayoutDirection(Qt::LeftToRight);
    setFrame(false);
    setAlignment(Qt::AlignCenter);
    setContextMenuPolicy(Qt::NoContextMenu);
    setBoxCount(expectedLength());
    // After CodeEdit has kept the digits of what was typed or pasted (no maxLength: it would cut
    // a pasted message before the code in it is found).
    connect(this, &QLineEdit::textChanged, this, [this](const QString &now) {
        if (now.size() > expectedLength())
            setText(now.left(expectedLength()));
    });
}

KioskCodeBoxes::~KioskCodeBoxes() = default;

void KioskCodeBoxes::setBoxCount(int count)
{
    setExpectedLength(count);
    if (text().size() > expectedLength())
        setText(text().left(expectedLength()));
    updateGeometry();
    update();
}

QRect KioskCodeBoxes::boxRect(int index) const
{
    const int n = expectedLength();
    // The gap follows the box, as in the size hints: a narrow field keeps its width for the boxes.
    const int roughSide = qMin(height(), (width() - 6 * (n - 1)) / n);
    const int gap = qMax(6, roughSide / 6);
    const int side = qMax(1, qMin(height(), (width() - gap * (n - 1)) / n));
    const int total = side * n + gap * (n - 1);
    const int left = (width() - total) / 2;
    return QRect(left + index * (side + gap), (height() - side) / 2, side, side);
}

QSize KioskCodeBoxes::sizeHint() const
{
    const int side = qMax(minimumHeight(), fontMetrics().height() * 3 / 2);
    const int n = expectedLength();
    return QSize(side * n + qMax(6, side / 6) * (n - 1), side);
}

QSize KioskCodeBoxes::minimumSizeHint() const
{
    // Narrower boxes on a narrow screen, never under a finger's width.
    const int side = qMax(48, qMax(minimumHeight(), fontMetrics().height()) * 2 / 3);
    const int n = expectedLength();
    return QSize(side * n + qMax(6, side / 6) * (n - 1), qMax(minimumHeight(), side));
}

void KioskCodeBoxes::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QString digits = text();
    const int next = int(digits.size());
    for (int i = 0; i < expectedLength(); ++i) {
        const QRectF box = QRectF(boxRect(i)).adjusted(1.5, 1.5, -1.5, -1.5);
        const bool current = i == next && hasFocus() && isEnabled();
        QPainterPath path;
        path.addRoundedRect(box, box.width() / 8, box.width() / 8);
        painter.fillPath(path, pal.color(QPalette::Base));
        QPen pen(current ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid));
        pen.setWidthF(current ? 3.0 : 1.5);
        painter.setPen(pen);
        painter.drawPath(path);
        if (i < next) {
            painter.setPen(pal.color(isEnabled() ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(box, Qt::AlignCenter, digits.mid(i, 1));
        }
    }
}
