using System.CommandLine;

namespace LawMonitor.SearchApi.Cli;

/// <summary>Options every verb takes.</summary>
internal static class CliOptions
{
    /// <summary>The data folder holding the index.</summary>
    public static Option<string> Data { get; } = new("--data")
    {
        Description = "Thư mục dữ liệu (data folder) holding the index",
        DefaultValueFactory = _ => "data",
        Recursive = true,
    };

    /// <summary>Machine-readable output.</summary>
    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON instead of tables",
        Recursive = true,
    };
}
