using LawMonitor.Indexer.Legal;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>
/// An appendix after the signature (a plan's task table, a decree's forms): <c>label</c> "Phụ lục I",
/// <c>heading</c> as a hit names it ("Phụ lục I — NHIỆM VỤ …"), and its span in the text.
/// </summary>
public sealed record AppendixResponse(string Label, string Heading, int Start, int End)
{
    /// <summary>An appendix unit as stored: its heading line is its label, then its title.</summary>
    public static AppendixResponse From(string label, string headingLine, int start, int end) =>
        new(label, ProvisionLabel.Heading(null, headingLine, nameof(UnitKind.Appendix)), start, end);
}
