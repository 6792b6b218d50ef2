#pragma once

#include "PhoneNumber.h"

#include <QList>
#include <QString>
#include <memory>

// What PhoneNumber and CountryList ask of libphonenumber, behind an interface: the application
// does not link libphonenumber (with protobuf and abseil, ten libraries); it loads it on first
// use, from the plug-in libdirectus-login-phonenumber.so built from app/phonenumber. A process
// that never reads a number never loads it, and the window reads the first one on a worker
// thread after its first frame (tests/bench: 3 ms of start-up and 2.6 MB at the first frame).
//
// Built with DL_PHONENUMBER_PLUGIN=OFF, the same engine is linked in and nothing is loaded.
//
// Every function is safe to call from any thread.
class PhoneNumberEngine
{
public:
    // PhoneNumber's fields, as read.
    struct Reading
    {
        PhoneNumber::Problem problem = PhoneNumber::Problem::Empty;
        QString e164;
        QString callingCode;
        QString region;
        QString international;
        QString national;
        bool internationalPrefix = false; // the input starts with + or 00
    };

    struct Region
    {
        QString code; // "GB"
        int callingCode = 0; // 44
    };

    class Formatter
    {
    public:
        virtual ~Formatter() = default;
        virtual QString format(const QString &input) = 0;
    };

    virtual ~PhoneNumberEngine() = default;

    virtual Reading parse(const QString &input, const QString &defaultRegion) const = 0;
    virtual QString regionFromInput(const QString &input, const QString &defaultRegion) const = 0;
    virtual std::unique_ptr<Formatter> formatter(const QString &region) const = 0;
    // Every region libphonenumber knows, in no particular order.
    virtual QList<Region> regions() const = 0;
    // 0 for a region it does not know ("ZZ", "AQ").
    virtual int callingCode(const QString &region) const = 0;
    // The main region of a calling code (1 → "US", 800 → "001"), empty when there is none.
    virtual QString mainRegion(int callingCode) const = 0;

    // The engine of this process, loaded on the first call (that call waits for the plug-in and
    // libphonenumber's metadata, ~7 ms). libphonenumber is a process-wide singleton itself; this
    // is its one handle. When the plug-in cannot be loaded, an engine that reads every number as
    // PhoneNumber::Problem::Unavailable and knows no region.
    static const PhoneNumberEngine &instance();
    // Why the plug-in could not be loaded (file name and the loader's reason), empty when it was.
    static QString loadError();

    // The plug-in's one entry point: extern "C" PhoneNumberEngine *dl_phonenumber_engine(), a new
    // engine that lives as long as the process.
    using Factory = PhoneNumberEngine *(*)();
};
