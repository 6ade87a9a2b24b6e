namespace LawMonitor.Indexer.Legal;

/// <summary>
/// A provision that moved from an old path it shared with another ("Khoản 1" of Mục I and of Mục III under parser 9):
/// where it was in the old text, so a reference that points there is told apart, and the path it has now.
/// </summary>
/// <param name="OldPath">The shared old path.</param>
/// <param name="Start">Where the provision began in the old text.</param>
/// <param name="End">Just past where it ended.</param>
/// <param name="NewPath">Its path now ("Mục III.1").</param>
public sealed record SharedPathMove(string OldPath, int Start, int End, string NewPath);
