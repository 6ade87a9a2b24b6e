using System.Globalization;
using LawMonitor.Indexer.Legal;

namespace LawMonitor.Indexer.Tests.Legal;

public sealed class VietnameseNumberTests
{
    [Theory]
    [InlineData(2.0 / 3, "66,7%")]
    [InlineData(0.66, "66%")]
    [InlineData(1.0, "100%")]
    [InlineData(0.0, "0%")]
    [InlineData(0.12345, "12,3%")]
    [InlineData(null, "—")]
    public void Percent_HasADecimalCommaAndTheSignRightAfter_OnAMachineOfAnyCulture(double? share, string expected)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "en-US", "fr-FR", "vi-VN" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(expected, VietnameseNumber.Percent(share));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(3537, "3.537")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(12, "12")]
    public void Whole_GroupsThousandsByDots(long n, string expected)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal(expected, VietnameseNumber.Whole(n));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
