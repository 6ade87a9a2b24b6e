using System.Text.Json;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.SearchApi.Tests.Cli;

/// <summary>The real <c>reference import</c> and <c>reference list</c> verbs in a child process.</summary>
public sealed class ReferenceCliTests
{
    [Fact]
    public async Task Import_KeepsTheGoodRows_NamesTheBadOnes_AndListShowsWhereEachFactCameFrom()
    {
        using var dir = new TempDirectory();
        var list = Path.Combine(dir.Path, "danh-sach.csv");
        await File.WriteAllTextAsync(list, "number,status,type,since,replacedBy,source\n14/2014/TT-BTP,het-hieu-luc,Thông tư,01/6/2025,88/2099/TT-BTP,\"Danh sách thử, tra cứu 01/12/2026\"\nabc,het-hieu-luc,,,,\n");
        var data = Path.Combine(dir.Path, "data");

        var imported = await Support.Cli.RunAsync("reference", "import", list, "--data", data);
        var listed = await Support.Cli.RunAsync("reference", "list", "--data", data, "--json");

        Assert.Equal(2, imported.ExitCode); // some rows refused
        Assert.Contains("Đã nhập 1 dòng", imported.Stdout, StringComparison.Ordinal);
        Assert.Contains("danh-sach.csv, dòng 3: cột number", imported.Stderr, StringComparison.Ordinal);
        var rows = JsonDocument.Parse(listed.Stdout).RootElement.EnumerateArray().ToList();
        var circular = Assert.Single(rows, r => r.GetProperty("document").GetString() == "Thông tư số 14/2014/TT-BTP");
        Assert.Equal(("Hết hiệu lực toàn bộ", "01/06/2025", "Thông tư số 88/2099/TT-BTP", "đã nhập"),
            (circular.GetProperty("effect").GetString(), circular.GetProperty("since").GetString(), circular.GetProperty("by").GetString(), circular.GetProperty("origin").GetString()));
        Assert.Contains(rows, r => r.GetProperty("document").GetString() == "Nghị định số 59/2012/NĐ-CP" && r.GetProperty("by").GetString() == "Nghị định số 80/2025/NĐ-CP" && r.GetProperty("origin").GetString() == "bảng có sẵn");
        Assert.Equal(1, (await Support.Cli.RunAsync("reference", "import", Path.Combine(dir.Path, "khong-co.csv"), "--data", data)).ExitCode);
    }

    [Fact]
    public async Task AHeldDocumentThatStatesItsEffect_IsUsed_AndListShowsWhereTheTableDisagrees()
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, "data");
        var held = Path.Combine(dir.Path, "tt-14-2014.txt");
        await File.WriteAllTextAsync(held, """
            BỘ TƯ PHÁP
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 14/2014/TT-BTP
            Hà Nội, ngày 15 tháng 5 năm 2014
            THÔNG TƯ
            Quy định chi tiết thi hành công tác theo dõi thi hành pháp luật
            Tình trạng hiệu lực: Còn hiệu lực
            Điều 1. Phạm vi điều chỉnh
            Thông tư này quy định chi tiết công tác theo dõi thi hành pháp luật.
            """);
        var list = Path.Combine(dir.Path, "danh-sach.csv");
        await File.WriteAllTextAsync(list, "number,status,type,since,replacedBy,source\n14/2014/TT-BTP,het-hieu-luc,Thông tư,01/6/2025,88/2099/TT-BTP,Danh sách thử\n");

        Assert.Equal(0, (await Support.Cli.RunAsync("ingest", held, "--data", data)).ExitCode);
        Assert.Equal(0, (await Support.Cli.RunAsync("reference", "import", list, "--data", data)).ExitCode);
        var listed = await Support.Cli.RunAsync("reference", "list", "--data", data, "--json");
        var table = await Support.Cli.RunAsync("reference", "list", "--data", data);

        var rows = JsonDocument.Parse(listed.Stdout).RootElement.EnumerateArray().ToList();
        var circular = Assert.Single(rows, r => r.GetProperty("document").GetString() == "Thông tư số 14/2014/TT-BTP");
        Assert.Equal("khác với văn bản đã thu thập: Thông tư số 14/2014/TT-BTP ghi nhận Còn hiệu lực; hiệu lực theo văn bản đã thu thập được dùng", circular.GetProperty("conflict").GetString());
        Assert.Contains(rows, r => r.GetProperty("document").GetString() == "Nghị định số 59/2012/NĐ-CP" && r.GetProperty("conflict").ValueKind == JsonValueKind.Null);
        Assert.Contains("⚠ khác với văn bản đã thu thập", table.Stdout, StringComparison.Ordinal);
    }
}
