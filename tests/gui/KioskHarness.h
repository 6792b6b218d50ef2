#pragma once

// The kiosk window, driven as a person at the kiosk would (tests/gui/tst_kioskwindow.cpp, the
// soak run tests/soak): the kiosk window and its touch screens against the harness's in-process
// demo server, its manual clock and in-memory token store.

#include "DigitKeypad.h"
#include "KioskSession.h"
#include "KioskVisit.h"
#include "KioskWindow.h"
#include "NetworkLog.h"
#include "TestFiles.h"
#include "WizardHarness.h"

#include <QLineEdit>
#include <QPointingDevice>
#include <QPushButton>
#include <QTest>
#include <memory>

// The kiosk window around the harness's session, with system and user files of the test's own.
struct Kiosk
{
    explicit Kiosk(const QByteArray &systemFile = {}, const QByteArray &userFile = {},
        const QVariantHash &extra = {}, WizardHarness::Setup setup = WizardHarness::Setup::Complete)
        : h(setup)
    {
        const Config::Paths paths { h.dir.filePath(QStringLiteral("system.conf")),
            h.dir.filePath(QStringLiteral("user.conf")) };
        if (!systemFile.isEmpty())
            writeFile(paths.systemFile, systemFile);
        // The last sign-in's country, as a kiosk's account would have it (GB for the test numbers).
        writeFile(paths.userFile,
            userFile.isEmpty() ? QByteArray("[General]\nLastRegion=GB\n") : userFile);
        QVariantHash commandLine = extra;
        commandLine.insert(QStringLiteral("Kiosk"), true);
        h.config = TestValues::demoConfig(
            setup == WizardHarness::Setup::Complete ? h.demo.url() : QUrl(), h.dir, QString(),
            commandLine);
        h.client->setNetworkLog(&log);
        if (h.config->isComplete())
            h.session->applyConfig(*h.config);
        kiosk = std::make_unique<KioskSession>(
            *h.session, *h.client, *h.store, *h.config, h.clock, &log);
        window = std::make_unique<KioskWindow>(
            KioskContext { *h.session, *h.client, *h.config, h.clock, *kiosk });
    }

    ~Kiosk()
    {
        window.reset();
        h.session->reset();
    }

    // Shows the kiosk on its start screen.
    bool showStart()
    {
        window->showKiosk();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // Shows the kiosk and touches "Touch to sign in": the phone screen.
    bool show()
    {
        if (!showStart())
            return false;
        begin();
        return window->currentScreen() == KioskWindow::Screen::Phone;
    }

    // Shows the kiosk as a window of this size (a screen of that size), on its start screen.
    bool showAt(const QSize &size)
    {
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // A finger on the middle of `widget` (`at`: a point of its own instead): touch events, which
    // Qt turns into the mouse events widgets understand.
    void touch(QWidget *widget, QPoint at = QPoint(-1, -1)) const
    {
        QVERIFY2(widget, "no such widget");
        static QPointingDevice *screen = QTest::createTouchDevice();
        const QPoint point = at.x() < 0 ? widget->rect().center() : at;
        QWidget *top = widget->window();
        QTest::touchEvent(top, screen).press(0, widget->mapTo(top, point), top);
        QTest::touchEvent(top, screen).release(0, widget->mapTo(top, point), top);
        QCoreApplication::processEvents();
    }

    // A touch on the start screen (anywhere: its middle).
    void begin() const
    {
        QWidget *start = window->findChild<QWidget *>(QStringLiteral("kioskStartPage"));
        QTest::mouseClick(start, Qt::LeftButton, {}, start->rect().center() - QPoint(0, 80));
        QTest::qWait(1);
        QCoreApplication::processEvents();
    }

    template <typename T = QWidget> T *find(const QString &name) const
    {
        if (KioskVisit *visit = window->visit()) {
            if (QWidget *page = visit->currentWidget()) {
                if (T *w = page->findChild<T *>(name))
                    return w;
            }
        }
        return window->findChild<T *>(name);
    }

    QPushButton *key(const QString &name) const
    {
        DigitKeypad *keypad = window->keypad();
        return keypad ? keypad->key(name) : nullptr;
    }

    void tap(QWidget *widget) const
    {
        QVERIFY2(widget, "no such widget");
        QTest::mouseClick(widget, Qt::LeftButton);
    }

    void tapDigits(const QString &digits) const
    {
        for (const QChar ch : digits) {
            if (ch.isDigit())
                tap(key(QStringLiteral("keypadDigit") + ch));
        }
    }

    KioskWindow::Screen screen() const { return window->currentScreen(); }
    QString phoneText() const { return find<QLineEdit>(QStringLiteral("phoneEdit"))->text(); }

    // Advances the manual clock and lets the window do what is due.
    void advance(qint64 ms)
    {
        h.clock.advance(ms);
        window->checkTimers();
    }

    WizardHarness h;
    NetworkLog log;
    std::unique_ptr<KioskSession> kiosk;
    std::unique_ptr<KioskWindow> window;
};
