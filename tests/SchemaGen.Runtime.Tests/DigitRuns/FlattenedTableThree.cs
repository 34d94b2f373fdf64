using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Reading.DigitRuns;
using SchemaGen.Runtime.Reading.LabelMatching;
using SchemaGen.Runtime.Tests.LabelMatching;
using Xunit;

namespace SchemaGen.Runtime.Tests.DigitRuns
{
    /// <summary>
    /// Reads table 三 out of flattened crawler text with the building blocks, as a reader would: the rows in
    /// schema order, each found where the previous one ended; a group label (（三）不予公开) has no figures; a leaf
    /// row's run is split with the table 三 row shape. And the table's column rules as constraints across runs.
    /// </summary>
    internal sealed class FlattenedTableThree
    {
        private const int Columns = 7;

        public FlattenedTableThree(string version)
        {
            Rows = SchemaLabelScopes.Rows(SchemaLabelScopes.Version(version), "Applications");
            Matcher = SchemaLabelScopes.Matcher(Rows);
            Prefix = version + " Applications row ";
        }

        public List<LabelledElement> Rows { get; }
        public LabelMatcher<LabelledElement> Matcher { get; }
        private string Prefix { get; }

        public bool IsGroup(LabelledElement element) => Rows.Any(other => other.Id.StartsWith(element.Id + ".", System.StringComparison.Ordinal));

        /// <summary>The leaf rows' paths (NewlyReceived, Outcomes.Granted, …) in order, with their split runs.</summary>
        public List<KeyValuePair<string, RunSplitResult>> Read(string text, RunSplitOptions? options = null)
        {
            var splitter = new DigitRunSplitter(StatutoryRunShapes.ApplicationsRow());
            var read = new List<KeyValuePair<string, RunSplitResult>>();
            int position = 0;
            for (int i = 0; i < Rows.Count; i++)
            {
                LabelledElement element = Rows[i];
                string? nextNumber = i + 1 < Rows.Count ? Rows[i + 1].Number : null;
                LabelledRun<LabelledElement> row = LabelledRunLocator.Locate(text, Matcher, position, nextNumber);
                Assert.True(ReferenceEquals(element, row.Label.Target), $"at {position} expected {element}, found {row.Label}");
                if (IsGroup(element)) Assert.Equal("", row.Run);
                else read.Add(new KeyValuePair<string, RunSplitResult>(element.Id.Substring(Prefix.Length), splitter.Split(row.Run, options)));
                position = row.RestStart;
            }
            return read;
        }

        /// <summary>
        /// Per column: balance (一 + 二 = （七）总计 + 四) and outcome-total (（七）总计 = the outcome rows), over the
        /// runs in the order <see cref="Read"/> returns them.
        /// </summary>
        public static List<CrossRunConstraint> ColumnRules(IReadOnlyList<KeyValuePair<string, RunSplitResult>> rows)
        {
            int Index(string path) => rows.Select(r => r.Key).ToList().IndexOf(path);
            int received = Index("NewlyReceived"), carriedOver = Index("CarriedOver"), total = Index("Outcomes.Total"), carriedForward = Index("CarriedForward");
            int[] outcomes = rows.Select((r, i) => (r.Key, i)).Where(r => r.Key.StartsWith("Outcomes.", System.StringComparison.Ordinal) && r.Key != "Outcomes.Total").Select(r => r.i).ToArray();
            var rules = new List<CrossRunConstraint>();
            for (int c = 0; c < Columns; c++)
            {
                rules.Add(CrossRunConstraint.Linear($"balance[{StatutoryRunShapes.ApplicantColumns[c]}]",
                    new[] { new RunCellRef(received, c), new RunCellRef(carriedOver, c) }, RunRelation.Equal,
                    new[] { new RunCellRef(total, c), new RunCellRef(carriedForward, c) }));
                rules.Add(CrossRunConstraint.Total($"outcome-total[{StatutoryRunShapes.ApplicantColumns[c]}]",
                    new RunCellRef(total, c), outcomes.Select(r => new RunCellRef(r, c)).ToArray()));
            }
            return rules;
        }
    }
}
