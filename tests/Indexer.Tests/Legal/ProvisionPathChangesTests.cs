using System.Globalization;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Legal;

public sealed class ProvisionPathChangesTests
{
    private static readonly DocumentId Plan = DocumentId.Create("kh-14-2026");

    /// <summary>The tree as parser 9 numbered a plan's outline items: as clauses of the document ("Khoản 2"), not of their section.</summary>
    internal static DocumentStructure AsParser9(DocumentStructure structure)
    {
        static StructureNode Renumber(StructureNode node, StructureNode? parent)
        {
            var path = node.Level switch
            {
                ProvisionLevel.Clause when node.Path.Container is not null => ProvisionPath.Document.WithClause(int.Parse(node.Label, CultureInfo.InvariantCulture)),
                ProvisionLevel.Point when parent is { Level: ProvisionLevel.Clause } && node.Path.Container is not null => ProvisionPath.Document.WithClause(int.Parse(parent.Label, CultureInfo.InvariantCulture)).WithPoint(node.Label),
                _ => node.Path,
            };
            return node with { Path = path, Children = [.. node.Children.Select(c => Renumber(c, node))] };
        }

        return structure with { Nodes = [.. structure.Nodes.Select(n => Renumber(n, null))] };
    }

    [Fact]
    public void APlansOutlineItems_MoveFromTheDocumentsClauses_ToTheirSections()
    {
        var text = DemoCorpus.Text("kh-14-2026-theo-doi-thi-hanh-phap-luat.txt");
        var now = StructureParser.Parse(text);

        var changes = ProvisionPathChanges.Between(Plan, text, AsParser9(now), text, now);

        // "I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích 2. Yêu cầu … III. TỔ CHỨC THỰC HIỆN 1. … 2. … 3. …": the two sections' first items
        // were both "Khoản 1"; the third item of Mục III was only ever "Khoản 3".
        Assert.Equal("Mục III.3", changes.Map("Khoản 3"));
        Assert.False(changes.Paths.ContainsKey("Khoản 1"));
        Assert.Equal("Khoản 1", changes.Map("Khoản 1")); // named without a place: left alone

        // Named with the place it points at (as the readers and detectors record it), it is told apart.
        var third = now.AllNodes.Single(n => n.Path.ToString() == "Mục III.1");
        var first = now.AllNodes.Single(n => n.Path.ToString() == "Mục I.1");
        Assert.Equal("Mục III.1", changes.Map("Khoản 1", third.Start + 5));
        Assert.Equal("Mục I.1", changes.Map("Khoản 1", first.Start));
        Assert.True(changes.Moves(Plan, "Khoản 1", third.Start));
        Assert.False(changes.Moves(Plan, "Khoản 1", 0)); // the preamble is no item
        Assert.False(changes.Paths.ContainsKey("Mục I")); // a section kept its path
        Assert.True(changes.Moves(Plan, "Khoản 3"));
        Assert.False(changes.Moves(DocumentId.Create("qd-12-2019"), "Khoản 3"));
        Assert.Equal("Điều 4", changes.Map("Điều 4")); // what did not move maps to itself
    }

    [Fact]
    public void ADocumentWhosePathsDidNotChange_HasNoMoves()
    {
        var text = DemoCorpus.Text("qd-12-2019-quy-che-phoi-hop.txt");
        var tree = StructureParser.Parse(text);

        Assert.True(ProvisionPathChanges.Between(DocumentId.Create("qd-12-2019"), text, tree, text, tree).IsEmpty);
    }
}
