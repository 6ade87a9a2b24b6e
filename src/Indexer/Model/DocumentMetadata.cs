namespace LawMonitor.Indexer.Model;

/// <summary>What a document says about itself; null where it says nothing (never guessed).</summary>
/// <param name="Number">"Số: …" (or "Luật số: …", "ÁN LỆ SỐ …").</param>
/// <param name="Type">The type line ("QUYẾT ĐỊNH"), or the type named by the number's symbol.</param>
/// <param name="Issuer">The issuing body above the national motto.</param>
/// <param name="IssueDate">"…, ngày … tháng … năm …" in the header; for a law, the day it was passed.</param>
/// <param name="Place">The place before the date ("Hà Nội").</param>
/// <param name="Title">The lines under the type (trích yếu).</param>
/// <param name="EffectiveDate">"có hiệu lực (thi hành) (kể) từ ngày …", the first the text states.</param>
/// <param name="Signer">The signer's name in the closing.</param>
/// <param name="SignerTitle">The signer's title as printed above the name.</param>
public sealed record DocumentMetadata(
    DocumentNumber? Number,
    string? Type,
    string? Issuer,
    DateOnly? IssueDate,
    string? Place,
    string? Title,
    DateOnly? EffectiveDate,
    string? Signer,
    string? SignerTitle)
{
    /// <summary>The effect status, when the text states it (a portal's "Tình trạng hiệu lực: …"); Unknown otherwise.</summary>
    public EffectStatus Status { get; init; }

    /// <summary>Nothing known.</summary>
    public static DocumentMetadata Unknown { get; } = new(null, null, null, null, null, null, null, null, null);
}
