"""The caption actions of a recording page, under the admin (media_library.wagtail_hooks)."""

from django.urls import path

from media_library import caption_admin, cue_editor

app_name = "media_library_captions"
urlpatterns = [
    path("<str:language>/upload/", caption_admin.upload, name="upload"),
    path("<str:language>/download/", caption_admin.download, name="download"),
    path("<str:language>/review/", caption_admin.review, name="review"),
    path("<str:language>/delete/", caption_admin.delete, name="delete"),
    path("<str:language>/cues/", cue_editor.edit_cues, name="cues"),
]
