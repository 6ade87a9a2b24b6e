namespace LawMonitor.Indexer.Legal;

/// <summary>What part of a document an index unit is.</summary>
public enum UnitKind
{
    /// <summary>The whole text of a document without articles.</summary>
    Whole,

    /// <summary>Everything before the first structural heading: issuer, number, title, legal basis.</summary>
    Preamble,

    /// <summary>The heading of a Part, Chapter, Section or Subsection.</summary>
    Container,

    /// <summary>An article (Điều) with its clauses and points.</summary>
    Article,

    /// <summary>A section of a plan's or report's outline (I., II.) with its items.</summary>
    Section,

    /// <summary>The closing: recipients (Nơi nhận) and signature.</summary>
    Closing,

    /// <summary>The title of a text a decision issues and carries after its signature ("QUY CHẾ … (Ban hành kèm theo …)").</summary>
    Attached,

    /// <summary>An appendix after the signature ("Phụ lục I", its title, "(Kèm theo …)", its tables), one unit each.</summary>
    Appendix,
}
