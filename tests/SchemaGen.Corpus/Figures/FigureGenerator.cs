using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Findings;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Figures
{
    /// <summary>How big the reporting agency is: it sets the scale of every figure.</summary>
    public enum AgencySize { Small, Medium, Large }

    /// <summary>
    /// Seeded random figures for every cell of a format that satisfy every rule of its schema, found generically from the
    /// rules: cells that no total rule derives are drawn, equations are met by drawing one side and spreading its sum over
    /// the other (so every part stays a whole number ≥ 0), derived totals are computed from their parts, and the result is
    /// checked against every rule (a draw that misses one, say a bound, is drawn again). Realistic in shape: mostly small
    /// counts, many zeros, whole tables at zero, now and then an agency handling hundreds or thousands.
    /// </summary>
    public static class FigureGenerator
    {
        private const int MaxAttempts = 64;

        public static ReportFigures Generate(ReportFormat format, long seed) => Generate(format, new SeededRandom(seed).Fork("figures"), out _);

        public static ReportFigures Generate(ReportFormat format, SeededRandom random, out AgencySize size)
        {
            for (int attempt = 0; attempt < MaxAttempts; attempt++)
            {
                SeededRandom draw = random.Fork("attempt " + attempt);
                size = draw.PickWeighted(new[] { (AgencySize.Small, 0.6), (AgencySize.Medium, 0.3), (AgencySize.Large, 0.1) });
                ReportFigures? figures = TryGenerate(format, draw, size);
                if (figures is not null && RuleChecker.AllHold(figures)) return figures;
            }
            throw new InvalidOperationException($"no figures satisfying every rule of format {format.Version} after {MaxAttempts} draws");
        }

        private static ReportFigures? TryGenerate(ReportFormat format, SeededRandom random, AgencySize size)
        {
            int flow = size switch
            {
                AgencySize.Small => random.Next(0, 31),
                AgencySize.Medium => random.Next(30, 301),
                _ => random.Next(300, 3001),
            };
            // By cell position in format.Cells; null until drawn.
            var values = new decimal?[format.Cells.Count];
            var equationTables = new HashSet<string>(format.Rules.Where(r => r.Kind == RuleKind.Equation).Select(r => r.TableId), StringComparer.Ordinal);
            var totalTables = new HashSet<string>(format.Rules.Where(r => r.Kind == RuleKind.Total).Select(r => r.TableId), StringComparer.Ordinal);

            foreach (FormatTable table in format.Tables)
            {
                double zeroChance = equationTables.Contains(table.Id) ? 0.08 : totalTables.Contains(table.Id) ? 0.55 : 0.25;
                if (random.Chance(zeroChance))
                    foreach (CellRef cell in table.Cells) values[format.IndexOf(cell)] = 0m;
            }

            foreach (FormatRule rule in format.Rules.Where(r => r.Kind == RuleKind.Equation))
                for (int i = 0; i < rule.Instances.Count; i++)
                    if (!MeetEquation(format, rule.Instances[i], i, flow, values, random)) return null;

            foreach (FormatTable table in format.Tables)
            {
                bool caseCounts = totalTables.Contains(table.Id);
                int documentScale = random.LogUniform(size == AgencySize.Large ? 8000 : 600);
                foreach (AxisNode row in table.LeafRows)
                {
                    bool rowZero = !caseCounts && random.Chance(0.25);
                    foreach (AxisNode column in table.LeafColumns)
                    {
                        var cell = new CellRef(table.Id, row.Path, column.Id);
                        int index = format.IndexOf(cell);
                        if (format.DerivedAt[index] || values[index].HasValue) continue;
                        values[index] = rowZero ? 0m : Draw(table.KindOf(cell), table.ScaleOf(cell), caseCounts, flow, documentScale, random);
                    }
                }
            }

            foreach (var (cell, parts) in format.IndexedDerivations)
            {
                decimal sum = 0m;
                foreach (var (index, sign) in parts) sum += sign * (values[index] ?? 0m);
                values[cell] = sum;
            }
            return ReportFigures.FromPositions(format, values);
        }

        /// <summary>
        /// Meets one equation instance: the side with fewer cells is the "source" (一 + 二: received and carried over), its
        /// open cells are drawn, and the difference is spread over the other side's open cells (the outcomes and 四).
        /// </summary>
        private static bool MeetEquation(ReportFormat format, RuleInstance instance, int instanceIndex, int flow, decimal?[] values, SeededRandom random)
        {
            Dictionary<int, int> left = Expand(format, instance.IndexedLeft);
            Dictionary<int, int> right = Expand(format, instance.IndexedRight);
            if (left.Values.Concat(right.Values).Any(c => c != 1))
                throw new NotSupportedException($"{instance}: the corpus meets equations whose free cells each add once (a sum equal to a sum); this one weighs them otherwise");
            bool leftIsSource = left.Count <= right.Count;
            List<int> source = (leftIsSource ? left : right).Keys.ToList();
            List<int> target = (leftIsSource ? right : left).Keys.ToList();
            decimal sourceConstant = leftIsSource ? instance.LeftConstant : instance.RightConstant;
            decimal targetConstant = leftIsSource ? instance.RightConstant : instance.LeftConstant;

            // The first instance (自然人) carries most of the flow; the others are often empty.
            int bulk = instanceIndex == 0 ? flow : random.Chance(0.65) ? 0 : random.LogUniform(Math.Max(1, flow / 6));
            bool first = true;
            foreach (int cell in source.Where(c => !values[c].HasValue))
            {
                values[cell] = first ? bulk : random.Chance(0.35) ? random.Next(0, Math.Max(2, bulk / 5 + 1)) : 0;
                first = false;
            }

            decimal sum = sourceConstant - targetConstant + source.Sum(c => values[c]!.Value) - target.Sum(c => values[c] ?? 0m);
            List<int> open = target.Where(c => !values[c].HasValue).ToList();
            if (open.Count == 0) return sum == 0;
            if (sum < 0 || sum != decimal.Truncate(sum)) return false;
            int[] shares = Spread((int)sum, open.Count, random);
            for (int i = 0; i < open.Count; i++) values[open[i]] = shares[i];
            return true;
        }

        /// <summary>A sum of cells with every derived cell replaced by its parts, down to cells drawn as they are: position → coefficient.</summary>
        private static Dictionary<int, int> Expand(ReportFormat format, (int Index, int Sign)[] terms)
        {
            var result = new Dictionary<int, int>();
            void Add(int cell, int sign)
            {
                if (!format.DerivationAt.TryGetValue(cell, out var parts))
                {
                    result[cell] = (result.TryGetValue(cell, out int c) ? c : 0) + sign;
                    return;
                }
                foreach (var (part, partSign) in parts) Add(part, sign * partSign);
            }
            foreach (var (index, sign) in terms) Add(index, sign);
            foreach (int zero in result.Where(p => p.Value == 0).Select(p => p.Key).ToList()) result.Remove(zero);
            return result;
        }

        /// <summary>Splits a whole number over <paramref name="count"/> places, sparsely: the first place takes most, a few others some, the rest 0.</summary>
        private static int[] Spread(int total, int count, SeededRandom random)
        {
            var weights = new double[count];
            weights[0] = 0.5 + random.NextDouble() * 0.5;
            for (int i = 1; i < count; i++) weights[i] = random.Chance(0.3) ? 0.02 + random.NextDouble() * 0.6 : 0;
            double weightSum = weights.Sum();
            var shares = new int[count];
            var remainders = new (double Remainder, double TieBreak, int Index)[count];
            int given = 0;
            for (int i = 0; i < count; i++)
            {
                double exact = total * weights[i] / weightSum;
                shares[i] = (int)Math.Floor(exact);
                given += shares[i];
                remainders[i] = (exact - shares[i], random.NextDouble(), i);
            }
            // Largest remainders take the units that rounding down left over.
            foreach (var r in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.TieBreak).Take(total - given))
                shares[r.Index]++;
            return shares;
        }

        private static decimal Draw(CellKind kind, int scale, bool caseCounts, int flow, int documentScale, SeededRandom random)
        {
            switch (kind)
            {
                case CellKind.SignedCount:
                    return random.Chance(0.5) ? 0 : random.Chance(0.4) ? -random.Next(1, 6) : random.Next(1, 12);
                case CellKind.Amount:
                    return random.Chance(0.6) ? 0 : Amount(scale, random);
                default:
                    if (caseCounts) return random.Chance(0.75) ? 0 : random.LogUniform(Math.Max(2, flow / 10));
                    return random.Chance(0.35) ? 0 : random.LogUniform(documentScale);
            }
        }

        /// <summary>An amount such as 397.619 or 190.457379: a few hundred 万元 at most, with up to <paramref name="scale"/> decimals.</summary>
        private static decimal Amount(int scale, SeededRandom random)
        {
            int places = Math.Min(scale, random.Pick(new[] { 0, 1, 2, 2, 3, 4, 6 }));
            decimal unit = 1m;
            for (int i = 0; i < places; i++) unit /= 10m;
            decimal whole = random.LogUniform(800) - (random.Chance(0.3) ? 1 : 0);
            decimal fraction = places == 0 ? 0m : random.Next(1, (int)Math.Pow(10, places)) * unit;
            return whole + fraction;
        }
    }
}
