using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Effect;

/// <summary>
/// The one place that decides what a differing rule between two documents is: when their issuers stand at
/// different levels (<see cref="LegalRanks"/>: Chính phủ and bộ over UBND tỉnh over UBND huyện and xã; the HĐND
/// over the UBND of its level) the lower departs from the higher; when one body issued both on different days,
/// the later applies and the earlier rule is a candidate implicit replacement; otherwise it is a contradiction.
/// </summary>
/// <param name="Kind">What the difference is.</param>
/// <param name="FirstIsSubject">
/// Whether the first document is the one to act on: the lower document of a conflict, the earlier of a
/// restatement (always true for a plain contradiction).
/// </param>
public sealed record DifferingRule(DifferingRuleKind Kind, bool FirstIsSubject)
{
    public static DifferingRule Between(LegalDocument first, LegalDocument second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var (a, b) = (LegalRanks.Of(first.Number, first.Type, first.Issuer), LegalRanks.Of(second.Number, second.Type, second.Issuer));
        if (a != LegalRank.Unknown && b != LegalRank.Unknown && a != b)
        {
            return new DifferingRule(DifferingRuleKind.ConflictWithHigher, a < b);
        }

        if (a == b && BodyNames.Same(first.Issuer, second.Issuer) && first.IssueDate is { } da && second.IssueDate is { } db && da != db)
        {
            return new DifferingRule(DifferingRuleKind.LaterRestatement, da < db);
        }

        return new DifferingRule(DifferingRuleKind.Contradiction, true);
    }
}
