namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// A document that seems to carry out a recommendation — it amends, replaces, repeals or suspends the
/// target — found by the closing-the-loop detector; a person confirms it by marking the recommendation
/// implemented with that document.
/// </summary>
/// <param name="DocumentId">The document found.</param>
/// <param name="Relation">What it does to the target ("Repeals", "Amends" …).</param>
/// <param name="Text">The words that say so.</param>
public sealed record ProposedOutcome(string DocumentId, string Relation, string Text);
