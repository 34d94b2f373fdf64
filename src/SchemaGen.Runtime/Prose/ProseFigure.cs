using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Prose
{
    /// <summary>
    /// A figure read from the report's prose: which declared figure it is (<see cref="Id"/>, its table and label), the
    /// value, the words that state it and the sentence they stand in, and where: the section, the line of the text (0
    /// when the input has no lines) and its place in the input as far as it is known.
    /// </summary>
    public sealed record ProseFigure(string Id, string Table, string Label, decimal Value, string Phrase, string Sentence, string SectionId, int Line)
    {
        public SourceLocation Source { get; init; }

        /// <summary>「…」 (line 12): the sentence and where it stands, as findings quote it.</summary>
        public string Quoted => "「" + Sentence + "」" + (Line > 0 ? $" (line {Line})" : $" (section {SectionId})");
    }

    /// <summary>The prose figures of one report, in the order they stand in it. Equal when they hold the same figures.</summary>
    public sealed class ProseFigures : IReadOnlyList<ProseFigure>, IEquatable<ProseFigures>
    {
        private readonly ProseFigure[] _figures;

        public ProseFigures(IEnumerable<ProseFigure> figures) => _figures = figures.ToArray();

        public static ProseFigures Empty { get; } = new ProseFigures(Array.Empty<ProseFigure>());

        public int Count => _figures.Length;

        public ProseFigure this[int index] => _figures[index];

        /// <summary>The figures of one declared figure id, in text order.</summary>
        public IEnumerable<ProseFigure> Of(string id)
        {
            // Asked for every phrase of every report, and most phrases state nothing: those get no iterator and no closure.
            List<ProseFigure>? found = null;
            foreach (ProseFigure figure in _figures)
                if (figure.Id == id) (found ??= new List<ProseFigure>()).Add(figure);
            return found ?? (IEnumerable<ProseFigure>)Array.Empty<ProseFigure>();
        }

        public IEnumerator<ProseFigure> GetEnumerator() => ((IEnumerable<ProseFigure>)_figures).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _figures.GetEnumerator();

        public bool Equals(ProseFigures? other) => other is not null && _figures.SequenceEqual(other._figures);

        public override bool Equals(object? obj) => obj is ProseFigures other && Equals(other);

        public override int GetHashCode() => _figures.Length;
    }
}
