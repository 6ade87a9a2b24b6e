using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A document in a list: named as people name it, its title, issuer, date and effect, and when it was indexed.</summary>
/// <param name="Label">"Quyết định số 08/2021/QĐ-UBND".</param>
/// <param name="Status">The effect's code, as in search hits.</param>
/// <param name="IndexedAt">When its current version was indexed.</param>
public sealed record DocumentListItemResponse(
    string DocumentId,
    string Label,
    string? Type,
    string? Title,
    string? Issuer,
    DateOnly? IssueDate,
    string Status,
    DateTimeOffset IndexedAt)
{
    /// <summary>The effect's Vietnamese name: "Còn hiệu lực"; none for a report or a dispatch, which has no effect.</summary>
    public string? StatusName { get; init; }

    /// <summary>A plan's or programme's period, read from its title ("Năm 2026", "Giai đoạn 2018–2022"), as search hits give it.</summary>
    public string? PeriodName { get; init; }

    public static DocumentListItemResponse From(StoredDocument stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        // The effect as decided (what search hits and the document page show), not the status the source stated.
        var (d, effect) = (stored.Document, stored.Effect);
        return new(d.Id.Value, Indexer.Monitoring.DocumentLabel.Of(d), d.Type, d.Title, d.Issuer, d.IssueDate, effect.Code, stored.IndexedAt)
        {
            StatusName = EffectRule.EffectIsMoot(d.Type, effect.Status) ? null : effect.Name,
            PeriodName = Indexer.Monitoring.Detectors.ProgrammePeriod.OfDocument(d.Type, d.Title)?.Words,
        };
    }
}
