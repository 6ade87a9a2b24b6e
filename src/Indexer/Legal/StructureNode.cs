using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// A node of a document's provision tree with its spans in the document text.
/// </summary>
/// <param name="Level">Part, Chapter, Section, Subsection, Article, Clause or Point.</param>
/// <param name="Label">The label as numbered: "Điều 5", "Chương II", "2", "đ".</param>
/// <param name="Path">The stable path: "Điều 5.2.đ".</param>
/// <param name="Start">Offset of the line that opens the node.</param>
/// <param name="End">Offset just past the node, children included.</param>
/// <param name="HeadingStart">Offset of the heading (an article's title), or <paramref name="HeadingEnd"/> when there is none.</param>
/// <param name="HeadingEnd">Offset just past the heading.</param>
/// <param name="Children">Nested nodes, in order.</param>
public sealed record StructureNode(
    ProvisionLevel Level,
    string Label,
    ProvisionPath Path,
    int Start,
    int End,
    int HeadingStart,
    int HeadingEnd,
    IReadOnlyList<StructureNode> Children)
{
    /// <summary>Every node of the subtree, depth first, this one included.</summary>
    public IEnumerable<StructureNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.DescendantsAndSelf())
            {
                yield return node;
            }
        }
    }
}
