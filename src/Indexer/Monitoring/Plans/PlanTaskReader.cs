using System.Globalization;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>
/// Proposes the tasks of a plan, programme or scheme (kế hoạch, chương trình, đề án), also one a decision
/// approves and carries after its signature: the rows of its task tables (<see cref="TaskTableReader"/>) and the
/// items of its outline that assign work (<see cref="OutlineTaskReader"/>). Days and months without a year take
/// the plan's year (the one its title names, else the year it was issued). Any other document proposes none.
/// </summary>
public static partial class PlanTaskReader
{
    /// <summary>What marks a reader's proposals, and the cache key's prefix.</summary>
    public const string ProposedBy = "rule:plan-tasks";

    /// <summary>Whether <paramref name="document"/> is, or carries, a plan, programme or scheme.</summary>
    public static bool IsPlan(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Type is "Kế hoạch" or "Chương trình" or "Đề án" || PlanHeading().IsMatch(document.Text);
    }

    /// <summary>The year the plan is for: the one its title names ("… năm 2024"), else the year it was issued.</summary>
    public static int? YearOf(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Title is { } title && TitleYear().Matches(title).LastOrDefault() is { } match)
        {
            return int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        }

        return document.IssueDate?.Year ?? document.Number?.Year;
    }

    /// <summary>The tasks <paramref name="document"/> gives, in the order the plan lists them; none when it is no plan.</summary>
    public static IReadOnlyList<TaskProposal> Read(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!IsPlan(document))
        {
            return [];
        }

        var year = YearOf(document);
        return [.. OutlineTaskReader.Read(document.Text, year), .. TaskTableReader.Read(document.Text, year)];
    }

    /// <summary>
    /// The proposals as tasks for the register, each keyed by the plan and its place in it, so that reading the
    /// plan (or a new version of it) again never proposes one twice. A body read from the middle of a sentence
    /// ("… giao các sở, ban, ngành tỉnh chủ trì") is a field of its own in the register: "Các sở, ban, ngành tỉnh".
    /// An item of the plan a decision approves is that plan's ("Kế hoạch: Mục II.1", which reads "Mục II.1 Kế hoạch"
    /// ban hành kèm theo the decision) as the stored <paramref name="structure"/> names it; its key keeps the item's
    /// own place, as read before the tree knew such plans, so a reading since proposes nothing twice.
    /// </summary>
    public static IReadOnlyList<PlanTask> Propose(LegalDocument document, int version, DocumentStructure? structure = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. Read(document).Select(p => new PlanTask(default, p.Content)
        {
            Source = new ProvisionReference(document.Id, version, InPlan(p, structure)) { Start = p.Start, End = p.End },
            SourceText = p.SourceText,
            LeadBody = p.LeadBody is { } lead ? LetterCase.Capitalize(lead) : null,
            CooperatingBodies = [.. p.CooperatingBodies.Select(LetterCase.Capitalize)],
            Deadline = p.Deadline,
            Product = p.Product,
            Field = p.Field,
            Kind = p.Kind,
            ProposalKey = $"{document.Id.Value}#{p.Path}",
            ProposedBy = ProposedBy,
        })];
    }

    private static string InPlan(TaskProposal proposal, DocumentStructure? structure) =>
        structure?.Locate(proposal.Start)?.Path.Instrument is { } plan && ProvisionPath.IsOutlineInstrument(plan)
            && ProvisionPath.TryParse(proposal.Path, out var own)
            ? own.Value.InInstrument(plan).ToString()
            : proposal.Path;

    // A heading line of its own: "KẾ HOẠCH", "KẾ HOẠCH TUYÊN TRUYỀN …", "CHƯƠNG TRÌNH …", "ĐỀ ÁN …" (capitals).
    [GeneratedRegex(@"^\s*(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN)(?:\s+[\p{Lu}\d,\-–\s]*)?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PlanHeading();

    [GeneratedRegex(@"năm\s+(?<y>(?:19|20)\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleYear();
}
