using LawMonitor.Indexer.Legal;

namespace LawMonitor.Indexer.Tests.Legal;

public sealed class DocumentStructureTests
{
    [Fact]
    public void PartAt_TellsThePreambleTheSignatureBeforeAnIssuedTextItsTitleBlockAndTheClosingApart()
    {
        var text = StructureParserTests.DecisionApprovingAPlan;
        var structure = StructureParser.Parse(text);

        Assert.Equal(UnitKind.Preamble, structure.PartAt(text.IndexOf("Phê duyệt Kế hoạch", StringComparison.Ordinal)));
        Assert.Equal(UnitKind.Closing, structure.PartAt(text.IndexOf("Như Điều 2", StringComparison.Ordinal)));
        Assert.Equal(UnitKind.Attached, structure.PartAt(text.IndexOf("(Ban hành theo", StringComparison.Ordinal)));
        Assert.Equal("Kế hoạch", structure.IssuedText);
        Assert.Equal("Kế hoạch kèm theo", ProvisionLabel.Part(structure, text.IndexOf("(Ban hành theo", StringComparison.Ordinal)));
        Assert.Equal("Phần cuối", ProvisionLabel.Part(structure, text.IndexOf("Như Điều 2", StringComparison.Ordinal)));
    }

    [Fact]
    public void PartAt_AfterTheClosingOfATextThatIssuesNone_IsTheClosing()
    {
        const string text = "QUYẾT ĐỊNH\nCăn cứ Luật;\nĐiều 1. Giao nhiệm vụ.\nNơi nhận:\n- Như Điều 1;\nCHỦ TỊCH\nNguyễn Văn An";
        var structure = StructureParser.Parse(text);

        Assert.Equal(UnitKind.Preamble, structure.PartAt(text.IndexOf("Căn cứ", StringComparison.Ordinal)));
        Assert.Equal(UnitKind.Closing, structure.PartAt(text.IndexOf("Như Điều 1", StringComparison.Ordinal)));
        Assert.Null(structure.IssuedText);
        Assert.Equal("Phần mở đầu", ProvisionLabel.Part(null, text.IndexOf("Như Điều 1", StringComparison.Ordinal))); // no tree: the preamble, as before
    }
}
