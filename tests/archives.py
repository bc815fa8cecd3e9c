"""Damaged office files (XLSX, DOCX, ODT are ZIP packages) for the importers' tests."""

import zipfile


def damage_member(path, member):
    """Overwrite the first bytes of one member's deflate stream (an invalid block type:
    zlib.error when it is read) while the ZIP directory still reads."""
    with zipfile.ZipFile(path) as package:
        info = package.getinfo(member)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start : start + 24] = b"\xff" * 24
    path.write_bytes(bytes(data))
    return path
