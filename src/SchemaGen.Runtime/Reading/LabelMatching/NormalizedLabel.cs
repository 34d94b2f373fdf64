using System;

namespace SchemaGen.Runtime.Reading.LabelMatching
{
    /// <summary>
    /// A label's match key being built, with where each key character came from in the text. Reused from call
    /// to call (one per thread) so that matching a line allocates nothing.
    /// </summary>
    internal sealed class NormalizedLabel
    {
        private char[] _chars = new char[64];
        private int[] _from = new int[64];
        private int[] _to = new int[64];

        public char[] Chars => _chars;
        /// <summary>Index in the text of the character key character i came from.</summary>
        public int[] From => _from;
        /// <summary>End (exclusive) in the text of what key character i came from.</summary>
        public int[] To => _to;
        public int Length { get; set; }
        public LabelFolds Folds { get; set; }
        /// <summary>The stripped item number's place in the text, or -1.</summary>
        public int NumberFrom { get; set; } = -1;
        public int NumberTo { get; set; } = -1;

        public void Reset()
        {
            Length = 0;
            Folds = LabelFolds.None;
            NumberFrom = NumberTo = -1;
        }

        public void Append(char c, int from, int to)
        {
            if (Length == _chars.Length)
            {
                Array.Resize(ref _chars, Length * 2);
                Array.Resize(ref _from, Length * 2);
                Array.Resize(ref _to, Length * 2);
            }
            _chars[Length] = c;
            _from[Length] = from;
            _to[Length] = to;
            Length++;
        }

        /// <summary>Moves key character <paramref name="source"/> to <paramref name="target"/> (≤ source), for compaction in place.</summary>
        public void Move(int source, int target, char c)
        {
            _chars[target] = c;
            _from[target] = _from[source];
            _to[target] = _to[source];
        }

        public string Key() => new string(_chars, 0, Length);
    }
}
