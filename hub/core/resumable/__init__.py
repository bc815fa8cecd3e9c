"""Resumable uploads: the core of the tus 1.0.0 protocol (https://tus.io/protocols/resumable-upload).

A file of several gigabytes arrives in pieces (PATCH requests), each appended to a part
file on disk, and an interrupted upload goes on from the last byte the server holds. No
request is ever read into memory: the body is copied to disk in blocks as it arrives.

- ``protocol``: the headers (parsing, refusals with their status codes).
- ``storage``: an upload on disk: its part file and its state (JSON) side by side, in
  ``HUB_UPLOAD_PARTS_DIR``; the lock against concurrent PATCHes; expiry.
- ``views``: the endpoint. An app subclasses ``ResumableUploadView`` to say who may
  upload, which metadata it accepts and what becomes of a finished file
  (media_library.resumable makes a media file of it).

No maintained Django package fitted: django-tus keeps its state in the cache and
drf-tus reads each chunk into memory (``request.body``).
"""
