using System.CommandLine;
using LawMonitor.SearchApi.Monitoring;
using LawMonitor.SearchApi.Security;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// <c>user create|list|set-password|set-role|disable|enable</c>: the accounts people sign in to the web UI
/// with — the first admin is created here. Passwords are read from a hidden prompt, or from the first line of
/// standard input with <c>--password-stdin</c>; never from the command line, where other users could see them.
/// </summary>
internal static class UserCommand
{
    private static readonly Option<bool> PasswordStdin = new("--password-stdin") { Description = "Đọc mật khẩu từ dòng đầu của đầu vào chuẩn" };

    public static Command Create()
    {
        var command = new Command("user", "Quản lý tài khoản đăng nhập giao diện web (tài khoản quản trị đầu tiên được tạo ở đây)");
        command.Subcommands.Add(CreateUser());
        command.Subcommands.Add(ListUsers());
        command.Subcommands.Add(SetPassword());
        command.Subcommands.Add(SetRole());
        command.Subcommands.Add(Toggle("disable", "Khóa tài khoản (các phiên đăng nhập kết thúc ở yêu cầu kế tiếp)", disabled: true));
        command.Subcommands.Add(Toggle("enable", "Mở khóa tài khoản", disabled: false));
        return command;
    }

    private static AccountStore Store(ParseResult result) => new(result.GetValue(CliOptions.Data)!, CliClock.Clock);

    private static Command CreateUser()
    {
        var name = new Argument<string>("name") { Description = "Tên đăng nhập (a-z, 0-9, . - _)" };
        var role = new Option<string>("--role") { Description = "viewer (người xem), analyst (chuyên viên) hoặc admin (quản trị)", DefaultValueFactory = _ => "viewer" };
        var display = new Option<string?>("--display-name") { Description = "Tên hiển thị (Nguyễn Thị Lan)" };
        var command = new Command("create", "Tạo tài khoản");
        command.Arguments.Add(name);
        command.Options.Add(role);
        command.Options.Add(display);
        command.Options.Add(PasswordStdin);
        command.SetAction(result =>
        {
            if (!RegisterValues.TryEnum<Role>(result.GetValue(role), out var r))
            {
                return RegisterCli.Invalid("--role", $"'{result.GetValue(role)}': dùng viewer, analyst hoặc admin");
            }

            if (ReadPassword(result) is not { } password)
            {
                return 1;
            }

            var (account, error) = Store(result).Create(result.GetValue(name)!, result.GetValue(display), r, password);
            if (account is null)
            {
                Console.Error.WriteLine($"{result.GetValue(name)}: {error}");
                return 1;
            }

            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(account);
            }
            else
            {
                Console.WriteLine($"Đã tạo tài khoản {account.Name} ({SecurityNames.Of(account.Role)}).");
            }

            return 0;
        });
        return command;
    }

    private static Command ListUsers()
    {
        var command = new Command("list", "Liệt kê tài khoản");
        command.SetAction(result =>
        {
            var users = Store(result).List();
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(users);
                return 0;
            }

            var table = new Table().AddColumn("Tên đăng nhập").AddColumn("Tên hiển thị").AddColumn("Vai trò").AddColumn("Tạo lúc").AddColumn("Trạng thái");
            foreach (var u in users)
            {
                table.AddRow(Markup.Escape(u.Name), Markup.Escape(u.DisplayName), SecurityNames.Of(u.Role), Indexer.Calendar.VietnamCalendar.Display(u.CreatedAt), u.Disabled ? "đã khóa" : "đang dùng");
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command SetPassword()
    {
        var name = new Argument<string>("name");
        var command = new Command("set-password", "Đặt mật khẩu cho tài khoản");
        command.Arguments.Add(name);
        command.Options.Add(PasswordStdin);
        command.SetAction(result =>
        {
            if (ReadPassword(result) is not { } password)
            {
                return 1;
            }

            var (done, error) = Store(result).SetPassword(result.GetValue(name)!, password);
            if (!done)
            {
                Console.Error.WriteLine($"{result.GetValue(name)}: {error}");
                return error!.StartsWith("không có", StringComparison.Ordinal) ? 3 : 1;
            }

            return 0;
        });
        return command;
    }

    private static Command SetRole()
    {
        var name = new Argument<string>("name");
        var role = new Argument<string>("role") { Description = "viewer (người xem), analyst (chuyên viên) hoặc admin (quản trị)" };
        var command = new Command("set-role", "Đổi vai trò của tài khoản");
        command.Arguments.Add(name);
        command.Arguments.Add(role);
        command.SetAction(result =>
        {
            if (!RegisterValues.TryEnum<Role>(result.GetValue(role), out var r))
            {
                return RegisterCli.Invalid("role", $"'{result.GetValue(role)}': dùng viewer, analyst hoặc admin");
            }

            return Store(result).Update(result.GetValue(name)!, role: r) ? 0 : Missing(result.GetValue(name)!);
        });
        return command;
    }

    private static Command Toggle(string verb, string description, bool disabled)
    {
        var name = new Argument<string>("name");
        var command = new Command(verb, description);
        command.Arguments.Add(name);
        command.SetAction(result => Store(result).Update(result.GetValue(name)!, disabled: disabled) ? 0 : Missing(result.GetValue(name)!));
        return command;
    }

    private static int Missing(string name)
    {
        Console.Error.WriteLine($"{name}: không có tài khoản này (no such account)");
        return 3;
    }

    private static string? ReadPassword(ParseResult result)
    {
        string? password;
        if (result.GetValue(PasswordStdin))
        {
            password = Console.In.ReadLine();
        }
        else if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsInputRedirected)
        {
            password = AnsiConsole.Prompt(new TextPrompt<string>("Mật khẩu:").Secret());
            var again = AnsiConsole.Prompt(new TextPrompt<string>("Nhập lại mật khẩu:").Secret());
            if (password != again)
            {
                Console.Error.WriteLine("Hai lần nhập mật khẩu không khớp (the passwords differ).");
                return null;
            }
        }
        else
        {
            Console.Error.WriteLine("--password-stdin: không có bàn phím để nhập mật khẩu; dùng --password-stdin (no terminal to prompt on)");
            return null;
        }

        if (AccountStore.PasswordProblem(password) is { } problem)
        {
            Console.Error.WriteLine($"password: {problem}");
            return null;
        }

        return password;
    }
}
