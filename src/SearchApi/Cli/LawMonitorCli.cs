using System.CommandLine;

namespace LawMonitor.SearchApi.Cli;

/// <summary>The <c>lawmonitor</c> command line.</summary>
internal static class LawMonitorCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("LawMonitor — theo dõi thi hành pháp luật: tìm kiếm và theo dõi văn bản pháp luật");
        root.Options.Add(CliOptions.Data);
        root.Options.Add(CliOptions.Json);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(DocumentsCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(ReparseCommand.Create());
        root.Subcommands.Add(CrawlCommand.Create());
        root.Subcommands.Add(DetectCommand.Create());
        root.Subcommands.Add(FindingsCommand.Create());
        root.Subcommands.Add(RecommendationsCommand.Create());
        root.Subcommands.Add(TasksCommand.Create());
        root.Subcommands.Add(ObligationsCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(IndexJsonlCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(ReferenceCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        VietnameseHelpAction.Install(root);
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>; a command line that does not parse is answered as System.CommandLine
    /// answers it (the errors, a suggestion, the verb's help), in Vietnamese, with exit code 1.
    /// </summary>
    public static Task<int> InvokeAsync(string[] args)
    {
        var parsed = Build().Parse(args);
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        return parsed.Errors.Count == 0
            ? parsed.InvokeAsync(configuration)
            : Task.FromResult(CliVietnamese.Translated(configuration, () => parsed.Invoke(configuration)));
    }
}
