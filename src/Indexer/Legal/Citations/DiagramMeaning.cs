using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal.Citations;

/// <summary>
/// What one block of a portal's diagram says. <paramref name="Outgoing"/>: the described document does this
/// to each listed one (it is a citation of the described document). <paramref name="Incoming"/>: each listed
/// document does this to the described one. <paramref name="SubjectStatus"/>: the described document's effect
/// when the block lists anything (a block "Văn bản quy định hết hiệu lực" that lists a document means the
/// described one has ended).
/// </summary>
public sealed record DiagramMeaning(CitationRelation? Outgoing, CitationRelation? Incoming, EffectStatus? SubjectStatus);
