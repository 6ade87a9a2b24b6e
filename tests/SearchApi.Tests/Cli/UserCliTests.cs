using System.Text.Json;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Security;

namespace LawMonitor.SearchApi.Tests.Cli;

/// <summary>The <c>user</c> verb in a child process: the first admin, passwords from standard input only, checked.</summary>
public sealed class UserCliTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task FirstAdmin_IsCreatedWithAPasswordFromStandardInput_AndCanSignIn()
    {
        var created = await Support.Cli.RunWithInputAsync("mật-khẩu-quản-trị-2026\n", "user", "create", "quan.tri", "--role", "admin", "--display-name", "Quản trị viên", "--password-stdin", "--data", data.Path);

        Assert.Equal(0, created.ExitCode);
        var listed = JsonDocument.Parse((await Support.Cli.RunAsync("user", "list", "--json", "--data", data.Path)).Stdout).RootElement;
        Assert.Equal(("quan.tri", "admin"), (listed[0].GetProperty("name").GetString(), listed[0].GetProperty("role").GetString()));
        var (account, reason) = new AccountStore(data.Path, TimeProvider.System).Verify("quan.tri", "mật-khẩu-quản-trị-2026");
        Assert.Equal((Role.Admin, "ok"), (account?.Role, reason));
    }

    [Fact]
    public async Task WeakPassword_NoTerminal_AndUnknownAccounts_AreRefusedWithTheirCodes()
    {
        var weak = await Support.Cli.RunWithInputAsync("ngan\n", "user", "create", "lan", "--password-stdin", "--data", data.Path);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("password", weak.Stderr, StringComparison.Ordinal);

        var noTerminal = await Support.Cli.RunWithInputAsync("", "user", "create", "lan", "--data", data.Path);
        Assert.Equal(1, noTerminal.ExitCode);
        Assert.Contains("--password-stdin", noTerminal.Stderr, StringComparison.Ordinal);

        Assert.Equal(3, (await Support.Cli.RunAsync("user", "disable", "khong-co", "--data", data.Path)).ExitCode);
        Assert.Equal("[]", (await Support.Cli.RunAsync("user", "list", "--json", "--data", data.Path)).Stdout.Trim());
    }
}
