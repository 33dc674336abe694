"""One reader for briefs and questions: ``read(text) -> Reading`` (docs/reading.md)."""

from copilot.reading.reader import detect_language, read
from copilot.reading.schema import NotApplied, Reading

__all__ = ["NotApplied", "Reading", "detect_language", "read"]
