using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// Help as System.CommandLine writes it, with the program named as people run it (<c>./lawmonitor</c>) instead
/// of the assembly the wrapper script starts (<c>LawMonitor.SearchApi</c>).
/// </summary>
internal sealed class UsageNameHelpAction(HelpAction inner) : SynchronousCommandLineAction
{
    public const string ProgramName = "./lawmonitor";

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var buffer = new StringWriter();
        configuration.Output = buffer;
        int code;
        try
        {
            code = inner.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        output.Write(buffer.ToString().Replace(RootCommand.ExecutableName + " ", ProgramName + " ", StringComparison.Ordinal));
        return code;
    }

    /// <summary>Puts this action on every help option of <paramref name="root"/>.</summary>
    public static void Install(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction help)
            {
                option.Action = new UsageNameHelpAction(help);
            }
        }
    }
}
