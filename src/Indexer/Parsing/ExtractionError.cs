namespace LawMonitor.Indexer.Parsing;

/// <summary>
/// Why a file yielded no text: a stable code and a message a person can act on, in Vietnamese and English.
/// </summary>
/// <param name="Code">
/// "empty-file", "too-large", "unsupported-format", "corrupt-pdf", "encrypted-pdf", "too-many-pages",
/// "corrupt-docx", "zip-bomb", "corrupt-doc", "no-text", "timeout", "tool-missing", "unreadable".
/// </param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record ExtractionError(string Code, string Message);
