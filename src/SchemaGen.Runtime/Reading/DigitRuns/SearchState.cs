using System;
using System.Runtime.CompilerServices;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// The running sums of the constraints open at a cell. Up to three are held inline, which covers every
    /// statutory row; more spill into an array. <see cref="NotAssessable"/> marks a sum whose total turned out
    /// not stated, so the constraint no longer filters.
    /// </summary>
    internal struct RunningSums : IEquatable<RunningSums>
    {
        public const long NotAssessable = long.MinValue;

        private long _a, _b, _c;
        private long[]? _more;

        public RunningSums(int count)
        {
            Count = count;
            _a = _b = _c = 0;
            _more = count > 3 ? new long[count - 3] : null;
        }

        public int Count { get; }

        public long this[int index]
        {
            readonly get => index == 0 ? _a : index == 1 ? _b : index == 2 ? _c : _more![index - 3];
            set
            {
                if (index == 0) _a = value;
                else if (index == 1) _b = value;
                else if (index == 2) _c = value;
                else _more![index - 3] = value;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // the memo compares the sums of every state it finds in a bucket
        public readonly bool Equals(RunningSums other)
        {
            if (Count != other.Count || _a != other._a || _b != other._b || _c != other._c) return false;
            for (int i = 3; i < Count; i++)
                if (_more![i - 3] != other._more![i - 3]) return false;
            return true;
        }

        public override readonly bool Equals(object? obj) => obj is RunningSums other && Equals(other);

        /// <summary>
        /// A hash of the sums mixed into <paramref name="seed"/> (multiply and shift: the high bits are well mixed), read from
        /// the fields directly: unused ones are 0.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // mixed once per state the search counts
        public readonly ulong Mix(ulong seed)
        {
            const ulong golden = 0x9E3779B97F4A7C15UL;
            unchecked
            {
                ulong hash = (seed ^ (ulong)_a) * golden;
                hash = (hash ^ (ulong)_b) * golden;
                hash = (hash ^ (ulong)_c) * golden;
                for (int i = 3; i < Count; i++) hash = (hash ^ (ulong)_more![i - 3]) * golden;
                return hash;
            }
        }

        public override readonly int GetHashCode()
        {
            unchecked
            {
                long hash = Count;
                for (int i = 0; i < Count; i++) hash = hash * 1_000_003L ^ this[i];
                return (int)hash ^ (int)(hash >> 32);
            }
        }
    }

    /// <summary>A point of the search: so many symbols read, so many cells filled, these running sums.</summary>
    internal readonly struct SearchState : IEquatable<SearchState>
    {
        public SearchState(int position, int cell, RunningSums sums)
        {
            Position = position;
            Cell = cell;
            Sums = sums;
        }

        public int Position { get; }
        public int Cell { get; }

        // A field, not a property: a property hands back a copy of the sums at every read, and the search reads them for
        // every choice it tries; with the sums' readers marked readonly, a read through an `in` state copies nothing.
        public readonly RunningSums Sums;

        public bool Equals(SearchState other) => Position == other.Position && Cell == other.Cell && Sums.Equals(other.Sums);
        public override bool Equals(object? obj) => obj is SearchState other && Equals(other);
        public override int GetHashCode() => unchecked((Position * 397 + Cell) * 7919 + Sums.GetHashCode());
    }

    /// <summary>One way to fill a cell: with the symbols up to <see cref="End"/>, or with nothing.</summary>
    internal readonly struct CellChoice
    {
        public CellChoice(int start, int end, long value, RunCellState state)
        {
            Start = start;
            End = end;
            Value = value;
            State = state;
        }

        public int Start { get; }
        public int End { get; }
        /// <summary>In scaled units; 0 unless a figure.</summary>
        public long Value { get; }
        public RunCellState State { get; }

        public bool SameReading(CellChoice other) => State == other.State && Value == other.Value && Start == other.Start && End == other.End;
    }
}
