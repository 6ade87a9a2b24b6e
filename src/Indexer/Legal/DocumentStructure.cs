using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// The structure of a document's text: the preamble, the provision tree and the closing.
/// </summary>
/// <param name="Nodes">Top-level nodes of the provision tree.</param>
/// <param name="BodyStart">Where the first node starts (the preamble is before it); the text length when there are no nodes.</param>
/// <param name="ClosingStart">Where the closing ("Nơi nhận", signature) starts, or null when none was found.</param>
public sealed record DocumentStructure(IReadOnlyList<StructureNode> Nodes, int BodyStart, int? ClosingStart)
{
    /// <summary>
    /// Where a decision ends and the text it issues (a Quy chế "ban hành kèm theo") begins: the signature block from
    /// its "Nơi nhận" to where the attached text's title starts, or an empty span at that title when the decision runs
    /// straight into it unsigned; null when the text issues none (the closing, if any, ends the text).
    /// </summary>
    public (int Start, int End)? Signing { get; init; }

    /// <summary>Whether the text has articles (Điều).</summary>
    public bool HasArticles => AllNodes.Any(n => n.Level == ProvisionLevel.Article);

    /// <summary>
    /// Where a reference to <paramref name="path"/> points in this text, as officers write either form: the provision at
    /// that path; else an issued text's provision named without the text ("Điều 5 của Quyết định …" where the decision's
    /// own articles stop before 5 and its quy chế has one), or the decision's own provision named as its quy chế's (a quy
    /// chế typed on in the decision's numbering, without a title block of its own). The path as given when neither, or
    /// more than one, holds.
    /// </summary>
    public ProvisionPath Resolve(ProvisionPath path)
    {
        if (path.IsDocument || AllNodes.Any(n => n.Path == path))
        {
            return path;
        }

        var candidates = path.Instrument is null
            ? AllNodes.Where(n => n.Path.Instrument is not null && n.Path.InInstrument(null) == path).Select(n => n.Path).Distinct().ToList()
            : AllNodes.Where(n => n.Path == path.InInstrument(null)).Select(n => n.Path).Distinct().ToList();
        return candidates is [var only] ? only : path;
    }

    /// <summary>Every node, depth first.</summary>
    public IEnumerable<StructureNode> AllNodes => Nodes.SelectMany(n => n.DescendantsAndSelf());

    /// <summary>The deepest node containing <paramref name="offset"/>, or null when it is outside every node.</summary>
    public StructureNode? Locate(int offset)
    {
        StructureNode? found = null;
        var level = Nodes;
        while (true)
        {
            var next = level.FirstOrDefault(n => offset >= n.Start && offset < n.End);
            if (next is null)
            {
                return found;
            }

            found = next;
            level = next.Children;
        }
    }

    /// <summary>
    /// The part of the text outside every provision that <paramref name="offset"/> falls in: the preamble before the
    /// first provision; the closing ("Nơi nhận", signature), also the signature between a decision and the text it
    /// issues; or that text's title block (<see cref="UnitKind.Attached"/>, "(Ban hành kèm theo …)"). The one place a
    /// citation or a hit outside the provision tree is told where it stands.
    /// </summary>
    public UnitKind PartAt(int offset) =>
        ClosingStart is { } closing && offset >= closing ? UnitKind.Closing
        : Signing is { } signing && offset >= signing.Start ? (offset < signing.End ? UnitKind.Closing : UnitKind.Attached)
        : UnitKind.Preamble;

    /// <summary>The name of the text a decision issues ("Quy chế", "Kế hoạch"), as its provisions' paths carry it; null when it issues none.</summary>
    public string? IssuedText => AllNodes.Select(n => n.Path.Instrument).FirstOrDefault(i => i is not null);
}
