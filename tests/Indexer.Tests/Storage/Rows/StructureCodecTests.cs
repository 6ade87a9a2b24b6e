using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage.Rows;
using LawMonitor.Indexer.Tests.Support;
using Xunit.Abstractions;

namespace LawMonitor.Indexer.Tests.Storage.Rows;

/// <summary>
/// The stored provision tree reads back as parsed: every node's level, label, path, spans and nesting, and the
/// document's body start, closing and signing block, for the demo corpus's texts and the plans written for the tests
/// (chapters, articles, clauses, points, plan outlines, attached rules, a single article's clauses).
/// </summary>
public sealed class StructureCodecTests(ITestOutputHelper output)
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "corpus", "_authoring"), "*.txt")
                     .Concat(Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "tests", "Indexer.Tests", "TestData", "plans"), "*.txt")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(SharedData.RepositoryRoot, file));
        }

        return data;
    }

    private static IEnumerable<string> Flat(DocumentStructure structure) =>
        new[] { $"body {structure.BodyStart} closing {structure.ClosingStart} signing {structure.Signing}" }
            .Concat(structure.Nodes.SelectMany(n => Flat(n, 0)));

    private static IEnumerable<string> Flat(StructureNode node, int depth) =>
        new[] { $"{depth} {node.Level} '{node.Label}' {node.Path} {node.Start}-{node.End} h{node.HeadingStart}-{node.HeadingEnd} ({node.Children.Count})" }
            .Concat(node.Children.SelectMany(c => Flat(c, depth + 1)));

    [Theory]
    [MemberData(nameof(Texts))]
    public void TreeOfAText_ReadsBackAsParsed(string file)
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, file));
        var parsed = StructureParser.Parse(text);

        var bytes = StructureCodec.Encode(parsed);
        var read = StructureCodec.Decode(bytes);

        Assert.Equal(Flat(parsed), Flat(read));
        var nodes = parsed.AllNodes.Count();
        output.WriteLine($"{file}: {nodes} nodes, {bytes.Length} bytes ({(nodes == 0 ? 0 : bytes.Length / (double)nodes):F1} per node)");
    }

    [Fact]
    public void PathsThatTheTreeDoesNotGive_AreStoredAsTheyAre()
    {
        // A clause outside any article ("Khoản 2" of a text that is one article) and a point under an article.
        var clause = new StructureNode(ProvisionLevel.Clause, "2", ProvisionPath.Document.WithClause(2), 0, 10, 3, 3, []);
        var point = new StructureNode(ProvisionLevel.Point, "a", ProvisionPath.ForArticle("5").WithClause(1).WithPoint("a"), 20, 30, 23, 23, []);
        var article = new StructureNode(ProvisionLevel.Article, "Điều 5", ProvisionPath.ForArticle("5"), 12, 40, 19, 19, [point]);
        var structure = new DocumentStructure([clause, article], 0, 41) { Signing = (41, 60) };

        Assert.Equal(Flat(structure), Flat(StructureCodec.Decode(StructureCodec.Encode(structure))));
    }

    [Fact]
    public void UnknownFormat_IsRefusedNamingTheColumn()
    {
        var error = Assert.Throws<InvalidDataException>(() => StructureCodec.Decode([9, 0]));
        Assert.Contains("documents.structure", error.Message, StringComparison.Ordinal);
    }
}
