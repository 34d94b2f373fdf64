using System.Collections.Generic;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// The working memory of one <see cref="RunSearch"/> for one shape: its memo of counted states and its memo of each
    /// cell's choices at each position. A batch splits thousands of runs of the same shapes (one per row of each table), so the buffers of finished
    /// searches are kept with their shape (<see cref="CompiledRunShape.FreeBuffers"/>) and handed to the next search of
    /// it, on any thread. Kept with the shape rather than in one list per thread: a report reads runs of dozens of rows,
    /// and a list short enough to search dropped each row's buffers before its next report came. Nothing of a search's
    /// result refers to them: the memos only answer lookups within one search, and every buffer is filled before it is read.
    /// </summary>
    internal sealed class RunSearchBuffers
    {
        // A memo grown this large by a rare long run is not worth keeping (clearing it would cost more than it saves).
        private const int MaxKeptStates = 1 << 14;

        // A split holds a few searches of one shape at once (its passes); more than this are never wanted again together.
        private const int MaxKeptPerShape = 8;

        private readonly CompiledRunShape _shape;

        private RunSearchBuffers(CompiledRunShape shape) => _shape = shape;

        /// <summary>Splits counted from each state reached (the dynamic programme's memo); empty when rented.</summary>
        public StateCounts Counts { get; } = new StateCounts();

        /// <summary>The states <see cref="RunSearch.Agreement()"/> has reached, and those it has still to visit; empty when rented.</summary>
        public HashSet<SearchState> Visited { get; } = new HashSet<SearchState>();
        public Stack<SearchState> Pending { get; } = new Stack<SearchState>();

        /// <summary>The ways to fill each cell at each position, worked out once per search.</summary>
        public ChoiceMemo Choices { get; } = new ChoiceMemo();

        /// <summary>Buffers for a search of <paramref name="shape"/>: a finished search's, else new ones.</summary>
        public static RunSearchBuffers Rent(CompiledRunShape shape)
        {
            Stack<RunSearchBuffers> free = shape.FreeBuffers;
            lock (free)
            {
                if (free.Count > 0) return free.Pop();
            }
            return new RunSearchBuffers(shape);
        }

        /// <summary>Hands the buffers back once the search that rented them will not run again.</summary>
        public void Return()
        {
            if (Counts.Count > MaxKeptStates || Visited.Count > MaxKeptStates || Choices.Slots > MaxKeptStates) return;
            Choices.Trim();
            Counts.Clear();
            Visited.Clear();
            Pending.Clear();
            Stack<RunSearchBuffers> free = _shape.FreeBuffers;
            lock (free)
            {
                if (free.Count < MaxKeptPerShape) free.Push(this);
            }
        }
    }
}
