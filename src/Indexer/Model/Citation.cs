namespace LawMonitor.Indexer.Model;

/// <summary>
/// A reference in a document's text to another document, to a provision of one, or to a provision of the
/// document itself.
/// </summary>
/// <param name="Text">The citing words as written: "khoản 2 Điều 10 của Nghị định số 19/2020/NĐ-CP".</param>
/// <param name="Start">Offset in the citing document's text.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Relation">What the citing text does with it.</param>
public sealed record Citation(string Text, int Start, int End, CitationRelation Relation)
{
    /// <summary>Where in the citing document the reference stands ("Điều 3.1").</summary>
    public ProvisionPath SourcePath { get; init; }

    /// <summary>The cited document's number, when given.</summary>
    public DocumentNumber? TargetNumber { get; init; }

    /// <summary>The cited document's type ("Nghị định"), when given or implied by the number.</summary>
    public string? TargetType { get; init; }

    /// <summary>The cited document's name when it is cited by name ("Luật Tổ chức chính quyền địa phương").</summary>
    public string? TargetName { get; init; }

    /// <summary>The cited document's issuer, when given ("Chính phủ").</summary>
    public string? TargetIssuer { get; init; }

    /// <summary>The cited document's date, when given.</summary>
    public DateOnly? TargetDate { get; init; }

    /// <summary>The cited provision ("Điều 10.2"), when a provision is cited.</summary>
    public ProvisionPath? TargetPath { get; init; }

    /// <summary>
    /// Whether it cites the citing document itself ("Điều 5 của Luật này", "khoản 2 Điều này"). A citation that is
    /// neither internal nor names a document ("Điều 5 của hai Quy chế nêu trên" in a report without articles) has
    /// no <see cref="TargetKey"/>.
    /// </summary>
    public bool Internal { get; init; }

    /// <summary>
    /// The key the cited document is found under: "number:19/2020/nd-cp" for a number, "name:luat dat dai"
    /// for a document cited by name, null for an internal reference or one whose document is not named.
    /// </summary>
    public string? TargetKey { get; init; }
}
