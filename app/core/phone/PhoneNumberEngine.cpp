#include "PhoneNumberEngine.h"

#ifdef DL_PHONENUMBER_BUILTIN
PhoneNumberEngine *dlBuiltinPhoneNumberEngine(); // app/phonenumber, linked in
#else
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QProcessEnvironment>
#endif

namespace {

// Stands in when the plug-in is missing: every number reads as Problem::Unavailable (whose text
// says to reinstall), no region is known, the formatter leaves the input as it is.
class UnavailableEngine : public PhoneNumberEngine
{
public:
    Reading parse(const QString &, const QString &) const override
    {
        Reading r;
        r.problem = PhoneNumber::Problem::Unavailable;
        return r;
    }
    QString regionFromInput(const QString &, const QString &) const override { return {}; }
    std::unique_ptr<Formatter> formatter(const QString &) const override
    {
        struct Unchanged : Formatter
        {
            QString format(const QString &input) override { return input; }
        };
        return std::make_unique<Unchanged>();
    }
    QList<Region> regions() const override { return {}; }
    int callingCode(const QString &) const override { return 0; }
    QString mainRegion(int) const override { return {}; }
};

struct Loaded
{
    PhoneNumberEngine *engine = nullptr;
    QString error;
};

#ifndef DL_PHONENUMBER_BUILTIN
// Where the plug-in is: DL_PHONENUMBER_PLUGIN_PATH when set (a test, or a relocated installation);
// else next to the program as installed (bin/../<libdir>/directus-login/plugins/); else, for a
// program inside the build folder (tests, benchmarks, fuzz targets), the build's own copy.
QStringList candidates()
{
    const QString override = QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("DL_PHONENUMBER_PLUGIN_PATH"));
    if (!override.isEmpty())
        return { override };
    const QString exeDir
        = QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).absolutePath();
    QStringList paths { QDir::cleanPath(
        exeDir + QLatin1Char('/') + QStringLiteral(DL_PHONENUMBER_PLUGIN_FROM_BINDIR)) };
    const QString buildDir = QStringLiteral(DL_BUILD_DIR);
    if (exeDir == buildDir || exeDir.startsWith(buildDir + QLatin1Char('/')))
        paths << QStringLiteral(DL_PHONENUMBER_PLUGIN_IN_BUILD);
    return paths;
}
#endif

Loaded load()
{
#ifdef DL_PHONENUMBER_BUILTIN
    return { dlBuiltinPhoneNumberEngine(), {} };
#else
    QStringList errors;
    for (const QString &path : candidates()) {
        if (!QFileInfo::exists(path)) {
            errors << QStringLiteral("%1: no such file").arg(path);
            continue;
        }
        // Never unloaded: the engine and libphonenumber's singleton live until the process ends.
        // Without the hint Qt's own clean-up at exit (qlibraryCleanup) would dlclose the plug-in
        // and its libraries while other threads (the network's) are still winding down.
        QLibrary library(path);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        const auto factory = reinterpret_cast<PhoneNumberEngine::Factory>(
            library.resolve("dl_phonenumber_engine"));
        if (!factory) {
            errors << library.errorString();
            continue;
        }
        if (PhoneNumberEngine *engine = factory())
            return { engine, {} };
        errors << QStringLiteral("%1: no engine").arg(path);
    }
    return { new UnavailableEngine, errors.join(QStringLiteral("; ")) };
#endif
}

const Loaded &loaded()
{
    static const Loaded instance = load(); // thread-safe; intentionally never freed
    return instance;
}

} // namespace

const PhoneNumberEngine &PhoneNumberEngine::instance()
{
    return *loaded().engine;
}

QString PhoneNumberEngine::loadError()
{
    return loaded().error;
}
