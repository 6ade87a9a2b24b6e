using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Outcomes;
using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Indexer.Monitoring;

public sealed partial class MonitoringStore
{
    /// <summary>The history's word for a record whose provisions moved when their document was read again.</summary>
    public const string MovedAction = "moved";

    /// <summary>Who moves them: the system, when a document is read again.</summary>
    public const string ReparseActor = "rule:reparse";

    /// <summary>
    /// Moves what the registers say of a document's provisions to the paths they have since the document was read
    /// again (<see cref="ProvisionPathChanges"/>): the provisions of findings, the targets of recommendations, and the
    /// sources of plan tasks and reporting duties, with the keys their proposals are known by, so that reading the
    /// plan again proposes nothing twice. Each record moved gets a new version and a line in its history, by
    /// <paramref name="actor"/>, saying which provision is now which. Returns how many records moved.
    /// </summary>
    public int MoveProvisions(ProvisionPathChanges changes, string actor)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty)
        {
            return 0;
        }

        bool Named(ProvisionReference p) => changes.Moves(p.DocumentId, p.Path, p.Start);
        ProvisionReference Move(ProvisionReference p) => Named(p) ? p with { Path = changes.Map(p.Path, p.Start) } : p;
        string Reason(IEnumerable<ProvisionReference> references) =>
            "Văn bản được đọc lại bằng bộ phân tích mới: " + string.Join("; ", references.Where(Named).Select(p => (Old: p.Path, New: changes.Map(p.Path, p.Start))).Distinct()
                .Select(p => $"{ProvisionLabel.Of(p.Old, lowerFirst: true)} nay là {ProvisionLabel.Of(p.New, lowerFirst: true)}")) + ".";

        var moved = 0;
        foreach (var f in ListFindings().Where(f => f.Provisions.Any(Named)))
        {
            moved += Count(Change(Findings, f.Id.Value, f.Version, x => Outcome<Finding>.Ok(x with { Provisions = [.. x.Provisions.Select(Move)] }), actor, MovedAction, Reason(f.Provisions)));
        }

        foreach (var r in ListRecommendations().Where(r => r.Targets.Any(Named)))
        {
            moved += Count(Change(Recommendations, r.Id.Value, r.Version, x => Outcome<Recommendation>.Ok(x with { Targets = [.. x.Targets.Select(Move)] }), actor, MovedAction, Reason(r.Targets)));
        }

        foreach (var t in ListTasks(planDocument: changes.Document.Value).Where(t => Named(t.Source)))
        {
            var key = MovedKey(Tasks.Table, t.ProposalKey, $"{changes.Document.Value}#{t.Source.Path}", $"{changes.Document.Value}#{changes.Map(t.Source.Path, t.Source.Start)}");
            moved += Count(Change(Tasks, t.Id.Value, t.Version, x => Outcome<PlanTask>.Ok(x with { Source = Move(x.Source), ProposalKey = key }), actor, MovedAction, Reason([t.Source])));
        }

        foreach (var o in ListObligations().Where(o => Named(o.Source)))
        {
            var key = MovedKey(Obligations.Table, o.ProposalKey, $"{changes.Document.Value}#{o.Source.Path}#", $"{changes.Document.Value}#{changes.Map(o.Source.Path, o.Source.Start)}#");
            moved += Count(Change(Obligations, o.Id.Value, o.Version, x => Outcome<ReportingObligation>.Ok(x with { Source = Move(x.Source), ProposalKey = key }), actor, MovedAction, Reason([o.Source])));
        }

        return moved;
    }

    private static int Count<T>(Outcome<T> outcome)
        where T : class => outcome.Succeeded ? 1 : 0;

    /// <summary>
    /// A proposal's key with the old path's part replaced by the new one's; the key unchanged when it does not start
    /// with the old part, or when a proposal read since already has the new key (both stay, as an officer left them).
    /// </summary>
    private string? MovedKey(string table, string? key, string oldPrefix, string newPrefix)
    {
        if (key is null || !key.StartsWith(oldPrefix, StringComparison.Ordinal))
        {
            return key;
        }

        var moved = newPrefix + key[oldPrefix.Length..];
        using var connection = Connect();
        using var taken = Command(connection, null, $"SELECT 1 FROM {table} WHERE proposal_key=$k", ("$k", moved));
        return taken.ExecuteScalar() is null ? moved : key;
    }
}
