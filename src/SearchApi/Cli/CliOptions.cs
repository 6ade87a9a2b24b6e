using System.CommandLine;

namespace LawMonitor.SearchApi.Cli;

/// <summary>Options every verb takes.</summary>
internal static class CliOptions
{
    /// <summary>The data folder holding the index; a file given in its place is refused in a sentence before anything opens it.</summary>
    public static Option<string> Data { get; } = DataOption();

    private static Option<string> DataOption()
    {
        var option = new Option<string>("--data")
        {
            Description = "Thư mục dữ liệu chứa chỉ mục và các sổ theo dõi",
            DefaultValueFactory = _ => "data",
            Recursive = true,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } path && File.Exists(path))
            {
                result.AddError($"--data: '{path}' là một tệp, không phải thư mục dữ liệu (a file, not a data folder: give the folder that holds lawmonitor.db)");
            }
        });
        return option;
    }

    /// <summary>Machine-readable output.</summary>
    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "In JSON thay cho bảng",
        Recursive = true,
    };
}
