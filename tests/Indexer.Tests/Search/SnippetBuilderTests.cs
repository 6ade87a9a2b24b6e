using System.Text.RegularExpressions;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Search.Query;

namespace LawMonitor.Indexer.Tests.Search;

public sealed partial class SnippetBuilderTests
{
    private static List<string> Marked(string query, string text) =>
        Mark().Matches(SnippetBuilder.Build(text, new Highlighter(QueryParser.Parse(query)), length: 1000).Html).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void AccentlessQuery_MarksTheWordsInTheirPairs_NotEverySyllableThatFoldsAlike()
    {
        var marked = Marked("thi hanh phap luat",
            "Căn cứ Luật Ban hành văn bản; Độc lập - Tự do - Hạnh phúc; bà Nguyễn Thị Lan phụ trách công tác theo dõi thi hành pháp luật.");

        Assert.Equal(["thi", "hành", "pháp", "luật"], marked); // only the run at the end, not "Ban hành", "Hạnh phúc" or "Thị"
    }

    [Fact]
    public void WordNeverInAPair_IsStillMarkedAlone()
    {
        var marked = Marked("hoa giai co so", "Công tác hòa giải được thực hiện tại thôn, tổ dân phố.");

        Assert.Equal(["hòa", "giải"], marked);
    }

    [Fact]
    public void SingleWordQuery_MarksEveryOccurrence()
    {
        Assert.Equal(["hành", "hành"], Marked("hanh", "ban hành và thi hành"));
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex Mark();
}
