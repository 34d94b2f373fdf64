using System;
using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    /// <summary>
    /// A table's placed cells answer and enumerate as the dictionary they replace did: the blank-cells message and every
    /// consumer of <see cref="TableReading.Cells"/> follow the enumeration order, which after a row is taken back and
    /// placed again is a dictionary's free-list order, not the order of first placing.
    /// </summary>
    public sealed class PlacedCellsTests
    {
        private static AxisNodeDescriptor Node(string path)
            => new AxisNodeDescriptor(path.Split('.').Last(), path, null, path, Array.Empty<string>(), null, null, null, false, Array.Empty<AxisNodeDescriptor>());

        private static readonly AxisNodeDescriptor[] Rows = Enumerable.Range(0, 7).Select(i => Node("Outcomes.Row" + i)).ToArray();
        private static readonly AxisNodeDescriptor[] Columns = Enumerable.Range(0, 4).Select(i => Node("Col" + i)).ToArray();

        private static CellReading Reading(int n) => new CellReading(n % 3 == 0 ? null : n, n.ToString(), n, n % 5);

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        public void Placing_and_taking_back_cells_in_any_order_answers_and_enumerates_as_a_dictionary(int seed)
        {
            var random = new Random(seed);
            var slots = new TableCellSlots(Rows, Columns);
            var placed = new PlacedCells(slots);
            var dictionary = new Dictionary<(string Row, string Column), CellReading>(CellKeyComparer.Instance);
            int removals = 0;
            for (int step = 0; step < 400; step++)
            {
                AxisNodeDescriptor row = Rows[random.Next(Rows.Length)];
                int column = random.Next(Columns.Length);
                var key = (row.Path, Columns[column].Id);
                if (random.Next(4) == 0)
                {
                    // The reader takes a whole row back, column by column, as it does for a row placed blank.
                    for (int j = 0; j < Columns.Length; j++)
                    {
                        if (dictionary.Remove((row.Path, Columns[j].Id))) removals++;
                        placed.Remove(slots.RowOf(row), j);
                    }
                }
                else
                {
                    dictionary[key] = Reading(step);
                    placed.Set(slots.RowOf(row), column, Reading(step));
                }
                Assert.Equal(dictionary.ToList(), placed.ToList());
                Assert.Equal(dictionary.Count, placed.Count);
            }
            Assert.True(removals > 10, "the sequence must take cells back");
            foreach (AxisNodeDescriptor row in Rows)
                foreach (AxisNodeDescriptor column in Columns)
                {
                    var key = (row.Path, column.Id);
                    Assert.Equal(dictionary.TryGetValue(key, out CellReading expected), placed.TryGetValue(key, out CellReading actual));
                    Assert.Equal(expected, actual);
                    Assert.Equal(dictionary.ContainsKey(key), placed.ContainsKey(key));
                }
            Assert.Equal(dictionary.Keys, placed.Keys);
            Assert.Equal(dictionary.Values, placed.Values);
        }

        [Fact]
        public void A_key_never_placed_or_not_of_the_table_is_not_found()
        {
            var slots = new TableCellSlots(Rows, Columns);
            var placed = new PlacedCells(slots);
            Assert.False(placed.TryGetValue((Rows[0].Path, Columns[0].Id), out _)); // nothing placed yet
            placed.Set(slots.RowOf(Rows[1]), 2, Reading(7));
            Assert.Equal(Reading(7), placed[(Rows[1].Path, Columns[2].Id)]);
            Assert.False(placed.ContainsKey(("Outcomes.Elsewhere", Columns[2].Id)));
            Assert.Throws<KeyNotFoundException>(() => placed[(Rows[0].Path, Columns[0].Id)]);
            Assert.Throws<InvalidOperationException>(() => slots.RowOf(Node("Outcomes.Row1"))); // a row of another table
            Assert.Throws<InvalidOperationException>(() => placed.Set(0, Columns.Length, Reading(1)));
            Assert.Throws<InvalidOperationException>(() => placed.Set(Rows.Length, 0, Reading(1)));
        }

        [Fact]
        public void Leaf_cells_with_the_same_key_share_one_place_as_they_shared_a_dictionary_entry()
        {
            AxisNodeDescriptor twin = Node(Rows[0].Path);
            var slots = new TableCellSlots(new[] { Rows[0], twin }, Columns);
            var placed = new PlacedCells(slots);
            placed.Set(slots.RowOf(Rows[0]), 1, Reading(1));
            placed.Set(slots.RowOf(twin), 1, Reading(2));
            var cell = Assert.Single(placed);
            Assert.Equal(((Rows[0].Path, Columns[1].Id), Reading(2)), (cell.Key, cell.Value));
        }

        [Fact]
        public void A_leaf_row_set_answers_as_a_hash_set_for_leaf_rows_and_others()
        {
            var set = new LeafRowSet(new TableCellSlots(Rows, Columns));
            var expected = new HashSet<AxisNodeDescriptor>();
            AxisNodeDescriptor group = Node("Outcomes"); // not a leaf row of the table: kept apart
            var random = new Random(7);
            var candidates = Rows.Append(group).ToArray();
            for (int step = 0; step < 60; step++)
            {
                AxisNodeDescriptor row = candidates[random.Next(candidates.Length)];
                Assert.Equal(expected.Add(row), set.Add(row));
                foreach (AxisNodeDescriptor asked in candidates) Assert.Equal(expected.Contains(asked), set.Contains(asked));
            }
            Assert.Contains(group, expected); // the sequence met the row that is not a leaf
            Assert.False(set.Contains(Node("Elsewhere")));
        }
    }
}
