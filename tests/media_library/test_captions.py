"""media_library.captions: WebVTT validation, SubRip conversion, uploads."""

import pytest

from media_library.captions import (
    MAX_CAPTION_BYTES,
    CaptionError,
    Cue,
    cues_to_vtt,
    load_caption_file,
    normalize_vtt,
    parse_vtt,
    srt_to_vtt,
    transcript_text,
)

VTT = """\ufeffWEBVTT - panel 2

NOTE a comment is not a cue

intro
00:00:01.000 --> 00:00:03.500 align:start line:0
<v Ana María>Hola &amp; <i>bienvenidas</i></v>

00:03.5 --> 00:00:05.000
<v.loud Juan>¿Qué tal?
segunda línea

00:00:06.000 --> 00:00:07.250
Sin hablante
"""

SRT = (
    "1\r\n00:00:01,000 --> 00:00:02,500\r\n"
    '<font color="#ff0000">Olá</font> <b>mundo</b> & cia\r\n\r\n'
    "2\r\n00:00:03,000 --> 00:00:04,000\r\n{\\an8}Linha dois\r\n\r\n"
    "3\r\n00:00:05,500 --> 00:00:06,000\r\nA &amp; B\r\n"
)


def test_parse_vtt_cues_identifiers_speakers_and_bom():
    cues = parse_vtt(VTT)
    assert cues == [
        Cue(1.0, 3.5, "Hola & bienvenidas", identifier="intro", speaker="Ana María"),
        Cue(3.5, 5.0, "¿Qué tal?\nsegunda línea", speaker="Juan"),
        Cue(6.0, 7.25, "Sin hablante"),
    ]


def test_parse_vtt_header_only_has_no_cues():
    assert parse_vtt("WEBVTT\n") == []


def test_normalize_vtt_writes_canonical_times_and_keeps_settings():
    text = normalize_vtt(VTT)
    assert text.startswith("WEBVTT - panel 2\n")
    assert "00:00:03.500 --> 00:00:05.000\n" in text
    assert "00:00:01.000 --> 00:00:03.500 align:start line:0\n" in text
    assert "\r" not in text and "\ufeff" not in text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("00:00:01.000 --> 00:00:02.000\nhola\n", "must start with the line “WEBVTT”"),
        ("WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nx\n", "must start with the line"),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\nc2\n00:00:05.000 --> 00:00:04.000\nx\n",
            "Cue 2 (“c2”, line 7): it ends (00:00:04.000) before or when it starts (00:00:05.000)",
        ),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:00:xx.000 --> 00:00:04.000\nx\n",
            "Cue 2 (line 6): “00:00:xx.000 --> 00:00:04.000” is not a valid timing line",
        ),
        ("WEBVTT\n\n00:00:61.000 --> 00:01:02.000\nx\n", "Cue 1 (line 3)"),
        ("WEBVTT\n\n-00:00:01.000 --> 00:00:02.000\nx\n", "Cue 1 (line 3)"),
        ("WEBVTT\n\n00:00:02.000 --> 00:00:02.000\nx\n", "before or when it starts"),
    ],
)
def test_parse_vtt_refusals_name_the_cue(text, message):
    with pytest.raises(CaptionError) as error:
        parse_vtt(text)
    assert message in str(error.value)


def test_srt_to_vtt():
    vtt = srt_to_vtt(SRT)
    assert vtt.startswith("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n")
    assert "Olá <b>mundo</b> &amp; cia" in vtt
    assert "font" not in vtt and "an8" not in vtt
    assert parse_vtt(vtt) == [
        Cue(1.0, 2.5, "Olá mundo & cia", identifier="1"),
        Cue(3.0, 4.0, "Linha dois", identifier="2"),
        Cue(5.5, 6.0, "A & B", identifier="3"),
    ]


def test_srt_refusals_name_the_cue():
    with pytest.raises(CaptionError, match=r"Cue 2 \(line 6\): .* not a valid timing line"):
        srt_to_vtt("1\n00:00:01,000 --> 00:00:02,000\na\n\n2\n00:00:0x,000 --> 00:00:03,000\nb\n")
    with pytest.raises(CaptionError, match="before or when it starts"):
        srt_to_vtt("1\n00:00:03,000 --> 00:00:02,000\na\n")


def test_round_trip_through_the_writer():
    cues = parse_vtt(VTT)
    assert parse_vtt(cues_to_vtt(cues)) == cues
    tricky = [Cue(0, 1.5, "a < b & c --> d", identifier="x --> y", speaker="Dra. Pérez")]
    assert parse_vtt(cues_to_vtt(tricky))[0].text == "a < b & c --> d"
    with pytest.raises(CaptionError):
        cues_to_vtt([Cue(2, 1, "backwards")])


def test_transcript_text():
    assert transcript_text(parse_vtt(VTT)) == (
        "Ana María: Hola & bienvenidas\nJuan: ¿Qué tal? segunda línea\nSin hablante"
    )


def test_load_vtt_file_utf8_and_utf16():
    text, cues = load_caption_file(VTT.encode("utf-8"), "panel.vtt")
    assert len(cues) == 3 and text.startswith("WEBVTT")
    assert load_caption_file(VTT.encode("utf-16"), "panel.vtt")[1] == cues


def test_load_srt_detected_by_content_in_cp1252():
    data = "1\r\n00:00:01,000 --> 00:00:02,000\r\nCañón — “comillas” €\r\n".encode("cp1252")
    text, cues = load_caption_file(data, "subtitulos.txt")
    assert text.startswith("WEBVTT\n")
    assert cues == [Cue(1.0, 2.0, "Cañón — “comillas” €", identifier="1")]


def test_load_vtt_named_srt_is_read_as_vtt():
    assert len(load_caption_file(VTT.encode(), "wrong-name.srt")[1]) == 3


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b" \r\n\n", "is empty"),
        (b"WEBVTT\n\n", "contains no captions"),
        (b"\x00\x01binary\x02", "is not a text file"),
        (b"Just some notes.\n", "not a caption file"),
        (b"00:00:01.000 --> 00:00:02.000\nx\n", "must start with the line"),
        (b"\x81\x8d\x8f\x90\x9d", "save it as UTF-8"),
        (b"1\n00:00:02,000 --> 00:00:01,000\nx\n", "Cue 1 (line 2)"),
    ],
)
def test_load_caption_file_refusals(data, message):
    with pytest.raises(CaptionError) as error:
        load_caption_file(data, "upload.vtt")
    assert message in str(error.value)
    assert "upload.vtt" in str(error.value)


def test_load_caption_file_refuses_oversize():
    cue = "00:00:01.000 --> 00:00:02.000\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\n"
    data = ("WEBVTT\n\n" + cue * (MAX_CAPTION_BYTES // len(cue) + 1)).encode()
    with pytest.raises(CaptionError, match="larger than 2 MB"):
        load_caption_file(data, "huge.vtt")
