using LawMonitor.Indexer.Monitoring.Reports;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>The letterhead and signature the report drafts carry now.</summary>
/// <param name="SetInWebUi">Whether an admin set them in the web UI; false: the <c>Monitoring:Report*</c> settings give them.</param>
public sealed record LetterheadResponse(string ParentBody, string Body, string Symbol, string Place, IReadOnlyList<string> SignerTitle, string? Signer, bool SetInWebUi)
{
    public static LetterheadResponse From(ReportLetterhead letterhead, bool setInWebUi)
    {
        ArgumentNullException.ThrowIfNull(letterhead);
        return new(letterhead.ParentBody, letterhead.Body, letterhead.Symbol, letterhead.Place, letterhead.SignerTitle, letterhead.Signer, setInWebUi);
    }
}
