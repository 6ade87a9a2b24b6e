using Spectre.Console;
using Spectre.Console.Rendering;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// The console when the output goes to a file or a pipe: sentences and snippets are written as whole lines, never
/// broken where a terminal would wrap them (a sentence copied from the file into a dispatch keeps its words
/// together), while tables and trees are laid out for <see cref="TableWidth"/> columns.
/// </summary>
internal sealed class FileConsole(IAnsiConsole inner) : IAnsiConsole
{
    /// <summary>The width tables and trees are laid out for in a file.</summary>
    public const int TableWidth = 160;

    // Wide enough that no line of text is ever wrapped; a renderable measures itself against it.
    private const int TextWidth = 100_000;

    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => inner.Input;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void Write(IRenderable renderable)
    {
        inner.Profile.Width = renderable is Markup or Text or Paragraph ? TextWidth : TableWidth;
        inner.Write(renderable);
    }
}
