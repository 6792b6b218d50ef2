#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QIcon;
class QLabel;
class QPixmap;
class QPushButton;
class QPalette;
class QWidget;

// Small helpers shared by the wizard's widgets: colours taken from the palette (so a dark palette
// works), and bidirectional isolation for numbers shown inside translated sentences.
namespace GuiStyle {
enum class Tone { Neutral, Info, Success, Warning, Error };

bool isDark(const QPalette &palette);
// A colour for text of this tone that reads on the palette's window colour (contrast ≥ 4.5:1).
QColor toneColor(Tone tone, const QPalette &palette);
// A quiet background for a panel of this tone: the window colour tinted towards the tone.
QColor toneBackground(Tone tone, const QPalette &palette);
// WCAG contrast ratio between two colours (1 … 21).
double contrastRatio(const QColor &a, const QColor &b);

// For a page's destructor: disconnects every signal of the page's children from the page. The
// children outlive the page's own members (QWidget deletes them afterwards) and may still emit
// then: a field losing the focus emits editingFinished into lambdas that read the form.
void disconnectChildren(QObject *page);

// Sets a widget's accessible name and description only when they change: Qt announces every
// set, and a countdown must not be re-announced every second.
void setAccessibleText(QWidget *widget, const QString &name, const QString &description = {});

// A page title for QWizard (its title format is rich text): larger, escaped.
QString headline(const QString &title);
// A flat button that looks like a link (Change number, Resend code).
void makeLinkButton(QPushButton *button);
// A round badge with a glyph (✓ for success, ! for warnings and errors, i for information).
QPixmap toneIcon(Tone tone, const QPalette &palette, int side, qreal devicePixelRatio);
// A small downward chevron, for "show the list".
QIcon chevronIcon(const QPalette &palette, int side, qreal devicePixelRatio);

// A label's font scaled by `factor` and optionally bold.
// `font` times `factor`, in points or pixels (whichever it is set in).
QFont scaledFont(QFont font, qreal factor);
void scaleFont(QWidget *widget, qreal factor, bool bold = false);
// Text in the palette's dimmed (placeholder) colour.
void setDimmed(QLabel *label, bool dimmed = true);
// A short status next to a field ("2 tries left", "Code expires in 0:42"): dimmed when Neutral,
// otherwise in the tone's colour.
void setToneText(QLabel *label, Tone tone);

// The application's style: the platform's own, with a keyboard focus ring FocusRingWidth pixels
// wide in the palette's highlight colour around the focused field, button, check box or list (the
// platform's is 1 px: hard to find, WCAG 2.4.7 / 2.4.11). main.cpp installs it; tests that look
// at the window do too.
constexpr int FocusRingWidth = 2;
void applyApplicationStyle();
} // namespace GuiStyle
