using System.Diagnostics.CodeAnalysis;

namespace LawMonitor.Indexer.Parsing;

/// <summary>A document or the error that explains why there is none: expected failures are values, not exceptions.</summary>
public sealed class ExtractionResult
{
    private ExtractionResult(ExtractedDocument? document, ExtractionError? error)
    {
        Document = document;
        Error = error;
    }

    /// <summary>The document, when extraction succeeded.</summary>
    public ExtractedDocument? Document { get; }

    /// <summary>The error, when it did not.</summary>
    public ExtractionError? Error { get; }

    /// <summary>Whether there is a document.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Document is not null;

    public static ExtractionResult Ok(ExtractedDocument document) => new(document, null);

    public static ExtractionResult Fail(string code, string message) => new(null, new ExtractionError(code, message));

    public static implicit operator ExtractionResult(ExtractedDocument document) => Ok(document);
}
