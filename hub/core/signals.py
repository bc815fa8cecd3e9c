"""The hub's own signals."""

from django.dispatch import Signal

# Sent by ``hub.core.tasks.extract_document_text`` once a document's text has been
# stored (or its failure recorded), with ``document=``: pages that show or index a
# document's text (briefs) re-index themselves on it.
document_text_extracted = Signal()

# Sent by the hub's document view for every file it answers with (``instance=``,
# ``request=``, ``response=``): hub.stats counts the downloads it starts.
file_served = Signal()
