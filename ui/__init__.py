"""Qt Quick user interface: QML module, view-models and the composition root (ui.app.KioskApp)."""
