namespace LawMonitor.Indexer.Monitoring;

/// <summary>What the competent body answered.</summary>
public enum AnswerVerdict
{
    /// <summary>Tiếp thu.</summary>
    Accepted,

    /// <summary>Tiếp thu một phần.</summary>
    PartlyAccepted,

    /// <summary>Không tiếp thu.</summary>
    Rejected,
}
