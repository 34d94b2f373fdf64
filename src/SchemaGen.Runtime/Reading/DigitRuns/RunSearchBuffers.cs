using System;
using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// The working memory of one <see cref="RunSearch"/> for one shape: its memo of counted states and a choice buffer per
    /// cell. A batch splits thousands of runs of the same few shapes, so each thread keeps the buffers of finished
    /// splits and hands them to the next search of the same shape instead of allocating them again. Nothing of a
    /// search's result refers to them: the memo only answers lookups, and every buffer is filled before it is read.
    /// </summary>
    internal sealed class RunSearchBuffers
    {
        // A memo grown this large by a rare long run is not worth keeping (clearing it would cost more than it saves).
        private const int MaxKeptStates = 1 << 14;
        private const int MaxKeptPerThread = 32;

        [ThreadStatic] private static List<RunSearchBuffers>? t_free;

        private readonly CompiledRunShape _shape;

        private RunSearchBuffers(CompiledRunShape shape)
        {
            _shape = shape;
            int m = shape.CellCount;
            Choices = new CellChoice[m][];
            MaxSymbolsFrom = new int[m + 1];
            for (int j = m - 1; j >= 0; j--)
            {
                Choices[j] = new CellChoice[2 + shape.MaxSymbols[j] * (1 + shape.Scales[j])];
                MaxSymbolsFrom[j] = MaxSymbolsFrom[j + 1] + shape.MaxSymbols[j];
            }
        }

        /// <summary>Splits counted from each state reached (the dynamic programme's memo); empty when rented.</summary>
        public Dictionary<SearchState, long> Counts { get; } = new Dictionary<SearchState, long>();

        /// <summary>Per cell, room for every choice it can take at one position.</summary>
        public CellChoice[][] Choices { get; }

        /// <summary>Per cell, the most symbols the cells from it to the end can hold.</summary>
        public int[] MaxSymbolsFrom { get; }

        /// <summary>Buffers for a search of <paramref name="shape"/>: a finished search's, else new ones.</summary>
        public static RunSearchBuffers Rent(CompiledRunShape shape)
        {
            List<RunSearchBuffers>? free = t_free;
            if (free is not null)
            {
                for (int i = free.Count - 1; i >= 0; i--)
                {
                    if (!ReferenceEquals(free[i]._shape, shape)) continue;
                    RunSearchBuffers found = free[i];
                    free.RemoveAt(i);
                    return found;
                }
            }
            return new RunSearchBuffers(shape);
        }

        /// <summary>Hands the buffers back once the search that rented them will not run again.</summary>
        public void Return()
        {
            if (Counts.Count > MaxKeptStates) return;
            Counts.Clear();
            List<RunSearchBuffers> free = t_free ??= new List<RunSearchBuffers>();
            if (free.Count == MaxKeptPerThread) free.RemoveAt(0);
            free.Add(this);
        }
    }
}
