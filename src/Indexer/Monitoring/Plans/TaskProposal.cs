namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>A task read from a plan, before a person confirms it: what the readers return.</summary>
/// <param name="Path">Where in the plan: an outline item ("Mục II.3", "Mục II.3.a") or a table row ("Phụ lục 1, STT 4").</param>
/// <param name="Content">What is to be done.</param>
/// <param name="LeadBody">Cơ quan chủ trì.</param>
/// <param name="CooperatingBodies">Cơ quan phối hợp.</param>
/// <param name="Deadline">By when.</param>
/// <param name="Product">Sản phẩm.</param>
/// <param name="Field">Lĩnh vực.</param>
/// <param name="SourceText">The plan's words it was read from.</param>
/// <param name="Start">Where those words start in the plan's text.</param>
/// <param name="End">Where they end.</param>
public sealed record TaskProposal(
    string Path, string Content, string? LeadBody, IReadOnlyList<string> CooperatingBodies, TaskDeadline Deadline,
    string? Product, string? Field, string SourceText, int Start, int End)
{
    /// <summary>The kind its words name.</summary>
    public TaskKind Kind => TaskKinds.Of(Content);
}
