#pragma once

#include <QSize>

class QWidget;

// The kiosk's sizes, from its screen rather than fixed pixels: anything a finger touches is at
// least `touch` high and wide (never under 48 px, Material's 48 dp, Apple's 44 pt), text at least
// 20 px, both growing with the screen's shorter side (1024×768 up to 3840×2160, portrait too).
struct KioskMetrics
{
    int touch = 48; // the smallest side of a control
    int text = 20; // body text, px
    int title = 32; // a screen's headline, px
    int large = 28; // countdowns, the number and the code, px
    int gap = 10; // between the parts of a screen
    bool portrait = false;

    static constexpr int MinimumTouch = 48;
    static constexpr int MinimumText = 20;
    static KioskMetrics forSize(const QSize &screen);

    // Gives `root` and everything in it these sizes: the font (`text` px, or the role's), and the
    // minimum size of every button, field, list row and combo box. A widget's role is set once
    // with setRole() ("title", "large", "code"); the digit keypad sizes its own keys from the font.
    void apply(QWidget *root) const;
    static void setRole(QWidget *widget, const char *role);
};
