"""Python view-models exposed to QML (module "Pitstop.ViewModels"), each a small QObject with one job."""

QML_IMPORT_NAME = "Pitstop.ViewModels"
QML_IMPORT_MAJOR_VERSION = 1
