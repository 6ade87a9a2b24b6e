using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// Help as System.CommandLine writes it, in Vietnamese (<see cref="CliVietnamese"/>) and with the program named as
/// people run it (<c>./lawmonitor</c>) instead of the assembly the wrapper script starts (<c>LawMonitor.SearchApi</c>).
/// </summary>
internal sealed class VietnameseHelpAction(HelpAction inner) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return CliVietnamese.Translated(parseResult.InvocationConfiguration, () => inner.Invoke(parseResult));
    }

    /// <summary>Puts this action on every help option of <paramref name="root"/>.</summary>
    public static void Install(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction help)
            {
                option.Action = new VietnameseHelpAction(help);
            }
        }
    }
}
