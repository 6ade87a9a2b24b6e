using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Citations;

/// <summary>A document named in running text, by number, by name, or as "this document".</summary>
/// <param name="Start">Offset of the first word (the type word, or the number when it stands alone).</param>
/// <param name="End">Offset just past the last part read (number, date or issuer).</param>
internal sealed record DocumentReference(int Start, int End)
{
    public DocumentNumber? Number { get; init; }

    public string? Type { get; init; }

    /// <summary>The name of a document cited by name: "Luật Tổ chức chính quyền địa phương".</summary>
    public string? Name { get; init; }

    public string? Issuer { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>"Luật này", "Nghị định này": the citing document itself.</summary>
    public bool Self { get; init; }

    /// <summary>The key the document is found under, or null for "this document".</summary>
    public string? Key => Self ? null
        : Number is not null ? CitationKeys.ForNumber(Number)
        : Name is not null ? CitationKeys.ForName(Name)
        : null;
}
