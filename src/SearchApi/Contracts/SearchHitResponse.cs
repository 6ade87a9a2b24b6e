using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Search;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>One hit: the provision, its document, and an HTML-escaped snippet with &lt;mark&gt; around matches.</summary>
public sealed record SearchHitResponse(
    string DocumentId,
    string? Number,
    string? Title,
    string? Type,
    string? Issuer,
    DateOnly? IssueDate,
    string Status,
    string Kind,
    string Path,
    string MatchPath,
    string Heading,
    string SnippetHtml,
    double Score)
{
    /// <summary>The document as people read it: "Quyết định số 08/2021/QĐ-UBND".</summary>
    public string? DocumentLabel { get; init; }

    /// <summary>The effect's Vietnamese name: "Hết hiệu lực toàn bộ"; none for a report or a dispatch, which has no effect (<see cref="Indexer.Legal.Effect.EffectRule.EffectIsMoot"/>).</summary>
    public string? StatusName { get; init; }

    /// <summary>A plan's or programme's period, read from its title ("Năm 2026", "Giai đoạn 2018–2022"), shown where its unknown effect is not.</summary>
    public string? PeriodName { get; init; }

    /// <summary>The provision as an officer writes it, with its own heading: "Khoản 1 Điều 6 — Phối hợp …", "Phần mở đầu".</summary>
    public string? HeadingLabel { get; init; }

    /// <summary>The document and the provision in one statement, as a dispatch cites them: "Quyết định số 12/2019/QĐ-UBND, khoản 1 Điều 8 — Chế độ báo cáo".</summary>
    public string? Citation { get; init; }

    public static SearchHitResponse From(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var document = DocumentName.Of(DocumentNumberParser.TryParse(hit.Number), hit.Type, hit.Title);
        var provision = hit.MatchPath.IsDocument ? hit.Path : hit.MatchPath;
        return new(hit.DocumentId.Value, hit.Number, hit.Title, hit.Type, hit.Issuer, hit.IssueDate, EffectStatusNames.Code(hit.Status), hit.Kind.ToString(),
            hit.Path.ToString(), hit.MatchPath.ToString(), hit.Heading, hit.Snippet, hit.Score)
        {
            DocumentLabel = document,
            StatusName = Indexer.Legal.Effect.EffectRule.EffectIsMoot(hit.Type, hit.Status) ? null : EffectStatusNames.Name(hit.Status),
            PeriodName = Indexer.Monitoring.Detectors.ProgrammePeriod.OfDocument(hit.Type, hit.Title)?.Words,
            HeadingLabel = ProvisionLabel.Heading(provision, hit.Heading, hit.Kind),
            Citation = $"{document}, {ProvisionLabel.Heading(provision, hit.Heading, hit.Kind, lowerFirst: true)}",
        };
    }
}
