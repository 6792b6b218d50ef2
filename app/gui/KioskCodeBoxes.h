#pragma once

#include "CodeEdit.h"

// The kiosk's code field: one large box per expected digit, the next one to fill outlined. It is
// the CodeEdit underneath (paste of a whole message, digits of any script, completed()), so the
// keypad's key events and a keyboard type into it the same way; it takes no more digits than
// the boxes hold.
class KioskCodeBoxes : public CodeEdit
{
    Q_OBJECT
public:
    explicit KioskCodeBoxes(QWidget *parent = nullptr);
    ~KioskCodeBoxes() override;

    void setBoxCount(int count); // setExpectedLength() and as many boxes
    // The rectangle of box `index` (0-based, left to right whatever the language).
    QRect boxRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
