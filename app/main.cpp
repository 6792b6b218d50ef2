// Placeholder: replaced by the real entry point as the core and CLI land.
#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}
