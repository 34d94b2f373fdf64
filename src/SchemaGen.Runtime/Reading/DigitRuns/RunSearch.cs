using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SchemaGen.Runtime.Reading.DigitRuns
{
    /// <summary>
    /// One pass of the search: counts the splits of a run that fit the cells and the plan's constraints, by
    /// dynamic programming over (symbols read, cells filled, running sums of the open constraints), then walks
    /// the counted states to list candidates and to find the cells all of them agree on. States that cannot
    /// reach a valid end are cut early: too few or too many symbols left for the cells left, or a running
    /// sum that the cells left cannot bring back within the constraint (bounded by their limits and by the
    /// digits left, since figures made of d digits add up to less than 10^d).
    /// </summary>
    internal sealed class RunSearch
    {
        private readonly CompiledRunShape _shape;
        private readonly RunSearchPlan _plan;
        private readonly RunSymbols _run;
        private readonly MissingCells _missing;
        private readonly RunSearchBuffers _buffers;
        private readonly StateCounts _counts;
        private readonly ChoiceMemo _choices;
        private readonly int[] _mostChoices;
        private readonly int[] _maxSymbolsFrom;
        private long _budget;
        private bool _released;

        public RunSearch(CompiledRunShape shape, RunSearchPlan plan, RunSymbols run, MissingCells missing, long budget)
        {
            _shape = shape;
            _plan = plan;
            _run = run;
            _missing = missing;
            _budget = budget;
            _buffers = RunSearchBuffers.Rent(shape);
            _counts = _buffers.Counts;
            _choices = _buffers.Choices;
            _choices.Begin((run.Length + 1) * shape.CellCount);
            _mostChoices = shape.MostChoices;
            _maxSymbolsFrom = shape.MaxSymbolsFrom;
            _blanksMayLeaveTotals = run.HasMarks || missing == MissingCells.AnyMayBeBlank;
        }

        /// <summary>A total may turn out not stated (a mark in the run, or any cell may be blank): its constraint then lets anything through.</summary>
        private readonly bool _blanksMayLeaveTotals;

        /// <summary>Hands the search's buffers on to later searches of this thread; the search must not run again.</summary>
        public void Release()
        {
            if (_released) return;
            _released = true;
            _buffers.Return();
        }

        public bool Aborted { get; private set; }
        public long Work { get; private set; }
        public long RemainingBudget => _budget;

        private SearchState Start => new SearchState(0, 0, new RunningSums(_plan.Open[0].Length));

        /// <summary>How many splits there are (saturating at long.MaxValue); 0 with <see cref="Aborted"/> when the budget ran out.</summary>
        public long CountAll()
        {
            if (_plan.Impossible) return 0;
            long count = Count(Start);
            return Aborted ? 0 : count;
        }

        /// <summary>Up to <paramref name="max"/> splits, in a fixed order (shorter figures first, an absent cell before a present one).</summary>
        public List<CellChoice[]> Collect(int max)
        {
            var found = new List<CellChoice[]>();
            if (Aborted || max <= 0 || _plan.Impossible) return found;
            Collect(Start, new CellChoice[_shape.CellCount], found, max);
            return found;
        }

        /// <summary>
        /// Per cell, the choice every split makes, or null where splits differ: from <paramref name="splits"/> when they are
        /// every split there is (<paramref name="count"/> of them, listed by <see cref="Collect(int)"/>), which says the same as
        /// walking the counted states; by that walk otherwise.
        /// </summary>
        public CellChoice?[] Agreement(List<CellChoice[]> splits, long count)
        {
            if (Aborted || _plan.Impossible || splits.Count == 0 || splits.Count < count) return Agreement();
            var agreed = new CellChoice?[_shape.CellCount];
            for (int j = 0; j < agreed.Length; j++)
            {
                CellChoice first = splits[0][j];
                bool same = true;
                for (int k = 1; k < splits.Count && same; k++) same = splits[k][j].SameReading(first);
                if (same) agreed[j] = first;
            }
            return agreed;
        }

        /// <summary>Per cell, the choice every split makes, or null where splits differ.</summary>
        public CellChoice?[] Agreement()
        {
            int m = _shape.CellCount;
            var agreed = new CellChoice?[m];
            var differs = new bool[m];
            var seen = new bool[m];
            if (Aborted || _plan.Impossible) return new CellChoice?[m];
            HashSet<SearchState> visited = _buffers.Visited;
            Stack<SearchState> pending = _buffers.Pending;
            visited.Clear();
            pending.Clear();
            pending.Push(Start);
            visited.Add(Start);
            while (pending.Count > 0)
            {
                SearchState state = pending.Pop();
                int j = state.Cell;
                if (j >= m) continue;
                CellChoice[] choices = ChoicesAt(state.Position, j, out int first, out int count);
                for (int i = first; i < first + count; i++)
                {
                    CellChoice choice = choices[i];
                    if (!Advance(state, choice, out SearchState next) || Count(next) <= 0) continue;
                    if (!seen[j])
                    {
                        seen[j] = true;
                        agreed[j] = choice;
                    }
                    else if (!differs[j] && !agreed[j]!.Value.SameReading(choice))
                    {
                        differs[j] = true;
                    }
                    if (visited.Add(next)) pending.Push(next);
                }
            }
            for (int j = 0; j < m; j++)
                if (differs[j] || !seen[j]) agreed[j] = null;
            return agreed;
        }

        private long Count(in SearchState state)
        {
            if (Aborted) return 0;
            int j = state.Cell;
            int position = state.Position;
            int m = _shape.CellCount;
            int n = _run.Length;
            if (j == m) return position == n ? 1 : 0;
            int left = n - position;
            if (left > _maxSymbolsFrom[j]) return 0;
            if (_missing == MissingCells.None && left < m - j) return 0;
            if (!SumsCanClose(state)) return 0;
            uint hash = StateCounts.Hash(state);
            if (_counts.TryGetValue(state, hash, out long known)) return known;

            CellChoice[] choices = ChoicesAt(position, j, out int first, out int count);
            long total = 0;
            for (int i = first; i < first + count; i++)
            {
                if (--_budget < 0)
                {
                    Aborted = true;
                    return 0;
                }
                Work++;
                if (!Advance(state, choices[i], out SearchState next)) continue;
                long ways = Count(next);
                if (Aborted) return 0;
                total = total > long.MaxValue - ways ? long.MaxValue : total + ways;
            }
            _counts.Add(state, hash, total);
            return total;
        }

        private void Collect(SearchState state, CellChoice[] path, List<CellChoice[]> found, int max)
        {
            int j = state.Cell;
            if (j == _shape.CellCount)
            {
                if (state.Position != _run.Length) return;
                // Array.Copy, not Clone: the general object copy cost twenty times as much for these few structs.
                var split = new CellChoice[path.Length];
                Array.Copy(path, split, path.Length);
                found.Add(split);
                return;
            }
            CellChoice[] choices = ChoicesAt(state.Position, j, out int first, out int count);
            for (int i = first; i < first + count && found.Count < max; i++)
            {
                CellChoice choice = choices[i];
                if (!Advance(state, choice, out SearchState next) || Count(next) <= 0) continue;
                path[j] = choice;
                Collect(next, path, found, max);
            }
        }

        /// <summary>The running sums after filling cell j with the choice; false when a constraint closing at j fails.</summary>
        private bool Advance(in SearchState state, in CellChoice choice, out SearchState next)
        {
            int j = state.Cell;
            bool notStated = choice.State == RunCellState.NotStatedMark
                             || (choice.State == RunCellState.Absent && _missing == MissingCells.AnyMayBeBlank);
            long value = choice.Value;
            CellTerm[] open = _plan.OpenTerms[j];
            int[] carriedFrom = _plan.CarriedFrom[j];
            var sums = new RunningSums(open.Length);
            for (int s = 0; s < open.Length; s++)
                sums[s] = AddCell(open[s], carriedFrom[s] >= 0 ? state.Sums[carriedFrom[s]] : open[s].Start, value, notStated);

            CellTerm[] closing = _plan.ClosingTerms[j];
            int[] closingFrom = _plan.ClosingFrom[j];
            for (int t = 0; t < closing.Length; t++)
            {
                long sum = AddCell(closing[t], closingFrom[t] >= 0 ? state.Sums[closingFrom[t]] : closing[t].Start, value, notStated);
                if (sum == RunningSums.NotAssessable) continue;
                if (!CompiledRunShape.Holds(closing[t].Relation, sum))
                {
                    next = default;
                    return false;
                }
            }
            next = new SearchState(choice.End, j + 1, sums);
            return true;
        }

        /// <summary>A running sum with the cell's figure added; not assessable once the constraint's total turns out not stated.</summary>
        // Inlined: called for every open and closing sum of every choice tried, and the compiler left it a call.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static long AddCell(in CellTerm term, long sum, long value, bool notStated)
        {
            if (sum == RunningSums.NotAssessable) return sum;
            if (notStated && term.IsTotal) return RunningSums.NotAssessable;
            return sum + term.Coefficient * value;
        }

        /// <summary>Whether every open running sum can still end where its relation needs it.</summary>
        private bool SumsCanClose(in SearchState state)
        {
            SumBounds[] open = _plan.OpenBounds[state.Cell];
            if (open.Length == 0) return true;
            int digitsLeft = _run.DigitsFrom[state.Position];
            int exponent = digitsLeft + _shape.Scale;
            long digitBound = exponent >= 15 ? CompiledRunShape.CellCap : CompiledRunShape.Pow10[exponent];
            for (int s = 0; s < open.Length; s++)
            {
                long sum = state.Sums[s];
                if (sum == RunningSums.NotAssessable) continue;
                ref readonly SumBounds bounds = ref open[s];
                // A total still to be filled may turn out not stated, and then the constraint lets anything through.
                if (bounds.TotalStillToFill && _blanksMayLeaveTotals) continue;
                long high = Math.Min(bounds.RemainingHigh, bounds.UpCoefficient * digitBound);
                long low = Math.Max(bounds.RemainingLow, -bounds.DownCoefficient * digitBound);
                switch (bounds.Relation)
                {
                    case RunRelation.Equal:
                        if (sum + low > 0 || sum + high < 0) return false;
                        break;
                    case RunRelation.AtMost:
                        if (sum + low > 0) return false;
                        break;
                    default:
                        if (sum + high < 0) return false;
                        break;
                }
            }
            return true;
        }

        /// <summary>
        /// Every way to fill cell j from symbol <paramref name="position"/> on: the returned array from
        /// <paramref name="first"/>, <paramref name="count"/> of them, left as they are while the search goes deeper.
        /// </summary>
        private CellChoice[] ChoicesAt(int position, int j, out int first, out int count)
        {
            int slot = position * _shape.CellCount + j;
            if (!_choices.TryGet(slot, out first, out count))
            {
                first = _choices.Reserve(_mostChoices[j]);
                count = FillChoices(position, j, _choices.Pool, first) - first;
                _choices.Commit(slot, first, count);
            }
            return _choices.Pool;
        }

        /// <summary>Every way to fill cell j from symbol <paramref name="position"/> on, into the buffer from index <paramref name="count"/>; returns the index after the last.</summary>
        private int FillChoices(int position, int j, CellChoice[] buffer, int count)
        {
            if (_missing != MissingCells.None) buffer[count++] = new CellChoice(position, position, 0, RunCellState.Absent);
            int n = _run.Length;
            if (position >= n) return count;
            char[] symbols = _run.Symbols;
            bool[] boundary = _run.BoundaryBefore;
            char first = symbols[position];
            if (first == RunSymbols.Mark)
            {
                buffer[count++] = new CellChoice(position, position + 1, 0, RunCellState.NotStatedMark);
                return count;
            }

            RunCellKind kind = _shape.Kinds[j];
            int digitsStart = position;
            bool negative = false;
            if (first == '+' || first == '-')
            {
                if (kind != RunCellKind.SignedCount) return count;
                digitsStart = position + 1;
                negative = first == '-';
                if (digitsStart >= n || boundary[digitsStart]) return count;
            }
            if (!RunSymbols.IsDigit(symbols[digitsStart])) return count;

            bool signed = digitsStart > position;
            bool zerosLeftBlank = _missing == MissingCells.ZerosLeftBlank;
            long scaleFactor = CompiledRunShape.Pow10[_shape.Scale];
            long whole = 0;
            for (int end = digitsStart; end < n && end - digitsStart < _shape.MaxWholeDigits[j]; end++)
            {
                char symbol = symbols[end];
                if (!RunSymbols.IsDigit(symbol) || (end > digitsStart && boundary[end])) break;
                if (end > digitsStart && symbols[digitsStart] == '0') break; // no leading zero: only "0" itself
                whole = whole * 10 + (symbol - '0');
                if (whole > _shape.MaxWhole[j]) break;
                long scaled = whole * scaleFactor;
                if (scaled > _shape.MaxScaled[j]) break;
                // "+0" and "-0" are not how anyone writes no change; a page that drops zeros writes no "0".
                bool acceptable = !(whole == 0 && (signed || zerosLeftBlank));
                if (acceptable) buffer[count++] = new CellChoice(position, end + 1, negative ? -scaled : scaled, RunCellState.Figure);
                if (kind == RunCellKind.Amount) count = AddDecimals(position, end + 1, j, whole, buffer, count);
            }
            return count;
        }

        private int AddDecimals(int start, int point, int j, long whole, CellChoice[] buffer, int count)
        {
            char[] symbols = _run.Symbols;
            bool[] boundary = _run.BoundaryBefore;
            int n = _run.Length;
            if (point >= n || symbols[point] != '.' || boundary[point]) return count;
            int scale = _shape.Scales[j];
            long fraction = 0;
            for (int end = point + 1, digits = 1; end < n && digits <= scale; end++, digits++)
            {
                if (!RunSymbols.IsDigit(symbols[end]) || boundary[end]) break;
                fraction = fraction * 10 + (symbols[end] - '0');
                long scaled = whole * CompiledRunShape.Pow10[_shape.Scale] + fraction * CompiledRunShape.Pow10[_shape.Scale - digits];
                if (scaled > _shape.MaxScaled[j]) break;
                if (!(scaled == 0 && _missing == MissingCells.ZerosLeftBlank))
                    buffer[count++] = new CellChoice(start, end + 1, scaled, RunCellState.Figure);
            }
            return count;
        }
    }
}
