#pragma once

#include <QColor>
#include <QWidget>

class QLabel;

// The thin coloured strip on top of every page that says which profile (server) is in use when it
// is not the production one: "Profile: staging (staging.example.com) — not production". Each
// profile keeps its own colour (chosen from its name), so that local and staging look different;
// the text is black or white, whichever reads better (contrast ≥ 4.5:1). Child: profileBannerLabel.
class ProfileBanner : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileBanner(QWidget *parent = nullptr);
    ~ProfileBanner() override;

    void setProfile(const QString &name, const QString &server);
    QString text() const;

    // The strip's colour for a profile, and the text colour on it.
    static QColor backgroundFor(const QString &profile, bool darkPalette);
    static QColor textOn(const QColor &background);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_label;
    QString m_profile;
};
