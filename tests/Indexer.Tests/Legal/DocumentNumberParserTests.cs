using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Tests.Legal;

public sealed class DocumentNumberParserTests
{
    [Theory]
    [InlineData("19/2020/NĐ-CP", "19/2020/NĐ-CP", "19/2020/nd-cp", 2020)]
    [InlineData("Số: 242/QĐ-TTg", "242/QĐ-TTg", "242/qd-ttg", null)]
    [InlineData("35/KHPH-MTTQVN-PTP", "35/KHPH-MTTQVN-PTP", "35/khph-mttqvn-ptp", null)]
    [InlineData("03/VBHN-VPQH", "03/VBHN-VPQH", "3/vbhn-vpqh", null)]
    [InlineData("Luật số 64/2025/QH15", "64/2025/QH15", "64/2025/qh15", 2025)]
    public void TryParse_Numbers_GiveDisplayKeyAndYear(string text, string display, string key, int? year)
    {
        var number = DocumentNumberParser.TryParse(text);
        Assert.NotNull(number);
        Assert.Equal(display, number.Display);
        Assert.Equal(key, number.Key);
        Assert.Equal(year, number.Year);
        Assert.Equal(key, number.Keys[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("không có số")]
    [InlineData("12/05/2020")]
    public void TryParse_NoNumber_IsNull(string text) => Assert.Null(DocumentNumberParser.TryParse(text));

    [Theory]
    [InlineData("nd", "Nghị định")]
    [InlineData("NĐ", "Nghị định")]
    [InlineData("nghi-dinh", "Nghị định")]
    [InlineData("Nghị định", "Nghị định")]
    [InlineData("quyet dinh", "Quyết định")]
    [InlineData("ke hoach", "Kế hoạch")]
    public void DocumentTypes_Resolve_AcceptsSymbolsAndNames(string typed, string name) => Assert.Equal(name, DocumentTypes.Resolve(typed));

    [Theory]
    [InlineData("con-hieu-luc", EffectStatus.InForce)]
    [InlineData("Còn hiệu lực", EffectStatus.InForce)]
    [InlineData("het hieu luc", EffectStatus.Expired)]
    [InlineData("Hết hiệu lực một phần", EffectStatus.PartlyExpired)]
    [InlineData("expired", EffectStatus.Expired)]
    public void EffectStatusNames_TryParse_AcceptsCodesNamesAndEnglish(string typed, EffectStatus status)
    {
        Assert.True(EffectStatusNames.TryParse(typed, out var parsed));
        Assert.Equal(status, parsed);
    }
}
