"""Loading translations: Qt's own (qtbase) first, then Liaison's, for the chosen language.

`.ts` sources live in resources/translations; `.qm` files are built from them by
`pyside6-lrelease` (the setup script runs `python -m liaison_app.ui.i18n`, and the app
builds a missing one on first use so a forgotten build step never shows English).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from liaison_app.ui import resources

log = logging.getLogger(__name__)

SHIPPED = ("zh_TW", "zh_CN")

# Texts of Qt's own dialogs that Qt's Chinese translations (qtbase_zh_*.qm) lack: Qt 6
# added the "&" shortcuts to these labels and the shipped translations still hold the old
# sources, so the file dialog read "Look in" and "Files of type" in English. Listed here,
# they are extracted into Liaison's .ts files under Qt's context, and Liaison's
# translator (installed after qtbase's, so asked first) supplies them.
QT_MISSING = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
_installed: list[QTranslator] = []
_current: dict[str, str | None] = {"language": None}


def resolve_language(setting: str, system_locale: QLocale | None = None) -> str:
    """The language to show: the setting, or for `system` the closest shipped one."""
    if setting and setting != "system":
        return setting
    locale = system_locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in (
        QLocale.Country.Taiwan,
        QLocale.Country.HongKong,
        QLocale.Country.Macao,
    )
    return "zh_TW" if traditional else "zh_CN"


def display_locale(language: str, system_locale: QLocale | None = None) -> QLocale:
    """The locale dates, times and numbers are shown in: the chosen language's, and for
    English the system's unless it is the bare C locale (which prints `3 12 2026 06:37`).
    Date and time edits and `QLocale()` follow it once set as the default."""
    if language != "en":
        return QLocale(language)
    system = system_locale or QLocale.system()
    if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system


def _lrelease() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    if exe.exists():
        return str(exe)
    return shutil.which("pyside6-lrelease")


def compile_translations(force: bool = False) -> list[Path]:
    """Build every `.qm` whose `.ts` is newer (or all with force); returns the built files."""
    built: list[Path] = []
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; translations not built")
        return built
    for ts in sorted(resources.translations_dir().glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(qm)
    return built


def _built(qm: Path) -> Path:
    """`qm`, built first from its .ts when missing (a forgotten build step never shows
    the untranslated texts)."""
    if not qm.exists() and qm.with_suffix(".ts").exists():
        try:
            compile_translations()
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("could not build %s: %s", qm, exc)
    return qm


def current_language() -> str | None:
    return _current["language"]


def install_translators(language: str) -> str:
    """Replace the application's translators with those of `language`; returns it.

    Installing the language already in place does nothing (the launcher and the
    controller both ask for it at start-up).
    """
    app = QCoreApplication.instance()
    if _current["language"] == language:
        return language
    _current["language"] = language
    QLocale.setDefault(display_locale(language))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        # English needs only its plural forms ("1 entry", "2 entries"): liaison_en.ts
        # holds the messages counted with %n (scripts/make_en_ts.py).
        plurals = QTranslator(app)
        if plurals.load(str(_built(resources.translations_dir() / "liaison_en.qm"))):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    qm = _built(resources.translations_dir() / f"liaison_{language}.qm")
    own = QTranslator(app)
    if own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("no translation file %s", qm)
    return language


if __name__ == "__main__":
    for path in compile_translations(force="--force" in sys.argv):
        print(f"built {path}")
