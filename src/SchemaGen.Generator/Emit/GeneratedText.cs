using System;
using System.Collections.Generic;

namespace SchemaGen.Generator.Emit
{
    /// <summary>
    /// An emitted file's text, kept in pieces of at most <see cref="PieceLength"/> characters rather than as one string.
    /// The largest files run to 162 k characters: as one string each is a large object, and every generator run that
    /// made a few of them set off a full collection (in a render loop, every run). The compiler reads the pieces
    /// as they are (see <c>PieceSourceText</c>); <see cref="ToString"/> joins them for the CLI and the tests.
    /// Every piece but the last is full, so the pieces are a function of the text alone and equality compares them in turn.
    /// </summary>
    public sealed class GeneratedText : IEquatable<GeneratedText>
    {
        /// <summary>Characters per piece: 32 KB a piece, well under the runtime's 85,000-byte large-object threshold.</summary>
        public const int PieceLength = 16384;

        private readonly string[] _pieces;

        internal GeneratedText(string[] pieces, int length)
        {
            _pieces = pieces;
            Length = length;
        }

        public static GeneratedText Of(string text)
        {
            var output = new TextPieces();
            output.Write(text, 0, text.Length);
            return output.ToText();
        }

        public int Length { get; }

        public IReadOnlyList<string> Pieces => _pieces;

        /// <summary>The character at <paramref name="index"/>: every piece but the last is full, so its piece is found by division.</summary>
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Length) throw new ArgumentOutOfRangeException(nameof(index));
                return _pieces[index / PieceLength][index % PieceLength];
            }
        }

        /// <summary>Copies <paramref name="count"/> characters from <paramref name="sourceIndex"/> on, across pieces.</summary>
        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (sourceIndex < 0 || count < 0 || sourceIndex > Length - count) throw new ArgumentOutOfRangeException(nameof(count));
            while (count > 0)
            {
                string piece = _pieces[sourceIndex / PieceLength];
                int start = sourceIndex % PieceLength, taken = Math.Min(count, piece.Length - start);
                piece.CopyTo(start, destination, destinationIndex, taken);
                sourceIndex += taken;
                destinationIndex += taken;
                count -= taken;
            }
        }

        /// <summary>Whether the text ends with <paramref name="suffix"/> (which may span pieces).</summary>
        public bool EndsWith(string suffix)
        {
            if (suffix.Length > Length) return false;
            int piece = _pieces.Length - 1, index = piece < 0 ? 0 : _pieces[piece].Length;
            for (int i = suffix.Length - 1; i >= 0; i--)
            {
                while (index == 0)
                {
                    piece--;
                    index = _pieces[piece].Length;
                }
                if (_pieces[piece][--index] != suffix[i]) return false;
            }
            return true;
        }

        public override string ToString() => string.Concat(_pieces);

        public bool Equals(GeneratedText? other)
        {
            if (other is null) return false;
            if (ReferenceEquals(this, other)) return true;
            if (Length != other.Length || _pieces.Length != other._pieces.Length) return false;
            for (int i = 0; i < _pieces.Length; i++)
                if (!string.Equals(_pieces[i], other._pieces[i], StringComparison.Ordinal)) return false;
            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as GeneratedText);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = Length;
                // The first and last pieces: enough to tell files apart, without hashing every character of every file.
                if (_pieces.Length > 0) hash = hash * 397 ^ StringComparer.Ordinal.GetHashCode(_pieces[0]);
                if (_pieces.Length > 1) hash = hash * 397 ^ StringComparer.Ordinal.GetHashCode(_pieces[_pieces.Length - 1]);
                return hash;
            }
        }
    }
}
