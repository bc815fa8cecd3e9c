from .files import CaptionTrack, MediaFile, MediaRendition, TranscriptSegment
from .pages import RecordingIndexPage, RecordingPage, RecordingPageSpeaker

__all__ = [
    "CaptionTrack",
    "MediaFile",
    "MediaRendition",
    "RecordingIndexPage",
    "RecordingPage",
    "RecordingPageSpeaker",
    "TranscriptSegment",
]
