using System.CommandLine;
using LawMonitor.SearchApi.Monitoring;
using LawMonitor.SearchApi.Security;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>token create|list|revoke</c>: API tokens for programs that write (uploads, later the registers).</summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var command = new Command("token", "Quản lý token API (Authorization: Bearer …) cho các chương trình");
        command.Subcommands.Add(CreateToken());
        command.Subcommands.Add(ListTokens());
        command.Subcommands.Add(RevokeToken());
        return command;
    }

    private static ApiTokenStore Store(ParseResult result) => new(new AccountStore(result.GetValue(CliOptions.Data)!, CliClock.Clock), CliClock.Clock);

    private static Command CreateToken()
    {
        var name = new Argument<string>("name") { Description = "Tên token (ai hoặc chương trình nào dùng)" };
        var role = new Option<string>("--role") { Description = "viewer (người xem), analyst (chuyên viên) hoặc admin (quản trị)", DefaultValueFactory = _ => "analyst" };
        var command = new Command("create", "Tạo token; token chỉ in ra một lần, hệ thống chỉ giữ mã băm");
        command.Arguments.Add(name);
        command.Options.Add(role);
        command.SetAction((result, _) =>
        {
            if (!RegisterValues.TryEnum<Role>(result.GetValue(role), out var r))
            {
                return Task.FromResult(RegisterCli.Invalid("--role", $"'{result.GetValue(role)}': dùng viewer, analyst hoặc admin"));
            }

            var (token, error) = Store(result).Create(result.GetValue(name)!, r);
            if (token is null)
            {
                Console.Error.WriteLine(error);
                return Task.FromResult(1);
            }

            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(new { name = result.GetValue(name), role = r, token });
            }
            else
            {
                Console.Out.WriteLine(token);
                Console.Error.WriteLine("Lưu token này ngay: nó không được hiển thị lại (store it now; it is not shown again).");
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static Command ListTokens()
    {
        var command = new Command("list", "Liệt kê token (tên, vai trò, ngày; không bao giờ in khóa bí mật)");
        command.SetAction((result, _) =>
        {
            var tokens = Store(result).List();
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(tokens);
                return Task.FromResult(0);
            }

            var table = new Table().AddColumn("Tên").AddColumn("Vai trò").AddColumn("Tạo lúc").AddColumn("Thu hồi");
            foreach (var t in tokens)
            {
                table.AddRow(Markup.Escape(t.Name), t.Role.ToString(), t.CreatedAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture), t.RevokedAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }

            AnsiConsole.Write(table);
            return Task.FromResult(0);
        });
        return command;
    }

    private static Command RevokeToken()
    {
        var name = new Argument<string>("name") { Description = "Tên token" };
        var command = new Command("revoke", "Thu hồi token");
        command.Arguments.Add(name);
        command.SetAction((result, _) =>
        {
            if (!Store(result).Revoke(result.GetValue(name)!))
            {
                Console.Error.WriteLine($"{result.GetValue(name)}: không có token đang dùng với tên này (no live token of that name)");
                return Task.FromResult(3);
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
