using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A document the closing-the-loop detector found that seems to carry a recommendation out.</summary>
public sealed record ProposedOutcomeResponse(string DocumentId, string Relation, string Text)
{
    public static ProposedOutcomeResponse From(ProposedOutcome p) => new(p.DocumentId, FindingResponse.Camel(p.Relation), p.Text);
}
