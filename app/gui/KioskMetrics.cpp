#include "KioskMetrics.h"

#include "DigitKeypad.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFontInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QWidget>

namespace {
const char RoleProperty[] = "kioskRole";

QFont withPixelSize(QFont font, int px, bool bold)
{
    font.setPixelSize(px);
    font.setBold(bold);
    return font;
}
} // namespace

KioskMetrics KioskMetrics::forSize(const QSize &screen)
{
    KioskMetrics m;
    const int shortSide = qMax(1, qMin(screen.width(), screen.height()));
    // 768 px: 55 px controls and 23 px text; 1080 px: 77 and 32; 2160 px: 155 and 64.
    m.touch = qMax(MinimumTouch, shortSide * 72 / 1000);
    m.text = qMax(MinimumText, shortSide * 30 / 1000);
    m.title = m.text * 8 / 5;
    m.large = m.text * 7 / 5;
    m.gap = qMax(8, m.text / 2);
    m.portrait = screen.height() > screen.width();
    return m;
}

void KioskMetrics::setRole(QWidget *widget, const char *role)
{
    widget->setProperty(RoleProperty, QByteArray(role));
}

void KioskMetrics::apply(QWidget *root) const
{
    root->setFont(withPixelSize(root->font(), text, false));
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        const QByteArray role = w->property(RoleProperty).toByteArray();
        if (role == "title")
            w->setFont(withPixelSize(w->font(), title, true));
        else if (role == "large")
            w->setFont(withPixelSize(w->font(), large, false));
        else if (role == "code")
            w->setFont(withPixelSize(w->font(), large * 3 / 2, true));
        else if (role == "primary")
            w->setFont(withPixelSize(w->font(), large, true));
        else if (role == "bold")
            w->setFont(withPixelSize(w->font(), text, true));
        else if ((w->font().resolveMask() & QFont::SizeResolved)
            && QFontInfo(w->font()).pixelSize() < text)
            w->setFont(withPixelSize(w->font(), text, w->font().bold())); // a size of its own

        if (qobject_cast<DigitKeypad *>(w->parentWidget()))
            continue; // the keypad's keys follow its font
        const int side = role == "primary" ? touch * 5 / 4 : touch;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // A push button is as wide as its text (which may come later, "New code in 30 s"),
            // and that is never under `side` at these font sizes: a fixed minimum width would let
            // the layout squeeze it below its text ("Change numbe").
            button->setMinimumHeight(side);
            button->setMinimumWidth(qobject_cast<QPushButton *>(button) ? 0 : side);
        } else if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)) {
            w->setMinimumHeight(role == "code" ? touch * 3 / 2 : touch);
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setSizeHint(QSize(0, touch * 6 / 5));
        }
    }
}
