"""`manage.py check` warns when the translations are not compiled (every page would be
served in English without a word)."""

import os

from hub.core.checks import compiled_catalogues


def catalogue(tmp_path):
    folder = tmp_path / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po_path = folder / "django.po"
    po_path.write_text('msgid ""\nmsgstr ""\n')
    return po_path


def test_a_catalogue_without_its_mo_is_reported(settings, tmp_path):
    settings.LOCALE_PATHS = [tmp_path]
    po_path = catalogue(tmp_path)
    [warning] = compiled_catalogues()
    assert warning.id == "hub_core.W001" and str(po_path) in warning.msg


def test_a_mo_older_than_its_po_is_reported_and_a_fresh_one_is_not(settings, tmp_path):
    settings.LOCALE_PATHS = [str(tmp_path)]
    po_path = catalogue(tmp_path)
    mo_path = po_path.with_suffix(".mo")
    mo_path.write_bytes(b"")
    os.utime(mo_path, (1, 1))
    assert len(compiled_catalogues()) == 1
    os.utime(mo_path)
    assert compiled_catalogues() == []
