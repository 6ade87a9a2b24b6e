using System.Globalization;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>
/// A document's effect as LawMonitor knows it: the status it derives (<see cref="Status"/>) beside the one the
/// document's own metadata states (<see cref="Stated"/>), and the events that led there. Decided once by
/// <see cref="EffectRule"/>; search badges and filters, the document page, detectors, alerts and reports read it.
/// </summary>
public sealed record DocumentEffect(EffectStatus Status, EffectStatus Stated)
{
    /// <summary>What touched the document, oldest first.</summary>
    public IReadOnlyList<EffectEvent> Events { get; init; } = [];

    /// <summary>The stable code of the derived status: "het-hieu-luc".</summary>
    public string Code => EffectStatusNames.Code(Status);

    /// <summary>The Vietnamese name of the derived status: "Hết hiệu lực toàn bộ".</summary>
    public string Name => EffectStatusNames.Name(Status);

    /// <summary>The event that gave the derived status, when it is not the stated one: a held act first, then a fact of the reference table, then a report.</summary>
    public EffectEvent? Decisive =>
        Events.Where(e => Status == EffectStatus.Suspended ? e.Relation == CitationRelation.Suspends && e.Path is null
                : Status == EffectStatus.Expired ? e.Ends && e.Path is null
                : Status == EffectStatus.PartlyExpired && e.Ends && e.Path is not null)
            .OrderBy(e => e.Reported)
            .ThenBy(e => e.By is null) // a held document is the first source; the reference table next
            .ThenBy(e => e.At is null || e.At.Value.IsDocument) // the operative article, before the title that announces it
            .FirstOrDefault();

    /// <summary>
    /// The day its own text says it takes effect, when that day decided the status (<see cref="EffectRule.Decide"/>): nothing
    /// stated or ended its effect, so it is in force from that day (or not yet, before it).
    /// </summary>
    public DateOnly? InForceFrom { get; init; }

    /// <summary>Whether the document binds no one any more.</summary>
    public bool HasEnded => Status == EffectStatus.Expired;

    /// <summary>
    /// The sentence an officer reads beside the status: "Bị bãi bỏ bởi Quyết định số 05/2025/QĐ-UBND (Điều 1),
    /// từ ngày 01/5/2025."; null when the stated status stands alone.
    /// </summary>
    public string? Note
    {
        get
        {
            var parts = new List<string>();
            if (InForceFrom is { } from)
            {
                var day = from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                parts.Add(Status == EffectStatus.NotYetInForce
                    ? $"Có hiệu lực từ ngày {day} theo chính văn bản."
                    : $"Có hiệu lực từ ngày {day} theo chính văn bản; chưa có văn bản nào được lưu bãi bỏ, thay thế hoặc ngưng hiệu lực văn bản này.");
            }

            if (Decisive is { } e)
            {
                parts.Add(Describe(e));
            }

            var amended = Events.Where(x => x.Relation is CitationRelation.Amends or CitationRelation.Supplements && !x.Reported).Select(x => x.ByLabel).Distinct().ToList();
            if (amended.Count > 0 && Status != EffectStatus.Expired)
            {
                parts.Add($"Được sửa đổi, bổ sung bởi {string.Join(", ", amended)}.");
            }

            return parts.Count == 0 ? null : string.Join(" ", parts);
        }
    }

    /// <summary>One event as a sentence: "Điều 5 bị bãi bỏ bởi …", "Hết hiệu lực (theo ghi nhận tại …)".</summary>
    public static string Describe(EffectEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var since = e.Since is { } d ? $", từ ngày {d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" : string.Empty;
        var at = e.At is { IsDocument: false } p ? $", {ProvisionLabel.Of(p, lowerFirst: true)}" : string.Empty;
        if (e.Reported)
        {
            return $"Hết hiệu lực (theo ghi nhận tại {e.ByLabel}{at}).";
        }

        var verb = e.Relation switch
        {
            CitationRelation.Repeals => "bị bãi bỏ bởi",
            CitationRelation.Replaces => "được thay thế bởi",
            CitationRelation.Expires => "hết hiệu lực theo",
            CitationRelation.Suspends => "bị ngưng hiệu lực bởi",
            CitationRelation.Supplements => "được bổ sung bởi",
            _ => "được sửa đổi bởi",
        };
        var subject = e.Path is { IsDocument: false } path ? $"{ProvisionLabel.Of(path)} {verb}" : char.ToUpperInvariant(verb[0]) + verb[1..];
        var source = e.Source is { } s ? $" (nguồn: {s})" : string.Empty;
        return e.Source is not null
            ? $"{subject} {e.ByLabel}{since}{source}."
            : $"{subject} {e.ByLabel}{(at.Length > 0 ? $" ({at[2..]})" : string.Empty)}{since}.";
    }

    /// <summary>The effect of a document about which nothing but its own metadata is known.</summary>
    public static DocumentEffect OfStated(EffectStatus stated) => new(stated, stated);
}
