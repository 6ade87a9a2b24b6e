using LawMonitor.Crawler.Sources;

namespace LawMonitor.Crawler.Tests.Sources;

public sealed class CrawlSourceReaderTests
{
    private static SourceReadResult Read(string json) => CrawlSourceReader.Read(json, ["generic"]);

    [Fact]
    public void ValidSource_IsReadWithItsDefaults()
    {
        var result = Read("""{ "name": "stp-hoa-phong", "seeds": ["https://stp.hoaphong.gov.vn/van-ban"], "schedule": "24h", "documents": ["^/van-ban/\\d+"] }""");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var source = result.Source;
        Assert.Equal(TimeSpan.FromHours(24), source.Schedule);
        Assert.Equal(TimeSpan.FromSeconds(2), source.Delay);
        Assert.True(source.Polite);
        Assert.False(source.AllowPrivate);
        Assert.Equal(1, source.MaxConcurrentPerHost);
        Assert.Equal(["stp.hoaphong.gov.vn"], source.Hosts);
    }

    [Theory]
    [InlineData("https://thuvienphapluat.vn/van-ban/", "thuvienphapluat.vn")]
    [InlineData("https://m.luatvietnam.vn/", "luatvietnam.vn")]
    public void ForbiddenSites_AreRefused(string seed, string domain)
    {
        var result = Read($$"""{ "name": "x", "seeds": ["{{seed}}"] }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("seeds[0]", "forbidden-site"), (error.Field, error.Code));
        Assert.Contains(domain, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBadField_IsNamed()
    {
        var result = Read("""
            { "name": "Sở Tư Pháp", "seeds": ["ftp://x.gov.vn/", "https://ok.gov.vn/"], "delaySeconds": -1, "include": ["("],
              "polite": false, "schedul": "24h", "schedule": "hourly", "adapter": "vbpl", "allowedHosts": ["luatvietnam.vn"] }
            """);

        Assert.False(result.Succeeded);
        var fields = result.Errors.Select(e => e.Field).ToHashSet();
        Assert.Superset(new HashSet<string> { "name", "seeds[0]", "delaySeconds", "include[0]", "polite", "schedul", "schedule", "adapter", "allowedHosts[0]" }, fields);
        Assert.Contains(result.Errors, e => e.Code == "unknown-field" && e.Field == "schedul");
    }

    [Fact]
    public void InvalidJson_SaysWhere()
    {
        var error = Assert.Single(Read("{ \"name\": \n").Errors);

        Assert.Equal("invalid-json", error.Code);
    }

    [Fact]
    public void ConcurrencyAboveOne_NeedsPolitenessOff()
    {
        var result = Read("""{ "name": "x", "seeds": ["https://x.gov.vn/"], "maxConcurrentPerHost": 4 }""");

        Assert.Equal("maxConcurrentPerHost", Assert.Single(result.Errors).Field);
    }
}
