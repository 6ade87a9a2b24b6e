using LawMonitor.Indexer.Legal;

namespace LawMonitor.Indexer.Tests.Legal;

public sealed class DocumentNameTests
{
    [Theory]
    [InlineData("08/2021/QĐ-UBND", "Quyết định", "Ban hành quy chế", "Quyết định số 08/2021/QĐ-UBND")]
    [InlineData(null, "Kế hoạch", "Theo dõi tình hình thi hành pháp luật năm 2024", "Kế hoạch “Theo dõi tình hình thi hành pháp luật năm 2024”")]
    [InlineData(null, "Luật", "Luật Trọng tài thương mại", "Luật Trọng tài thương mại")]
    [InlineData(null, null, "Bộ luật dân sự", "Bộ luật dân sự")]
    [InlineData(null, "Hiến pháp", "Hiến pháp", "Hiến pháp")]
    [InlineData(null, "Kế hoạch", "Luật hóa các quy định", "Kế hoạch “Luật hóa các quy định”")]
    [InlineData(null, null, null, "Văn bản không số")]
    public void Of_NamesADocumentAsAnOfficerWould(string? number, string? type, string? title, string expected) =>
        Assert.Equal(expected, DocumentName.Of(DocumentNumberParser.TryParse(number), type, title));
}
